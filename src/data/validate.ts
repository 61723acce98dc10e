import { type Dataset, datasetSchema } from './schema.js';
import type { Problem } from './schema-kit.js';
import { check } from './schema-kit.js';

/** Every way a parsed JSON value fails the dataset schema (duplicate years and ids included); an empty list means it is valid. */
export function datasetProblems(value: unknown): Problem[] {
  return check(datasetSchema, value);
}

/** Why a dataset could not be shown: the kind of failure and, for an invalid file, each problem. */
export class DatasetError extends Error {
  constructor(
    readonly kind:
      | 'missing'
      | 'network'
      | 'timeout'
      | 'http'
      | 'html'
      | 'json'
      | 'invalid'
      | 'collection'
      | 'year'
      | 'attribute'
      | 'environment',
    readonly problems: readonly Problem[] = [],
    readonly detail: {
      status?: number;
      url?: string;
      year?: number;
      years?: number[];
      timeoutMs?: number;
      /** For `attribute`: which attribute, and its value. */
      attribute?: string;
      value?: string;
      /** For `environment`: the built-in function the page has replaced. */
      builtin?: string;
    } = {},
  ) {
    super(`${kind}${problems.length ? `: ${problems.length} problem(s)` : ''}`);
    this.name = 'DatasetError';
  }
}

/**
 * A copy of `value` as a `Dataset`, or a `DatasetError` that lists every problem. A copy: what is
 * shown was checked, whatever becomes of `value` afterwards (an object changed in place stays as
 * it was when given; give a new object to show new figures).
 */
export function parseDataset(value: unknown): Dataset {
  return copyOf(checked(value)) as Dataset;
}

/** Whether a parsed JSON value is meant as a collection (it lists units) rather than a dataset. */
export const isCollection = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'units' in value && !('years' in value);

function checked(value: unknown): Dataset {
  // A district's collection where one unit's dataset belongs: said as such, not as a dataset missing its fields.
  if (isCollection(value)) throw new DatasetError('collection');
  const problems = datasetProblems(value);
  if (problems.length > 0) throw new DatasetError('invalid', problems);
  return value as Dataset;
}

function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyOf(item)]));
  return value;
}

/**
 * Parses dataset text; a syntax error becomes a `DatasetError` of kind `json`. A leading BOM (UTF-8
 * as Windows Notepad saves it) is no part of the JSON: it is taken away here, for every reader.
 */
export function parseDatasetText(withBom: string): Dataset {
  return checked(parseJsonText(withBom));
}

/** JSON text as a value, for every file the elements read: a leading BOM taken away, a syntax error a `DatasetError` of kind `json` saying where. */
export function parseJsonText(withBom: string): unknown {
  const text = withBom.startsWith('\uFEFF') ? withBom.slice(1) : withBom;
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Engines say where by offset; people find a place by line and column.
    const offset = Number(message.match(/position (\d+)/)?.[1]);
    const before = Number.isFinite(offset) ? text.slice(0, offset).split('\n') : undefined;
    const where = before && !/line \d/.test(message) ? ` (line ${before.length}, column ${before[before.length - 1].length + 1})` : '';
    throw new DatasetError('json', [{ path: [], rule: 'json', actual: message + where }]);
  }
}
