/**
 * What chart functions take: points already worded in the reader's language, and options.
 * Chart functions know nothing of Lit, fetch or the page.
 */

import type { Change } from '../i18n/format.js';

/** One data point a reader can hover, focus and read about. */
export interface ChartPoint {
  id: string;
  label: string;
  value: number;
  /** The value as shown beside the mark, e.g. "354件 · 90.1%". */
  valueText: string;
  /** Lines the tooltip shows under the value, e.g. "占总量 90.1%". */
  details: string[];
  /** The words of the report this figure comes from. */
  quote?: string;
  /** When comparing years: the same figure in the earlier year, and the change since. */
  previous?: { value: number; valueText: string };
  change?: Change;
}

/** A run of bars under an optional heading; `subset` bars are outlined, not filled. */
export interface BarSection {
  heading?: string;
  style: 'part' | 'subset';
  points: ChartPoint[];
}

export interface ChartOptions {
  /** Width in CSS pixels. */
  width: number;
  /** Text size in CSS pixels, the host's computed font size (large-text modes raise it). */
  fontSize: number;
  /** The accessible name of the chart. */
  ariaLabel: string;
  /** The document to create nodes in: the page's, or a server-side one (happy-dom) in tests and export. */
  document: Document;
}

/** Marks a reader can reach carry this class and `data-index` (the point's index). */
export const POINT_CLASS = 'fz-point';
