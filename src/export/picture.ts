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

export interface Picture {
  /** Width of the chart in CSS pixels; the picture adds its padding around it. */
  width: number;
  look: PictureLook;
  above: PictureLine[];
  /** The chart, its look carried in attributes (see `lookAsAttributes`), and its height; none for lines alone. */
  chart?: SVGSVGElement;
  chartHeight?: number;
  below: PictureLine[];
}

const SVG = 'http://www.w3.org/2000/svg';

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
  { width, look, above, chart, chartHeight, below }: Picture,
  document: Document,
  measure?: (text: string, weight: number) => number,
): SVGSVGElement {
  const padding = Math.round(look.fontSize);
  const svg = document.createElementNS(SVG, 'svg');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('fill', look.background);
  svg.append(background);
  let y = padding;
  const writeLines = (lines: PictureLine[]) => {
    for (const line of lines) {
      const { size, fill, weight } = toneOf(line.tone, look);
      const leading = size * 1.5;
      const widthOf = measure && ((text: string) => measure(text, weight));
      for (const piece of wrapText(line.text, width / size, Infinity, widthOf)) {
        const text = document.createElementNS(SVG, 'text');
        text.setAttribute('x', String(padding));
        text.setAttribute('y', String(round(y + leading * 0.75)));
        text.setAttribute('font-size', String(size));
        text.setAttribute('font-weight', String(weight));
        text.setAttribute('fill', fill);
        text.textContent = piece;
        svg.append(text);
        y += leading;
      }
      y += size * 0.25;
    }
  };
  writeLines(above);
  if (chart && chartHeight) {
    y += padding / 2;
    chart.setAttribute('x', String(padding));
    chart.setAttribute('y', String(round(y)));
    chart.setAttribute('width', String(width));
    chart.setAttribute('height', String(chartHeight));
    svg.append(chart);
    y += chartHeight + padding / 2;
  }
  writeLines(below);
  const total = { width: width + 2 * padding, height: Math.ceil(y + padding) };
  svg.setAttribute('xmlns', SVG);
  svg.setAttribute('width', String(total.width));
  svg.setAttribute('height', String(total.height));
  svg.setAttribute('viewBox', `0 0 ${total.width} ${total.height}`);
  svg.setAttribute('font-family', look.fontFamily);
  background.setAttribute('width', String(total.width));
  background.setAttribute('height', String(total.height));
  return svg;
}

/** Pictures one under the other on one background, as wide as the widest. */
export function stackSvg(pictures: SVGSVGElement[], background: string, document: Document): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const backdrop = document.createElementNS(SVG, 'rect');
  backdrop.setAttribute('fill', background);
  svg.append(backdrop);
  let height = 0;
  let width = 0;
  for (const picture of pictures) {
    picture.setAttribute('y', String(height));
    picture.removeAttribute('xmlns');
    svg.append(picture);
    height += Number(picture.getAttribute('height'));
    width = Math.max(width, Number(picture.getAttribute('width')));
  }
  svg.setAttribute('xmlns', SVG);
  for (const element of [svg, backdrop]) {
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
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
    // Text keeps its spaces as drawn (the chart's CSS says white-space: pre).
    if (element.localName === 'text') element.setAttributeNS(XML, 'xml:space', 'preserve');
    for (const name of ['class', 'style', 'tabindex', 'data-index', 'aria-describedby']) element.removeAttribute(name);
  });
  copy.setAttribute('overflow', 'visible');
  return copy;
}
