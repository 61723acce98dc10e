/**
 * The dashboard as an offline presentation, one HTML file (`offline-page.ts`): loaded only when a
 * reader asks for one. The code it holds is the standalone build: in an offline file already, the
 * script on its page; on a site, the file the build writes beside the bundle.
 */
import { collectionFile } from '../data/collection.js';
import { datasetUrl, loadFile } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { ExportError } from './formats.js';
import { collectionAddress, OFFLINE_CODE_ID, type OfflineAttributes, offlinePage } from './offline-page.js';

/** Beside this file in `dist/`: the elements as one script, with nothing loaded on demand. */
const STANDALONE = './fazhi-dashboard-standalone.js';

async function standaloneCode(document: Document): Promise<string> {
  const inline = document.getElementById(OFFLINE_CODE_ID)?.textContent;
  if (inline) return inline;
  const response = await fetch(new URL(STANDALONE, import.meta.url)).catch((error: unknown) => {
    throw new ExportError('load', {}, { cause: error });
  });
  if (!response.ok) throw new ExportError('load');
  return response.text();
}

/** The offline presentation of `dataset` as an HTML file. */
export async function offlineBlob(
  { dataset, title, lang, attributes }: { dataset: Dataset; title: string; lang: string; attributes: OfflineAttributes },
  document: Document,
): Promise<Blob> {
  const code = await standaloneCode(document);
  return new Blob([offlinePage({ code, dataset, title, lang, attributes })], { type: 'text/html;charset=utf-8' });
}

/** The collection at `address` as an offline file's dashboard takes it: every unit's dataset (resolved against it) inside it. */
export async function offlineCollection(address: string, timeoutMs: number): Promise<string> {
  // A collection that will not load fails the export, said as the menu says a file it cannot make.
  const collection = await loadFile(address, collectionFile, { timeoutMs }).catch((error: unknown) => {
    throw new ExportError('load', {}, { cause: error });
  });
  const base = datasetUrl(address);
  return collectionAddress(collection, {
    load: async (unit) => {
      const response = await fetch(new URL(unit, base), { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new ExportError('load');
      return response.json();
    },
    absolute: (unit) => new URL(unit, base).href,
  });
}
