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

/** Figures as written, for comparing: `digits` decimals. */
const asWritten = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

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
