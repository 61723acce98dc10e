import type { TemplateResult } from 'lit';
import { barChart } from './bar-chart.js';
import { platformsDiagram } from './platforms-diagram.js';
import type { BarSection, ChartOptions, ChartPoint } from './types.js';

/**
 * What a section's chart draws, as data: runs of bars (each under an optional heading), or a hub
 * with its parts around it. The element draws it, a slide deck writes it as a native chart, a
 * picture or a static page draws it as the element does.
 */
export type Chart = { type: 'bars'; bars: BarSection[] } | { type: 'hub'; hub: string; points: ChartPoint[] };

/** The chart's points in the order it numbers them. */
export const chartPoints = (chart: Chart): ChartPoint[] =>
  chart.type === 'hub' ? chart.points : chart.bars.flatMap((section) => section.points);

/** The chart's SVG as a Lit template. */
export function drawChart(chart: Chart, options: ChartOptions): TemplateResult {
  return chart.type === 'hub' ? platformsDiagram(chart.points, { ...options, hub: chart.hub }) : barChart(chart.bars, options);
}
