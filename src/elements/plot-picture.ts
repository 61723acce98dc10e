/**
 * The picture (PNG, SVG) of charts Observable Plot drew, as the element shows them: each drawing
 * where it stands in the chart box, with its title above it, carrying its look in attributes, under
 * the element's lines (title, subtitle, summary) and over its source line, in the element's colours
 * and font. A drawing replaced since the file was asked for (another year shown) is read as it was.
 */
import type { PlotChart } from '../charts/plot-chart.js';
import { ExportError, loaded } from '../export/formats.js';
import type { PictureLine } from '../export/picture.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A drawing as shown: where its box stands in the chart box, and the element naming it above, if one. */
export interface PanelPicture {
  chart: PlotChart;
  x: number;
  y: number;
  title?: HTMLElement;
}

export async function plotsPicture(
  host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  panels: readonly PanelPicture[],
  { above, below }: { above: PictureLine[]; below: PictureLine[] },
): Promise<SVGSVGElement> {
  const { lookAsAttributes, lookOf, measurer, pictureSvg } = await loaded(import('../export/files.js'));
  const root = host.renderRoot.querySelector('.root');
  const box = host.renderRoot.querySelector('.chart');
  if (!root || !box || panels.length === 0) throw new ExportError('notShown');
  const document = host.ownerDocument;
  const look = lookOf(host, root);
  const origin = box.getBoundingClientRect();
  const composed = document.createElementNS(SVG, 'svg');
  let height = 0;
  for (const { chart, x, y, title } of panels) {
    if (title?.isConnected) {
      const style = getComputedStyle(title);
      const at = title.getBoundingClientRect();
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', String(at.left - origin.left));
      text.setAttribute('y', String(at.top - origin.top + parseFloat(style.fontSize) * 0.9));
      text.setAttribute('font-size', style.fontSize);
      text.setAttribute('font-weight', style.fontWeight);
      text.setAttribute('fill', style.color);
      text.textContent = title.textContent;
      composed.append(text);
    }
    const copy = withLook(chart.svg, box, lookAsAttributes);
    const width = Math.min(chart.width, origin.width - x);
    const scaled = (chart.height * width) / chart.width;
    copy.setAttribute('x', String(x));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(scaled));
    composed.append(copy);
    height = Math.max(height, y + scaled);
  }
  composed.setAttribute('viewBox', `0 0 ${origin.width} ${height}`);
  return pictureSvg({ width: origin.width, look, above, chart: composed, chartHeight: height, below }, document, measurer(look, document));
}

/** A copy of `drawing` with its look in attributes; one no longer on the page is put back in `box` for as long as reading it takes. */
function withLook(drawing: SVGSVGElement, box: Element, lookAsAttributes: (svg: SVGSVGElement) => SVGSVGElement): SVGSVGElement {
  if (drawing.isConnected) return lookAsAttributes(drawing);
  const aside = box.ownerDocument.createElement('div');
  aside.className = 'plot-drawing';
  aside.append(drawing);
  box.append(aside);
  try {
    return lookAsAttributes(drawing);
  } finally {
    aside.remove();
  }
}
