import { NUMBER, parseNumber } from './numbers.js';
import type { Clause, ReportText } from './report-text.js';

/** A report as the rules read it: its text and its clauses. */
export interface Reading extends ReportText {
  clauses: Clause[];
}

/** A figure found in a clause: its value, where its number stands in the text, and the clause it is quoted by. */
export interface Found {
  value: number;
  /** Offsets of the number itself in the text: it is placed, not left for review. */
  at: [number, number];
  clause: Clause;
}

/** Something a person must look at: a number not placed, or a figure the extractor is unsure of. */
export interface ReviewItem {
  /** `unplaced`: a number in the text the draft does not use; `unsure`: a figure left out because it could be read two ways, or is approximate. */
  kind: 'unplaced' | 'unsure';
  /** The number as written, e.g. "约300件". */
  text: string;
  /** Why it is on the list, in words. */
  reason: string;
  /** Its sentence, as published. */
  sentence: string;
  /** The clause the number stands in, as published: the quote a figure taken from it would have. */
  quote: string;
  at: [number, number];
  /** What the figure may be, when the extractor has a guess: "petitions.total". */
  field?: string;
  value?: number;
}

/** Why an approximate figure is left out. */
export const APPROXIMATE = '约数（约、近、超过、余…）不是确切的数字，未放入数据';

/** Words before a number that make it no count: 约, 近, 超过, 逾, 多达… (and 余/多/左右 after it). */
export const APPROXIMATE_BEFORE = /(约|近|将近|接近|超过|逾|多达|上万|大约|近乎)\s*$/;
export const APPROXIMATE_AFTER = /^(余|多|左右|以上|上下)/;

/**
 * The first number in `clause` matched by `pattern`, a regex source holding `(?<n>…)` for the
 * number (use `N` below), read from the plain text; with whether it is approximate.
 */
export function figureIn(
  clause: Clause,
  plain: string,
  pattern: string,
): (Found & { approximate: boolean; groups: Record<string, string | undefined> }) | undefined {
  const text = plain.slice(clause.start, clause.end);
  const match = new RegExp(pattern).exec(text);
  const number = match?.groups?.n;
  if (!match || number === undefined) return undefined;
  const value = parseNumber(number);
  if (value === undefined) return undefined;
  const offset = clause.start + match.index + match[0].indexOf(number);
  const before = plain.slice(clause.start, offset);
  const after = plain.slice(offset + number.length, clause.end);
  return {
    value,
    at: [offset, offset + number.length],
    clause,
    approximate: APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(after),
    groups: match.groups ?? {},
  };
}

/** A number, as a named group for `figureIn`. */
export const N = `(?<n>${NUMBER})`;

/** Counters of cases and items. */
export const CASES = '(?:件|起|条|批|宗|个)';
/** Counters of sessions. */
export const SESSIONS = '(?:次|场次|场|期|轮)';

/** A figure left out of the draft for a person to decide, with its sentence. */
export function unsure({ text }: Reading, clause: Clause, at: [number, number], reason: string, field: string, value?: number): ReviewItem {
  return {
    kind: 'unsure',
    text: clause.text,
    quote: clause.text,
    reason,
    sentence: text.slice(clause.sentence.start, clause.sentence.end).trim(),
    at,
    field,
    value,
  };
}
