import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { yearsOf } from '../../data/derive.js';
import type { Source } from '../../data/schema.js';
import { checkFormat, type DashboardFormat, type ExportOptions, fileNameOf, MIME, save } from '../../export/save.js';
import { labelText } from '../../i18n/format.js';
import { type ChartModel, chartModelOf } from '../../internal/chart-model.js';
import { datasetContext, yearContext } from '../../internal/context.js';
import { exportMenu, exportMenuStyles } from '../../internal/export-menu.js';
import { type Failure, failureOf } from '../../internal/failure.js';
import type { FzChartElement } from '../../internal/fz-chart-element.js';
import { FzElement } from '../../internal/fz-element.js';
import { headlineLines, type PictureLine } from '../../internal/picture-lines.js';
import { printFooter } from '../../internal/print-page.js';
import '../../sections/elements.js';
import { sections } from '../../sections/registry.js';
import { type AnySection, type KeyFigure, type SectionView, voiceOf } from '../../sections/section.js';
import type { Presentation } from './presentation.js';
import { dashboardStyles } from './styles.js';

/** Everything the dashboard shows, worked out in `willUpdate`; `render()` lays it out. */
type DashboardModel = { readable: string } & (
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | {
      status: 'shown';
      unit: string;
      year: number;
      years: number[];
      subtitle: string;
      sample: boolean;
      source: Source;
      keyFigures: KeyFigure[];
      /** The sections shown, in order, by their elements' tags. */
      sections: AnySection[];
    }
);

const FORMATS: readonly DashboardFormat[] = ['pptx', 'png', 'svg', 'csv'];

/**
 * @summary A year of the report at a glance: the unit, year and source, key figures, and a chart of
 * each report section (petitions, mediation, training, platforms, and those a year adds) drawn
 * from one dataset, loaded and checked once and handed to the charts. It presents them as slides
 * (`mode="present"`, or its 演示 / Present button) and exports them, as an editable PowerPoint deck too.
 *
 * @attr mode - `present`: full-screen slides for a projector — title, key figures, a slide per chart, the source; a clicker's keys move, Esc leaves.
 * @csspart figure - The dashboard's frame.
 * @csspart title - The dashboard's title.
 * @csspart subtitle - Unit and year.
 * @csspart key-figures - The row of headline figures.
 * @csspart source - The source line naming the report.
 * @csspart export - The "导出 / Export" menu: a PPTX deck, PNG, SVG and CSV of every chart.
 * @csspart present - The "演示 / Present" button.
 * @csspart slides - The presentation: the slide and its controls.
 */
@customElement('fz-dashboard')
export class FzDashboard extends FzElement {
  static override styles = [FzElement.styles, dashboardStyles, exportMenuStyles];

  /** Hands the dataset, once loaded and checked, to the charts inside. */
  private readonly datasetProvider = new ContextProvider(this, { context: datasetContext, initialValue: this.datasetState });
  /** Hands the year chosen for this dashboard's group to the charts inside: they follow it. */
  private readonly yearProvider = new ContextProvider(this, { context: yearContext, initialValue: {} });

  /** `present` shows the dashboard as slides filling the screen; default: the dashboard. @example mode="present" */
  @property({ reflect: true }) mode?: 'present';

  @state() private model: DashboardModel = { status: 'loading', readable: '' };
  /** The slides, their keys and their styles: loaded the first time the dashboard presents. */
  @state() private presentation?: Presentation;

  private get presenting(): boolean {
    return this.mode === 'present';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('datasetState')) this.datasetProvider.setValue(this.datasetState);
    // The year as chosen (undefined: the latest), not as resolved: resolving is no choice.
    if (changed.has('year') || changed.has('compare')) this.yearProvider.setValue({ year: this.year, compare: this.compare });
    if (changed.has('datasetState') || changed.has('year') || changed.has('compare') || changed.has('lang')) {
      this.model = this.modelOf();
      this.readable = this.model.readable;
    }
    if (changed.has('mode') && this.presenting && !this.presentation) void this.loadPresentation();
    this.presentation?.sync(this.presenting, this.model);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.putFooter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    printFooter(this, undefined);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('model')) this.putFooter();
    if (!changed.has('mode')) return;
    // Keys and screen readers follow the slides in, and the Present button out.
    const target = this.presenting ? undefined : changed.get('mode') === 'present' ? '.present' : undefined;
    if (target) (this.renderRoot.querySelector(target) as HTMLElement | null)?.focus();
  }

  /** The source at the foot of every printed page. */
  private putFooter(): void {
    const { model, t } = this;
    const source = model.status === 'shown' ? model.source : undefined;
    printFooter(this, source && t.source(t.cite(source.publisher, source.title), source.date));
  }

  private modelOf(): DashboardModel {
    const { t, language: lang } = this;
    const title = t.dashboard.title;
    const showing = this.showing();
    if (showing.status === 'loading') return { status: 'loading', readable: t.pair(title, t.loading) };
    if (showing.status === 'failed') {
      const failure = failureOf(showing.error, t);
      return { status: 'failed', failure, readable: t.pair(title, failure.message) };
    }
    const { dataset, figures, compared } = showing;
    const subtitle = this.subtitleOf(figures, compared);
    const keyFigures: KeyFigure[] = [];
    const shown: AnySection[] = [];
    for (const section of sections as readonly AnySection[]) {
      const own = (figures as Record<string, unknown>)[section.key];
      if (own !== undefined || !section.onlyWhenGiven) shown.push(section);
      if (own === undefined) continue;
      const keyFigure = section.keyFigure(
        own,
        (compared as Record<string, unknown> | undefined)?.[section.key],
        voiceOf(section, lang, figures.labels?.[section.key]),
      );
      if (keyFigure) keyFigures.push(keyFigure);
    }
    const readable = t.readable(title, subtitle, t.series(keyFigures.map(({ label, value }) => t.pair(label, value))));
    return {
      status: 'shown',
      unit: labelText(figures.unitName, lang),
      year: figures.year,
      years: yearsOf(dataset),
      subtitle,
      sample: figures.sample,
      source: figures.source,
      keyFigures,
      sections: shown,
      readable,
    };
  }

  /** Each chart's model for the year shown, as the charts inside work it out: what the deck and the CSV are made of. */
  private chartModels(): ChartModel<SectionView>[] {
    if (this.model.status !== 'shown') return [];
    const showing = this.showing();
    const labels = this.datasetState.status === 'ready' ? this.datasetState.dataset.labels : undefined;
    return this.model.sections.map((section) =>
      chartModelOf(section, showing, {
        t: this.t,
        lang: this.language,
        labels: labels?.[section.key],
        subtitleOf: (figures, compared) => this.subtitleOf(figures, compared),
      }),
    );
  }

  /** The dashboard's picture: its title and key figures above every chart's own picture. */
  private async picture(): Promise<SVGSVGElement> {
    const { model, t } = this;
    const charts = [...this.renderRoot.querySelectorAll('.charts > *')] as FzChartElement<AnySection>[];
    const root = this.renderRoot.querySelector('.root');
    if (model.status !== 'shown' || this.presenting || !root || charts.length === 0) throw new Error(t.exports.notShown);
    await Promise.all(charts.map((chart) => chart.toBlob('csv')));
    const above: PictureLine[] = [
      { text: t.dashboard.title, tone: 'title' },
      ...(model.sample ? [{ text: t.sample, tone: 'alert' as const }] : []),
      { text: model.subtitle, tone: 'muted' },
      ...model.keyFigures.flatMap(({ label, value, change }) => headlineLines({ label, valueText: value, change, details: [] })),
    ];
    // A chart whose year lacks its section has no picture.
    const pictures = await Promise.all(charts.map((chart) => chart.picture().catch(() => undefined)));
    const { stackPictures } = await import('../../export/files.js');
    return stackPictures(
      this,
      root,
      above,
      pictures.filter((picture) => picture !== undefined),
    );
  }

  /**
   * The dashboard as a file, made in the browser: `pptx` (a 16:9 deck of the presentation's
   * slides, each chart a native, editable chart, the report's words in the speaker notes; its
   * writer is loaded only now), `png` and `svg` (the key figures and every chart, one picture;
   * `scale` pixels per CSS pixel for PNG, default 2), or `csv` (every chart's data table, one after another).
   * @example await dashboard.download('pptx');
   */
  async toBlob(format: DashboardFormat, { scale = 2 }: ExportOptions = {}): Promise<Blob> {
    checkFormat(format, FORMATS);
    if (!(Number.isFinite(scale) && scale > 0 && scale <= 8))
      throw new RangeError(`scale must be a number above 0 and at most 8, not ${scale}`);
    await this.whenReady(() => this.model.status !== 'loading');
    const { model, t } = this;
    if (model.status !== 'shown') throw new Error(t.exports.notShown);
    const files = await import('../../export/files.js');
    if (format === 'csv') {
      const tables = this.chartModels().flatMap((chart) => (chart.status === 'shown' ? [chart] : []));
      return new Blob(
        [
          files.csvOf(
            tables.map(({ table }) => table),
            t,
          ),
        ],
        { type: MIME.csv },
      );
    }
    if (format === 'pptx') {
      const { deckOf, writeDeck } = await import('../../export/pptx.js');
      return writeDeck(
        deckOf({
          t,
          lang: t.locale,
          unit: model.unit,
          year: t.year(model.year),
          subtitle: model.subtitle,
          source: model.source,
          keyFigures: model.keyFigures,
          sample: model.sample,
          charts: this.chartModels(),
        }),
      );
    }
    const picture = await this.picture();
    if (format === 'svg') return new Blob([files.svgText(picture)], { type: MIME.svg });
    return files.pngOf(picture, scale);
  }

  /** Makes the file (`toBlob`) and saves it as `<unit>-<year>.<format>`, e.g. `beiyang-2024.pptx`. */
  async download(format: DashboardFormat, options?: ExportOptions): Promise<void> {
    const blob = await this.toBlob(format, options);
    const showing = this.showing();
    const parts =
      showing.status === 'shown'
        ? [showing.dataset.unit.id, showing.figures.year, ...(showing.compared ? ['vs', showing.compared.year] : [])]
        : [];
    save(blob, fileNameOf(parts, format), this.ownerDocument);
  }

  private async loadPresentation(): Promise<Presentation> {
    const { Presentation } = await import('./presentation.js');
    this.presentation ??= new Presentation(this, () => this.leavePresentation());
    return this.presentation;
  }

  /** Starts the presentation: fullscreen where the browser allows it (from a click or a key), else the slides fill the window. */
  async present(): Promise<void> {
    this.mode = 'present';
    const presentation = await this.loadPresentation();
    await presentation.enterFullscreen();
  }

  /** Leaves the presentation for the dashboard. */
  leavePresentation(): void {
    this.mode = undefined;
  }

  /** The charts, sharing this element's dataset and year (by context) and its looks. */
  private renderCharts(tags: string[]): TemplateResult {
    const { language, theme, largeText } = this;
    return html`<div class="charts">
      ${tags.map((tag) => {
        const name = unsafeStatic(tag);
        return staticHtml`<${name} lang=${language} theme=${theme ?? nothing} ?large-text=${largeText}></${name}>`;
      })}
    </div>`;
  }

  override render(): TemplateResult {
    const { model, t } = this;
    if (this.presenting) {
      const { presentation } = this;
      // The slides' code comes with the first presentation, in a moment.
      return presentation
        ? presentation.render({
            model,
            t,
            lang: this.language,
            theme: this.theme,
            comparing: this.compare !== undefined,
            chooseYear: (year) => (this.year = year),
            chooseCompare: (comparing) => (this.compare = comparing ? 'previous' : undefined),
            leave: () => this.leavePresentation(),
            badge: (sample) => this.renderBadge(sample),
            failure: (failure) => this.renderFailure(failure),
            loading: () => this.renderLoading(),
            readableSlot: this.renderReadableSlot(),
          })
        : html`<section class="root">${this.renderLoading()}</section>`;
    }
    const title = (sample: boolean) => html`<h2 class="title" part="title">${t.dashboard.title}${this.renderBadge(sample)}</h2>`;
    if (model.status !== 'shown') {
      return html`<section class="root" part="figure" lang=${t.locale}>
        ${title(false)}${model.status === 'failed' ? this.renderFailure(model.failure) : this.renderLoading()}${this.renderReadableSlot()}
      </section>`;
    }
    return html`<section class="root" part="figure" lang=${t.locale} aria-label=${t.caption(t.dashboard.title, model.subtitle)}>
      ${title(model.sample)}
      <p class="subtitle" part="subtitle">${model.subtitle}</p>
      ${this.renderSource(model.source)}
      <dl class="key-figures" part="key-figures" aria-label=${t.dashboard.keyFigures}>
        ${model.keyFigures.map(
          ({ label, value, change }) =>
            html`<div class="key-figure">
              <dt>${label}</dt>
              <dd class="headline-figure">${value}</dd>
              ${change ? html`<dd class="change change-${change.direction}">${change.text}</dd>` : nothing}
            </div>`,
        )}
      </dl>
      <div class="tools">
        <button type="button" class="present" part="present" @click=${() => this.present()}>${t.present.start}</button>
        ${exportMenu(FORMATS, t, this.exportStatus, (format) => this.exporting(this.download(format)))}
      </div>
      ${this.renderCharts(model.sections.map((section) => section.tag))}${this.renderReadableSlot()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-dashboard': FzDashboard;
  }
}
