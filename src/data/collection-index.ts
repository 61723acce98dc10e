/**
 * The index of a collection, written by `npm run collect` into the folder the collection names
 * (`index`): what a ranking needs without any unit's whole dataset. `figures.json` lists the
 * figures the units' reports give; `<key>.json` holds one figure of every unit, each year's value
 * with the report's words; `reports.json` what the report lens shows of each report. A ranking
 * loads the collection, `figures.json` and the one figure it shows.
 */

import type { FileKind } from './load.js';
import { id, labelSchema, MAX_COUNT, quote, text } from './parts.js';
import { array, boolean, check, constant, type Infer, integer, number, object, optional, type Schema, string } from './schema-kit.js';
import { DatasetError, parseJsonText } from './validate.js';

export const INDEX_VERSION = 1;

/** How a figure is named: its section and its id in the section's view, `petitions.total`, `petitions.letters.share`. */
export const FIGURE_KEY = '[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+';

/** A figure's name (`FIGURE_KEY`). */
export const figureKey = string({
  pattern: `^${FIGURE_KEY}$`,
  format: 'figure-key',
  description: 'A figure: its section and its id, e.g. "petitions.total" or "petitions.letters.share".',
});

const year = integer({ minimum: 1949, maximum: 2100 });

/** What a figure is: a count, a rate (a fraction the report states or the counts give) or a share of a whole (a fraction). */
export const MEASURES = ['count', 'rate', 'share'] as const;
export type Measure = (typeof MEASURES)[number];

/** Where a figure stands in its section: a headline figure (a total, a rate), a part (a channel, a kind), or a part's share of the whole. */
export const ROLES = ['headline', 'part', 'share'] as const;
export type FigureRole = (typeof ROLES)[number];

const oneOf = (values: readonly string[], format: string) => string({ pattern: `^(${values.join('|')})$`, format });

export const figureListSchema = object({
  schemaVersion: constant(INDEX_VERSION),
  years: array(year, { minItems: 1 }),
  figures: array(
    object({
      key: figureKey,
      section: id,
      role: oneOf(ROLES, 'figure-role'),
      measure: oneOf(MEASURES, 'measure'),
      label: labelSchema,
      /** Worked out from what the report states (a sum of its parts, a share, a rate of two counts), not stated by it. */
      computed: optional(boolean()),
      /** How many units' reports of the last year give it. */
      given: optional(integer({ minimum: 0 })),
    }),
    { uniqueBy: 'key' },
  ),
  /** Units whose dataset could not be read when the index was written: named by the element, never ranked. */
  broken: optional(array(object({ id, kind: text }), { uniqueBy: 'id' })),
  /** The years each unit has a report of: a unit without one is said to have none, not to leave a figure out. */
  reported: optional(array(object({ id, years: array(year) }), { uniqueBy: 'id' })),
});

export const figureFileSchema = object({
  schemaVersion: constant(INDEX_VERSION),
  key: figureKey,
  units: array(
    object({
      id,
      years: array(object({ year, value: number({ minimum: 0, maximum: MAX_COUNT }), quote: optional(quote) }), { uniqueBy: 'year' }),
    }),
    { uniqueBy: 'id' },
  ),
});

export const reportListSchema = object({
  schemaVersion: constant(INDEX_VERSION),
  units: array(
    object({
      id,
      years: array(
        object({
          year,
          title: text,
          date: string({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' }),
          sections: array(id),
          draft: optional(boolean()),
        }),
        { uniqueBy: 'year' },
      ),
    }),
    { uniqueBy: 'id' },
  ),
});

export type FigureList = Infer<typeof figureListSchema>;
export type FigureFile = Infer<typeof figureFileSchema>;
export type ReportList = Infer<typeof reportListSchema>;

/** The index's files: the list of figures, the reports, and one figure's file. */
export const indexFiles = {
  figures: 'figures.json',
  reports: 'reports.json',
  figure: (key: string) => `${key}.json`,
};

function checked<T>(schema: Schema<T>, value: unknown): T {
  const problems = check(schema as Schema<unknown>, value);
  if (problems.length > 0) throw new DatasetError('invalid', problems);
  return value as T;
}

export const parseFigureList = (text: string): FigureList => checked(figureListSchema, parseJsonText(text));
export const parseFigureFile = (text: string): FigureFile => checked(figureFileSchema, parseJsonText(text));
export const parseReportList = (text: string): ReportList => checked(reportListSchema, parseJsonText(text));

/** The index's files as the elements load them (one request per URL, each checked). */
export const figureListFile: FileKind<FigureList> = {
  name: 'figure-list',
  parseText: parseFigureList,
  parse: (value) => checked(figureListSchema, value),
};
export const figureFileKind: FileKind<FigureFile> = {
  name: 'figure-file',
  parseText: parseFigureFile,
  parse: (value) => checked(figureFileSchema, value),
};
export const reportListFile: FileKind<ReportList> = {
  name: 'report-list',
  parseText: parseReportList,
  parse: (value) => checked(reportListSchema, value),
};
