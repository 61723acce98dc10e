/**
 * Figures worded as chart points, in the reader's language; when comparing, each point also
 * carries the compared year's figure and the change. Every section builds its points with these.
 */
import type { ChartPoint } from '../charts/types.js';
import { changeWordsOf, countChange, notCompared, rateChange } from '../i18n/change.js';
import type { Voice } from './section.js';

/** A figure with the words of the report it comes from. */
export interface PointFigure {
  id: string;
  label: string;
  value: number;
  quote?: string;
  /** Its share of the whole, as a fraction. */
  share?: number;
  details?: string[];
}

/**
 * A count as a point: "354件", its share ("占总量 90.1%", written "354件 · 90.1%" beside the bar).
 * `compared` is the compared year's value: `undefined` when not comparing, `null` when that
 * year's report does not give it (never taken for zero). Beside two bars the count stands alone.
 */
export function countPoint(
  figure: PointFigure,
  count: (n: string) => string,
  { t, n, years }: Voice<unknown>,
  compared?: number | null,
): ChartPoint {
  const valueText = count(n.count(figure.value));
  const shareFigure = figure.share === undefined ? undefined : n.share(figure.share);
  const point = {
    ...pointOf(
      figure,
      valueText,
      shareFigure === undefined ? valueText : t.withShare(valueText, shareFigure),
      shareFigure && t.shareOfTotal(shareFigure),
      t,
    ),
    ...(figure.share === undefined ? {} : { fraction: figure.share }),
  };
  if (compared === undefined) return point;
  if (compared === null) return { ...point, markText: valueText, change: notCompared(t) };
  return {
    ...point,
    markText: valueText,
    compared: { value: compared, valueText: count(n.count(compared)) },
    change: countChange(figure.value, compared, t, n, changeWordsOf(years, count)),
  };
}

/** Counts matched by id with the compared year's (`compared` undefined when not comparing). */
export function countPoints<I extends PointFigure>(
  items: readonly I[],
  count: (n: string) => string,
  voice: Voice<unknown>,
  compared?: readonly { id: string; value: number }[],
): ChartPoint[] {
  return items.map((item) => countPoint(item, count, voice, compared && (compared.find((other) => other.id === item.id)?.value ?? null)));
}

/** A rate as a point, written with `format` (a stated or a computed rate); its change in percentage points (`compared` as for `countPoint`). */
export function ratePoint(
  figure: PointFigure,
  format: (fraction: number) => string,
  { t, n, years }: Voice<unknown>,
  compared?: number | null,
): ChartPoint {
  const valueText = format(figure.value);
  const point: ChartPoint = { ...pointOf(figure, valueText, valueText, undefined, t), measure: 'rate' };
  if (compared === undefined) return point;
  if (compared === null) return { ...point, change: notCompared(t) };
  return {
    ...point,
    compared: { value: compared, valueText: format(compared) },
    change: rateChange(figure.value, compared, t, n, changeWordsOf(years)),
  };
}

function pointOf(figure: PointFigure, valueText: string, markText: string, share: string | undefined, t: Voice<unknown>['t']): ChartPoint {
  const { id, label, value, quote, details = [] } = figure;
  return {
    id,
    label,
    value,
    valueText,
    markText,
    share,
    name: t.clauses(share ? [label, valueText, share] : [label, valueText]),
    details,
    quote,
  };
}
