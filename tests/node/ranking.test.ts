import { describe, expect, it } from 'vitest';
import { digitsOf, perTenThousand, rank } from '../../src/comparing/ranking.js';

const entries = (values: number[]) => values.map((value, i) => ({ item: `u${i}`, value }));

describe('rank', () => {
  it('puts the largest first', () => {
    expect(rank(entries([3, 9, 5])).map(({ item, rank }) => [item, rank])).toEqual([
      ['u1', 1],
      ['u2', 2],
      ['u0', 3],
    ]);
  });

  it('gives equal figures one place and skips the places they take: 1, 2, 2, 4', () => {
    const ranked = rank(entries([10, 7, 7, 3]));
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 2, 2, 4]);
    expect(ranked.map((entry) => entry.tied)).toEqual([false, true, true, false]);
  });

  it('compares figures as they are written: two rates that read 98.99% share a place', () => {
    const ranked = rank(entries([98 / 99, 0.98990001, 0.5]), digitsOf('rate', false));
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 1, 3]);
  });

  it('works out a count per 10 000 residents', () => {
    expect(perTenThousand(393, 52_000)).toBeCloseTo(75.577, 3);
  });
});
