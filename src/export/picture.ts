import { wrapText } from '../charts/text.js';

/** A line of text above or below the chart in a picture, in one of the frame's tones. */
export interface PictureLine {
  text: string;
  tone: 'title' | 'figure' | 'text' | 'muted' | 'small' | 'alert';
}

/** Colours, font and sizes as the element shows them (computed, so a theme's and a page's own). */
export interface PictureLook {
  background: string;
  text: string;
  muted: string;
  accent: string;
  alert: string;
  fontFamily: string;
  /** Text size in CSS pixels, and the title's and the small text's. */
  fontSize: number;
  titleSize: number;
  smallSize: number;
}

/** A picture's shape: as the chart is shown (the words above it, tall), or `16:9`, landscape, for a slide or an article's banner. */
export type PictureShape = 'shown' | '16:9';

export interface Picture {
  /** Width of the chart in CSS pixels; the picture adds its padding around it. */
  width: number;
  /** `16:9`: the words beside the chart, on a 16:9 background; default: above and below it. */
  shape?: PictureShape;
  look: PictureLook;
  above: PictureLine[];
  /** The chart, its look carried in attributes (see `lookAsAttributes`), and its height; none for lines alone. */
  chart?: SVGSVGElement;
  chartHeight?: number;
  below: PictureLine[];
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A CSS colour as SVG 1.1 writes it, which every vector editor reads: `#rrggbb`, with its alpha
 * apart as an opacity (LibreOffice and older Inkscape draw `rgba(0,0,0,0)` as black). Colours as
 * browsers compute them (`rgb(…)`, `rgba(…)`, `rgb(r g b / a)`) and hex are read; anything else
 * (`none`) is kept.
 */
export function svgPaint(value: string): { colour: string; opacity: number } {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const alpha = full.length === 8 ? Number.parseInt(full.slice(6), 16) / 255 : 1;
    return { colour: `#${full.slice(0, 6)}`, opacity: alpha };
  }
  const parts = /^rgba?\(([^)]*)\)$/
    .exec(text)?.[1]
    .split(/[\s,/]+/)
    .filter(Boolean);
  if (!parts || parts.length < 3) return { colour: text === 'transparent' ? 'none' : value.trim(), opacity: 1 };
  const channel = (part: string) =>
    Math.round(Math.min(255, Math.max(0, part.endsWith('%') ? (Number.parseFloat(part) * 255) / 100 : Number(part))));
  const alphaPart = parts[3];
  const alpha = alphaPart === undefined ? 1 : alphaPart.endsWith('%') ? Number.parseFloat(alphaPart) / 100 : Number(alphaPart);
  const colour = `#${parts
    .slice(0, 3)
    .map((part) => channel(part).toString(16).padStart(2, '0'))
    .join('')}`;
  return { colour, opacity: Number.isFinite(alpha) ? alpha : 1 };
}

/** Sets `fill` or `stroke` to `value` as SVG 1.1 writes it, its alpha (times `opacity`) as `fill-opacity` or `stroke-opacity` when under 1. */
function setPaint(element: Element, name: 'fill' | 'stroke', value: string, opacity = 1): void {
  const paint = svgPaint(value);
  element.setAttribute(name, paint.colour);
  const combined = Math.round(paint.opacity * opacity * 1000) / 1000;
  if (combined < 1) element.setAttribute(`${name}-opacity`, String(combined));
  else element.removeAttribute(`${name}-opacity`);
}

/** What each tone draws with. */
function toneOf(tone: PictureLine['tone'], look: PictureLook): { size: number; fill: string; weight: number } {
  switch (tone) {
    case 'title':
      return { size: look.titleSize, fill: look.text, weight: 700 };
    case 'figure':
      return { size: look.titleSize, fill: look.accent, weight: 700 };
    case 'muted':
      return { size: look.fontSize, fill: look.muted, weight: 400 };
    case 'small':
      return { size: look.smallSize, fill: look.muted, weight: 400 };
    case 'alert':
      return { size: look.smallSize, fill: look.alert, weight: 700 };
    default:
      return { size: look.fontSize, fill: look.text, weight: 400 };
  }
}

/**
 * One self-contained SVG of a chart with its frame — title, subtitle, summary and the lines the
 * chart element shows around it, the chart, the source — on its background: no class, no
 * stylesheet, no reference outside it, so it opens alike in a browser, a vector editor, and as an
 * image to make a PNG of.
 */
export function pictureSvg(
  { width, look, above, chart, chartHeight, below, shape }: Picture,
  document: Document,
  measure?: (text: string, weight: number) => number,
): SVGSVGElement {
  const padding = Math.round(look.fontSize);
  const content = document.createElementNS(SVG, 'g');
  /** Writes `lines` from `y` down, `columnWidth` wide at `x`; returns where they end. */
  const writeLines = (lines: PictureLine[], x: number, y: number, columnWidth: number) => {
    for (const line of lines) {
      const { size, fill, weight } = toneOf(line.tone, look);
      const leading = size * 1.5;
      const widthOf = measure && ((text: string) => measure(text, weight));
      for (const piece of wrapText(line.text, columnWidth / size, Infinity, widthOf)) {
        const text = document.createElementNS(SVG, 'text');
        text.setAttribute('x', String(x));
        text.setAttribute('y', String(round(y + leading * 0.75)));
        text.setAttribute('font-size', String(size));
        text.setAttribute('font-weight', String(weight));
        setPaint(text, 'fill', fill);
        text.textContent = piece;
        content.append(text);
        y += leading;
      }
      y += size * 0.25;
    }
    return y;
  };
  const placeChart = (x: number, y: number) => {
    if (!chart || !chartHeight) return;
    chart.setAttribute('x', String(x));
    chart.setAttribute('y', String(round(y)));
    chart.setAttribute('width', String(width));
    chart.setAttribute('height', String(chartHeight));
    content.append(chart);
  };
  let size: { width: number; height: number };
  if (shape === '16:9' && chart && chartHeight) {
    // Landscape: the words in a column on the left, the chart on the right.
    const column = Math.max(16 * look.fontSize, Math.round(width * 0.6));
    const textBottom = writeLines(below, padding, writeLines(above, padding, padding, column) + padding / 2, column);
    placeChart(padding + column + 1.5 * padding, padding);
    size = { width: column + width + 3.5 * padding, height: Math.ceil(Math.max(textBottom, chartHeight + padding) + padding) };
  } else {
    let y = writeLines(above, padding, padding, width);
    if (chart && chartHeight) {
      placeChart(padding, y + padding / 2);
      y += chartHeight + padding;
    }
    size = { width: width + 2 * padding, height: Math.ceil(writeLines(below, padding, y, width) + padding) };
  }
  return framed(content, size, look, shape, document);
}

/**
 * The picture whole: `content` (a `size` box) on the background, with the font; a 16:9 picture
 * widened or heightened to that shape, its content in the middle.
 */
function framed(
  content: SVGGElement,
  size: { width: number; height: number },
  look: Pick<PictureLook, 'background' | 'fontFamily'>,
  shape: PictureShape | undefined,
  document: Document,
): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const background = document.createElementNS(SVG, 'rect');
  setPaint(background, 'fill', look.background);
  let { width, height } = size;
  if (shape === '16:9') {
    width = Math.ceil(Math.max(width, (height * 16) / 9));
    height = Math.round((width * 9) / 16);
    if (height < size.height) {
      height = size.height;
      width = Math.round((height * 16) / 9);
    }
    const dx = round((width - size.width) / 2);
    const dy = round((height - size.height) / 2);
    if (dx || dy) content.setAttribute('transform', `translate(${dx},${dy})`);
  }
  svg.append(background, content);
  svg.setAttribute('xmlns', SVG);
  for (const element of [svg, background]) {
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('font-family', look.fontFamily);
  return svg;
}

/**
 * Pictures on one background: a header across the top (`headerOf(width)` makes it that wide), then
 * the pictures one under the other, as wide as the widest; in a 16:9 picture side by side, in as
 * many columns as bring it nearest that shape.
 */
export function stackSvg(
  headerOf: (width: number) => SVGSVGElement | undefined,
  pictures: SVGSVGElement[],
  look: Pick<PictureLook, 'background' | 'fontFamily'>,
  document: Document,
  shape?: PictureShape,
): SVGSVGElement {
  const sizeOf = (picture: SVGSVGElement) => ({
    width: Number(picture.getAttribute('width')),
    height: Number(picture.getAttribute('height')),
  });
  const sizes = pictures.map(sizeOf);
  const columnWidth = Math.max(320, ...sizes.map((each) => each.width));
  const gridOf = (columns: number, headerHeight: number) => {
    const rows: number[] = [];
    sizes.forEach(({ height }, i) => {
      const row = Math.floor(i / columns);
      rows[row] = Math.max(rows[row] ?? 0, height);
    });
    const width = Math.min(columns, Math.max(1, pictures.length)) * columnWidth;
    return { columns, rows, width, height: rows.reduce((sum, row) => sum + row, headerHeight) };
  };
  // A header as narrow as one column is as tall as any header can be: the columns are chosen with it.
  const tallest = headerOf(columnWidth);
  const tallestHeight = tallest ? sizeOf(tallest).height : 0;
  const counts = shape === '16:9' ? Array.from({ length: Math.max(1, pictures.length) }, (_, i) => i + 1) : [1];
  const away = ({ width, height }: { width: number; height: number }) => Math.abs(Math.log(width / height / (16 / 9)));
  const columns = counts.reduce((best, count) => (away(gridOf(count, tallestHeight)) < away(gridOf(best, tallestHeight)) ? count : best));
  const header = columns === 1 ? tallest : headerOf(gridOf(columns, 0).width);
  const grid = gridOf(columns, header ? sizeOf(header).height : 0);
  const content = document.createElementNS(SVG, 'g');
  let top = 0;
  if (header) {
    header.removeAttribute('xmlns');
    content.append(header);
    top = sizeOf(header).height;
  }
  grid.rows.forEach((rowHeight, row) => {
    pictures.slice(row * columns, (row + 1) * columns).forEach((picture, column) => {
      picture.setAttribute('x', String(column * columnWidth));
      picture.setAttribute('y', String(top));
      picture.removeAttribute('xmlns');
      content.append(picture);
    });
    top += rowHeight;
  });
  return framed(content, { width: grid.width, height: grid.height }, look, shape, document);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** What a chart's CSS decides that an SVG without it must say on each element, as presentation attributes. */
const CARRIED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const XML = 'http://www.w3.org/XML/1998/namespace';

/**
 * A copy of a drawn chart that carries its computed look on every element, as presentation
 * attributes (`fill="…"`: no `style` attribute, which a strict Content-Security-Policy refuses, and
 * what vector editors read best), and nothing of the page: no classes, focus order or data
 * attributes; names for assistive technology stay.
 */
export function lookAsAttributes(drawn: SVGSVGElement): SVGSVGElement {
  const copy = drawn.cloneNode(true) as SVGSVGElement;
  const originals = [drawn, ...drawn.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const element = copies[i];
    const computed = getComputedStyle(original);
    if (computed.display === 'none' || computed.visibility === 'hidden') element.setAttribute('display', 'none');
    for (const name of CARRIED) element.setAttribute(name, computed.getPropertyValue(name));
    // Colours as SVG 1.1 has them: a hit area's transparent fill is no black block in an editor.
    for (const name of ['fill', 'stroke'] as const) {
      const opacity = Number.parseFloat(computed.getPropertyValue(`${name}-opacity`));
      setPaint(element, name, computed.getPropertyValue(name), Number.isFinite(opacity) ? opacity : 1);
    }
    // Text keeps its spaces as drawn (the chart's CSS says white-space: pre).
    if (element.localName === 'text') element.setAttributeNS(XML, 'xml:space', 'preserve');
    for (const name of ['class', 'style', 'tabindex', 'data-index', 'aria-describedby']) element.removeAttribute(name);
  });
  copy.setAttribute('overflow', 'visible');
  return copy;
}
