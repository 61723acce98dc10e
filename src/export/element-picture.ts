import { render } from 'lit';
import { drawChart } from '../charts/chart.js';
import type { ChartModel } from '../runtime/chart-model.js';
import type { Room } from '../runtime/resize-controller.js';
import type { SectionView } from '../sections/section.js';
import { lookAsAttributes, type PictureLine, type PictureLook, type PictureShape, pictureSvg, stackSvg } from './picture.js';

/** The colours, font and sizes an element shows, read from its tokens and its text as computed. */
export function lookOf(host: HTMLElement, root: Element): PictureLook {
  const tokens = getComputedStyle(host);
  const shown = getComputedStyle(root);
  // A token is as a page wrote it (`hsl(0 100% 35%)`, `color-mix(…)`): a canvas writes it as hex or rgba(), which a picture can hold.
  const canvas = host.ownerDocument.createElement('canvas').getContext('2d');
  const resolved = (colour: string) => {
    if (!canvas) return colour;
    canvas.fillStyle = shown.color;
    canvas.fillStyle = colour;
    return String(canvas.fillStyle);
  };
  const token = (name: string) => resolved(tokens.getPropertyValue(name).trim() || shown.color);
  const sizeOf = (selector: string, fallback: number) => {
    const element = root.querySelector(selector);
    return element ? Number.parseFloat(getComputedStyle(element).fontSize) : fallback;
  };
  const fontSize = Number.parseFloat(shown.fontSize);
  return {
    background: token('--_bg'),
    text: shown.color,
    muted: token('--_muted'),
    accent: token('--_accent'),
    alert: token('--_alert'),
    fontFamily: shown.fontFamily,
    fontSize,
    titleSize: sizeOf('.title', fontSize * 1.25),
    smallSize: sizeOf('.source', fontSize * 0.875),
  };
}

/** Measures text in ems as the browser draws it in `look`'s font, for lines that wrap where they will. */
export function measurer(look: PictureLook, document: Document): ((text: string, weight: number) => number) | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  return (text, weight) => {
    context.font = `${weight} 100px ${look.fontFamily}`;
    return context.measureText(text).width / 100;
  };
}

/** What a picture shows of a chart element: the lines above and below its chart, and the chart as drawn. */
export interface ChartFrame {
  above: PictureLine[];
  below: PictureLine[];
  drawing: SVGSVGElement;
}

/** A chart element's picture: its lines around a copy of the drawn chart carrying its look, in the element's colours and font. */
export function elementPicture(
  host: HTMLElement,
  root: Element,
  { above, below, drawing }: ChartFrame,
  shape?: PictureShape,
): SVGSVGElement {
  const box = drawing.getBoundingClientRect();
  const look = lookOf(host, root);
  return pictureSvg(
    { width: box.width, look, above, chart: lookAsAttributes(drawing), chartHeight: box.height, below, shape },
    host.ownerDocument,
    measurer(look, host.ownerDocument),
  );
}

/** The dashboard's picture: its own lines (title, key figures) over its charts' pictures, as wide as the widest. */
export function stackPictures(
  host: HTMLElement,
  root: Element,
  above: PictureLine[],
  charts: SVGSVGElement[],
  shape?: PictureShape,
): SVGSVGElement {
  const look = lookOf(host, root);
  const document = host.ownerDocument;
  const measure = measurer(look, document);
  const header = (width: number) => pictureSvg({ width: width - 2 * Math.round(look.fontSize), look, above, below: [] }, document, measure);
  return stackSvg(header, charts, look, document, shape);
}

/** A chart as it was shown when a file of it was asked for: its model, the room it was drawn in, its lines of text. */
export interface HeldChart {
  model: Extract<ChartModel<SectionView>, { status: 'shown' }>;
  room: Room;
  above: PictureLine[];
  below: PictureLine[];
}

/**
 * A chart element's picture as `held` shows it: from `drawing` while that is still its chart's
 * drawing; when another year is shown since, from its chart drawn again in `box`, beside the one
 * shown, for as long as reading its look takes (one task: no frame is painted meanwhile).
 */
export function heldPicture(
  host: HTMLElement,
  root: Element,
  box: Element,
  held: HeldChart,
  drawing?: SVGSVGElement,
  shape?: PictureShape,
): SVGSVGElement {
  const { model, room, above, below } = held;
  if (drawing) return elementPicture(host, root, { above, below, drawing }, shape);
  const aside = host.ownerDocument.createElement('div');
  render(drawChart(model.view.chart, { width: room.width, fontSize: room.fontSize, ariaLabel: model.title }), aside);
  box.append(aside);
  try {
    return elementPicture(host, root, { above, below, drawing: aside.querySelector('svg') as SVGSVGElement }, shape);
  } finally {
    aside.remove();
  }
}
