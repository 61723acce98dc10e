import { CHINESE_PERCENT, halfWidth, NUMBER, parseNumber, percentNumber } from './numerals.js';
import type { Path } from './schema-kit.js';

/** A figure of a dataset: its value and the report's words quoted for it, with its place. */
export interface QuotedFigure {
  path: Path;
  value: number;
  quote: string;
}

/** Every `{ value, quote }` of a dataset (figures, items, rates, metrics), with its JSON path. */
export function quotedFigures(value: unknown, path: Path = []): QuotedFigure[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => quotedFigures(item, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record.value === 'number' && typeof record.quote === 'string' ? [{ path, value: record.value, quote: record.quote }] : [];
  return [...own, ...Object.entries(record).flatMap(([key, child]) => quotedFigures(child, [...path, key]))];
}

/** The numbers written in `quote`, in Arabic, full-width or Chinese numerals, and its percentages in words (百分之九十七点七). */
function numbersIn(quote: string): number[] {
  const plain = halfWidth(quote);
  const written = [...plain.matchAll(new RegExp(NUMBER, 'g'))].map((match) => parseNumber(match[0]));
  const percents = [...plain.matchAll(new RegExp(CHINESE_PERCENT, 'g'))].map((match) => percentNumber(match.groups?.n ?? ''));
  return [...written, ...percents].filter((number): number is number => number !== undefined);
}

/**
 * Whether a figure's value is written in its quote: the number itself, or a rate (a fraction) as
 * the percentage the report writes (0.99 as 99%). A figure whose words do not hold it is no
 * figure of the report.
 */
export function isQuoted({ value, quote }: Pick<QuotedFigure, 'value' | 'quote'>): boolean {
  return numbersIn(quote).some((number) => number === value || (value <= 1 && Math.abs(number - value * 100) < 1e-9));
}

/** The figures of a dataset whose value is not written in their quote. */
export const unquotedFigures = (dataset: unknown): QuotedFigure[] => quotedFigures(dataset).filter((figure) => !isQuoted(figure));
