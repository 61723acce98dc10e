import type { Dataset } from '../data/schema.js';
import type { Draft } from './extract.js';

/** Why a draft cannot join a dataset: it has the draft's year already. */
export class MergeError extends Error {
  constructor(readonly year: number) {
    super(`The dataset has ${year} already; --replace replaces it.`);
  }
}

/**
 * A dataset with the draft's year added, in year order; a year it has already is replaced only
 * with `replace`. The dataset becomes a draft too, until a person confirms the new figures.
 */
export function mergeYear(dataset: Dataset, draft: Draft, { replace = false } = {}): Dataset & { draft: true } {
  const [added] = draft.years;
  const kept = dataset.years.filter((entry) => entry.year !== added.year);
  if (kept.length < dataset.years.length && !replace) {
    throw new MergeError(added.year);
  }
  return { ...dataset, draft: true, years: [...kept, added].sort((a, b) => a.year - b.year) };
}
