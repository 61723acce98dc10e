import { changeSince, changeWordsOf, countChange } from '../../i18n/change.js';
import { countPoint, countPoints } from '../points.js';
import type { Compared, KeyFigure, SectionView, Voice } from '../section.js';
import { sum } from '../shares.js';
import type { LegalityMessages } from './messages.js';
import { LEGALITY_KINDS, type Legality } from './schema.js';

type LegalityVoice = Voice<LegalityMessages>;

/** Each kind the report gives, as its figure; a kind it leaves out is not zero. */
const given = (legality: Legality) =>
  LEGALITY_KINDS.flatMap((kind) => {
    const figure = legality[kind];
    return figure ? [{ id: kind, ...figure }] : [];
  });

/**
 * The whole: the total the report states (`stated`, figure `total`); else the kinds added up, every
 * kind (`all`, figure `sum`) or those the report lists (`listed`: not the unit's total, and said so;
 * a figure of its own for each set of kinds, `sum-decisions-contracts`, so that a trend or a ranking
 * never puts sums of other kinds on one line). The kinds are shares of a stated or an all-kinds whole.
 */
interface Whole {
  id: string;
  how: 'stated' | 'all' | 'listed';
  /** Its value, with the report's words when it states it. */
  figure: { value: number; quote?: string };
  /** What a year's whole compares with: the same kind of whole, of the same kinds. */
  sign: string;
}

function wholeOf(legality: Legality): Whole {
  const kinds = given(legality);
  if (legality.total) return { id: 'total', how: 'stated', figure: legality.total, sign: 'stated' };
  const ids = kinds.map((kind) => kind.id);
  const figure = { value: sum(kinds) };
  return kinds.length === LEGALITY_KINDS.length
    ? { id: 'sum', how: 'all', figure, sign: 'all' }
    : { id: `sum-${ids.join('-')}`, how: 'listed', figure, sign: ids.join() };
}

/** The whole of the year compared with, when it is one of the same kind: a kind one report leaves out is not zero. */
function comparedWhole(whole: Whole, compared: Legality | undefined): number | undefined {
  const other = compared && wholeOf(compared);
  return other && other.sign === whole.sign ? other.figure.value : undefined;
}

/** Decisions, normative documents and contracts reviewed, each with its share of the whole (`wholeOf`). */
export function legalityView(
  legality: Legality,
  year: number,
  compared: Compared<Legality> | undefined,
  voice: LegalityVoice,
): SectionView {
  const { t, m, n } = voice;
  const kinds = given(legality);
  const whole = wholeOf(legality);
  const total = whole.figure.value;
  const comparedKinds = compared?.figures && given(compared.figures);
  const comparedTotal = comparedWhole(whole, compared?.figures);
  // A total the report states, or the kinds added up, said so (the three, or those it lists).
  const label =
    whole.how === 'listed' ? m.listedTotal(t.list(kinds.map((kind) => m[kind.id]))) : whole.how === 'all' ? m.keyFigureAll : m.total;
  const totalPoint = countPoint({ id: whole.id, label, ...whole.figure }, m.count, voice, compared && comparedTotal);
  const points = countPoints(
    // No share of a sum of some kinds only: that is no share of the unit's reviews.
    kinds.map((kind) => ({ ...kind, label: m[kind.id], ...(whole.how === 'listed' ? {} : { share: total > 0 ? kind.value / total : 0 }) })),
    m.count,
    voice,
    comparedKinds,
  );
  return {
    // A report that states only the total: the chart has it as its one bar.
    points: points.length > 0 ? points : [totalPoint],
    chart: { type: 'bars', bars: [{ style: 'part', points: points.length > 0 ? points : [totalPoint] }] },
    summary: m.summary({
      year,
      how: whole.how,
      total: n.count(total),
      change:
        compared && comparedTotal !== undefined
          ? changeSince(total, { year: compared.year, value: comparedTotal }, m.count, t, n)
          : undefined,
      items: t.list(kinds.map((kind) => m.item(m[kind.id], n.count(kind.value)))),
    }),
    // The total alone is the chart's one bar, and in the table once.
    tableRows: points.length > 0 ? [totalPoint] : [],
    headlines: [totalPoint],
  };
}

/** 合法性审查 98件 (or, of the three kinds added up, 77件; of the kinds the report lists, 73件), and the change from a whole of the same kind. */
export function legalityKeyFigure(legality: Legality, compared: Legality | undefined, { t, m, n, years }: LegalityVoice): KeyFigure {
  const whole = wholeOf(legality);
  const total = whole.figure.value;
  const comparedTotal = comparedWhole(whole, compared);
  return {
    label: whole.how === 'listed' ? m.keyFigureListed : whole.how === 'all' ? m.keyFigureAll : m.keyFigure,
    value: m.count(n.count(total)),
    change: comparedTotal === undefined ? undefined : countChange(total, comparedTotal, t, n, changeWordsOf(years, m.count)),
  };
}
