import { html, nothing, type TemplateResult } from 'lit';
import type { DataWarning, YearFigures } from '../data/derive.js';
import type { ChartOptions, ChartPoint } from '../charts/types.js';
import { FzElement } from './fz-element.js';
import { PointsController } from './points-controller.js';
import { ResizeController } from './resize-controller.js';
import { baseStyles, chartStyles } from './styles.js';

/** What a chart element draws for one year. */
export interface ChartView {
  /** The points, in the order the chart numbers them. */
  points: ChartPoint[];
  /** Draws the chart; called again only when size, year, language or data change. */
  draw: (options: ChartOptions) => SVGSVGElement;
  /** Shown above and below the chart. */
  before?: TemplateResult;
  after?: TemplateResult;
  /** Which data-quality warnings concern this chart. */
  warnings?: DataWarning['code'][];
}

/**
 * A titled chart of one section of a year's report: title, subtitle with unit and year, the
 * chart with tooltips and keyboard access, and the source line. It fills its container and
 * redraws when the container resizes.
 *
 * @csspart figure - The chart's frame.
 * @csspart title - The chart's title.
 * @csspart subtitle - Unit and year.
 * @csspart chart - The box holding the SVG and the tooltip.
 * @csspart tooltip - The tooltip of the point under the pointer or keyboard focus.
 * @csspart warning - A data-quality warning shown beside the chart.
 * @csspart source - The source line naming the report.
 * @csspart badge - The "示例数据 / Sample data" badge of an invented dataset.
 */
export abstract class FzChartElement extends FzElement {
  static override styles = [baseStyles, chartStyles];

  protected readonly size = new ResizeController(this);
  protected readonly pointer = new PointsController(this);

  private drawn?: { key: string; state: unknown; svg: SVGSVGElement };

  /** The chart's title in the element's language. */
  protected abstract chartTitle(): string;
  /** What to draw for `figures`, or the sentence saying the report gives no such figures. */
  protected abstract view(figures: YearFigures): ChartView | { missing: string };

  private chart(view: ChartView, figures: YearFigures): SVGSVGElement | typeof nothing {
    const fontSize = this.size.fontSize;
    // The root's padding (1em) and border (1px) on each side.
    const width = Math.floor(this.size.width - 2 * fontSize - 2);
    if (width <= 0) return nothing;
    // Redraw only for a new size, language, year or dataset, so hover and focus keep their nodes.
    const key = [width, fontSize, this.language, figures.year].join('|');
    const state = this.loader.state;
    if (this.drawn?.key !== key || this.drawn.state !== state) {
      this.drawn = { key, state, svg: view.draw({ width, fontSize, ariaLabel: this.chartTitle(), document: this.ownerDocument }) };
    }
    return this.drawn.svg;
  }

  override render(): TemplateResult {
    const { figures, failure } = this.figures();
    const heading = html`<h2 class="title" part="title" id="title">${this.chartTitle()}${figures ? this.renderSampleBadge(figures) : nothing}</h2>`;
    if (!figures) {
      return html`<figure class="root" part="figure">${heading}${failure ? this.renderFailure(failure) : this.renderLoading()}</figure>`;
    }
    const view = this.view(figures);
    const subtitle = html`<p class="subtitle" part="subtitle">${this.renderSubtitle(figures)}</p>`;
    if ('missing' in view) {
      this.pointer.points = [];
      return html`<figure class="root" part="figure">${heading}${subtitle}<p class="status">${view.missing}</p>${this.renderSource(figures)}</figure>`;
    }
    this.pointer.points = view.points;
    return html`<figure class="root" part="figure" aria-labelledby="title">
      ${heading}${subtitle}${view.before ?? nothing}
      <div class="chart" part="chart">${this.chart(view, figures)}${this.pointer.tooltip(this.t.quoteLabel)}</div>
      ${view.after ?? nothing}${this.renderWarnings(figures, view.warnings ?? [])}${this.renderSource(figures)}
    </figure>`;
  }
}
