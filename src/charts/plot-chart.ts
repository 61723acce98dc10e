/**
 * What the charts Observable Plot draws give back: Plot's SVG, whole, and where each of the
 * chart's points is in it, read from Plot's scales (`svg.scale(name).apply`, its public API), so
 * that the element lays its own points over it for the pointer, the keyboard and screen readers.
 * Nothing of Plot's drawing is changed after, except that its `<style>` element is left out.
 */

/** The class Plot gives the SVG of each of our charts (its `className` option): our rules find it by it. */
export const PLOT_CLASS = 'fz-plot';

/** A chart Plot drew, and where its points are. */
export interface PlotChart {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** Each point's place in the SVG's coordinates; a band's height when the point is a row. */
  positions: { x: number; y: number; width?: number; height?: number }[];
}

/** A band of a `BandedChart`: Plot's drawing of its rows, made the first time it is asked for. */
export interface Band {
  readonly svg: SVGSVGElement;
  /** Whether the drawing is made. */
  readonly drawn: boolean;
  width: number;
  height: number;
}

/**
 * A chart Plot draws in bands of rows (a long ranking), each band a chart of its own on the same
 * scales, stacked without a seam, drawn when it is first needed: a band far from the viewport costs
 * neither its drawing nor the browser's laying it out. `positions` are in the whole chart's
 * coordinates, every row's, drawn or not.
 */
export interface BandedChart {
  bands: Band[];
  width: number;
  height: number;
  positions: PlotChart['positions'];
}

/**
 * Plot puts a `<style>` element in every SVG it draws (`:where(.plot-…)` rules for its own
 * defaults): an inline style block, which a strict Content-Security-Policy refuses. It is taken
 * out before the SVG reaches the page; the element's stylesheet carries what the chart needs.
 */
export function withoutStyle(svg: SVGSVGElement): SVGSVGElement {
  for (const style of svg.querySelectorAll(':scope > style')) style.remove();
  return svg;
}
