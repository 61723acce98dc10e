import type { NumberFormat } from './format.js';
import type { Direction, Messages } from './messages.js';

/** A change between the year shown and the year compared with, marked by symbol and sign as well as by colour. */
export interface Change {
  /** `none`: the compared year's report does not give this figure. */
  direction: Direction | 'none';
  /** e.g. "▼ −124，−25.9%" or "▲ +3.99个百分点": beside a bar and in a tooltip. */
  text: string;
  /**
   * The same in words, where there is room (a key figure, the figure above a chart, a table, a
   * slide, the deck, the handout): "比上年减少62件（−11.5%）", "比上年提高1.28个百分点".
   */
  words?: string;
}

/** What a change is said in words with: the years it is between, and the unit of what is counted ("62件"). */
export interface ChangeWords {
  year: number;
  comparedYear: number;
  count?: (n: string) => string;
}

/** The words of a change between `years` when a year is compared with, else none. */
export const changeWordsOf = (years: { year: number; comparedYear?: number } | undefined, count?: (n: string) => string) =>
  years?.comparedYear === undefined ? undefined : { year: years.year, comparedYear: years.comparedYear, count };

// Marks, not words: the same in every language.
const MARKS: Record<Direction, string> = { up: '▲ ', down: '▼ ', same: '● ' };

export const directionOf = (diff: number): Direction => (diff > 0 ? 'up' : diff < 0 ? 'down' : 'same');

/** 354 after 478 → "▼ −124，−25.9%"; no change → "● 0，持平"; from zero, no percentage. */
export function countChange(current: number, compared: number, t: Messages, n: NumberFormat, said?: ChangeWords): Change {
  const diff = current - compared;
  const direction = directionOf(diff);
  const relative = diff === 0 ? t.unchanged : compared > 0 ? n.signedShare(diff / compared) : undefined;
  const text = MARKS[direction] + t.change(n.signedCount(diff), relative);
  if (!said) return { direction, text };
  const amount = n.count(Math.abs(diff));
  return {
    direction,
    text,
    words: t.changeSince({
      ...since(said),
      direction,
      amount,
      counted: said.count ? said.count(amount) : amount,
      relative: compared > 0 && diff !== 0 ? n.signedShare(diff / compared) : undefined,
    }),
  };
}

/** A rate's change in percentage points: 0.9899 after 0.95 → "▲ +3.99个百分点". */
export function rateChange(current: number, compared: number, t: Messages, n: NumberFormat, said?: ChangeWords): Change {
  const points = pointsBetween(current, compared);
  const direction = directionOf(points);
  const text = MARKS[direction] + ratePoints(current, compared, t, n);
  if (!said) return { direction, text };
  return { direction, text, words: t.rateChangeSince({ ...since(said), direction, points: n.count(Math.abs(points)) }) };
}

/** The compared year as a change's words name it: the year before ("上年"), or the year. */
const since = ({ year, comparedYear }: ChangeWords) => ({ year: comparedYear, previous: comparedYear === year - 1 });

/** The same change without its mark, for a sentence: "+3.99个百分点". */
export const ratePoints = (current: number, compared: number, t: Messages, n: NumberFormat): string =>
  t.percentagePoints(n.signedPoints(pointsBetween(current, compared)));

/** Percentage points from one rate to another, to two decimals. */
const pointsBetween = (current: number, compared: number): number => Math.round((current - compared) * 10000) / 100;

/** For a figure the compared year's report does not give: never counted as zero. */
export const notCompared = (t: Messages): Change => ({ direction: 'none', text: t.notInComparedReport });

/** A summary's change clause for a count: "比2022年减少62件（−11.5%）". */
export function changeSince(
  current: number,
  compared: { year: number; value: number },
  count: (n: string) => string,
  t: Messages,
  n: NumberFormat,
): string {
  const diff = current - compared.value;
  const amount = n.count(Math.abs(diff));
  const relative = compared.value > 0 && diff !== 0 ? n.signedShare(diff / compared.value) : undefined;
  return t.changeSince({ year: compared.year, direction: directionOf(diff), amount, counted: count(amount), relative });
}
