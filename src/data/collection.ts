/**
 * A collection: the units of a district (its towns, townships and street offices, or its
 * departments) side by side, each with its own dataset, for `<fz-compare>` to rank them on any
 * figure their reports give. Written once here with the schema kit: `data/collection-schema.json`,
 * the validation and the types come from this one definition. Each unit's dataset is checked on its
 * own (a broken one is named and the rest are shown), so the collection holds it as a URL or any object.
 */
import type { FileKind } from './load.js';
import { id, labelSchema } from './parts.js';
import { anyOf, array, boolean, check, constant, type Infer, integer, object, optional, type Schema, string } from './schema-kit.js';
import { DatasetError, parseJsonText } from './validate.js';

/** What a unit is: a town (镇), township (乡), street office (街道), county (县), district (区), city (市), a department (部门), or another. */
export const UNIT_KINDS = ['town', 'township', 'street', 'county', 'district', 'city', 'department', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const text = string({ minLength: 1 });

/** How many live in a unit, in which year and by whose count: what figures per 10 000 residents are worked out from. */
export const populationSchema = object(
  {
    value: integer({ minimum: 1, maximum: 999_999_999, description: 'Residents (常住人口).' }),
    year: integer({ minimum: 1949, maximum: 2100, description: 'The year the count is of.' }),
    source: text,
  },
  { description: 'The population, the year it is of and its source (e.g. 第七次全国人口普查).' },
);

export const unitSchema = object({
  id,
  name: labelSchema,
  kind: string({
    pattern: `^(${UNIT_KINDS.join('|')})$`,
    format: 'unit-kind',
    description: `What the unit is: ${UNIT_KINDS.join(', ')}.`,
  }),
  parent: labelSchema,
  population: optional(populationSchema),
  dataset: anyOf(
    string({ minLength: 1, description: "The unit's dataset: its address, resolved against the collection's." }),
    object({}, { description: "The unit's dataset itself (checked on its own: a broken one is named, the others shown)." }),
  ),
});

export const COLLECTION_VERSION = 1;

export const collectionSchema = object(
  {
    $schema: optional(string()),
    schemaVersion: constant(COLLECTION_VERSION),
    name: labelSchema,
    sample: boolean({ description: 'true when the figures are invented for demonstration; shown as such on screen.' }),
    draft: optional(
      boolean({ description: 'true for a collection drafted from reports (npm run collect) that no person has checked yet.' }),
    ),
    members: optional(labelSchema),
    index: optional(
      string({
        minLength: 1,
        description:
          'The folder (relative to this file) where npm run collect wrote the index: each figure of every unit in a file of its own, so that a ranking loads one figure per unit and no whole dataset.',
      }),
    ),
    units: array(unitSchema, { minItems: 1, uniqueBy: 'id' }),
  },
  {
    title: 'fazhi-dashboard collection',
    description: "A district's units side by side, each with its dataset, for <fz-compare> to rank on any figure their reports give.",
  },
);

export type Collection = Infer<typeof collectionSchema>;
export type CollectionUnit = Infer<typeof unitSchema>;
export type Population = Infer<typeof populationSchema>;

/** The schema as the JSON document `data/collection-schema.json` holds. */
export function collectionJsonSchema(): object {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'fazhi-dashboard/collection-schema.json', ...collectionSchema };
}

/** A copy of `value` as a `Collection`, or a `DatasetError` (kind `invalid`) listing every problem with its path. */
export function parseCollection(value: unknown): Collection {
  const problems = check(collectionSchema as Schema<unknown>, value);
  if (problems.length > 0) throw new DatasetError('invalid', problems);
  return structuredClone(value) as Collection;
}

/** What `<fz-compare>`'s `src`, `data` or inline JSON holds: a collection, loaded and checked as a dataset is. */
export const collectionFile: FileKind<Collection> = {
  name: 'collection',
  parseText: (text) => parseCollectionText(text),
  parse: (value) => parseCollection(value),
};

/** Parses collection text as a dataset's is parsed: a leading BOM dropped, a syntax error a `DatasetError` of kind `json`. */
export const parseCollectionText = (text: string): Collection => parseCollection(parseJsonText(text));
