/**
 * The bundle's first module: asks for the datasets of the elements already on the page before the
 * rest of the bundle runs (`prefetchDatasets`). Imported first by `index.ts`.
 */
import { prefetchDatasets } from './data/prefetch.js';

if (typeof document !== 'undefined') prefetchDatasets(document);
