/**
 * The dataset format, written once: `data/schema.json` is generated from `datasetSchema`
 * (`npm run schema`), the loader validates against it, and the types below are inferred from it.
 */
import { anyOf, array, boolean, constant, integer, number, object, optional, string, type Infer } from './schema-kit.js';

/** The one schema version this code reads. */
export const SCHEMA_VERSION = 1;
/** Counts at or above this are typing mistakes, not figures of a town's report. */
export const MAX_COUNT = 999_999_999;

const text = string({ minLength: 1 });
const id = string({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  format: 'id',
  description: 'Stable identifier: lower-case letters, digits and hyphens, e.g. "hotline-12345".',
});
const quote = string({
  minLength: 1,
  description: 'The exact words of the report the figure comes from, copied character for character.',
});

export const labelSchema = anyOf(
  text,
  object(
    { 'zh-CN': text, en: optional(text) },
    { description: 'A name in Chinese and, optionally, English.' },
  ),
);

const count = integer({ minimum: 0, maximum: MAX_COUNT, description: 'A count of cases, sessions or items.' });

export const figureSchema = object({ value: count, quote });

export const itemSchema = object(
  { id, label: labelSchema, value: count, quote },
  { description: 'One counted kind: a petition channel, a flagged subset, a kind of training.' },
);

export const metricSchema = object({
  id,
  label: labelSchema,
  value: number({ minimum: 0, maximum: MAX_COUNT }),
  unit: optional(labelSchema),
  quote,
});

export const platformSchema = object({
  id,
  label: labelSchema,
  quote: optional(quote),
  metrics: optional(array(metricSchema)),
  notes: optional(array(labelSchema)),
});

export const sourceSchema = object({
  title: text,
  publisher: text,
  date: string({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', description: 'Date of the report, YYYY-MM-DD.' }),
  indexNo: optional(text),
  url: optional(string({ pattern: '^https?://', format: 'uri', description: 'An http: or https: address.' })),
});

export const petitionsSchema = object({
  total: figureSchema,
  channels: array(itemSchema, { minItems: 1, description: 'The channels petitions arrived by; they should add up to the total.' }),
  flags: optional(
    array(itemSchema, { description: 'Subsets of the total named by the report (e.g. repeat cases): not channels, not added up.' }),
  ),
});

export const mediationSchema = object({
  accepted: figureSchema,
  resolved: figureSchema,
  statedRate: optional(
    object({
      value: number({ minimum: 0, maximum: 1, description: 'The success rate as the report states it, as a fraction: 99 % is 0.99.' }),
      quote,
    }),
  ),
});

export const yearSchema = object({
  year: integer({ minimum: 1949, maximum: 2100 }),
  source: sourceSchema,
  petitions: optional(petitionsSchema),
  mediation: optional(mediationSchema),
  training: optional(array(itemSchema, { minItems: 1, description: 'Study and training sessions by kind.' })),
  platforms: optional(array(platformSchema, { minItems: 1, description: 'Grassroots governance platforms.' })),
});

export const datasetSchema = object(
  {
    $schema: optional(string()),
    schemaVersion: constant(SCHEMA_VERSION),
    unit: object({ id, name: labelSchema }),
    sample: boolean({ description: 'true when the figures are invented for demonstration; shown as such on screen.' }),
    years: array(yearSchema, { minItems: 1 }),
  },
  {
    title: 'fazhi-dashboard dataset',
    description: "A unit's figures from its annual rule-of-law government reports (法治政府建设年度报告), one entry per year.",
  },
);

export type Label = Infer<typeof labelSchema>;
export type Figure = Infer<typeof figureSchema>;
export type Item = Infer<typeof itemSchema>;
export type Metric = Infer<typeof metricSchema>;
export type Platform = Infer<typeof platformSchema>;
export type Source = Infer<typeof sourceSchema>;
export type Petitions = Infer<typeof petitionsSchema>;
export type Mediation = Infer<typeof mediationSchema>;
export type YearReport = Infer<typeof yearSchema>;
export type Dataset = Infer<typeof datasetSchema>;

/** The schema as the JSON document `data/schema.json` holds. */
export function datasetJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'fazhi-dashboard/schema.json',
    ...datasetSchema,
  };
}
