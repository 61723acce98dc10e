/**
 * The dataset format, written once: `data/schema.json` is generated from `datasetSchema`
 * (`npm run schema`), the loader validates against it, and the types below are inferred from it.
 * A year's report sections come from the section registry: each section writes its own part.
 */
import { type SectionDataList as Sections, sectionData as sections } from '../sections/data-registry.js';
import { id, labelSchema, sourceSchema } from './parts.js';
import { array, boolean, constant, type Infer, integer, type Optional, object, optional, type Schema, string } from './schema-kit.js';

export type { Figure, Item, Label, Rate, Source } from './parts.js';

/** The one schema version this code reads. */
export const SCHEMA_VERSION = 1;

type DataOf<S> = S extends { schema: Schema<infer D> } ? D : never;
type SectionFields = { [S in Sections[number] as S['key']]: Optional<DataOf<S>> };

/** Each section's part of a year, under its key; every one may be left out. */
const sectionFields = Object.fromEntries(
  sections.map((section) => [section.key, optional(section.schema as Schema<unknown>)]),
) as SectionFields;

/** Words a dataset gives for its region in place of the defaults, by section and word: `{ platforms: { hub: "基层智治" } }`. */
export type Labels = Partial<Record<string, Partial<Record<string, Infer<typeof labelSchema>>>>>;

const labelsSchema = object(
  Object.fromEntries(
    sections.map((section) => [
      section.key,
      optional(object(Object.fromEntries(['title', ...(section.words ?? [])].map((word) => [word, optional(labelSchema)])))),
    ]),
  ),
  { description: 'Words of the charts the dataset replaces for its region, by section: e.g. { "platforms": { "hub": "基层智治" } }.' },
) as Schema<Labels>;

export const yearSchema = object({
  year: integer({ minimum: 1949, maximum: 2100 }),
  source: sourceSchema,
  ...sectionFields,
});

export const datasetSchema = object(
  {
    $schema: optional(string()),
    schemaVersion: constant(SCHEMA_VERSION),
    unit: object({ id, name: labelSchema }),
    sample: boolean({ description: 'true when the figures are invented for demonstration; shown as such on screen.' }),
    draft: optional(
      boolean({ description: 'true for figures drawn from a report by the extractor that no person has confirmed yet (npm run extract).' }),
    ),
    labels: optional(labelsSchema),
    years: array(yearSchema, { minItems: 1, uniqueBy: 'year' }),
  },
  {
    title: 'fazhi-dashboard dataset',
    description: "A unit's figures from its annual rule-of-law government reports (法治政府建设年度报告), one entry per year.",
  },
);

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
