/**
 * The picture (PNG, SVG) of charts Observable Plot drew, as the element shows them: each drawing
 * where it stands in the chart box, with the words shown among them (section titles, each chart's
 * name and its sentence) where they stand, in their lines, carrying its look in attributes, under
 * the element's lines (title, subtitle, summary) and over its source line, in the element's colours
 * and font. A drawing replaced since the file was asked for (another year shown) is read as it was.
 */
import type { PlotChart } from '../charts/plot-chart.js';
import { wrapText } from '../charts/text.js';
import { ExportError, loaded } from '../export/formats.js';
import type { PictureLine } from '../export/picture.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A drawing as shown: where its box stands in the chart box. */
export interface PanelPicture {
  chart: Pick<PlotChart, 'svg' | 'width' | 'height'>;
  x: number;
  y: number;
}

export async function plotsPicture(
  host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  panels: readonly PanelPicture[],
  { above, below, texts = [] }: { above: PictureLine[]; below: PictureLine[]; texts?: readonly HTMLElement[] },
): Promise<SVGSVGElement> {
  const { lookAsAttributes, lookOf, measurer, pictureSvg, svgPaint } = await loaded(import('../export/files.js'));
  const root = host.renderRoot.querySelector('.root');
  const box = host.renderRoot.querySelector('.chart');
  if (!root || !box || panels.length === 0) throw new ExportError('notShown');
  const document = host.ownerDocument;
  const look = lookOf(host, root);
  const origin = box.getBoundingClientRect();
  const composed = document.createElementNS(SVG, 'svg');
  let height = 0;
  const measure = measurer(look, document);
  for (const shown of texts) {
    if (!shown.isConnected) continue;
    const style = getComputedStyle(shown);
    const at = shown.getBoundingClientRect();
    const size = parseFloat(style.fontSize);
    const weight = Number(style.fontWeight) || 400;
    const leading = parseFloat(style.lineHeight) || size * 1.5;
    const paint = svgPaint(style.color);
    // Its lines as the element's width holds them, each at the baseline the browser sets it on.
    const lines = wrapText(shown.textContent?.trim() ?? '', at.width / size, Infinity, measure && ((text) => measure(text, weight)));
    lines.forEach((line, i) => {
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', String(Math.round(at.left - origin.left)));
      text.setAttribute('y', String(Math.round(at.top - origin.top + leading * i + (leading + size * 0.7) / 2)));
      text.setAttribute('font-size', String(size));
      text.setAttribute('font-weight', String(weight));
      text.setAttribute('fill', paint.colour);
      if (paint.opacity < 1) text.setAttribute('fill-opacity', String(paint.opacity));
      text.textContent = line;
      composed.append(text);
    });
    height = Math.max(height, at.top - origin.top + leading * lines.length);
  }
  for (const { chart, x, y } of panels) {
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
  return pictureSvg({ width: origin.width, look, above, chart: composed, chartHeight: height, below }, document, measure);
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
