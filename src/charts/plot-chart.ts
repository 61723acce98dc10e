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

/**
 * A chart Plot drew in bands of rows (a long ranking), each band a chart of its own on the same
 * scales, stacked without a seam: a band far from the viewport costs the browser nothing to lay out
 * and paint. `positions` are in the whole chart's coordinates.
 */
export interface BandedChart {
  bands: PlotChart[];
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
