import { startLoadingDataset } from './load.js';

/** Our one element whose `src` is never a dataset: `<fz-compare>` reads a collection of units (each element's `reads` says; a test holds the two together). */
export const COLLECTION_READER = 'fz-compare';

/**
 * Asks for the datasets the page's elements will read, as the bundle starts: their `src` as the
 * elements would (one request per URL, which they join once defined). The request then goes out
 * while the rest of the bundle is still being run, not after it. A `src` that is no URL is left to
 * its element, which says so.
 */
export function prefetchDatasets(page: Document): void {
  for (const element of page.querySelectorAll('[src]')) {
    const src = element.getAttribute('src');
    // An empty `src` is none, as to the element: it reads the dataset written inside it.
    if (!src || !element.localName.startsWith('fz-') || element.localName === COLLECTION_READER) continue;
    try {
      startLoadingDataset(new URL(src, page.baseURI).href);
    } catch {
      // Not a URL: the element says so itself.
    }
  }
}
