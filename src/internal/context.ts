import { createContext } from '@lit/context';
import type { DatasetState } from './dataset-controller.js';
import type { YearChoice } from './year-sync.js';

// Registered symbols: a dashboard of one copy of our code on a page hands its dataset and year to charts of another.

/** A dashboard's dataset, loaded and checked once, for the charts inside it. */
export const datasetContext = createContext<DatasetState>(Symbol.for('fazhi-dashboard:dataset'));

/** The year a dashboard shows (and compares with), for the charts inside it. */
export const yearContext = createContext<YearChoice>(Symbol.for('fazhi-dashboard:year'));
