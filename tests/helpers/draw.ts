import { type Chart, drawChart } from '../../src/charts/chart.js';
import type { ChartOptions } from '../../src/charts/types.js';
import { markupOf, nodeDocument } from '../../src/static/draw-node.js';

/** The chart's SVG as Lit writes it in Node, without the comments that mark its parts. */
export function chartMarkup(chart: Chart, options: ChartOptions): string {
  return markupOf(drawChart(chart, options));
}

/** The chart's SVG as an element (happy-dom), to query. */
export function drawnSvg(chart: Chart, options: ChartOptions): SVGSVGElement {
  return svgOfMarkup(chartMarkup(chart, options));
}

/** A chart's markup (`chartMarkup`) read back as an element (happy-dom), to query. */
export function svgOfMarkup(markup: string): SVGSVGElement {
  const box = nodeDocument().createElement('div');
  box.innerHTML = markup;
  const svg = box.querySelector('svg');
  if (!svg) throw new Error('The chart drew no SVG');
  return svg as unknown as SVGSVGElement;
}
