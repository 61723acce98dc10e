import { datasetFile, datasetUrl, startLoading } from './load.js';

/** Our one element whose `src` is no dataset: `<fz-compare>` reads a collection of units. */
export const COLLECTION_READER = 'fz-compare';

/**
 * Asks for the datasets the page's elements will read, as the bundle starts: their `src` as the
 * elements would (one request per URL, which they join once defined). The request then goes out
 * while the rest of the bundle is still being run, not after it. A `src` that is no URL is left to
 * its element, which says so.
 */
export function prefetchDatasets(page: Document): void {
  for (const element of page.querySelectorAll('[src]')) {
    if (!element.localName.startsWith('fz-') || element.localName === COLLECTION_READER) continue;
    try {
      // Matched by its `src`: it has one.
      startLoading(datasetUrl(element.getAttribute('src') as string), datasetFile);
    } catch {
      // Not a URL: the element says so itself.
    }
  }
}
