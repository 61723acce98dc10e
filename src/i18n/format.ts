import type { Label } from '../data/parts.js';
import { decimal } from './decimal.js';

/** The languages the elements speak. Chinese first. */
export type Lang = 'zh-CN' | 'en';
/** Every language, Chinese first. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
/** The language of the reports, and so of every quote from them. */
export const REPORT_LANG = 'zh-CN';

/** `en`, `en-US`, `EN` → `en`; anything else → `zh-CN`. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANG;
}

/** A label in `lang`, falling back to the Chinese name a dataset always has. */
export function labelText(label: Label, lang: Lang): string {
  return typeof label === 'string' ? label : (label[lang] ?? label['zh-CN']);
}

/**
 * A word the dataset replaces for its region (e.g. 基层智治): the dataset's word in `lang` when
 * it gives one (a plain string serves every language), else `fallback`, the catalogue's default.
 */
export function regionalWord(label: Label | undefined, lang: Lang, fallback: string): string {
  if (label === undefined) return fallback;
  return typeof label === 'string' ? label : (label[lang] ?? fallback);
}

/** Numbers as a reader of one language reads them: one rule for each kind of number. */
export interface NumberFormat {
  /** A count: 1234 → "1,234". */
  count(value: number): string;
  /** A count per 10 000 residents, always two decimals: 85.6 → "85.60". */
  perTenThousand(value: number): string;
  /** A share of a whole, one decimal: 354 of 393 → "90.1%". */
  share(fraction: number): string;
  /** A rate worked out from counts, two decimals: 98 ÷ 99 → "98.99%". */
  computedRate(fraction: number): string;
  /** A rate as the report states it, with the decimals it was stated with: 0.99 → "99%", 0.995 → "99.5%". */
  statedRate(fraction: number): string;
  /** A change of a count, signed: "+12", "−124", "0". */
  signedCount(diff: number): string;
  /** A relative change, signed, one decimal: "+24.0%", "−25.9%". */
  signedShare(fraction: number): string;
  /** A change of a rate in percentage points, signed: "+3.99", "−5". */
  signedPoints(points: number): string;
}

/** Dates as written, by language and date: a source line is written on every update of every element. */
const datesWritten = new Map<string, string>();

/**
 * A date of the dataset (`2025-02-24`) as a reader of `lang` writes it: "2025年2月24日",
 * "February 24, 2025" (as `Intl.DateTimeFormat`'s long date writes them, without loading its
 * locale data). A date no calendar has (2025-02-30) is left as written.
 */
export function dateText(iso: string, lang: Lang): string {
  const key = `${lang} ${iso}`;
  const written = datesWritten.get(key) ?? writeDate(iso, lang);
  datesWritten.set(key, written);
  return written;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function writeDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return iso;
  return lang === 'en' ? `${MONTHS[month - 1]} ${day}, ${year}` : `${year}年${month}月${day}日`;
}

const MINUS = '\u2212';
const formats = new Map<Lang, NumberFormat>();

/** The number format of `lang`, made once. */
export function numberFormat(lang: Lang): NumberFormat {
  const format = formats.get(lang) ?? makeFormat();
  formats.set(lang, format);
  return format;
}

/** Both languages write numbers alike (1,234.5 and 29.3%): `decimal` writes them as `Intl` would. */
function makeFormat(): NumberFormat {
  const count = (value: number) => decimal(value, 2);
  const percent = (fraction: number, digits: number) => `${decimal(fraction, digits, digits, 2)}%`;
  const sign = (diff: number) => (diff > 0 ? '+' : diff < 0 ? MINUS : '');
  return {
    count,
    perTenThousand: (value) => decimal(value, 2, 2),
    share: (fraction) => percent(fraction, 1),
    computedRate: (fraction) => percent(fraction, 2),
    statedRate: (fraction) => percent(fraction, statedDigits(fraction)),
    signedCount: (diff) => sign(diff) + count(Math.abs(diff)),
    signedShare: (fraction) => sign(fraction) + percent(Math.abs(fraction), 1),
    signedPoints: (points) => sign(points) + count(Math.abs(points)),
  };
}

/**
 * Whether a rate worked out from counts is the stated rate at the precision it was stated with:
 * 98 ÷ 99 = 98.99 % is the stated 99 %; it is not a stated 99.5 %.
 */
export function roundsToStated(computed: number, stated: number): boolean {
  const digits = statedDigits(stated);
  const at = (fraction: number) => Math.round(fraction * 100 * 10 ** digits);
  return at(computed) === at(stated);
}

/** The fewest decimals (0 to 2) that write a stated rate exactly: 0.99 → 0, 0.995 → 1. */
function statedDigits(fraction: number): number {
  const percent = fraction * 100;
  return [0, 1].find((digits) => Math.abs(Math.round(percent * 10 ** digits) - percent * 10 ** digits) < 1e-6) ?? 2;
}

/**
 * The report's words inside our quotation marks: its own “…” become ‘…’, as Chinese nests quotes
 * (“维护运行基层智治‘四平台’，即……”), never “…“四平台”…”.
 */
export function nestedQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

/** The report's words in quotation marks, its own nested inside. */
export function quoted(text: string): string {
  return `“${nestedQuotes(text)}”`;
}
