/**
 * What `<fz-trend>` loads when it first connects: its model (`comparing/trend-model.ts`), its
 * small multiples drawn with Observable Plot (`charts/trend-chart.ts`) and its layout, keys,
 * tooltip, table and files. One point per year on every line, a year whose report does not give
 * the figure included (said to be missing): the keyboard walks along each line (← →), from line
 * to line (↑ ↓) and to its ends (Home, End).
 */
import { css, html, nothing, type PropertyValues, type ReactiveController, type TemplateResult, unsafeCSS } from 'lit';
import type { PlotChart } from '../../charts/plot-chart.js';
import { textWidthEm, wrapBalanced } from '../../charts/text.js';
import { trendChart, trendChartCss } from '../../charts/trend-chart.js';
import { comparingMessages } from '../../comparing/messages.js';
import { type TrendModel, type TrendPanel, type TrendSelection, trendModel } from '../../comparing/trend-model.js';
import type { Dataset } from '../../data/schema.js';
import { CHART_FORMATS, type ChartFormat, checkFormat, ExportError, type ExportOptions, loaded } from '../../export/formats.js';
import type { ExportController } from '../../runtime/export-controller.js';
import { exportMenu } from '../../runtime/export-menu.js';
import { type Failure, failureOf } from '../../runtime/failure.js';
import type { LoadedView, ViewAccess } from '../../runtime/fz-view-element.js';
import type { PointsController } from '../../runtime/points-controller.js';
import { reportQuote } from '../../runtime/quote.js';
import type { Room } from '../../runtime/resize-controller.js';
import { failureAlert, loadingStatus, markBadge, readableSlot, subtitleLine } from '../../runtime/templates.js';
import { unbreakable } from '../../runtime/unbreakable.js';
import { GRID_TITLE_LINE_EM, type GridCell, overlayOf, plotGrid, plotWithPoints, setTabStop } from '../plot-overlay.js';
import { type PanelPicture, plotsPicture } from '../plot-picture.js';
import { plotViewParts } from '../plot-view-parts.js';
import type { FzTrend } from './fz-trend.js';

type Shown =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure; error: unknown }
  | { status: 'shown'; model: TrendModel; year: number; dataset: Dataset };

/** The gap between panels, and the narrowest a panel may be, in ems. */
const GAP_EM = 1.25;
const PANEL_EM = 10;

/** A slide's panels: as many columns as leave each chart wide and tall enough, each chart under its title's lines. */
interface SlideGrid {
  columns: number;
  width: number;
  height: number;
  cellWidth: number;
  chartHeight: number;
  /** The height over each chart for its title: as many lines as the longest title takes in its cell. */
  titleHeight: number;
  /** Each chart's title in the lines its cell holds. */
  titleLines: string[][];
  gap: { x: number; y: number };
}

/** A title is bold: a little wider than `textWidthEm` estimates. */
const BOLD = 1.1;

/**
 * How charts under `titles` fill a box `width` × `height` with text `fontSize` px: the columns (at
 * most four) that give each chart the most room at the shape a line over the years reads best in
 * (about twice as wide as tall), none narrower than `narrowest`, under its title in as many lines
 * as its cell needs.
 */
export function slideGridOf(titles: readonly string[], width: number, height: number, fontSize: number, narrowest: number): SlideGrid {
  const count = titles.length;
  const gap = { x: fontSize * GAP_EM, y: fontSize * 0.75 };
  let best: SlideGrid | undefined;
  let bestRoom = -Infinity;
  for (let columns = 1; columns <= Math.min(4, Math.max(1, count)); columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = Math.floor((width - gap.x * (columns - 1)) / columns);
    if (columns > 1 && cellWidth < narrowest) break;
    const titleLines = titles.map((title) => wrapBalanced(title, cellWidth / fontSize / BOLD));
    const lines = Math.max(1, ...titleLines.map((each) => each.length));
    const titleHeight = Math.round(fontSize * (1.5 + GRID_TITLE_LINE_EM * (lines - 1)));
    const chartHeight = Math.floor((height - gap.y * (rows - 1)) / rows - titleHeight);
    const room = Math.min(cellWidth * 0.5, chartHeight);
    if (room > bestRoom) {
      bestRoom = room;
      best = { columns, width, height, cellWidth, chartHeight, titleHeight, titleLines, gap };
    }
  }
  return best as SlideGrid;
}

export class TrendView implements ReactiveController, LoadedView {
  private readonly pointer: PointsController;
  private readonly exports: ExportController;
  private room?: Room;
  private shown: Shown = { status: 'loading' };
  /** What the model was made from: made again when one of them changes. */
  private madeFrom?: { dataset: Dataset; lang: string; figures?: string };
  private panels: TrendPanel[] = [];
  private charts: PlotChart[] = [];
  /** Each panel's points for the pointer, the keyboard and screen readers, made with its chart. */
  private overlays: SVGSVGElement[] = [];
  private drawnFor?: { model: TrendModel; room: Room; year: number };
  private columns = 1;
  /** On a slide: the charts in one grid filling the slide's height. */
  private grid?: SlideGrid;

  constructor(
    private readonly host: FzTrend,
    private readonly access: ViewAccess,
  ) {
    ({ pointer: this.pointer, exports: this.exports } = plotViewParts(host, access, [trendStyles], (room) => {
      this.room = room;
    }));
    this.pointer.navigate = (key, index) => this.navigate(key, index);
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    // Tab reaches the point the keys last moved to; a point that had focus before the charts were drawn again has it again.
    this.pointer.restoreFocus();
    setTabStop(this.overlays, this.pointer.tabStop);
  }

  sync(_changed: PropertyValues): void {
    const { access } = this;
    const showing = access.showing();
    const lang = access.lang();
    if (showing.status === 'loading') this.shown = { status: 'loading' };
    else if (showing.status === 'failed')
      this.shown = { status: 'failed', failure: failureOf(showing.error, access.words()), error: showing.error };
    else {
      const made = this.madeFrom;
      const { dataset } = showing;
      const figures = this.host.figures;
      const model =
        made && made.dataset === dataset && made.lang === lang && made.figures === figures && this.shown.status === 'shown'
          ? this.shown.model
          : trendModel(dataset, lang, selectionOf(figures));
      this.madeFrom = { dataset, lang, figures };
      if (this.shown.status !== 'shown' || this.shown.model !== model || this.shown.year !== showing.figures.year)
        this.shown = { status: 'shown', model, year: showing.figures.year, dataset };
    }
    const words = access.words();
    const title = comparingMessages[lang].trend.title;
    const { shown } = this;
    access.failed(shown.status === 'failed' ? shown.error : undefined);
    access.readable(
      shown.status === 'shown'
        ? words.readable(title, shown.model.subtitle, shown.model.summary)
        : words.pair(title, shown.status === 'loading' ? words.loading : shown.failure.message),
    );
    this.panels = shown.status === 'shown' ? shown.model.sections.flatMap((section) => section.panels) : [];
    const points = this.panels.flatMap((panel) => panel.points);
    this.pointer.willDraw(points, {
      announce: (point, index) => {
        const at = this.placeOf(index);
        const panel = this.panels[at.panel];
        return words.clauses([
          panel.name,
          point.name,
          ...(point.change ? [point.change.text] : []),
          ...point.details,
          words.position(at.year + 1, panel.points.length),
        ]);
      },
      quoteLabel: words.quoteLabel,
    });
    this.draw();
  }

  /** Draws each panel for the room and the year shown, when either or the model changed. */
  private draw(): void {
    const { shown, room } = this;
    if (shown.status !== 'shown' || !room || room.width <= 0) {
      this.charts = [];
      this.overlays = [];
      this.drawnFor = undefined;
      return;
    }
    const drawnFor = this.drawnFor;
    if (drawnFor && drawnFor.model === shown.model && drawnFor.room === room && drawnFor.year === shown.year) return;
    this.drawnFor = { model: shown.model, room, year: shown.year };
    const replaced = this.overlays;
    const { fontSize, labelSize } = room;
    const gap = GAP_EM * fontSize;
    this.grid =
      this.host.slide && room.height
        ? slideGridOf(
            this.panels.map((panel) => panel.name),
            room.width,
            room.height,
            labelSize,
            PANEL_EM * labelSize,
          )
        : undefined;
    this.columns = this.grid?.columns ?? Math.max(1, Math.min(4, Math.floor((room.width + gap) / (PANEL_EM * fontSize + gap))));
    const width = this.grid?.cellWidth ?? Math.floor((room.width - gap * (this.columns - 1)) / this.columns);
    // As tall as its text needs, and no taller than half its width; on a slide, the height its row leaves it.
    const height = this.grid?.chartHeight ?? Math.round(Math.min(labelSize * 9.5, Math.max(labelSize * 6.3, width * 0.5)));
    const notGiven = comparingMessages[this.access.lang()].trend.notGiven;
    this.charts = this.panels.map((panel) =>
      trendChart(
        {
          years: shown.model.years,
          values: panel.values,
          texts: panel.texts,
          names: panel.points.map((point) => point.name),
          measure: panel.measure,
        },
        {
          width,
          height,
          fontSize: labelSize,
          notGiven,
          year: shown.year,
          document: this.host.ownerDocument,
          textWidth: textWidthEm,
        },
      ),
    );
    let index = 0;
    this.overlays = this.panels.map((panel, i) => {
      const first = index;
      index += panel.points.length;
      return overlayOf(
        this.host.ownerDocument,
        this.charts[i],
        panel.points.map((point, at) => ({ index: first + at, name: point.name })),
        {
          shape: 'dot',
          r: Math.round(labelSize * 0.85),
          label: panel.name,
          // On a slide the sentences are in the speaker notes, not under the charts.
          describedBy: this.grid ? undefined : `panel-${first}-sentence`,
        },
      );
    });
    this.pointer.release(replaced, this.overlays);
  }

  /** The panel and the year of the point at `index`. */
  private placeOf(index: number): { panel: number; year: number } {
    const years = this.shown.status === 'shown' ? this.shown.model.years.length : 1;
    return { panel: Math.floor(index / years), year: index % years };
  }

  /** ← → along a line, ↑ ↓ to the same year of the line before or after, Home and End to the line's first and last year. */
  private navigate(key: string, index: number): number | undefined {
    const years = this.shown.status === 'shown' ? this.shown.model.years.length : 1;
    const { panel, year } = this.placeOf(index);
    const last = this.panels.length - 1;
    switch (key) {
      case 'ArrowRight':
        return panel * years + Math.min(year + 1, years - 1);
      case 'ArrowLeft':
        return panel * years + Math.max(year - 1, 0);
      case 'ArrowDown':
        return Math.min(panel + 1, last) * years + year;
      case 'ArrowUp':
        return Math.max(panel - 1, 0) * years + year;
      case 'Home':
        return panel * years;
      case 'End':
        return panel * years + years - 1;
      default:
        return undefined;
    }
  }

  async toBlob(format: ChartFormat, { scale = 2 }: ExportOptions): Promise<Blob> {
    return this.exports.worded(() => this.blob(format, scale));
  }

  async download(format: ChartFormat, options: ExportOptions): Promise<void> {
    return this.exports.worded(async () => {
      const subject = () => ({ unit: this.shown.status === 'shown' ? this.shown.dataset.unit.id : undefined, section: 'trend' });
      const named = subject();
      const blob = await this.blob(format, options.scale ?? 2);
      const { fileNameOf, save } = await loaded(import('../../export/files.js'));
      save(blob, fileNameOf(named, format), this.host.ownerDocument);
    });
  }

  /** The file, of what is shown when it is asked for (read before anything is awaited). */
  private async blob(format: ChartFormat, scale: number): Promise<Blob> {
    checkFormat(format, CHART_FORMATS);
    if (this.shown.status === 'loading') await this.exports.until(() => this.shown.status !== 'loading' && this.charts.length > 0);
    const { shown } = this;
    if (shown.status !== 'shown') throw new ExportError('notShown');
    const t = this.access.words();
    if (format === 'csv') {
      const { csvBlob } = await loaded(import('../../export/files.js'));
      return csvBlob(
        [{ rows: shown.model.rows, caption: t.caption(comparingMessages[this.access.lang()].trend.title, shown.model.subtitle) }],
        t,
      );
    }
    const held = this.heldPanels();
    const box = this.host.renderRoot.querySelector('.chart');
    const texts = [...(box?.querySelectorAll<HTMLElement>('.section-title, .panel-title, .panel-sentence') ?? [])];
    const { pictureBlob } = await loaded(import('../../export/files.js'));
    const picture = await plotsPicture(this.host, held, {
      texts,
      above: [
        { text: comparingMessages[this.access.lang()].trend.title, tone: 'title' },
        ...(shown.model.mark ? [{ text: t[shown.model.mark], tone: 'alert' as const }] : []),
        { text: shown.model.subtitle, tone: 'muted' },
        { text: shown.model.summary, tone: 'text' },
      ],
      below: [{ text: shown.model.source, tone: 'small' }],
    });
    return pictureBlob(picture, format, scale);
  }

  /** Each panel's drawing as shown now, where it stands in the chart box. */
  private heldPanels(): PanelPicture[] {
    const box = this.host.renderRoot.querySelector('.chart');
    if (!box || this.charts.length === 0) throw new ExportError('notShown');
    const origin = box.getBoundingClientRect();
    return [...box.querySelectorAll<HTMLElement>('.panel')].map((element, i) => {
      const plot = element.querySelector<HTMLElement>('.plot');
      const at = (plot ?? element).getBoundingClientRect();
      return { chart: this.charts[i], x: at.left - origin.left, y: at.top - origin.top };
    });
  }

  render(): TemplateResult {
    const { shown, access } = this;
    const t = access.words();
    const words = comparingMessages[access.lang()].trend;
    const heading = html`<h2 class="title" part="title" id="title">${words.title}${shown.status === 'shown' ? markBadge(shown.model.mark, t) : nothing}</h2>`;
    if (shown.status === 'loading')
      return html`<figure class="root" part="figure" lang=${t.locale}>${heading}${loadingStatus(t)}${readableSlot()}</figure>`;
    if (shown.status === 'failed')
      return html`<figure class="root" part="figure" lang=${t.locale}>${heading}${failureAlert(shown.failure, t, access.retry)}${readableSlot()}</figure>`;
    const { model } = shown;
    return html`<figure class="root" part="figure" lang=${t.locale} aria-labelledby="title">
      ${heading}
      ${subtitleLine(model.subtitle)}
      <p class="summary" part="summary" id="summary">${model.summary}</p>
      <div class=${this.host.slide ? 'chart on-slide' : 'chart'} part="chart">
        <span class="em-probe" aria-hidden="true"></span>
        ${this.grid ? this.renderGrid(this.grid) : this.renderPanels(model)}
        ${this.pointer.tooltip()}
      </div>
      <p class="visually-hidden" aria-live="polite">${this.pointer.announcement}</p>
      ${this.renderTable(model)}
      ${exportMenu(CHART_FORMATS, t, this.exports.status, (format) => this.exports.run(this.download(format, {})))}
      <p class="source" part="source">${model.source}</p>
      ${readableSlot()}
    </figure>`;
  }

  /**
   * Every figure of every year as a table: a row per figure, a column per year, each value with
   * the report's words under it. On a phone it scrolls sideways in its own box; no figure is split.
   */
  private renderTable(model: TrendModel): TemplateResult {
    const t = this.access.words();
    const caption = t.caption(comparingMessages[this.access.lang()].trend.title, model.subtitle);
    return html`<details class="data-table" part="table">
      <summary>${t.table.show}</summary>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
        <table class="by-year">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.table.item}</th>
              ${model.years.map((year) => html`<th scope="col">${unbreakable(t.year(year))}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${model.table.map(
              (row) => html`<tr>
                <th scope="row">${row.name}</th>
                ${row.cells.map(
                  (cell) =>
                    html`<td class=${cell.given ? 'figure' : 'figure not-given'}>${unbreakable(cell.text)}${cell.quote ? reportQuote(cell.quote) : nothing}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  /** The charts under their sections' titles, each with its sentence under it. */
  private renderPanels(model: TrendModel): TemplateResult {
    let index = 0;
    return html`<div class=${`panels columns-${this.columns}`}>
          ${model.sections.map(
            (section) => html`<h3 class="section-title" part="section-title">${section.title}</h3>
              ${section.panels.map((panel) => {
                const at = index;
                index += panel.points.length;
                const chart = this.charts[this.panels.indexOf(panel)];
                const id = `panel-${at}`;
                return html`<div class="panel">
                  <h4 class="panel-title" id=${id}>${panel.name}</h4>
                  ${chart ? plotWithPoints(chart.svg, this.overlays[this.panels.indexOf(panel)]) : nothing}
                  <p class="panel-sentence" part="panel-sentence" id=${`${id}-sentence`}>${panel.sentence}</p>
                </div>`;
              })}`,
          )}
        </div>`;
  }

  /** A slide's charts: one grid filling the slide's height, each under its name. */
  private renderGrid(grid: SlideGrid): TemplateResult {
    const cells: GridCell[] = this.panels.flatMap((panel, i) => {
      const chart = this.charts[i];
      if (!chart) return [];
      const column = i % grid.columns;
      const row = Math.floor(i / grid.columns);
      return [
        {
          title: grid.titleLines[i] ?? [panel.name],
          chart,
          overlay: this.overlays[i],
          x: column * (grid.cellWidth + grid.gap.x),
          y: row * (grid.chartHeight + grid.titleHeight + grid.gap.y),
        },
      ];
    });
    return plotGrid(cells, { width: grid.width, height: grid.height, titleHeight: grid.titleHeight });
  }
}

/** `figures="…"` as the model takes it. */
function selectionOf(figures: string | undefined): TrendSelection {
  const words = figures?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0 || words.includes('all')) return 'all';
  if (words.length === 1 && words[0] === 'headlines') return 'headlines';
  return words;
}

const trendStyles = css`
  ${unsafeCSS(trendChartCss)}
  /* Each section's title across the grid, its panels under it; without the titles (a slide) the panels run on. */
  .section-title {
    grid-column: 1 / -1;
    font-size: 1em;
    font-weight: 700;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.25em;
  }
  .section-title:not(:first-child) {
    margin-top: 0.75em;
  }
  /* As many columns as the charts were drawn for (\`GAP_EM\`, \`PANEL_EM\`). */
  .panels {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em 1.25em;
    margin-top: 0.5em;
  }
  .panels.columns-2 {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .panels.columns-3 {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .panels.columns-4 {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
  .panel {
    min-width: 0;
  }
  .panel-title {
    font-size: 1em;
    font-weight: 700;
    margin-top: 0.25em;
  }
  .panel-sentence {
    font-size: var(--_small);
    color: var(--_muted);
  }
  /* A year's column as wide as its figure and a few words of the report's, the figure on a line of its own;
     on a phone the table scrolls sideways in its box. */
  @media screen {
    .by-year th[scope='row'],
    .by-year td {
      min-width: 7em;
    }
  }
  .by-year td .report-quote {
    display: block;
  }
  .by-year .not-given {
    color: var(--_muted);
  }
  /* Printed, the charts break between panels (all of them are taller than a page), never inside one. */
  @media print {
    :host,
    .chart {
      break-inside: auto;
    }
    .panel {
      break-inside: avoid;
    }
  }
`;
