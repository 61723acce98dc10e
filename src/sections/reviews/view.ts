import type { BarSection } from '../../charts/types.js';
import { changeSince, changeWordsOf, countChange, rateChange } from '../../i18n/change.js';
import { countPoint, ratePoint } from '../points.js';
import type { Compared, KeyFigure, SectionView, Voice } from '../section.js';
import type { ReviewFigures } from './derive.js';
import type { ReviewsMessages } from './messages.js';

type ReviewsVoice = Voice<ReviewsMessages>;

/** Cases received and decided, reconsideration and litigation each under its heading, on one scale. */
export function reviewsView(
  figures: ReviewFigures,
  year: number,
  compared: Compared<ReviewFigures> | undefined,
  voice: ReviewsVoice,
): SectionView {
  const { t, m, n } = voice;
  const comparedFigures = compared?.figures;
  const { reconsideration, litigation } = figures;
  // Comparing with a year whose report lacks this part: each figure says it is not in that report.
  const comparedValue = (part: 'reconsideration' | 'litigation', figure: 'received' | 'decided') =>
    comparedFigures ? (comparedFigures[part]?.[figure]?.value ?? null) : undefined;
  const sections: BarSection[] = [];
  for (const part of ['reconsideration', 'litigation'] as const) {
    const given = figures[part];
    if (!given) continue;
    const points = [
      countPoint(
        { id: `${part}-received`, label: part === 'reconsideration' ? m.applications : m.lawsuits, ...given.received },
        m.count,
        voice,
        comparedValue(part, 'received'),
      ),
    ];
    if (given.decided)
      points.push(
        countPoint({ id: `${part}-decided`, label: m.decided, ...given.decided }, m.count, voice, comparedValue(part, 'decided')),
      );
    sections.push({ heading: m[part], style: 'part', points });
  }
  const rate = litigation?.headAppearanceRate;
  const headAppearance =
    rate &&
    ratePoint(
      { id: 'head-appearance-rate', label: m.headAppearanceRate, ...rate },
      n.statedRate,
      voice,
      comparedFigures && (comparedFigures.litigation?.headAppearanceRate?.value ?? null),
    );
  const change = (part: 'reconsideration' | 'litigation', value: number) => {
    const comparedReceived = comparedFigures?.[part]?.received.value;
    return compared && comparedReceived !== undefined
      ? changeSince(value, { year: compared.year, value: comparedReceived }, m.count, t, n)
      : undefined;
  };
  return {
    points: sections.flatMap((section) => section.points),
    chart: { type: 'bars', bars: sections },
    summary: m.summary({
      year,
      reconsideration: reconsideration && {
        received: n.count(reconsideration.received.value),
        change: change('reconsideration', reconsideration.received.value),
        decided: reconsideration.decided && n.count(reconsideration.decided.value),
      },
      litigation: litigation && {
        received: n.count(litigation.received.value),
        change: change('litigation', litigation.received.value),
        decided: litigation.decided && n.count(litigation.decided.value),
        rate: rate && n.statedRate(rate.value),
      },
    }),
    tableRows: headAppearance ? [headAppearance] : [],
    // The rate of agency heads appearing in court heads the chart.
    headlines: headAppearance ? [headAppearance] : [],
  };
}

/** The rate of agency heads appearing in court when the report gives it, else the cases of both kinds. */
export function reviewsKeyFigure(figures: ReviewFigures, compared: ReviewFigures | undefined, { t, m, n, years }: ReviewsVoice): KeyFigure {
  const rate = figures.litigation?.headAppearanceRate?.value;
  if (rate !== undefined) {
    const comparedRate = compared?.litigation?.headAppearanceRate?.value;
    return {
      label: m.keyFigure,
      value: n.statedRate(rate),
      change: comparedRate === undefined ? undefined : rateChange(rate, comparedRate, t, n, changeWordsOf(years)),
    };
  }
  const cases = (reviews: ReviewFigures) => (reviews.reconsideration?.received.value ?? 0) + (reviews.litigation?.received.value ?? 0);
  // Compared only when both years give the same kinds: a kind one report leaves out is not zero.
  const kinds = (reviews: ReviewFigures) => [reviews.reconsideration, reviews.litigation].map((kind) => kind !== undefined).join();
  const comparable = compared && kinds(compared) === kinds(figures) ? compared : undefined;
  return {
    label: m.casesKeyFigure,
    value: m.count(n.count(cases(figures))),
    change: comparable && countChange(cases(figures), cases(comparable), t, n, changeWordsOf(years, m.count)),
  };
}
