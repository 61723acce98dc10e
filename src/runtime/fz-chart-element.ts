import { type CSSResultGroup, html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { drawChart } from '../charts/chart.js';
import type { HeldChart } from '../export/element-picture.js';
import {
  CHART_FORMATS,
  CHART_MENU,
  type ChartFormat,
  checkFormat,
  checkShape,
  choiceOf,
  ExportError,
  type ExportOptions,
  loaded,
} from '../export/formats.js';
import type { AnySection } from '../sections/section.js';
import { afterPaintInTurn } from './after-paint.js';
import { afterLines, afterTemplate, aroundChartStyles, headlineLines, headlinesTemplate, type PictureLine } from './around-chart.js';
import { type ChartModel, chartModelOf, type TableOfFigures, type ViewOf } from './chart-model.js';
import { barChartStyles, chartFrameStyles, chartStyles, platformsDiagramStyles } from './chart-styles.js';
import { dataTable, dataTableStyles } from './data-table.js';
import { ExportController } from './export-controller.js';
import { exportMenu, exportMenuStyles } from './export-menu.js';
import { notReportedOf } from './failure.js';
import { FzElement } from './fz-element.js';
import { InViewController } from './in-view.js';
import { PointsController } from './points-controller.js';
import { ResizeController, type Room } from './resize-controller.js';
import { StaticFigureController, staticFigureStyles, staticSlot } from './static-figure.js';
import { baseStyles } from './styles.js';
import { TableRowsController } from './table-rows.js';
import { failureAlert, loadingStatus, markBadge, readableSlot, sourceLine, subtitleLine } from './templates.js';
import { tooltipStyles } from './tooltip.js';
import { unbreakable } from './unbreakable.js';

/**
 * A titled chart of one report section: title, subtitle with unit and year, a summary sentence,
 * the chart with tooltips and keyboard access, and the source line. It fills its container,
 * redraws when the container resizes, and moves its bars when the year changes. Each section's
 * element names its `section`, and lays out what its view adds beyond a lead figure (`renderBefore`,
 * `renderAfter`).
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
 * @csspart export - The "导出 / Export" menu: PNG, SVG and CSV of the chart.
 * @slot - A figure drawn in advance (`npm run static`: a `<section class="fz-static">` of the chart, its figures, table and source; a `<section>` whose class an editor's filter took off is taken for it too), shown as the page lays it out until the element has its own (also when its dataset cannot be loaded), then taken over in place.
 */
export abstract class FzChartElement<S extends AnySection> extends FzElement {
  /** A chart shows its year beside the one compared with: its group's toggle offers the comparison. */
  static readonly comparesYears = true;
  static override styles: CSSResultGroup = [
    baseStyles,
    chartFrameStyles,
    aroundChartStyles,
    tooltipStyles,
    dataTableStyles,
    exportMenuStyles,
    chartStyles,
    barChartStyles,
    platformsDiagramStyles,
    staticFigureStyles,
  ];

  protected readonly pointer = new PointsController(this);
  /** The data table's rows: written just after the frame that paints the chart (first, or after a switch), at once while the table shows. */
  private readonly tableRows = new TableRowsController<TableOfFigures>(this);
  private readonly inView = new InViewController(this);
  /** Whether the update to come is a choice of year made while out of view (`requestUpdate`). */
  private choiceOutOfView = false;
  private readonly exports = new ExportController(this, () => this.t);
  protected readonly resize = new ResizeController(
    this,
    () => this.renderRoot.querySelector('.chart'),
    (room, now) => {
      this.room = room;
      // The one update made at once, for paper: a script's print() lays the page out before it
      // returns, before any update scheduled now would run (Lit: call performUpdate "in rare cases
      // when you need to update synchronously").
      if (now) this.performUpdate();
    },
    // A dashboard prints its charts one under the other, each the page's width.
    () => this.loader.fromDashboard,
    () => this.slide,
  );
  /** The figure written in advance in the light DOM (`npm run static`): shown until the element has its own, then taken over in place. */
  private readonly staticFigure = new StaticFigureController(this, this.states);

  /** The report section this element charts (each section's element names it: `static readonly section = petitions`). */
  static readonly section: AnySection;

  /** The report section this element charts. */
  protected get section(): S {
    return (this.constructor as unknown as { section: S }).section;
  }

  /**
   * Set by a presentation on the chart of a slide: the chart fills its box's height too, each label
   * beside its bar.
   * @internal
   */
  @property({ attribute: false }) slide = false;

  /** The room the chart has, as measured. */
  @state() private room?: Room;
  @state() protected model: ChartModel<ViewOf<S>> = { status: 'loading', title: '', readable: '' };
  /** The chart's SVG for the model and the room (Lit moves what it drew before to it), or nothing until the room is measured. */
  private chart: TemplateResult | typeof nothing = nothing;
  /** What `chart` was made for. */
  private drawnFor?: { model: ChartModel<ViewOf<S>>; room?: Room; tabStop: number };
  /** Whether the static figure in the light DOM is shown instead of the element's own. */
  private showsStatic = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.staticFigure.attached(root);
    return root;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('datasetState') || changed.has('year') || changed.has('compare') || changed.has('language')) {
      this.model = this.modelOf();
      this.readable.text = this.model.readable;
    }
    const { model, room } = this;
    const shown = model.status === 'shown' || model.status === 'missing';
    const what = shown ? `${model.frame.year} ${model.frame.comparedYear} ${this.language}` : model.status;
    this.showsStatic = this.staticFigure.willShow(shown, what, room?.width);
    // Shown open by the static figure taken over: its rows at once.
    if (this.staticFigure.tableOpen && !this.tableRows.table) this.tableRows.toggled(true);
    this.tableRows.willRender(model.status === 'shown' ? model.table : undefined);
    if (model.status === 'shown') this.pointer.willDraw(model.view.points, model.words);
    else this.pointer.willDraw([], undefined);
    const { tabStop } = this.pointer;
    const drawnFor = this.drawnFor;
    if (drawnFor && drawnFor.model === model && drawnFor.room === room && drawnFor.tabStop === tabStop) return;
    this.drawnFor = { model, room, tabStop };
    if (model.status !== 'shown' || !room || room.width <= 0) {
      this.chart = nothing;
      return;
    }
    // Another year (or compared year) of the same data: the bars grow from their old lengths.
    const before = drawnFor?.model;
    const moving =
      before !== undefined &&
      before !== model &&
      before.status === 'shown' &&
      before.frame.dataset === model.frame.dataset &&
      (before.frame.year !== model.frame.year || before.frame.comparedYear !== model.frame.comparedYear);
    this.chart = drawChart(model.view.chart, {
      width: room.width,
      fontSize: room.fontSize,
      ariaLabel: model.title,
      tabStop,
      moving,
      describedBy: 'summary',
      ...(this.slide ? { height: room.height, labels: 'beside' as const } : room.print ? { labels: 'beside' as const } : {}),
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.pointer.restoreFocus();
  }

  /**
   * Drawn and out of view, it takes a reader's choice of year (or of the year compared) just after
   * the browser paints the next frame: the frame a reader waits for after a switch holds the charts
   * they see; those further up or down the page follow, one task each.
   */
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    if ((name === 'year' || name === 'compare') && this.drawnFor && !this.inView.inView) this.choiceOutOfView = true;
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (this.choiceOutOfView) await afterPaintInTurn();
    this.choiceOutOfView = false;
    await super.scheduleUpdate();
  }

  /** Complete once the data table's rows, written after the frame that paints the chart, are written too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const rows = this.tableRows.written;
    if (!rows) return complete;
    await rows;
    return super.getUpdateComplete();
  }

  private modelOf(): ChartModel<ViewOf<S>> {
    const labels = this.datasetState.status === 'ready' ? this.datasetState.dataset.labels?.[this.section.key] : undefined;
    return chartModelOf(this.section, this.showing(), {
      t: this.t,
      lang: this.language,
      labels,
    });
  }

  /** The chart as drawn on the page. */
  private get drawing(): SVGSVGElement | null {
    return this.renderRoot.querySelector('.chart > svg');
  }

  /**
   * Resolves once the chart is drawn, or the element shows why there is none: whether there is one.
   * @internal
   */
  async drawn(): Promise<boolean> {
    await this.exports.until(() => this.model.status === 'failed' || this.model.status === 'missing' || this.drawing !== null);
    return this.model.status === 'shown' && this.drawing !== null;
  }

  /**
   * The chart as a file, made in the browser: `png` (the chart with its title, summary and source
   * on its background, `scale` pixels per CSS pixel: above 0, at most 8 and at most what the
   * browser's canvas holds for the picture's size, default 2), `svg` (the same, self-contained: its
   * look written on each element, no external reference) or `csv` (the data table with the
   * report's words, UTF-8 with a byte-order mark). Of the year shown when it is called (a year
   * switched just after does not reach it); waits for the data while there is none. Rejects, in
   * the element's language, when the element shows no chart or the file cannot be made. A picture's
   * `shape` is as shown (the words above the chart) by default; `16:9` sets them beside it on a
   * 16:9 background, for a slide or an article's banner.
   * @example const png = await document.querySelector('fz-petitions').toBlob('png', { scale: 3, shape: '16:9' });
   */
  toBlob(format: ChartFormat, { scale = 2, shape }: ExportOptions = {}): Promise<Blob> {
    return this.exports.worded(() => this.blob(format, scale, shape));
  }

  /** Makes the file (`toBlob`) and saves it as `<unit>-<year>-<section>.<format>`, e.g. `some-town-2024-petitions.png`. */
  download(format: ChartFormat, { scale = 2, shape }: ExportOptions = {}): Promise<void> {
    return this.exports.worded(async () => {
      const subject = () => {
        const frame = this.model.status === 'shown' ? this.model.frame : undefined;
        return { unit: frame?.dataset.unit.id, year: frame?.year, comparedYear: frame?.comparedYear, section: this.section.key };
      };
      // Named after the year the file holds: the one shown when it is asked for.
      const shown = !this.isUpdatePending && this.model.status === 'shown' ? subject() : undefined;
      const blob = await this.blob(format, scale, shape);
      const { fileNameOf, save } = await loaded(import('../export/files.js'));
      // A landscape picture is named so, beside the one as shown.
      save(blob, fileNameOf({ ...(shown ?? subject()), shape: shape === '16:9' ? shape : undefined }, format), this.ownerDocument);
    });
  }

  /** The file `toBlob` gives, of what is shown when it is called (read before anything is awaited); an `ExportError` when it cannot be made. */
  private async blob(format: ChartFormat, scale: number, shape: string | undefined): Promise<Blob> {
    checkFormat(format, CHART_FORMATS);
    checkShape(shape);
    const settled = !this.isUpdatePending && this.model.status !== 'loading';
    const shown = settled ? this.model : undefined;
    if (format === 'csv') {
      // A table needs the figures only, not the drawing.
      if (!shown) await this.exports.until(() => this.model.status !== 'loading');
      const model = shown ?? this.model;
      if (model.status !== 'shown') throw new ExportError('notShown');
      const { csvBlob } = await loaded(import('../export/files.js'));
      return csvBlob([{ rows: model.table.rows, years: model.table.years }], this.t);
    }
    const held = (settled && this.shownNow()) || ((await this.drawn()) ? this.shownNow() : undefined);
    const picture = await this.picture(held, checkShape(shape));
    const { pictureBlob } = await loaded(import('../export/files.js'));
    return pictureBlob(picture, format, scale);
  }

  /**
   * The chart with its frame as one self-contained SVG (what `toBlob('svg')` saves and the
   * dashboard's picture stacks), as `held` was shown; by default as shown now.
   * @internal
   */
  async picture(held: HeldChart | undefined = this.shownNow(), shape?: ExportOptions['shape']): Promise<SVGSVGElement> {
    if (!held) throw new ExportError('notShown');
    const { heldPicture } = await loaded(import('../export/files.js'));
    const [root, box] = ['.root', '.chart'].map((selector) => this.renderRoot.querySelector(selector));
    if (!root || !box) throw new ExportError('notShown');
    return heldPicture(this, root, box, held, held.model === this.model ? (this.drawing ?? undefined) : undefined, shape);
  }

  /**
   * What a picture of the chart shows, read at once from the chart as shown now: its model, the
   * room it is drawn in and its lines of text. None while no chart is drawn, or an update is about
   * to change it.
   * @internal
   */
  shownNow(): HeldChart | undefined {
    const { model, room, t } = this;
    if (this.isUpdatePending || model.status !== 'shown' || !room || !this.drawing) return undefined;
    const { frame, view, legend } = model;
    const muted = (text: string): PictureLine => ({ text, tone: 'muted' });
    const above: PictureLine[] = [
      { text: model.title, tone: 'title' },
      ...(frame.mark ? [{ text: t[frame.mark], tone: 'alert' as const }] : []),
      muted(frame.subtitle),
      { text: view.summary, tone: 'text' },
      ...model.notes.map(muted),
      ...view.headlines.flatMap(headlineLines),
      ...(legend ? [muted(`□ ${legend.compared}    ■ ${legend.current}`)] : []),
    ];
    const { title, publisher, date } = frame.source;
    const below: PictureLine[] = [
      ...afterLines(view.after, t).map((text) => ({ text, tone: 'text' as const })),
      ...model.warnings.map((text) => ({ text, tone: 'alert' as const })),
      { text: t.source(t.cite(publisher, title), date), tone: 'small' },
    ];
    return { model, room, above, below };
  }

  private renderLegend(legend?: { compared: string; current: string }): TemplateResult | typeof nothing {
    if (!legend) return nothing;
    return html`<p class="legend" part="legend">
      <span class="legend-item"><span class="swatch swatch-compared"></span>${legend.compared}</span>
      <span class="legend-item"><span class="swatch swatch-current"></span>${legend.current}</span>
    </p>`;
  }
  override render(): TemplateResult {
    const { model } = this;
    const frame = model.status === 'shown' || model.status === 'missing' ? model.frame : undefined;
    const heading = html`<h2 class="title" part="title" id="title">${model.title}${frame ? markBadge(frame.mark, this.t) : nothing}</h2>`;
    const subtitle = frame ? subtitleLine(frame.subtitle) : nothing;
    switch (model.status) {
      case 'loading':
        if (this.showsStatic) return staticSlot();
        return html`<figure class="root" part="figure" lang=${this.t.locale}>${heading}${loadingStatus(this.t)}${readableSlot()}</figure>`;
      case 'failed':
        if (this.showsStatic) return staticSlot();
        return html`<figure class="root" part="figure" lang=${this.t.locale}>${heading}${failureAlert(model.failure, this.t, () => this.loader.reload(), notReportedOf(model.failure, this.datasetState, this.year, this.hasAttribute('year'), this.t))}${readableSlot()}</figure>`;
      case 'missing':
        return this.staticFigure.held(html`<figure class="root" part="figure" lang=${this.t.locale}>
          ${heading}${subtitle}<p class="status">${model.sentence}</p>
          ${sourceLine(model.frame.source, this.t, { linked: !this.slide })}${readableSlot()}
        </figure>`);
      case 'shown':
        return this.staticFigure.held(html`<figure class="root" part="figure" lang=${this.t.locale} aria-labelledby="title">
          ${heading}${subtitle}
          <p class="summary" part="summary" id="summary">${unbreakable(model.view.summary)}</p>
          ${model.notes.map((note) => html`<p class="note">${unbreakable(note)}</p>`)}${headlinesTemplate(model.view.headlines, { quotes: !this.slide })}${this.renderLegend(model.legend)}
          <div class="chart" part="chart"><span class="em-probe" aria-hidden="true"></span>${this.chart}${this.pointer.tooltip()}</div>
          <p class="visually-hidden" aria-live="polite">${this.pointer.announcement}</p>
          ${afterTemplate(model.view.after, this.t)}${model.warnings.map((warning) => html`<p class="warning" part="warning">${warning}</p>`)}
          ${dataTable(this.tableRows.table, this.t, {
            open: this.staticFigure.tableOpen,
            onToggle: this.tableRows.toggled,
            onAbout: this.tableRows.keepWords,
            wordsKept: this.tableRows.wordsKept,
          })}
          ${exportMenu(CHART_MENU, this.t, this.exports.status, (choice) => {
            const { format, options } = choiceOf(choice);
            this.exports.run(this.download(format as ChartFormat, options));
          })}
          ${sourceLine(model.frame.source, this.t, { linked: !this.slide })}${readableSlot()}
        </figure>`);
    }
  }
}
