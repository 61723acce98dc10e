/**
 * What chart functions take: points already worded in the reader's language, and options. Chart
 * functions return a Lit template of the chart's SVG; they know nothing of fetch, an element or the
 * page, and are drawn by Lit's `render` wherever there is a DOM (the page, happy-dom in Node).
 */

import type { Change } from '../i18n/change.js';

/** One data point a reader can hover, focus and read about. */
export interface ChartPoint {
  id: string;
  label: string;
  value: number;
  /**
   * False when `value` only sizes the mark and is no figure of the report (how many figures the
   * report gives for a platform): a file of the data (CSV) leaves the number out.
   */
  reported?: false;
  /** The value in words: "354件". */
  valueText: string;
  /** What is written beside the mark: the value, with its share when it has one ("354件 · 90.1%"). */
  markText: string;
  /** The point's accessible name: label, value and share, said once ("8890热线，120件，占总量 60.0%"). */
  name: string;
  /** The point's share of the whole in words ("占总量 90.1%"), when it has one. */
  share?: string;
  /** That share as a fraction (354 of 393 → 0.9008), when it has one. */
  fraction?: number;
  /** What kind of figure `value` is: a count (the default) or a rate, a fraction from 0 to 1. */
  measure?: 'count' | 'rate';
  /** Further lines for the tooltip, the announcement and the data table, e.g. "学习培训合计 41次". */
  details: string[];
  /** The words of the report this figure comes from. */
  quote?: string;
  /** When comparing years: the same figure in the compared year, and the change since. */
  compared?: { value: number; valueText: string };
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
  /** The point that is the chart's one tab stop (`tabindex="0"`; the others -1), by index; default the first. */
  tabStop?: number;
  /** Drawn again for other figures (another year): the bars grow from their old lengths to the new ones. */
  moving?: boolean;
  /** The id of what describes the chart (its summary sentence), in the same root. */
  describedBy?: string;
  /**
   * A height to fill, in CSS pixels (a slide's chart): the chart spreads its marks over it, and is
   * drawn smaller when they would not fit. Default: as tall as its marks need.
   */
  height?: number;
  /** Where a bar's label goes: on its own line above the bar (default), or `beside` it (a slide). */
  labels?: 'above' | 'beside';
}

/** Marks a reader can reach carry this class and `data-index` (the point's index). */
export const POINT_CLASS = 'fz-point';
