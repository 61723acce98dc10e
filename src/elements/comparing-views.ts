/**
 * The code of the trend (`<fz-trend>`) and of the comparison of units (`<fz-compare>`), with
 * Observable Plot, which draws their charts: one file the bundle loads when either first
 * connects, so that a page showing neither never downloads it.
 */

export { comparingSlides } from './comparing-deck.js';
export { CompareView } from './fz-compare/compare-view.js';
export { TrendView } from './fz-trend/trend-view.js';
