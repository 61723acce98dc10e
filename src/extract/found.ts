import { COUNT_UNIT, NUMBER, parseNumber, percentNumber } from '../data/numerals.js';
import type { Why } from './reasons.js';
import type { Clause, ReportText } from './report-text.js';

/** A report as the rules read it: its text, its clauses and its year (a figure of another year is no figure of it). */
export interface Reading extends ReportText {
  clauses: Clause[];
  year?: number;
}

/** A figure found in a clause: its value, where its number stands in the text, and the clause it is quoted by. */
export interface Found {
  value: number;
  /** Offsets of the number itself in the text: it is placed, not left to check. */
  at: [number, number];
  clause: Clause;
}

/**
 * What a section's rules (its folder's `extract.ts`) took from a report: its part of the year when
 * they found it whole, the figures placed in it, and what a person must check.
 */
export interface Extracted<D> {
  data?: D;
  placed: Found[];
  toCheck: ToCheckItem[];
}

/** Something a person must look at: a number not placed, or a figure the extractor is unsure of. */
export interface ToCheckItem {
  /** `unplaced`: a number in the text the draft does not use; `unsure`: a figure left out because it could be read two ways, or is approximate. */
  kind: 'unplaced' | 'unsure';
  /** The number as written, e.g. "约300件". */
  text: string;
  /** Why it is on the list (`reasonText` words it). */
  why: Why;
  /** The kind of session a `kind-twice` item counts, the channel a petitions item names; the year a `year-from-…` item infers. */
  label?: string;
  /** Its sentence, as published. */
  sentence: string;
  /** The clause the number stands in, as published: the quote a figure taken from it would have. */
  quote: string;
  at: [number, number];
  /** What the figure may be, when the extractor has a guess: "petitions.total". */
  field?: string;
  value?: number;
  /** Its own number is approximate (约300件, 20余次): no figure may hold it. */
  approximate?: true;
}

/** What a number counts, then 以上 or 左右 (60%以上, 30场左右). */
const UNIT_THEN_APPROXIMATE = new RegExp(`^${COUNT_UNIT}(?:以上|左右)`);

/**
 * Whether the number at `at` of the plain text is approximate: 约, 近, 超过… before it, 余, 多, 左右…
 * after it, or after what it counts (60%以上, 30场左右).
 */
export const approximateAt = (plain: string, [start, end]: readonly [number, number]): boolean =>
  end > start &&
  (APPROXIMATE_BEFORE.test(plain.slice(Math.max(0, start - 4), start)) ||
    APPROXIMATE_AFTER.test(plain.slice(end, end + 2)) ||
    UNIT_THEN_APPROXIMATE.test(plain.slice(end, end + 6)));

/**
 * Words before a number that make it no count: 约, 近, 超过, 逾, 多达… (and 余/多/左右 after it); not the
 * 约 of a word (村规民约, 契约, 公约, 合约) nor the 近 of one (附近, 最近, 就近).
 */
export const APPROXIMATE_BEFORE = /((?<![民契公合条预制节规誓相违履签婚践])约|(?<![附最就])近|将近|接近|超过|逾|多达|上万|大约|近乎)\s*$/;
export const APPROXIMATE_AFTER = /^(余|多|左右|以上|上下)/;
/** Words right before a number that make it a change, not a count: 同比下降12件, 较上年减少8起. */
const CHANGE_BEFORE = /(同比|环比|较上年|比上年|较去年|比去年|下降|减少|(?<!新)增加|增长|上升|提高|降低)\S{0,3}$/;
/** Words of the sentence before a number that make it another year's: 上年, 去年, 同期, or a year other than the report's. */
const OTHER_YEAR = /上年|去年|上一年|前年|同期/;
/**
 * The year before named only to compare with (较上年减少20件, 与去年同期相比): in a clause before
 * the number's, it makes no later count of the sentence another year's (…，较上年减少2件，审结9件).
 */
const COMPARED_WITH = /(?:较|比|与|同)(?:上年|去年|上一年|前年)(?:同期)?(?:相比|比较)?/g;
/**
 * Words before a number that make it a count of part of the year (截至9月底, 截至目前, 目前已, 至今, 上半年,
 * 前三季度, 1-9月), not the year's — so far, as the report is written, may be the year's or more — ; the year's
 * end is the whole year (截至12月底, 截至年底, 截至2024年12月31日).
 */
const PART_OF_YEAR =
  /截[至止]到?\s*(?:\d{4}年)?(?:(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)月(?!\d)|目前|现在|当前)|目前已|(?<!截)至今(?!年)|迄今|[上下]半年|前三季度|第[一二三四]季度|\d{1,2}\s*月(?:份)?以来/;
/** A span of months (1-9月, 3月至11月): part of the year, unless it is 1 to 12. */
const MONTHS = /(?<!\d)(\d{1,2})\s*月?\s*[-—–~～至到]\s*(\d{1,2})\s*月/g;
const ofPartOfYear = (words: string) =>
  PART_OF_YEAR.test(words) || [...words.matchAll(MONTHS)].some(([, from, to]) => !(Number(from) === 1 && Number(to) === 12));
/**
 * Words before a number that make it a count of several years, or of a span across two (近三年累计,
 * 三年来, 2022—2024年, 2022年至2024年, 2023年12月至2024年11月), not the year's.
 */
const SEVERAL_YEARS = new RegExp(
  [
    // 三年来, 近两年, 近2年间, 五年中, 近年来, 历年
    '(?<![\\d〇零一二三四五六七八九十])(?:[两二三四五六七八九十]{1,3}|\\d{1,2})年(?:来|以来|间|中|累计)',
    '近(?:[两二三四五六七八九十]{1,3}|\\d{1,2})年',
    '近年来|历年',
    // “十四五”期间, 十三五以来; 本届政府以来; since a plan, an event or a body began (…实施以来, 成立以来): not the year's
    '十[一二三四五六七八九]五”?(?:期间|以来|时期)',
    // (not a year's or a month's: 今年以来, 年初以来, 2024年以来, 3月以来; nor the rest of a sentence after 今年)
    '(?<=[^年月度初])以来',
  ].join('|'),
);
/** A span from one year to another (2022—2024年, 2023年12月至2024年11月): the two years. */
const SPAN = /(\d{4})\s*年?(?:\s*\d{1,2}\s*月)?\s*[-—–~～至到]\s*(\d{4})\s*年/g;
/** Whether `words` (a plan's name in 《…》 left out: 《纲要（2021—2025年）》) count several years, or a span across two. */
const ofSeveralYears = (words: string) => {
  const unquoted = words.replace(/《[^》]*》/g, '《》');
  const years = new Set([...unquoted.matchAll(/(\d{4})\s*年/g)].map(([, year]) => year));
  return (
    SEVERAL_YEARS.test(unquoted) ||
    [...unquoted.matchAll(SPAN)].some(([, from, to]) => from !== to) ||
    // 2023年、2024年分别…: each year's count, one after the other.
    (years.size > 1 && /分别/.test(unquoted))
  );
};
/** Words that bring a sentence back to the report's year after another's was named: 与去年同期相比，今年共审查合同58份. */
const THIS_YEAR = /今年|本年|全年|当年|年内/g;

/**
 * The first number in `clause` matched by `pattern`, a regex source holding `(?<n>…)` for the
 * number (use `N` below), read from the plain text; with why it may be no figure of the report
 * (`doubt`): approximate, a change, or another year's.
 */
export function figureIn(
  { plain, year }: Reading,
  clause: Clause,
  pattern: string,
): (Found & { doubt?: Why; groups: Record<string, string | undefined> }) | undefined {
  const text = plain.slice(clause.start, clause.end);
  const match = new RegExp(pattern, 'd').exec(text);
  const number = match?.groups?.n;
  const indices = match?.indices?.groups?.n;
  if (!match || number === undefined || !indices) return undefined;
  // 百分之百: a percentage in words (百 alone is no number elsewhere).
  const value = text.slice(0, indices[0]).endsWith('百分之') ? percentNumber(number) : parseNumber(number);
  if (value === undefined) return undefined;
  const offset = clause.start + indices[0];
  const at: [number, number] = [offset, offset + number.length];
  return { value, at, clause, doubt: doubtAt({ plain, year }, clause, at), groups: match.groups ?? {} };
}

/**
 * Why the number at `at` of `clause` may be no figure of the report's year: approximate (约30场,
 * 20余次), a change (较上年增加23件, 同比提高3%) or another year's (2023年…, 上年…, read in its
 * sentence before it, or in its own clause alone: `years: 'clause'`) or part of the year's (截至9月底…);
 * undefined when none.
 */
export function doubtAt(
  { plain, year }: Pick<Reading, 'plain' | 'year'>,
  clause: Clause,
  at: readonly [number, number],
  { years: scope = 'sentence' }: { years?: 'sentence' | 'clause' } = {},
): Why | undefined {
  const before = plain.slice(clause.start, at[0]);
  const earlier = plain.slice(scope === 'clause' ? clause.start : clause.sentence.start, at[0]);
  const years = [...earlier.matchAll(/(\d{4})\s*年/g)].map((found) => Number(found[1]));
  if (APPROXIMATE_BEFORE.test(before) || approximateAt(plain, at)) return 'approximate';
  if (CHANGE_BEFORE.test(before)) return 'change';
  // 上年… then 今年… before the number: the number is this year's again.
  const back = [...earlier.matchAll(THIS_YEAR)].at(-1);
  const since = back ? earlier.slice((back.index ?? 0) + back[0].length) : earlier;
  // The clauses before the number's, their comparisons left out; the number's own clause whole (较上年的112件).
  const own = Math.min(since.length, before.length);
  const named = since.slice(0, since.length - own).replace(COMPARED_WITH, '') + since.slice(since.length - own);
  if (ofSeveralYears(named)) return 'several-years';
  if (OTHER_YEAR.test(named) || (year !== undefined && years.length > 0 && years[years.length - 1] !== year)) return 'other-year';
  if (ofPartOfYear(earlier)) return 'part-of-year';
  return undefined;
}

/** A number, as a named group for `figureIn`. */
export const N = `(?<n>${NUMBER})`;

/** Counters of cases and items (余 or 多 before one makes the figure approximate); 件次 counts a case each time it comes. */
export const CASES = '(?:余|多)?(?:件次|件|起|条|批|宗|个)';
/** Counters of sessions. */
export const SESSIONS = '(?:余|多)?(?:次|场次|场|期|轮)';

/** Words that open a part of the count before them: 其中, 内含, 包括, 含. */
const PART_OF = /^(?:其中|内含|包括|含(?!金))/;
/** A clause that is only such words, the part in the clause after it: 其中，专题学法3次. */
const PART_OF_ALONE = /^(?:其中|内含|包括|其中包括)$/;
/** A counted number: a clause holding one counts something. */
const COUNT = new RegExp(`${NUMBER}\\s*(?:余|多)?(?:件次|件|起|条|批|宗|个|次|场次|场|期|轮|份|项|人次|人|名)`);

/**
 * Whether the clause at `index` of the reading counts a part of a count before it, and which clause
 * holds that count: the clause opens with 其中, 内含 or 包括 (or follows a clause that is only that
 * word) and an earlier clause of its sentence counts something. A part is never a figure beside
 * the count it is part of (学法6次，其中专题学习3次 is 6 sessions, not 9); a section reads it as
 * what it is, or lists it. The index of the clause with the count, or -1.
 */
export function partOf({ plain, clauses }: Reading, index: number): number {
  const clause = clauses[index];
  let opened = PART_OF.test(plain.slice(clause.start, clause.end));
  for (let i = index - 1; i >= 0 && clauses[i].sentence.start === clause.sentence.start; i--) {
    const text = plain.slice(clauses[i].start, clauses[i].end);
    if (!opened) {
      if (i !== index - 1 || !PART_OF_ALONE.test(text)) return -1;
      opened = true;
      continue;
    }
    if (COUNT.test(text)) return i;
  }
  return -1;
}

/** A figure left out of the draft for a person to decide, with its sentence. */
export function unsure(
  { text, plain }: Reading,
  clause: Clause,
  at: [number, number],
  why: Why,
  field: string,
  value?: number,
  label?: string,
): ToCheckItem {
  return {
    kind: 'unsure',
    text: clause.text,
    quote: clause.text,
    why,
    ...(label ? { label } : {}),
    sentence: text.slice(clause.sentence.start, clause.sentence.end).trim(),
    at,
    field,
    value,
    ...(approximateAt(plain, at) ? { approximate: true as const } : {}),
  };
}
