/**
 * Ranking units on a figure: largest first, and equal figures share a place (1, 2, 2, 4: the
 * second and third are both "并列第2"). Figures are compared as they are written (a rate to a
 * hundredth of a percent, a figure per 10 000 residents to two decimals), so two units that read
 * the same are never ranked apart. A place says which is larger, not which is better.
 */

export interface Ranked<T> {
  item: T;
  value: number;
  /** 1 for the largest; units with equal figures share the place of the first of them. */
  rank: number;
  /** Whether another unit shares this place. */
  tied: boolean;
}

/** Figures as written, for comparing and for files: `digits` decimals. */
export const asWritten = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** `entries` ranked, largest first; equal figures (to `digits` decimals) share a place, in the order given. */
export function rank<T>(entries: readonly { item: T; value: number }[], digits = 6): Ranked<T>[] {
  const sorted = entries
    .map((entry, order) => ({ ...entry, key: asWritten(entry.value, digits), order }))
    .sort((a, b) => b.key - a.key || a.order - b.order);
  const counts = new Map<number, number>();
  for (const entry of sorted) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
  let place = 0;
  return sorted.map((entry, i) => {
    if (i === 0 || entry.key !== sorted[i - 1].key) place = i + 1;
    return { item: entry.item, value: entry.value, rank: place, tied: (counts.get(entry.key) ?? 0) > 1 };
  });
}

/** A count per 10 000 residents. */
export const perTenThousand = (count: number, population: number): number => (count / population) * 10_000;

/** How many decimals a figure of `measure` is written with, and so compared with: a count 0 (2 per 10 000 residents), a rate 4 (98.99 %), a share 3 (88.2 %). */
export const digitsOf = (measure: 'count' | 'rate' | 'share', perCapita: boolean): number =>
  measure === 'rate' ? 4 : measure === 'share' ? 3 : perCapita ? 2 : 0;

/**
 * Which of `count` ranked rows a chart with room for `most` shows (a slide, a deck): all when they
 * fit; else the first ones, the host's with the rows beside it, and the last — every unit is in
 * the table. Indices in ranking order.
 */
export function shownRows(count: number, most: number, host?: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= most) return all;
  const room = Math.max(1, most);
  const near = host === undefined ? [] : [host - 1, host, host + 1].filter((i) => i >= 0 && i < count);
  const last = count - 1;
  const tail = [...new Set([...near, last])].filter((i) => i >= room - near.length - 1);
  const head = all.slice(0, Math.max(0, room - tail.length));
  return [...new Set([...head, ...tail])].sort((a, b) => a - b).slice(0, room);
}
