import { property } from 'lit/decorators.js';
import { customElement } from '../../runtime/define.js';
import { FzViewElement, type LoadedView, type ViewAccess } from '../../runtime/fz-view-element.js';

/**
 * @summary Each figure of a dataset over all its years, as small multiples drawn with Observable
 * Plot: a line through the years that give it, each year's value beside its dot, a year whose
 * report does not give it marked as missing (never a zero, never a line drawn through it), the
 * sentence of how it moved (2021年至2024年信访总量由612件降至431件，下降29.6%), and a table of every
 * figure of every year with the report's words. Tab reaches the chart; ← → walk along a line, ↑ ↓
 * go to the line above or below, Home and End to its first and last year. The year chosen (a
 * `<fz-year-toggle>`, `year`) is marked on every line. Its chart code loads when it first connects.
 *
 * @attr figures - Which figures: `all` (default), `headlines` (each section's headline figures: totals and rates), or figure and section keys separated by spaces (`petitions.total mediation`).
 * @csspart figure - The chart's frame.
 * @csspart title - The chart's title.
 * @csspart subtitle - Unit and years.
 * @csspart summary - How each headline figure moved over the years.
 * @csspart chart - The box holding the small multiples and the tooltip.
 * @csspart section-title - The title of a report section over its figures' charts.
 * @csspart panel-sentence - The sentence under a figure's chart: how it moved.
 * @csspart tooltip - The tooltip of the point under the pointer or keyboard focus.
 * @csspart table - The "查看数据表" disclosure: every figure of every year.
 * @csspart export - The "导出 / Export" menu: PNG, SVG and CSV.
 * @csspart source - The source line naming the reports.
 */
@customElement('fz-trend')
export class FzTrend extends FzViewElement {
  /** Which figures to show: `all` (default), `headlines`, or figure and section keys separated by spaces. @example figures="headlines" */
  @property() figures?: string;

  protected loadView(access: ViewAccess): Promise<LoadedView> {
    return import('../comparing-views.js').then(({ TrendView }) => new TrendView(this, access));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-trend': FzTrend;
  }
}
