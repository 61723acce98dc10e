/**
 * The building blocks every report section's schema is written with: names, figures in the
 * report's own words, counted kinds, rates and the report's source.
 */
import { anyOf, type Infer, integer, number, object, optional, string } from './schema-kit.js';

/** Counts at or above this are typing mistakes, not figures of a town's report. */
export const MAX_COUNT = 999_999_999;

export const text = string({ minLength: 1 });

export const id = string({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  format: 'id',
  description: 'Stable identifier: lower-case letters, digits and hyphens, e.g. "hotline-8890".',
});

export const quote = string({
  minLength: 1,
  // As copied: a report's sentence may run over a line break.
  lineBreaks: true,
  description: 'The exact words of the report the figure comes from, copied character for character.',
});

export const labelSchema = anyOf(
  text,
  object({ 'zh-CN': text, en: optional(text) }, { description: 'A name in Chinese and, optionally, English.' }),
);

export const count = integer({ minimum: 0, maximum: MAX_COUNT, description: 'A count of cases, sessions or items.' });

export const figureSchema = object({ value: count, quote });

export const itemSchema = object(
  { id, label: labelSchema, value: count, quote },
  { description: 'One counted kind: a petition channel, a flagged subset, a kind of training.' },
);

/** A rate as the report states it, as a fraction: 99 % is 0.99. */
export const rateSchema = object({
  value: number({ minimum: 0, maximum: 1, description: 'A rate as the report states it, as a fraction: 99 % is 0.99.' }),
  quote,
});

/** The date a draft gives where its page gives none: no report's, yet one the calendar has, so the draft stays valid until a person gives the page's; shown as still to fill in. */
export const DATE_TO_FILL = '0001-01-01';

export const sourceSchema = object({
  title: text,
  publisher: text,
  date: string({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', description: 'Date of the report, YYYY-MM-DD.' }),
  indexNo: optional(text),
  url: optional(string({ pattern: '^https?://', format: 'uri', description: 'An http: or https: address.' })),
});

export type Label = Infer<typeof labelSchema>;
export type Figure = Infer<typeof figureSchema>;
export type Item = Infer<typeof itemSchema>;
export type Rate = Infer<typeof rateSchema>;
export type Source = Infer<typeof sourceSchema>;
