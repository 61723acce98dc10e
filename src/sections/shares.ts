import type { Item } from '../data/parts.js';

/** A counted kind with its share of a whole (`share` is a fraction: 354 of 393 → 0.9008). */
export interface ShareItem extends Item {
  share: number;
}

export const sum = (items: readonly { value: number }[]): number => items.reduce((total, item) => total + item.value, 0);

/** Each item with its share of `whole` (0 when the whole is 0). */
export const sharesOf = (items: readonly Item[], whole: number): ShareItem[] =>
  items.map(({ id, label, value, quote }) => ({ id, label, value, quote, share: whole > 0 ? value / whole : 0 }));
