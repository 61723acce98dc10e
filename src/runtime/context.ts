import { createContext } from '@lit/context';
import { sharedKey } from '../data/page-wide.js';
import type { DatasetState } from './dataset-controller.js';
import type { YearChoice } from './year-sync.js';

// Registered symbols of this version: a dashboard of one copy of our code on a page hands its dataset and year to charts of another copy of it.

/** A dashboard's dataset, loaded and checked once, for the charts inside it. */
export const datasetContext = createContext<DatasetState>(sharedKey('dataset'));

/** The year a dashboard shows (and compares with), for the charts inside it. */
export const yearContext = createContext<YearChoice>(sharedKey('year'));
