import { check, type Path, type Problem } from './schema-kit.js';
import { datasetSchema, type Dataset } from './schema.js';

/**
 * Checks a parsed JSON value against the dataset schema and the rules a schema cannot say:
 * one entry per year, one entry per id in each list. Returns every problem found.
 */
export function datasetProblems(value: unknown): Problem[] {
  const problems = check(datasetSchema, value);
  if (problems.length > 0) return problems;
  const dataset = value as Dataset;
  problems.push(...duplicates(dataset.years.map((entry) => entry.year), ['years'], 'year'));
  dataset.years.forEach((entry, index) => {
    const at: Path = ['years', index];
    const lists = {
      'petitions.channels': entry.petitions?.channels,
      'petitions.flags': entry.petitions?.flags,
      training: entry.training,
      platforms: entry.platforms,
    };
    for (const [name, list] of Object.entries(lists)) {
      if (list) problems.push(...duplicates(list.map((item) => item.id), [...at, ...name.split('.')], 'id'));
    }
  });
  return problems;
}

function duplicates(keys: readonly (string | number)[], path: Path, field: string): Problem[] {
  return keys.flatMap((key, index) =>
    keys.indexOf(key) < index ? [{ path: [...path, index, field], rule: 'duplicate' as const, actual: key }] : [],
  );
}

/** Why a dataset could not be shown: the kind of failure and, for an invalid file, each problem. */
export class DatasetError extends Error {
  constructor(
    readonly kind: 'missing' | 'network' | 'timeout' | 'http' | 'html' | 'json' | 'invalid' | 'year',
    readonly problems: readonly Problem[] = [],
    readonly detail: { status?: number; url?: string; year?: number; years?: number[]; timeoutMs?: number } = {},
  ) {
    super(`${kind}${problems.length ? `: ${problems.length} problem(s)` : ''}`);
    this.name = 'DatasetError';
  }
}

/** Returns `value` as a `Dataset` or throws a `DatasetError` that lists every problem. */
export function parseDataset(value: unknown): Dataset {
  const problems = datasetProblems(value);
  if (problems.length > 0) throw new DatasetError('invalid', problems);
  return value as Dataset;
}

/** Parses dataset text; a syntax error becomes a `DatasetError` of kind `json`. */
export function parseDatasetText(text: string): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Engines say where by offset; people find a place by line and column.
    const offset = Number(message.match(/position (\d+)/)?.[1]);
    const before = Number.isFinite(offset) ? text.slice(0, offset).split('\n') : undefined;
    const where = before && !/line \d/.test(message) ? ` (line ${before.length}, column ${before[before.length - 1].length + 1})` : '';
    throw new DatasetError('json', [{ path: [], rule: 'json', actual: message + where }]);
  }
  return parseDataset(value);
}
