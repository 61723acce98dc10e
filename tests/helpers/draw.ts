import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { Window } from 'happy-dom';
import { type Chart, drawChart } from '../../src/charts/chart.js';
import type { ChartOptions } from '../../src/charts/types.js';

/** The chart's SVG as Lit writes it in Node, without the comments that mark its parts. */
export function chartMarkup(chart: Chart, options: ChartOptions): string {
  return collectResultSync(render(drawChart(chart, options))).replace(/<!--[\s\S]*?-->|<\?>/g, '');
}

const { document } = new Window();

/** The chart's SVG as an element (happy-dom), to query. */
export function drawnSvg(chart: Chart, options: ChartOptions): SVGSVGElement {
  const box = document.createElement('div');
  box.innerHTML = chartMarkup(chart, options);
  const svg = box.querySelector('svg');
  if (!svg) throw new Error('The chart drew no SVG');
  return svg as unknown as SVGSVGElement;
}
