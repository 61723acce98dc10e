/**
 * A collection's years, for a year toggle given a collection of units (`collection-years.ts`): its
 * code loaded only then, as a town's page never needs it.
 */
import { type Collection, collectionFile, parseCollection } from '../../data/collection.js';
import { figureListFile, indexFiles } from '../../data/collection-index.js';
import { yearsOf } from '../../data/derive.js';
import { loadDataset, loadFile } from '../../data/load.js';
import { parseDataset } from '../../data/validate.js';
import type { CollectionAt } from './collection-years.js';

export async function yearsOfCollection(
  at: CollectionAt,
  options: { timeoutMs: number; signal: AbortSignal },
): Promise<{ years: number[]; sample: boolean }> {
  const collection: Collection = 'url' in at ? await loadFile(at.url, collectionFile, options) : parseCollection(at.value);
  const base = 'url' in at ? at.url : at.base;
  const sample = collection.sample === true;
  if (collection.index) {
    const folder = new URL(collection.index, base).href;
    const list = await loadFile(new URL(indexFiles.figures, folder).href, figureListFile, options);
    return { years: [...list.years].sort((a, b) => a - b), sample };
  }
  // No index: every year of the units' datasets that can be read (one that cannot is named by the ranking, not here).
  const read = await Promise.allSettled(
    collection.units.map((unit) =>
      typeof unit.dataset === 'string'
        ? loadDataset(new URL(unit.dataset, base).href, options)
        : Promise.resolve(parseDataset(unit.dataset)),
    ),
  );
  const datasets = read.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  if (datasets.length === 0) throw read.find((result) => result.status === 'rejected')?.reason;
  return { years: [...new Set(datasets.flatMap(yearsOf))].sort((a, b) => a - b), sample };
}
