/**
 * A chart Observable Plot drew, with the element's own points laid over it: Plot's SVG is the
 * picture (hidden from assistive technology: its groups carry Plot's own English names, "dot",
 * "line"), and over it, at the places Plot's scales give, one mark per point that the pointer
 * meets, the keyboard walks (`.fz-point`, `data-index`, one tab stop) and screen readers read by
 * our names. Also the picture of such charts for a PNG or an SVG file.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlotChart } from '../charts/plot-chart.js';
import { POINT_CLASS } from '../charts/types.js';

export interface OverlayPoint {
  /** Its index among all the element's points (`data-index`). */
  index: number;
  /** What screen readers read: "2024年，431件". */
  name: string;
}

/**
 * Plot's drawing and the points over it. `shape` is `dot` (a circle around each point of a line,
 * `r` pixels) or `row` (a ranking's whole row). `tabStop` is the index of the element's one tab stop.
 */
export function plotWithPoints(
  chart: PlotChart,
  points: readonly OverlayPoint[],
  {
    shape,
    r = 10,
    tabStop,
    label,
    describedBy,
  }: { shape: 'dot' | 'row'; r?: number; tabStop: number; label: string; describedBy?: string },
): TemplateResult {
  const { width, height, positions } = chart;
  const marks = points.map((point, i) => {
    const at = positions[i];
    const focus = point.index === tabStop ? 0 : -1;
    return shape === 'dot'
      ? svg`<circle class=${POINT_CLASS} data-index=${point.index} tabindex=${focus} role="img" aria-label=${point.name} cx=${at.x} cy=${at.y} r=${r}></circle>`
      : svg`<rect class=${POINT_CLASS} data-index=${point.index} tabindex=${focus} role="img" aria-label=${point.name} x=${at.x + 1} y=${at.y} width=${Math.max(0, (at.width ?? width) - 2)} height=${at.height ?? 0} rx="3"></rect>`;
  });
  return html`<div class="plot">
    <div class="plot-drawing" aria-hidden="true">${chart.svg}</div>
    <svg class="overlay fz-chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-label=${label} aria-describedby=${ifDefined(describedBy)}>
      ${marks}
    </svg>
  </div>`;
}

export const plotOverlayStyles = css`
  .plot {
    position: relative;
  }
  /* Plot writes its text 10 px in system-ui: ours is the element's smaller text (never under 12 px,
     18 px in large-text mode) in the element's fonts, set on the SVG so that its text inherits it. */
  .plot-drawing svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-size: var(--_small);
    font-family: inherit;
  }
  .overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .overlay .fz-point {
    fill: transparent;
    stroke: transparent;
  }
  .overlay .fz-point:hover {
    stroke: var(--_border);
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
