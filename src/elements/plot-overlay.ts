/**
 * A chart Observable Plot drew, with the element's own points laid over it: Plot's SVG is the
 * picture (hidden from assistive technology: its groups carry Plot's own English names, "dot",
 * "line"), and over it, at the places Plot's scales give, one mark per point that the pointer
 * meets, the keyboard walks (`.fz-point`, `data-index`, one tab stop) and screen readers read by
 * our names. Also the picture of such charts for a PNG or an SVG file.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { PlotChart } from '../charts/plot-chart.js';
import { POINT_CLASS } from '../charts/types.js';

export interface OverlayPoint {
  /** Its index among all the element's points (`data-index`). */
  index: number;
  /** What screen readers read: "2024年，431件". */
  name: string;
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The element's points over a chart Plot drew: one mark per point, `shape` a circle of `r` pixels
 * around each point of a line (`dot`) or a ranking's whole row (`row`), named for screen readers and
 * reached by the keyboard. Made once per drawing, as DOM (a ranking of a thousand units is a thousand
 * marks: made as templates they cost more than the chart); `tabStop` then says which one Tab reaches.
 */
export function overlayOf(
  document: Document,
  chart: Pick<PlotChart, 'width' | 'height' | 'positions'>,
  points: readonly OverlayPoint[],
  { shape, r = 10, label, describedBy }: { shape: 'dot' | 'row'; r?: number; label: string; describedBy?: string },
): SVGSVGElement {
  const { width, height, positions } = chart;
  const overlay = document.createElementNS(SVG, 'svg');
  const set = (element: Element, attributes: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  };
  set(overlay, { class: 'overlay fz-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': label });
  if (describedBy) overlay.setAttribute('aria-describedby', describedBy);
  points.forEach((point, i) => {
    const at = positions[i];
    const mark = document.createElementNS(SVG, shape === 'dot' ? 'circle' : 'rect');
    set(mark, { class: POINT_CLASS, 'data-index': point.index, tabindex: -1, role: 'img', 'aria-label': point.name });
    if (shape === 'dot') set(mark, { cx: at.x, cy: at.y, r });
    else set(mark, { x: at.x + 1, y: at.y, width: Math.max(0, (at.width ?? width) - 2), height: at.height ?? 0, rx: 3 });
    overlay.append(mark);
  });
  return overlay;
}

/** Makes the point at `index` the one tab stop of the overlays (the others -1). */
export function setTabStop(overlays: readonly SVGSVGElement[], index: number): void {
  for (const overlay of overlays)
    for (const mark of overlay.querySelectorAll(`.${POINT_CLASS}[tabindex="0"]`))
      if (Number(mark.getAttribute('data-index')) !== index) mark.setAttribute('tabindex', '-1');
  for (const overlay of overlays) overlay.querySelector(`.${POINT_CLASS}[data-index="${index}"]`)?.setAttribute('tabindex', '0');
}

/** Plot's drawing (its SVG, or the boxes of its bands), hidden from assistive technology, and the points over it. */
export function plotWithPoints(drawing: Element | readonly Element[], overlay: SVGSVGElement | undefined): TemplateResult {
  return html`<div class="plot">
    <div class="plot-drawing" aria-hidden="true">${drawing}</div>
    ${overlay ?? nothing}
  </div>`;
}

/** The distance between the lines of a grid chart's title, in ems. */
export const GRID_TITLE_LINE_EM = 1.25;

/** A chart of a grid (`plotGrid`): its title above it, its drawing and its points, where its cell stands. */
export interface GridCell {
  /** Its title, in the lines its cell holds. */
  title: readonly string[];
  chart: PlotChart;
  overlay?: SVGSVGElement;
  x: number;
  y: number;
}

/**
 * Charts Plot drew, side by side in one SVG of `width` × `height` (a slide's small multiples): each
 * under its title, `titleHeight` tall, Plot's drawing hidden from assistive technology and the points
 * over it, as `plotWithPoints` lays one out.
 */
export function plotGrid(
  cells: readonly GridCell[],
  { width, height, titleHeight }: { width: number; height: number; titleHeight: number },
) {
  return html`<svg class="plot-grid" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`}>
    ${cells.map(
      (cell) => svg`<g transform=${`translate(${cell.x},${cell.y})`}>
        <text class="plot-grid-title">${cell.title.map(
          (line, i) => svg`<tspan x="0" dy=${`${i === 0 ? 1.05 : GRID_TITLE_LINE_EM}em`}>${line}</tspan>`,
        )}</text>
        <g transform=${`translate(0,${titleHeight})`}>
          <g class="plot-grid-drawing" aria-hidden="true">${cell.chart.svg}</g>
          ${cell.overlay ?? nothing}
        </g>
      </g>`,
    )}
  </svg>`;
}

export const plotOverlayStyles = css`
  .plot {
    position: relative;
  }
  /* Plot writes its text 10 px in system-ui: ours is the element's smaller text (never under 12 px,
     18 px in large-text mode) in the element's fonts, set on the SVG so that its text inherits it;
     on a slide, the chart's text of the slide (24 px at 768 lines). The probe the chart box is
     measured by has that size too: the chart is laid out for the text it draws. */
  .plot-drawing svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
  }
  .chart > .em-probe,
  .plot-drawing svg {
    font-size: var(--_small);
  }
  .chart.on-slide > .em-probe,
  .chart.on-slide .plot-drawing svg,
  .chart.on-slide .plot-grid {
    font-size: 1em;
  }
  .plot-grid {
    display: block;
    overflow: visible;
  }
  .plot-grid svg {
    overflow: visible;
    font-size: inherit;
    font-family: inherit;
  }
  .plot-grid-title {
    fill: var(--_text);
    font-weight: 700;
  }
  .plot > .overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .overlay .fz-point {
    fill: transparent;
    stroke: transparent;
  }
  /* The row under the pointer, outlined; none under a mouse at rest on a slide (set by the presentation). */
  .overlay .fz-point:hover {
    stroke: var(--_hover-outline, var(--_border));
    stroke-width: 1px;
  }
  .overlay .fz-point:focus-visible {
    stroke: var(--_focus);
    stroke-width: var(--_ring);
  }
  @media (forced-colors: active) {
    .overlay .fz-point:focus-visible {
      stroke: Highlight;
    }
  }
`;
