import { type Chart, drawChart } from '../../src/charts/chart.js';
import type { ChartOptions } from '../../src/charts/types.js';
import { drawInNode, markupOf } from '../../src/static/draw-node.js';

/** The chart's SVG as Lit writes it in Node, without the comments that mark its parts. */
export function chartMarkup(chart: Chart, options: ChartOptions): string {
  return markupOf(drawChart(chart, options));
}

/** The chart's SVG as an element (happy-dom), to query. */
export function drawnSvg(chart: Chart, options: ChartOptions): SVGSVGElement {
  const svg = drawInNode(drawChart(chart, options)).querySelector('svg');
  if (!svg) throw new Error('The chart drew no SVG');
  return svg as unknown as SVGSVGElement;
}
