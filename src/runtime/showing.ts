import { comparisonYear, deriveYear, type YearFigures, yearsOf } from '../data/derive.js';
import type { Dataset } from '../data/schema.js';
import { DatasetError } from '../data/validate.js';
import type { DatasetState } from './dataset-controller.js';

/** A year as an attribute may give it: four digits. */
export const isYear = (value: number | undefined): value is number =>
  value !== undefined && Number.isInteger(value) && value >= 1000 && value <= 9999;

/** The year an element shows, with the year it is compared with: made from its dataset, `year` and `compare`. */
export type Showing =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | {
      status: 'shown';
      dataset: Dataset;
      figures: YearFigures;
      compared?: YearFigures;
      /** When `compare` asks for a year the dataset cannot give: the years it has. */
      noComparison?: number[];
    };

/** `yearText` is the `year` attribute as written, for saying what is wrong with it. */
export function showingOf(state: DatasetState, year: number | undefined, compare: string | undefined, yearText?: string | null): Showing {
  if (year !== undefined && !isYear(year)) {
    return { status: 'failed', error: new DatasetError('attribute', [], { attribute: 'year', value: yearText ?? String(year) }) };
  }
  if (state.status === 'loading') return { status: 'loading' };
  if (state.status === 'error') return { status: 'failed', error: state.error };
  const { dataset } = state;
  try {
    const figures = deriveYear(dataset, year);
    const comparedYear = comparisonYear(dataset, figures.year, compare);
    if (comparedYear !== undefined) return { status: 'shown', dataset, figures, compared: deriveYear(dataset, comparedYear) };
    return { status: 'shown', dataset, figures, noComparison: compare ? yearsOf(dataset) : undefined };
  } catch (error) {
    return { status: 'failed', error };
  }
}
