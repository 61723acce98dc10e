import { createContext } from '@lit/context';
import type { DatasetState } from './dataset-controller.js';
import type { YearChoice } from './year-sync.js';

/** A dashboard's dataset, loaded and checked once, for the charts inside it. */
export const datasetContext = createContext<DatasetState>(Symbol('fz-dataset'));

/** The year a dashboard shows (and compares with), for the charts inside it. */
export const yearContext = createContext<YearChoice>(Symbol('fz-year'));
