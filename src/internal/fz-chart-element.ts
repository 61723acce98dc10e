import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import type { DataWarning, YearFigures } from '../data/derive.js';
import { barChart } from '../charts/bar-chart.js';
import type { BarSection, ChartOptions, ChartPoint } from '../charts/types.js';
import { FzElement } from './fz-element.js';
import { PointsController } from './points-controller.js';
import { ResizeController } from './resize-controller.js';
import { dataTable } from './data-table.js';
import { baseStyles, chartStyles, leadStyles, tableStyles } from './styles.js';
import { animateBars } from './transition.js';

/** What a chart element draws for one year (beside an earlier one, when comparing). */
export interface ChartView {
  /** The points, in the order the chart numbers them. */
  points: ChartPoint[];
  /** Draws the chart; called again only when size, year, comparison, language or data change. */
  draw: (options: ChartOptions) => SVGSVGElement;
  /** One sentence saying what the chart shows: visible under the title and the chart's description. */
  summary: string;
  /** Shown above and below the chart. */
  before?: TemplateResult;
  after?: TemplateResult;
  /** Which data-quality warnings concern this chart. */
  warnings?: DataWarning['code'][];
  /** Figures the data table lists before the chart's points, e.g. the total. */
  tableRows?: ChartPoint[];
  /** Said beside the chart, e.g. that the compared year's report gives no such figures. */
  notes?: string[];
}

/**
 * A titled chart of one section of a year's report: title, subtitle with unit and year, a
 * summary sentence, the chart with tooltips and keyboard access, and the source line. It fills
 * its container, redraws when the container resizes, and moves its bars when the year changes.
 *
 * @csspart figure - The chart's frame.
 * @csspart title - The chart's title.
 * @csspart subtitle - Unit and year.
 * @csspart summary - The sentence saying what the chart shows.
 * @csspart legend - Which bar is which year, when comparing.
 * @csspart chart - The box holding the SVG and the tooltip.
 * @csspart tooltip - The tooltip of the point under the pointer or keyboard focus.
 * @csspart warning - A data-quality warning shown beside the chart.
 * @csspart source - The source line naming the report.
 * @csspart table - The "查看数据表" disclosure holding the data table.
 * @csspart badge - The "示例数据 / Sample data" badge of an invented dataset.
 */
export abstract class FzChartElement extends FzElement {
  static override styles: CSSResultGroup = [baseStyles, chartStyles, leadStyles, tableStyles];

  protected readonly size = new ResizeController(this);
  protected readonly pointer = new PointsController(this, (index, count) => this.t.position(index, count));

  private drawn?: { key: string; moment: string; state: unknown; svg: SVGSVGElement };
  private shown?: { key: string; state: unknown; figures: ReturnType<FzElement['figures']>; view?: ChartView | { missing: string } };
  private replaced?: SVGSVGElement;

  /** The chart's title in the element's language. */
  protected abstract chartTitle(): string;
  /** What to draw for `figures` (beside `previous`), or the sentence saying the report gives no such figures. */
  protected abstract view(figures: YearFigures, previous?: YearFigures): ChartView | { missing: string };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.replaced && this.drawn) animateBars(this.replaced, this.drawn.svg);
    this.replaced = undefined;
    this.pointer.restoreFocus();
  }

  /** A view drawn as bars: the points are the sections' points, in order. */
  protected barView(sections: BarSection[], rest: Omit<ChartView, 'points' | 'draw'>): ChartView {
    return { points: sections.flatMap((section) => section.points), draw: (options) => barChart(sections, options), ...rest };
  }

  /** When comparing with a year whose report lacks this section: the sentence saying so. */
  protected comparisonNotes(previous: YearFigures | undefined, earlier: unknown, section: string): string[] | undefined {
    return previous && !earlier ? [this.t.sectionMissingIn(previous.year, section)] : undefined;
  }

  /** A headline figure, e.g. "信访总量 393件 ▼ −62，−11.5%", with the report's words. */
  protected renderLead(point: ChartPoint): TemplateResult {
    return html`<p class="lead">
      <span><span class="lead-label">${point.label}</span><span class="lead-figure">${point.valueText}</span></span>
      ${point.change ? html`<span class="change change-${point.change.direction}">${point.change.text}</span>` : nothing}
      ${point.quote ? html`<q>${point.quote}</q>` : nothing}
    </p>`;
  }

  private chart(view: ChartView, figures: YearFigures, previous?: YearFigures): SVGSVGElement | typeof nothing {
    const fontSize = this.size.fontSize;
    // The root's padding (1em) and border (1px) on each side.
    const width = Math.floor(this.size.width - 2 * fontSize - 2);
    if (width <= 0) return nothing;
    // Redraw only for a new size, language, year or dataset, so hover and focus keep their nodes;
    // a new year or comparison (the "moment") also moves the bars from where they were.
    const moment = `${figures.year}|${previous?.year ?? ''}`;
    const key = [width, fontSize, this.language, moment].join('|');
    const state = this.loader.state;
    if (this.drawn?.key !== key || this.drawn.state !== state) {
      this.pointer.keepFocus();
      const svg = view.draw({ width, fontSize, ariaLabel: this.chartTitle(), document: this.ownerDocument });
      svg.setAttribute('aria-describedby', 'summary');
      if (this.drawn && this.drawn.moment !== moment && this.drawn.state === state) this.replaced = this.drawn.svg;
      this.drawn = { key, moment, state, svg };
    }
    return this.drawn.svg;
  }

  private renderLegend(figures: YearFigures, previous: YearFigures | undefined, points: readonly ChartPoint[]) {
    if (!previous || !points.some((point) => point.previous)) return nothing;
    return html`<p class="legend" part="legend">
      <span class="legend-item"><span class="swatch swatch-previous"></span>${this.t.year(previous.year)}</span>
      <span class="legend-item"><span class="swatch swatch-current"></span>${this.t.year(figures.year)}</span>
    </p>`;
  }

  /**
   * The figures and the view for the current dataset, year, comparison and language, worked out
   * once: hover and keyboard moves update the element too, and need neither again.
   */
  private current(): { figures: ReturnType<FzElement['figures']>; view?: ChartView | { missing: string } } {
    const key = [this.year, this.compare, this.language].join('|');
    const state = this.loader.state;
    if (this.shown?.key !== key || this.shown.state !== state) {
      const figures = this.figures();
      const view = figures.figures && this.view(figures.figures, figures.previous);
      this.shown = { key, state, figures, view };
    }
    return this.shown;
  }

  override render(): TemplateResult {
    const { figures: found, view } = this.current();
    const { figures, previous, compareNote, failure } = found;
    const heading = html`<h2 class="title" part="title" id="title">${this.chartTitle()}${figures ? this.renderSampleBadge(figures) : nothing}</h2>`;
    if (!figures || !view) {
      return html`<figure class="root" part="figure">${heading}${failure ? this.renderFailure(failure) : this.renderLoading()}</figure>`;
    }
    const subtitleText = this.renderSubtitle(figures, previous);
    const subtitle = html`<p class="subtitle" part="subtitle">${subtitleText}</p>`;
    this.readableText = '';
    if ('missing' in view) {
      this.pointer.points = [];
      return html`<figure class="root" part="figure">${heading}${subtitle}<p class="status">${view.missing}</p>${this.renderSource(figures)}</figure>`;
    }
    this.pointer.points = view.points;
    this.pointer.previousLine = previous && ((value) => this.t.pair(this.t.year(previous.year), value));
    const notes = [...(compareNote ? [compareNote] : []), ...(view.notes ?? [])];
    this.readableText = this.t.readable(this.chartTitle(), subtitleText, view.summary);
    const years = previous && { current: this.t.year(figures.year), previous: this.t.year(previous.year) };
    return html`<figure class="root" part="figure" aria-labelledby="title">
      ${heading}${subtitle}
      <p class="summary" part="summary" id="summary">${view.summary}</p>
      ${notes.map((note) => html`<p class="note">${note}</p>`)}${view.before ?? nothing}${this.renderLegend(figures, previous, view.points)}
      <div class="chart" part="chart">${this.chart(view, figures, previous)}${this.pointer.tooltip(this.t.quoteLabel)}</div>
      <p class="visually-hidden" aria-live="polite">${this.pointer.announcement}</p>
      ${view.after ?? nothing}${this.renderWarnings(figures, view.warnings ?? [])}
      ${dataTable([...(view.tableRows ?? []), ...view.points], this.t.caption(this.chartTitle(), subtitleText), this.t, years)}
      ${this.renderSource(figures)}${this.renderReadableSlot()}
    </figure>`;
  }
}
