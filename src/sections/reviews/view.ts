import type { BarSection } from '../../charts/types.js';
import { changeSince, changeWordsOf, countChange, rateChange } from '../../i18n/change.js';
import { countPoint, ratePoint } from '../points.js';
import type { Compared, KeyFigure, SectionView, Voice } from '../section.js';
import type { ReviewFigures } from './derive.js';
import type { ReviewsMessages } from './messages.js';
import { REVIEW_COUNTS } from './schema.js';

type ReviewsVoice = Voice<ReviewsMessages>;
type Part = keyof typeof REVIEW_COUNTS;
type Count = (typeof REVIEW_COUNTS)[Part][number];

/** A part's count, whichever it is. */
const countOf = (figures: ReviewFigures | undefined, part: Part, count: Count) =>
  (figures?.[part] as Partial<Record<Count, { value: number; quote: string }>> | undefined)?.[count];

/** Each figure the report gives, reconsideration and litigation each under its heading, on one scale: received, decided, corrected or lost. */
export function reviewsView(
  figures: ReviewFigures,
  year: number,
  compared: Compared<ReviewFigures> | undefined,
  voice: ReviewsVoice,
): SectionView {
  const { t, m, n } = voice;
  const comparedFigures = compared?.figures;
  const { reconsideration, litigation } = figures;
  // Comparing with a year whose report lacks this figure: it says it is not in that report.
  const comparedValue = (part: Part, count: Count) =>
    comparedFigures ? (countOf(comparedFigures, part, count)?.value ?? null) : undefined;
  const sections: BarSection[] = [];
  for (const part of ['reconsideration', 'litigation'] as const) {
    if (!figures[part]) continue;
    const points = REVIEW_COUNTS[part].flatMap((count) => {
      const figure = countOf(figures, part, count);
      if (!figure) return [];
      const label = (m.counts[part] as Record<Count, string>)[count];
      return [countPoint({ id: `${part}-${count}`, label, ...figure }, m.count, voice, comparedValue(part, count))];
    });
    if (points.length) sections.push({ heading: m[part], style: 'part', points });
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
  const change = (part: Part, value: number | undefined) => {
    const comparedReceived = comparedFigures?.[part]?.received?.value;
    return compared && value !== undefined && comparedReceived !== undefined
      ? changeSince(value, { year: compared.year, value: comparedReceived }, m.count, t, n)
      : undefined;
  };
  const counted = (part: Part, count: Count) => {
    const value = countOf(figures, part, count)?.value;
    return value === undefined ? undefined : n.count(value);
  };
  return {
    points: sections.flatMap((section) => section.points),
    chart: { type: 'bars', bars: sections },
    summary: m.summary({
      year,
      reconsideration: reconsideration && {
        received: counted('reconsideration', 'received'),
        change: change('reconsideration', reconsideration.received?.value),
        decided: counted('reconsideration', 'decided'),
        corrected: counted('reconsideration', 'corrected'),
      },
      litigation: litigation && {
        received: counted('litigation', 'received'),
        change: change('litigation', litigation.received?.value),
        decided: counted('litigation', 'decided'),
        lost: counted('litigation', 'lost'),
        rate: rate && n.statedRate(rate.value),
      },
    }),
    tableRows: headAppearance ? [headAppearance] : [],
    // The rate of agency heads appearing in court heads the chart.
    headlines: headAppearance ? [headAppearance] : [],
  };
}

/**
 * The rate of agency heads appearing in court when the report gives it, else the cases received of
 * both kinds; none when a part it gives names no cases received (cases decided are another measure).
 */
export function reviewsKeyFigure(
  figures: ReviewFigures,
  compared: ReviewFigures | undefined,
  { t, m, n, years }: ReviewsVoice,
): KeyFigure | undefined {
  const rate = figures.litigation?.headAppearanceRate?.value;
  if (rate !== undefined) {
    const comparedRate = compared?.litigation?.headAppearanceRate?.value;
    return {
      label: m.keyFigure,
      value: n.statedRate(rate),
      change: comparedRate === undefined ? undefined : rateChange(rate, comparedRate, t, n, changeWordsOf(years)),
    };
  }
  const parts = (reviews: ReviewFigures) => [reviews.reconsideration, reviews.litigation].filter((part) => part !== undefined);
  const received = (reviews: ReviewFigures) =>
    parts(reviews).every((part) => part.received) ? parts(reviews).reduce((sum, part) => sum + (part.received?.value ?? 0), 0) : undefined;
  const cases = received(figures);
  if (cases === undefined) return undefined;
  // Compared only when both years give the same kinds: a kind one report leaves out is not zero.
  const kinds = (reviews: ReviewFigures) => [reviews.reconsideration, reviews.litigation].map((kind) => kind !== undefined).join();
  const comparedCases = compared && kinds(compared) === kinds(figures) ? received(compared) : undefined;
  return {
    label: m.casesKeyFigure,
    value: m.count(n.count(cases)),
    change: comparedCases === undefined ? undefined : countChange(cases, comparedCases, t, n, changeWordsOf(years, m.count)),
  };
}
