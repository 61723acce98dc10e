/**
 * What `<fz-compare>` loads when it first connects: what its ranking loads (`compare-data.ts`), its
 * model (`comparing/compare-model.ts`), the ranking drawn with Observable Plot
 * (`charts/ranking-chart.ts`), and its controls, keys, tooltip, table, report lens and files.
 */
import { css, html, nothing, type PropertyValues, type ReactiveController, type TemplateResult, unsafeCSS } from 'lit';
import type { BandedChart } from '../../charts/plot-chart.js';
import { rankingChart, rankingChartCss, rowsIn } from '../../charts/ranking-chart.js';
import { textWidthEm } from '../../charts/text.js';
import { type CompareModel, compareModel, type RankRow } from '../../comparing/compare-model.js';
import { sectionTitle } from '../../comparing/figures.js';
import { comparingMessages } from '../../comparing/messages.js';
import { shownRows } from '../../comparing/ranking.js';
import type { Collection } from '../../data/collection.js';
import { datasetUrl } from '../../data/load.js';
import { DatasetError } from '../../data/validate.js';
import { CHART_FORMATS, type ChartFormat, checkFormat, ExportError, type ExportOptions, loaded } from '../../export/formats.js';
import { labelText } from '../../i18n/format.js';
import type { ExportController } from '../../runtime/export-controller.js';
import { exportMenu } from '../../runtime/export-menu.js';
import { type Failure, failureOf } from '../../runtime/failure.js';
import type { LoadedView, ViewAccess } from '../../runtime/fz-view-element.js';
import type { PointsController } from '../../runtime/points-controller.js';
import { reportQuote } from '../../runtime/quote.js';
import type { Room } from '../../runtime/resize-controller.js';
import { failureAlert, loadingStatus, markBadge, readableSlot, subtitleLine } from '../../runtime/templates.js';
import { asidesKept, unbreakable } from '../../runtime/unbreakable.js';
import { BandsController, plotBandsStyles } from '../plot-bands.js';
import { overlayOf, setTabStop } from '../plot-overlay.js';
import { plotsPicture } from '../plot-picture.js';
import { plotViewParts } from '../plot-view-parts.js';
import { CompareLoader } from './compare-data.js';
import type { FzCompare } from './fz-compare.js';
import { type LensRow, type LensSort, reportLens, reportLensStyles } from './report-lens.js';

type Shown =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure; error: unknown }
  | {
      status: 'shown';
      model: CompareModel;
      figures: { key: string; section: string; label: string; measure: string; computed?: boolean }[];
      collection: Collection;
    };

export class CompareView implements ReactiveController, LoadedView {
  private readonly pointer: PointsController;
  private readonly exports: ExportController;
  private readonly loader: CompareLoader;
  private room?: Room;
  private shown: Shown = { status: 'loading' };
  /** What the model shown was made from. */
  private modelFrom?: readonly unknown[];
  private chart?: BandedChart;
  /** The ranking's rows for the pointer, the keyboard and screen readers, made with the chart. */
  private overlay?: SVGSVGElement;
  /** The ranked units a slide had no room to draw, said under its ranking. */
  private notShown: RankRow[] = [];
  /** The ranking's bands as shown: each drawn when it comes near the viewport. */
  private readonly bands: BandsController;
  private drawnFor?: { model: CompareModel; room: Room };
  private lensOpen = false;
  /** Whether what is shown waits for the figure asked for since. */
  private pending = false;
  /** Whether the table is open, or the page is being printed (which shows every table): its rows are made only then, a thousand units' being many. */
  private tableOpen = false;
  private printing = false;
  private lensSort: LensSort = { column: 'unit', descending: false };
  private lens?: { status: 'loading' } | { status: 'failed'; failure: Failure } | { status: 'ready'; rows: LensRow[] };

  constructor(
    private readonly host: FzCompare,
    private readonly access: ViewAccess,
  ) {
    ({ pointer: this.pointer, exports: this.exports } = plotViewParts(
      host,
      access,
      [plotBandsStyles, reportLensStyles, compareStyles],
      (room) => {
        this.room = room;
      },
    ));
    this.pointer.navigate = (key) => {
      const hostIndex = this.shown.status === 'shown' ? this.shown.model.hostIndex : undefined;
      return (key === 'h' || key === 'H') && hostIndex !== undefined ? hostIndex : undefined;
    };
    this.bands = new BandsController(host);
    this.loader = new CompareLoader(() => access.requestUpdate());
    host.addController(this.loader);
    host.addController(this);
  }

  hostUpdated(): void {
    // Tab reaches the row the keys last moved to; a row that had focus before the chart was drawn again has it again.
    this.pointer.restoreFocus();
    if (this.overlay) setTabStop([this.overlay], this.pointer.tabStop);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
  }

  // The browser lays the page out for paper as soon as this returns: the table's rows are made at once.
  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.access.updateNow();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.access.requestUpdate();
  };

  sync(_changed: PropertyValues): void {
    const { access, host } = this;
    const state = access.state();
    const lang = access.lang();
    const t = access.words();
    const words = comparingMessages[lang].compare;
    if (host.year !== undefined && !Number.isInteger(host.year)) {
      this.fail(new DatasetError('attribute', [], { attribute: 'year', value: host.getAttribute('year') ?? String(host.year) }));
    } else if (state.status === 'loading') this.shown = { status: 'loading' };
    else if (state.status === 'error') this.fail(state.error);
    else {
      const collection = state.dataset as Collection;
      const ask = {
        collection,
        base: host.src ? datasetUrl(host.src) : host.ownerDocument.baseURI,
        figure: host.figure,
        lang,
        timeoutMs: host.timeoutMs,
      };
      const data = this.loader.dataOf(ask);
      this.pending = false;
      // Another figure on its way: the ranking shown stays (and its controls, with their focus) until it comes.
      if (data.status === 'loading' && this.shown.status === 'shown' && this.shown.collection === collection) this.pending = true;
      else if (data.status === 'loading') this.shown = { status: 'loading' };
      else if (data.status === 'failed') this.fail(data.error);
      else if (!data.figure) {
        const message = host.figure ? words.noSuchFigure(host.figure) : words.noYears;
        this.shown = { status: 'failed', error: undefined, failure: { kind: 'attribute', message, problems: [], retry: false } };
      } else {
        try {
          // Ranked again only when what it is made of changes: a hover or a key is no reason to.
          const made = [collection, data, host.year, host.compare, host.perCapita, host.unit, lang] as const;
          const model =
            this.modelFrom && this.shown.status === 'shown' && made.every((input, i) => input === this.modelFrom?.[i])
              ? this.shown.model
              : compareModel({
                  collection,
                  lang,
                  figure: data.figure,
                  years: data.years,
                  units: data.units,
                  year: host.year,
                  compare: host.compare,
                  perCapita: host.perCapita,
                  host: host.unit,
                });
          this.modelFrom = made;
          if (this.shown.status !== 'shown' || this.shown.model !== model)
            this.shown = { status: 'shown', model, figures: data.figures, collection };
          if (this.lensOpen) this.lens = this.lensOf(ask, model);
        } catch (error) {
          this.fail(error);
        }
      }
    }
    const { shown } = this;
    access.failed(shown.status === 'failed' ? shown.error : undefined);
    access.readable(
      shown.status === 'shown' ? shown.model.readable : t.pair(words.name, shown.status === 'loading' ? t.loading : shown.failure.message),
    );
    const model = shown.status === 'shown' ? shown.model : undefined;
    this.pointer.willDraw(
      model?.points ?? [],
      model && {
        // The unit's place among them all is its sentence's (第8位（共12个镇街）): no second count of the list.
        announce: (point, index) => t.clauses([model.ranked[index]?.sentence ?? point.name, ...(point.change ? [point.change.text] : [])]),
        comparedLine: model.comparedYear === undefined ? undefined : (valueText) => t.pair(t.year(model.comparedYear as number), valueText),
        quoteLabel: t.quoteLabel,
      },
    );
    this.draw();
  }

  private fail(error: unknown): void {
    this.shown = { status: 'failed', error, failure: failureOf(error, this.access.words()) };
  }

  /** The lens's rows for the year shown (loading the reports' facts from the index the first time). */
  private lensOf(ask: Parameters<CompareLoader['dataOf']>[0], model: CompareModel): CompareView['lens'] {
    const reports = this.loader.reportsOf(ask, model.year);
    if (reports.status === 'loading') return { status: 'loading' };
    if (reports.status === 'failed') return { status: 'failed', failure: failureOf(reports.error, this.access.words()) };
    return {
      status: 'ready',
      rows: ask.collection.units.map((unit) => ({
        id: unit.id,
        name: labelText(unit.name, ask.lang),
        facts: reports.reports.get(unit.id),
      })),
    };
  }

  private draw(): void {
    const { shown, room } = this;
    if (shown.status !== 'shown' || !room || room.width <= 0) {
      this.chart = undefined;
      this.overlay = undefined;
      this.drawnFor = undefined;
      this.notShown = [];
      return;
    }
    if (this.drawnFor?.model === shown.model && this.drawnFor.room === room) return;
    this.drawnFor = { model: shown.model, room };
    const replaced = this.overlay;
    const { model } = shown;
    const words = comparingMessages[this.access.lang()].compare;
    // A slide's ranking fills its height, with as many rows as its text leaves room for.
    const height = this.host.slide ? room.height : undefined;
    const shownAt = shownRows(model.ranked.length, height ? rowsIn(height, room.labelSize) : Infinity, model.hostIndex);
    const ranked = shownAt.map((i) => model.ranked[i]);
    const drawn = new Set(shownAt);
    this.notShown = drawn.size < model.ranked.length ? model.ranked.filter((_, i) => !drawn.has(i)) : [];
    this.chart = rankingChart(
      ranked.map((row) => ({
        id: row.id,
        name: row.name,
        place: String(row.rank),
        value: row.value,
        valueText: row.valueText,
        host: row.host,
        compared: row.compared?.value,
      })),
      {
        width: room.width,
        fontSize: room.labelSize,
        height,
        document: this.host.ownerDocument,
        textWidth: textWidthEm,
        names: ranked.map((row) => `${row.name}，${row.valueText}，${words.rankCell(row.rank, row.tied)}`),
      },
    );
    this.overlay = overlayOf(
      this.host.ownerDocument,
      this.chart,
      shownAt.map((index) => ({ index, name: model.points[index].name })),
      { shape: 'row', label: model.title, describedBy: 'summary' },
    );
    this.pointer.release([replaced], [this.overlay]);
  }

  async toBlob(format: ChartFormat, { scale = 2 }: ExportOptions): Promise<Blob> {
    return this.exports.worded(() => this.blob(format, scale));
  }

  async download(format: ChartFormat, options: ExportOptions): Promise<void> {
    return this.exports.worded(async () => {
      const { shown } = this;
      // Per 10 000 residents is a file of its own: named so beside the counts' (beiao-2024-petitions.total-per-capita.csv).
      const named =
        shown.status === 'shown'
          ? {
              unit: this.host.unit ?? 'units',
              year: shown.model.year,
              section: `${shown.model.figure.key}${shown.model.perCapita ? '-per-capita' : ''}`,
            }
          : {};
      const blob = await this.blob(format, options.scale ?? 2);
      const { fileNameOf, save } = await loaded(import('../../export/files.js'));
      save(blob, fileNameOf(named, format), this.host.ownerDocument);
    });
  }

  /** The file, of what is shown when it is asked for (read before anything is awaited). */
  private async blob(format: ChartFormat, scale: number): Promise<Blob> {
    checkFormat(format, CHART_FORMATS);
    if (this.shown.status === 'loading' || !this.chart)
      await this.exports.until(() => this.shown.status !== 'loading' && this.chart !== undefined);
    const { shown, chart } = this;
    if (shown.status !== 'shown' || !chart) throw new ExportError('notShown');
    const { model } = shown;
    const t = this.access.words();
    const words = comparingMessages[this.access.lang()].compare;
    if (format === 'csv') {
      const { csvBlob } = await loaded(import('../../export/files.js'));
      const years = model.comparedYear === undefined ? undefined : { current: t.year(model.year), compared: t.year(model.comparedYear) };
      return csvBlob(
        [
          {
            rows: model.rows,
            caption: t.caption(model.title, model.subtitle),
            years,
            item: words.table.unit,
            ranks: { heading: words.table.rank, places: model.ranks },
          },
        ],
        t,
      );
    }
    // Each band where it stands in the chart box (as drawn when the file was asked for: one under the other).
    const boxes = [...this.host.renderRoot.querySelectorAll('.chart .plot-band')];
    const origin = this.host.renderRoot.querySelector('.chart')?.getBoundingClientRect();
    let next = 0;
    const panels = chart.bands.map((band, i) => {
      const at = boxes[i]?.getBoundingClientRect();
      const panel = { chart: band, x: at && origin ? at.left - origin.left : 0, y: at && origin ? at.top - origin.top : next };
      next = panel.y + band.height;
      return panel;
    });
    const { pictureBlob } = await loaded(import('../../export/files.js'));
    const picture = await plotsPicture(this.host, panels, {
      above: [
        { text: model.title, tone: 'title' },
        ...(model.mark ? [{ text: t[model.mark], tone: 'alert' as const }] : []),
        { text: model.subtitle, tone: 'muted' },
        { text: model.summary, tone: 'text' },
        {
          text: words.legendWords(model.year, model.comparedYear, model.hostIndex !== undefined ? model.hostName : undefined),
          tone: 'muted',
        },
      ],
      below: [
        ...(model.computedNote ? [{ text: model.computedNote, tone: 'muted' as const }] : []),
        { text: model.placeNote, tone: 'muted' },
        ...(model.movedNote ? [{ text: model.movedNote, tone: 'muted' as const }] : []),
        ...(model.missing.length ? [{ text: words.missing(model.year, t.list(model.missing)), tone: 'muted' as const }] : []),
        ...(model.noReport.length ? [{ text: words.noReport(model.year, t.list(model.noReport)), tone: 'muted' as const }] : []),
        ...(model.noPopulation.length ? [{ text: words.noPopulation(t.list(model.noPopulation)), tone: 'muted' as const }] : []),
        ...model.broken.map(({ name, why }) => ({ text: words.brokenUnit(name, why), tone: 'alert' as const })),
        ...(model.populationNote ? [{ text: model.populationNote, tone: 'small' as const }] : []),
        { text: model.source, tone: 'small' },
      ],
    });
    return pictureBlob(picture, format, scale);
  }

  private chooseFigure(key: string): void {
    this.host.figure = key;
  }

  private choosePerCapita(perCapita: boolean): void {
    this.host.perCapita = perCapita;
  }

  private toggleTable(event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.tableOpen) return;
    this.tableOpen = open;
    this.access.requestUpdate();
  }

  private toggleLens(event: Event): void {
    this.lensOpen = (event.currentTarget as HTMLDetailsElement).open;
    this.access.requestUpdate();
  }

  private sortLens(column: string): void {
    this.lensSort = { column, descending: this.lensSort.column === column ? !this.lensSort.descending : column !== 'unit' };
    this.access.requestUpdate();
  }

  render(): TemplateResult {
    const { shown, access } = this;
    const t = access.words();
    const lang = access.lang();
    const words = comparingMessages[lang].compare;
    if (shown.status !== 'shown') {
      const said = shown.status === 'loading' ? loadingStatus(t) : failureAlert(shown.failure, t, access.retry);
      return html`<figure class="root" part="figure" lang=${t.locale}>
        <h2 class="title" part="title">${words.name}</h2>
        ${said}${readableSlot()}
      </figure>`;
    }
    const { model } = shown;
    const sectionsOf = [...new Set(shown.figures.map((figure) => figure.section))];
    const comparedYear = model.comparedYear;
    return html`<figure class="root" part="figure" lang=${t.locale} aria-labelledby="title">
      <h2 class="title" part="title" id="title">${model.title}${markBadge(model.mark, t)}</h2>
      ${subtitleLine(model.subtitle)}
      <div class="controls" part="controls">
        <label class="figure-choice"
          >${words.figure}
          <select @change=${(event: Event) => this.chooseFigure((event.currentTarget as HTMLSelectElement).value)}>
            ${sectionsOf.map(
              (section) => html`<optgroup label=${sectionTitle(section, lang)}>
                ${shown.figures
                  .filter((figure) => figure.section === section)
                  .map(
                    (figure) =>
                      html`<option value=${figure.key} ?selected=${figure.key === (this.host.figure ?? model.figure.key)}>${figure.computed && figure.measure === 'count' ? words.computedOption(figure.label) : figure.label}</option>`,
                  )}
              </optgroup>`,
            )}
          </select>
        </label>
        ${
          model.canPerCapita
            ? html`<fieldset class="measure">
                <legend>${words.measure}</legend>
                <label><input type="radio" name="measure" .checked=${!model.perCapita} @change=${() => this.choosePerCapita(false)} />${words.absolute}</label>
                <label><input type="radio" name="measure" .checked=${model.perCapita} @change=${() => this.choosePerCapita(true)} />${words.perCapitaMeasure}</label>
              </fieldset>`
            : nothing
        }
      </div>
      ${this.pending ? loadingStatus(t) : nothing}
      <p class="summary" part="summary" id="summary">${asidesKept(model.summary)}</p>
      ${model.unknownHost ? html`<p class="warning">${words.noSuchUnit(model.unknownHost)}</p>` : nothing}
      <p class="legend" part="legend">
        <span class="legend-item"><span class="swatch swatch-bar"></span>${words.legendYear(model.year)}</span>
        ${comparedYear !== undefined ? html`<span class="legend-item"><span class="swatch swatch-tick"></span>${words.legendYear(comparedYear)}</span>` : nothing}
        ${model.hostName && model.hostIndex !== undefined ? html`<span class="legend-item"><span class="swatch swatch-host"></span>${words.legendHost(model.hostName)}</span>` : nothing}
      </p>
      <div class=${this.host.slide ? 'chart on-slide' : 'chart'} part="chart">
        <span class="em-probe" aria-hidden="true"></span>
        ${this.chart ? this.bands.render(this.chart, this.overlay) : nothing}
        ${this.pointer.tooltip()}
      </div>
      ${
        this.notShown.length
          ? html`<p class="note not-shown">${words.notShown(
              this.notShown.map((row) => words.notShownUnit(row.name, words.rankCell(row.rank, row.tied))),
              model.ranked.length,
              model.members,
            )}</p>`
          : nothing
      }
      <p class="visually-hidden" aria-live="polite">${this.pointer.announcement}</p>
      ${model.hostIndex !== undefined && model.hostName && !this.host.slide ? html`<p class="note keys">${words.keys(model.hostName)}</p>` : nothing}
      ${model.loading > 0 ? loadingStatus(t) : nothing}
      ${model.computedNote ? html`<p class="note">${model.computedNote}</p>` : nothing}
      ${this.host.slide ? nothing : html`<p class="note place-note">${model.placeNote}</p>`}
      ${model.movedNote && !this.host.slide ? html`<p class="note moved-note">${model.movedNote}</p>` : nothing}
      ${model.missing.length ? html`<p class="note">${words.missing(model.year, t.list(model.missing))}</p>` : nothing}
      ${model.noReport.length ? html`<p class="note">${words.noReport(model.year, t.list(model.noReport))}</p>` : nothing}
      ${model.noPopulation.length ? html`<p class="note">${words.noPopulation(t.list(model.noPopulation))}</p>` : nothing}
      ${
        model.broken.length
          ? html`<div class="warning" part="warning"><p>${words.broken}</p><ul>${model.broken.map(({ name, why }) => html`<li>${words.brokenUnit(name, why)}</li>`)}</ul></div>`
          : nothing
      }
      ${model.populationNote ? html`<p class="note">${model.populationNote}</p>` : nothing}
      ${this.table(model)}
      <details class="lens" part="lens" @toggle=${(event: Event) => this.toggleLens(event)}>
        <summary>${comparingMessages[lang].lens.title}</summary>
        ${this.renderLens(model)}
      </details>
      ${exportMenu(CHART_FORMATS, t, this.exports.status, (format) => this.exports.run(this.download(format, {})))}
      <p class="source" part="source">${model.source}</p>
      ${readableSlot()}
    </figure>`;
  }

  private renderLens(model: CompareModel): TemplateResult | typeof nothing {
    const { lens } = this;
    const t = this.access.words();
    const lang = this.access.lang();
    if (!this.lensOpen || !lens) return nothing;
    if (lens.status === 'loading') return loadingStatus(t);
    if (lens.status === 'failed') return failureAlert(lens.failure, t, this.access.retry);
    return reportLens(lens.rows, this.lensSort, (column) => this.sortLens(column), {
      lang,
      caption: t.caption(comparingMessages[lang].lens.title, t.year(model.year)),
    });
  }

  /** Every unit with its figure, place, change since the year compared with, places moved and the report's words. */
  private table(model: CompareModel): TemplateResult {
    const t = this.access.words();
    const words = comparingMessages[this.access.lang()].compare;
    const caption = t.caption(model.title, model.subtitle);
    const notRanked = model.unranked.map(({ name, why }) => [name, why] as const);
    const columns = 5 + (model.perCapita ? 1 : 0);
    const rows = this.tableOpen || this.printing;
    return html`<details class="data-table" part="table" ?open=${this.tableOpen} @toggle=${(event: Event) => this.toggleTable(event)}>
      <summary>${t.table.show}</summary>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
        <table class="ranking-table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${words.table.unit}</th>
              <th scope="col">${words.table.value}</th>
              <th scope="col">${words.table.rank}</th>
              <th scope="col">${words.table.change}</th>
              <th scope="col">${words.table.moved}</th>
              ${model.perCapita ? html`<th scope="col">${words.table.population}</th>` : nothing}
              <th scope="col">${words.table.quote}</th>
            </tr>
          </thead>
          <tbody>
            ${(rows ? model.ranked : []).map(
              (row) => html`<tr class=${row.host ? 'host' : ''}>
                <th scope="row">${row.name}</th>
                <td>${unbreakable(row.valueText)}</td>
                <td>${unbreakable(words.rankCell(row.rank, row.tied))}</td>
                <td>${unbreakable(row.change?.text ?? t.noValue)}</td>
                <td>${row.moved === undefined ? t.noValue : unbreakable(words.movedCell(row.moved))}</td>
                ${model.perCapita ? html`<td class="population">${row.population ? unbreakable(words.population(String(row.population.value), row.population.year, row.population.source)) : t.noValue}</td>` : nothing}
                <td class="quote">${
                  model.computedNote
                    ? html`${words.computedCell}${row.quote ? html`<br />${reportQuote(row.quote, { secondary: false })}` : nothing}`
                    : row.quote
                      ? reportQuote(row.quote, { secondary: false })
                      : t.noValue
                }</td>
              </tr>`,
            )}
            ${(rows ? notRanked : []).map(
              ([name, why]) => html`<tr>
                <th scope="row">${name}</th>
                <td colspan=${columns}>${why}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }
}

const compareStyles = css`
  ${unsafeCSS(rankingChartCss)}
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1.5em;
    margin-top: 0.5em;
  }
  .figure-choice {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    max-width: 100%;
  }
  select,
  input {
    font: inherit;
  }
  select {
    max-width: 100%;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    padding: 0.25em 0.5em;
  }
  select:focus-visible,
  input:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .measure {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    border: none;
    margin: 0;
    padding: 0;
  }
  .measure legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  .measure label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .swatch-bar {
    background: var(--_accent-soft);
    border: 1px solid var(--_accent);
  }
  .swatch-tick {
    width: 0;
    height: 1em;
    border-inline-start: 2px dashed var(--_text);
    margin-inline: 0.5em;
  }
  .swatch-host {
    background: var(--_accent);
  }
  .chart .plot {
    margin-top: 0.25em;
  }
  /* The keys are said to whom has the keyboard in the ranking: a phone, which has none (a tap focuses a bar, not
     visibly), is not promised an H key. */
  .keys {
    display: none;
  }
  .chart:has(:focus-visible) ~ .keys {
    display: block;
  }
  .lens {
    margin-top: 0.75em;
  }
  .lens summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
  .lens summary:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  tr.host th {
    font-weight: 700;
  }
  /* The broken units listed inside their box, each bullet within it. */
  .warning ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  /* On a phone the table scrolls sideways in its box: a unit's name, its figure, place and change each on
     one line; its population and the report's words in columns wide enough to read. */
  .ranking-table th[scope='row'],
  .ranking-table td:not(.quote, .population) {
    white-space: nowrap;
  }
  @media screen {
    .ranking-table td.population {
      min-width: 9em;
    }
    .ranking-table td.quote {
      min-width: 12em;
    }
  }
  @media (forced-colors: active) {
    .swatch-bar,
    .swatch-host {
      border: 1px solid CanvasText;
    }
    .lens summary {
      color: LinkText;
    }
  }
  /* Paper has no list to choose from, no keys, and the lens only when it was opened. */
  @media print {
    .controls,
    .keys,
    .lens:not([open]) {
      display: none;
    }
    /* A ranking of many units is taller than a page: it breaks between its table's rows. Its title,
       words and legend stay on the page its bars start on. */
    :host {
      break-inside: auto;
    }
    .title,
    .subtitle,
    .summary,
    .legend,
    .warning {
      break-after: avoid;
    }
    .swatch {
      print-color-adjust: exact;
    }
    .lens > summary {
      list-style: none;
      color: var(--_text);
      font-weight: 700;
    }
  }
`;
