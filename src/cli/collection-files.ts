/** The files of a collection as the command-line tools read them: each unit's dataset, inline or beside the collection. */
import { dirname, join } from 'node:path';
import type { CollectionUnit } from '../data/collection.js';
import type { Dataset } from '../data/schema.js';
import { DatasetError, parseDataset, parseDatasetText } from '../data/validate.js';
import { Refusal } from './command.js';
import { readDatasetText } from './files.js';
import type { CliMessages } from './messages.js';

/** A unit's dataset: inline, or the file its address names beside the collection; or where and why it could not be read. */
export async function unitDataset(
  collectionFile: string,
  unit: CollectionUnit,
  index: number,
  t: CliMessages,
): Promise<{ dataset: Dataset } | { where: string; kind: string; error?: DatasetError }> {
  if (typeof unit.dataset !== 'string') {
    try {
      return { dataset: parseDataset(unit.dataset) };
    } catch (error) {
      if (error instanceof DatasetError) return { where: `${collectionFile}: units[${index}].dataset`, kind: error.kind, error };
      throw error;
    }
  }
  if (isAddress(unit.dataset)) return { where: unit.dataset, kind: 'network' };
  const path = join(dirname(collectionFile), unit.dataset);
  try {
    return { dataset: parseDatasetText(await readDatasetText(path, t)) };
  } catch (error) {
    if (error instanceof DatasetError) return { where: path, kind: error.kind, error };
    if (error instanceof Refusal) return { where: path, kind: 'missing' };
    throw error;
  }
}

/** Whether a unit's dataset is named by a web address (which the tools do not download) rather than a file beside the collection. */
export const isAddress = (dataset: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(dataset);
