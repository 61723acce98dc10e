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

/** Decisions, normative documents and contracts reviewed, each with its share of all reviewed. */
export function legalityView(
  legality: Legality,
  year: number,
  compared: Compared<Legality> | undefined,
  voice: LegalityVoice,
): SectionView {
  const { t, m, n } = voice;
  const kinds = given(legality);
  const total = sum(kinds);
  const comparedKinds = compared?.figures && given(compared.figures);
  // Totals compare only when both years give the same kinds: a kind one report leaves out is not zero.
  const comparable = comparedKinds && comparedKinds.map((kind) => kind.id).join() === kinds.map((kind) => kind.id).join();
  const points = countPoints(
    kinds.map((kind) => ({ ...kind, label: m[kind.id], share: total > 0 ? kind.value / total : 0 })),
    m.count,
    voice,
    comparedKinds,
  );
  const totalPoint = countPoint({ id: 'total', label: m.total, value: total }, m.count, voice, comparable ? sum(comparedKinds) : undefined);
  return {
    points,
    chart: { type: 'bars', bars: [{ style: 'part', points }] },
    summary: m.summary({
      year,
      total: n.count(total),
      change: compared && comparable ? changeSince(total, { year: compared.year, value: sum(comparedKinds) }, m.count, t, n) : undefined,
      items: t.list(kinds.map((kind) => m.item(m[kind.id], n.count(kind.value)))),
    }),
    tableRows: [totalPoint],
    headlines: [totalPoint],
  };
}

/** 合法性审查 30件, and the change when both years give the same kinds. */
export function legalityKeyFigure(legality: Legality, compared: Legality | undefined, { t, m, n, years }: LegalityVoice): KeyFigure {
  const total = sum(given(legality));
  const comparable =
    compared &&
    given(compared)
      .map((kind) => kind.id)
      .join() ===
      given(legality)
        .map((kind) => kind.id)
        .join();
  return {
    label: m.keyFigure,
    value: m.count(n.count(total)),
    change: comparable ? countChange(total, sum(given(compared)), t, n, changeWordsOf(years, m.count)) : undefined,
  };
}
