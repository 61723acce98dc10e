import { type ChartPoint, POINT_CLASS } from './types.js';

/**
 * Makes a mark's elements reachable: each gets the point's index, its name, and a place in one
 * roving tab order (the first point is the chart's single tab stop).
 */
export function markPoints(elements: ArrayLike<Element>, indexes: ArrayLike<number>, points: readonly ChartPoint[]): void {
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    const point = points[indexes[i]];
    element.classList.add(POINT_CLASS);
    element.setAttribute('data-index', String(indexes[i]));
    element.setAttribute('tabindex', indexes[i] === 0 ? '0' : '-1');
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', point.name);
  }
}

/**
 * The points of a chart kept for other figures (a year switch), named anew, and with the tab stop
 * on the first again, as `markPoints` leaves a new chart (the element puts it on a focused point).
 */
export function resetPoints(svg: Element, points: readonly ChartPoint[]): void {
  for (const element of svg.querySelectorAll(`.${POINT_CLASS}`)) {
    const index = Number(element.getAttribute('data-index'));
    element.setAttribute('tabindex', index === 0 ? '0' : '-1');
    element.setAttribute('aria-label', points[index].name);
  }
}

/**
 * Leaves a rendered chart with no inline `<style>` (a strict Content-Security-Policy refuses it;
 * the chart's own stylesheet carries the equivalent rules) and with only our names for
 * assistive technology.
 */
export function cleanPlotSvg(svg: SVGSVGElement): SVGSVGElement {
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const group of svg.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
  svg.removeAttribute('font-family');
  return svg;
}
