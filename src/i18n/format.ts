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
