/**
 * The bundle's entry: registers every element. One `<script type="module">` of the built file
 * on a page makes `<fz-dashboard>`, `<fz-petitions>`, `<fz-mediation>`, `<fz-training>`,
 * `<fz-platforms>` and `<fz-year-toggle>` available.
 */
import './elements/fz-dashboard/fz-dashboard.js';
import './elements/fz-mediation/fz-mediation.js';
import './elements/fz-petitions/fz-petitions.js';
import './elements/fz-platforms/fz-platforms.js';
import './elements/fz-training/fz-training.js';
import './elements/fz-year-toggle/fz-year-toggle.js';

export { FzDashboard } from './elements/fz-dashboard/fz-dashboard.js';
export { FzMediation } from './elements/fz-mediation/fz-mediation.js';
export { FzPetitions } from './elements/fz-petitions/fz-petitions.js';
export { FzPlatforms } from './elements/fz-platforms/fz-platforms.js';
export { FzTraining } from './elements/fz-training/fz-training.js';
export { FzYearToggle } from './elements/fz-year-toggle/fz-year-toggle.js';
export { deriveYear, yearsOf } from './data/derive.js';
export { DatasetError, parseDataset, datasetProblems } from './data/validate.js';
export type { Dataset, YearReport } from './data/schema.js';
