import type { Label } from '../data/schema.js';

/** The languages the elements speak. Chinese first. */
export type Lang = 'zh-CN' | 'en';
export const DEFAULT_LANG: Lang = 'zh-CN';

/** `en`, `en-US`, `EN` → `en`; anything else → `zh-CN`. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANG;
}

/** A label in `lang`, falling back to the Chinese name a dataset always has. */
export function labelText(label: Label, lang: Lang): string {
  return typeof label === 'string' ? label : lang === 'en' ? (label.en ?? label['zh-CN']) : label['zh-CN'];
}

const integerFormats = new Map<Lang, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

/** 1234 → "1,234" */
export function formatCount(value: number, lang: Lang): string {
  let format = integerFormats.get(lang);
  if (!format) integerFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })));
  return format.format(value);
}

/** 0.98989 → "98.99%" with `digits` 2; 0.99 → "99%" with `digits` 0. */
export function formatPercent(fraction: number, lang: Lang, digits = 1): string {
  const key = `${lang}/${digits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    percentFormats.set(key, format);
  }
  return format.format(fraction);
}

/** A change between two years, marked by symbol and sign as well as by colour. */
export interface Change {
  /** `none`: the compared year's report does not give this figure. */
  direction: 'up' | 'down' | 'same' | 'none';
  /** e.g. "▼ −124, −24.0%" or "▲ +3.99个百分点". */
  text: string;
}

const MINUS = '\u2212';

/** For a figure the compared year's report does not give: never counted as zero. */
export function noChange(lang: Lang): Change {
  return { direction: 'none', text: lang === 'en' ? 'not in the earlier report' : '对比年份未列出' };
}

function direction(diff: number): Change['direction'] {
  return diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
}

function signed(diff: number, text: string): string {
  return `${diff > 0 ? '▲ +' : diff < 0 ? `▼ ${MINUS}` : '● '}${text}`;
}

/** 354 after 478 → "▼ −124, −25.9%"; no change → "● 0, 持平". */
export function formatChange(current: number, previous: number, lang: Lang): Change {
  const diff = current - previous;
  const sep = lang === 'en' ? ', ' : '，';
  const relative =
    diff === 0 ? (lang === 'en' ? 'no change' : '持平') : previous > 0 ? `${diff > 0 ? '+' : MINUS}${formatPercent(Math.abs(diff) / previous, lang)}` : '';
  return { direction: direction(diff), text: signed(diff, formatCount(Math.abs(diff), lang)) + (relative ? sep + relative : '') };
}

/** A change of rate in percentage points: 0.9899 after 0.95 → "▲ +3.99个百分点". */
export function formatRateChange(current: number, previous: number, lang: Lang): Change {
  const diff = Math.round((current - previous) * 10000) / 100;
  const points = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(Math.abs(diff));
  return { direction: direction(diff), text: signed(diff, lang === 'en' ? `${points} pp` : `${points}个百分点`) };
}
