/**
 * The entry of the bundle (`dist/fazhi-dashboard.js`) and of the package (`fazhi-dashboard`):
 * registers every element. One `<script type="module">` of the built file
 * on a page makes `<fz-dashboard>`, `<fz-year-toggle>`, `<fz-trend>`, `<fz-compare>` and the element of every report section
 * (`<fz-petitions>`, `<fz-mediation>`, `<fz-training>`, `<fz-platforms>`, `<fz-reviews>`…)
 * available. A section's element class is `customElements.get(tag)` once it is defined, typed
 * through `HTMLElementTagNameMap`; `sections` lists them. On a page holding figures drawn in
 * advance that has not painted yet, the elements are defined just after its first frame: wait for
 * `customElements.whenDefined(tag)`.
 */
// First: the page's datasets are asked for while the rest is run.
import './prefetch-page.js';
import './elements/fz-compare/fz-compare.js';
import './elements/fz-dashboard/fz-dashboard.js';
import './elements/fz-trend/fz-trend.js';
import './elements/fz-year-toggle/fz-year-toggle.js';

export type { Collection } from './data/collection.js';
export { deriveYear, yearsOf } from './data/derive.js';
export type { Dataset, YearReport } from './data/schema.js';
export { DatasetError, datasetProblems, parseDataset } from './data/validate.js';
export { FzCompare } from './elements/fz-compare/fz-compare.js';
export { FzDashboard } from './elements/fz-dashboard/fz-dashboard.js';
export { FzTrend } from './elements/fz-trend/fz-trend.js';
export { FzYearToggle } from './elements/fz-year-toggle/fz-year-toggle.js';
export { sections } from './sections/registry.js';

/**
 * Shows the element the page's address asks for: the iframe embed page's script (`embed.js`
 * beside the bundle) calls it; its code is a file of its own, loaded then.
 * @internal
 */
export const showEmbedded = (page: Document): Promise<void> => import('./embed/embed.js').then(({ embed }) => embed(page));
