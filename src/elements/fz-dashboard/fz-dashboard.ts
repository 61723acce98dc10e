import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { type Mark, yearsOf } from '../../data/derive.js';
import type { Source } from '../../data/schema.js';
import type { Occasion } from '../../export/deck-types.js';
import {
  checkAspect,
  checkFormat,
  checkShape,
  choiceOf,
  type DashboardFormat,
  ExportError,
  type ExportOptions,
  loaded,
  type MenuChoice,
} from '../../export/formats.js';
import { labelText } from '../../i18n/format.js';
import { type ChartModel, chartModelOf, subtitleOf } from '../../runtime/chart-model.js';
import { datasetContext, yearContext } from '../../runtime/context.js';
import { customElement } from '../../runtime/define.js';
import { ExportController } from '../../runtime/export-controller.js';
import { exportMenu, exportMenuStyles } from '../../runtime/export-menu.js';
import { type Failure, failureOf, notReportedOf } from '../../runtime/failure.js';
import type { FzChartElement } from '../../runtime/fz-chart-element.js';
import { FzElement } from '../../runtime/fz-element.js';
import { printFooter } from '../../runtime/print-page.js';
import { failureAlert, loadingStatus, markBadge, readableSlot, sourceLine, subtitleLine } from '../../runtime/templates.js';
import { sections } from '../../sections/registry.js';
import { type AnySection, type KeyFigure, type SectionView, voiceOf } from '../../sections/section.js';
import { dashboardFile, type FileInputs, pictureNow } from './dashboard-files.js';
import { keyFigureList, shownFigures } from './key-figures.js';
import type { Presentation } from './presentation.js';
import { dashboardStyles } from './styles.js';

/** Everything the dashboard shows, worked out in `willUpdate`; `render()` lays it out (and its slides, when it presents). */
export type DashboardModel = { readable: string } & (
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | {
      status: 'shown';
      /** Unit and year without the compared year: "某镇 · 2024年". */
      unitYear: string;
      year: number;
      years: number[];
      subtitle: string;
      mark?: Mark;
      source: Source;
      keyFigures: KeyFigure[];
      /** The sections shown, in order, by their elements' tags. */
      sections: AnySection[];
      /** The unit's id, which a ranking of a collection highlights. */
      unit: string;
      /** The address of a collection of the district's units (`collection`), when one is given: a ranking slide. */
      collection?: string;
      /** The meeting it is presented at and who reports it (the dashboard's attributes): on the title slide. */
      occasion: Occasion;
      /** The unit's name in the band across every slide: 汇报单位, else the report's unit. */
      band: string;
      /** The emblem's address, when it is one of this site's. */
      emblem?: string;
    }
);

const FORMATS: readonly DashboardFormat[] = ['pptx', 'html', 'png', 'svg', 'csv'];
const MENU: readonly MenuChoice[] = ['pptx', 'pptx-4:3', 'html', 'png', 'png-16:9', 'svg', 'csv'];

/** An emblem's address when it may be shown: of this page's site (a link anyone writes must not put another site's picture on a government's slides), or an image given whole as a `data:` address. */
function emblemAddress(value: string | undefined, document: Document): string | undefined {
  if (!value) return undefined;
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(value)) return value;
  try {
    const url = new URL(value, document.baseURI);
    return url.origin === new URL(document.baseURI).origin && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @summary A year of the report at a glance: the unit, year and source, key figures, and a chart of
 * each report section (petitions, mediation, training, platforms, and those a year adds) drawn
 * from one dataset, loaded and checked once and handed to the charts. It presents them as slides
 * (`mode="present"`, or its 演示 / Present button) and exports them, as an editable PowerPoint deck too.
 *
 * @attr collection - A collection of the district's units (see `<fz-compare>`; `npm run collect` makes one): the slides add a ranking of them on the key figure, this unit highlighted, and the deck a native bar chart of it.
 * @attr mode - `present`: slides for a projector filling the window — title, key figures, a slide per chart, the source; a clicker's keys turn them whatever was clicked last, `b` and `w` blank the screen, `?` lists the keys, Esc leaves (presenting again goes on from the same slide). The 演示 button (or `present()`) also asks for fullscreen, which needs a click or a key; so does the slides' 全屏 button. `presenter`: the presenter's view of a presentation in another window (`openPresenterView()` opens it): the slide and the next, the report's words, every slide, a clock and the years, in step with the presentation.
 * @attr meeting - 会议名称: the meeting the report is presented at, above the title on the title slide and in the deck, e.g. `meeting="示例镇第十八届人民代表大会第五次会议"`.
 * @attr reporting-unit - 汇报单位: who reports it, on the title slide and in the deck; also named in the band across the top of every slide (default there: the report's unit).
 * @attr reporter - 汇报人: who presents it, on the title slide and in the deck.
 * @attr meeting-date - The meeting's date, `YYYY-MM-DD`, on the title slide and in the deck (without it, the title slide says who published the report and when).
 * @attr emblem - Address of an emblem (PNG, JPEG, SVG) shown in the band of every slide and on the title slide, and written in the deck; of the page's own site only (or a `data:` image).
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
  /** Its charts show their year beside the one compared with: its group's toggle offers the comparison. */
  static readonly comparesYears = true;

  /** Hands the dataset, once loaded and checked, to the charts inside. */
  private readonly datasetProvider = new ContextProvider(this, { context: datasetContext, initialValue: this.datasetState });
  /** Hands the year chosen for this dashboard's group to the charts inside: they follow it. */
  private readonly yearProvider = new ContextProvider(this, { context: yearContext, initialValue: {} });
  private readonly exports = new ExportController(this, () => this.t);

  /** The address of a collection of the district's units: the slides and the deck add a ranking of them. @example collection="/data/district.json" */
  @property() collection?: string;
  /**
   * `present` shows the dashboard as slides filling the screen; `presenter` the presenter's view of
   * a presentation in another window (`openPresenterView()` opens one); default: the dashboard.
   * @example mode="present"
   */
  @property({ reflect: true }) mode?: 'present' | 'presenter';
  /** 会议名称, on the title slide and in the deck. @example meeting="示例镇第十八届人民代表大会第五次会议" */
  @property() meeting?: string;
  /** 汇报单位, on the title slide and in the deck, and in the band of every slide (default there: the report's unit). */
  @property({ attribute: 'reporting-unit' }) reportingUnit?: string;
  /** 汇报人, on the title slide and in the deck. */
  @property() reporter?: string;
  /** The meeting's date, `YYYY-MM-DD`, on the title slide and in the deck. */
  @property({ attribute: 'meeting-date' }) meetingDate?: string;
  /** An emblem's address (of the page's own site, or a `data:` image): in the band of every slide, on the title slide and in the deck. */
  @property() emblem?: string;

  @state() private model: DashboardModel = { status: 'loading', readable: '' };
  /** The slides, their keys and their styles: loaded the first time the dashboard presents. */
  @state() private presentation?: Presentation;
  /** The slides' code could not be loaded. */
  @state() private presentationFailed = false;
  private presentationLoad?: Promise<Presentation | undefined>;
  /** The channel this dashboard shares with its presenter's view (or, being that view, with its presentation). */
  private presenterChannel?: string;

  /** Whether it shows slides: presenting, or the presenter's view of a presentation. */
  private get presenting(): boolean {
    return this.mode === 'present' || this.mode === 'presenter';
  }

  /** The window's name when it is a presenter's view opened for this dashboard: `fazhi-presenter:<channel>:<index>`. */
  private presenterWindow(): string | undefined {
    const [, channel, index] = /^fazhi-presenter:([\w-]+):(\d+)$/.exec(this.ownerDocument.defaultView?.name ?? '') ?? [];
    return channel && this.indexInPage() === Number(index) ? channel : undefined;
  }

  /** Which of the page's dashboards this is, in the order of the page. */
  private indexInPage(): number {
    return Math.max(0, [...this.ownerDocument.querySelectorAll('fz-dashboard')].indexOf(this));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('datasetState')) this.datasetProvider.setValue(this.datasetState);
    // The year as chosen (undefined: the latest), not as resolved: resolving is no choice.
    if (changed.has('year') || changed.has('compare')) this.yearProvider.setValue({ year: this.year, compare: this.compare });
    const occasion = ['meeting', 'reportingUnit', 'reporter', 'meetingDate', 'emblem'] as const;
    if (changed.has('emblem') && this.emblem && !emblemAddress(this.emblem, this.ownerDocument)) this.warnAttribute('emblem', '');
    if (
      changed.has('datasetState') ||
      changed.has('year') ||
      changed.has('compare') ||
      changed.has('language') ||
      changed.has('collection') ||
      occasion.some((name) => changed.has(name))
    ) {
      this.model = this.modelOf();
      this.readable.text = this.model.readable;
    }
    if (changed.has('mode')) {
      if (this.mode !== undefined && !this.presenting) this.warnAttribute('mode', '');
      if (this.presenting && !this.presentation) void this.loadPresentation();
    }
    this.presentation?.sync(this.presenting ? this.mode : undefined, this.model, this.t, () => this.chartModels());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.putFooter();
    // The window a presentation opened for its presenter: this dashboard is that view.
    const channel = this.presenterWindow();
    if (channel) {
      this.presenterChannel = channel;
      this.mode = 'presenter';
    }
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    printFooter(this, undefined);
    this.removeEventListener('keydown', this.onKeydown);
  }

  /** F5 on the dashboard (its 演示 button has focus after a presentation) presents from the first slide, Shift+F5 from where it stopped. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'F5' || this.presenting || event.altKey || event.ctrlKey || event.metaKey || this.model.status !== 'shown') return;
    event.preventDefault();
    void this.present({ from: event.shiftKey ? 'where-it-stopped' : 'start' });
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('model')) this.putFooter();
    // Focus comes back to the Present button from the slides (the presentation takes it in).
    if (changed.has('mode') && changed.get('mode') === 'present' && !this.presenting) {
      this.renderRoot.querySelector<HTMLElement>('.present')?.focus();
    }
  }

  /** The source at the foot of every printed page. */
  private putFooter(): void {
    const { model, t } = this;
    // A dashboard taken off the page (its data arriving after) prints nothing.
    const source = model.status === 'shown' && this.isConnected ? model.source : undefined;
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
    const subtitle = subtitleOf(figures, compared, this.t, this.language);
    const keyFigures: KeyFigure[] = [];
    const shown: AnySection[] = [];
    for (const section of sections as readonly AnySection[]) {
      const own = (figures as Record<string, unknown>)[section.key];
      if (own !== undefined || !section.onlyWhenGiven) shown.push(section);
      if (own === undefined) continue;
      const keyFigure = section.keyFigure(
        own,
        (compared as Record<string, unknown> | undefined)?.[section.key],
        voiceOf(section, lang, figures.labels?.[section.key], { year: figures.year, comparedYear: compared?.year }),
      );
      if (keyFigure) keyFigures.push(keyFigure);
    }
    const readable = t.readable(title, subtitle, t.series(keyFigures.map(({ label, value }) => t.pair(label, value))));
    const given = (value: string | undefined) => value?.trim() || undefined;
    const occasion: Occasion = {
      meeting: given(this.meeting),
      reportingUnit: given(this.reportingUnit),
      reporter: given(this.reporter),
      date: given(this.meetingDate),
    };
    return {
      status: 'shown',
      occasion,
      band: occasion.reportingUnit ?? labelText(figures.unitName, lang),
      emblem: emblemAddress(this.emblem, this.ownerDocument),
      unitYear: subtitleOf(figures, undefined, this.t, this.language),
      year: figures.year,
      years: yearsOf(dataset),
      subtitle,
      mark: figures.mark,
      source: figures.source,
      keyFigures,
      sections: shown,
      unit: dataset.unit.id,
      collection: this.collection || undefined,
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
      }),
    );
  }

  /** Loads the slides' code, once; when it cannot be (a page whose files moved), says so and stays a dashboard. */
  private loadPresentation(): Promise<Presentation | undefined> {
    this.presentationLoad ??= import('./presentation.js').then(
      ({ Presentation }) => {
        this.presentation = new Presentation(this, {
          leave: () => this.leavePresentation(),
          // The other window's year and comparison, as its presenter chose them.
          applyYear: (year, compare) => {
            if (year !== undefined && year !== (this.model.status === 'shown' ? this.model.year : undefined)) this.year = year;
            if (compare !== this.compare) this.compare = compare;
          },
          // The presenter's view asked to present again here: in the window (fullscreen needs a click here).
          resume: () => void this.present(),
        });
        if (this.presenterChannel && this.mode === 'presenter') this.presentation.join(this.presenterChannel, true);
        this.presentationFailed = false;
        return this.presentation;
      },
      (error: unknown) => {
        console.error('<fz-dashboard>', error);
        // A later click tries again.
        this.presentationLoad = undefined;
        this.presentationFailed = true;
        this.leavePresentation();
        return undefined;
      },
    );
    return this.presentationLoad;
  }

  /**
   * The dashboard as a file, made in the browser: `pptx` (a 16:9 deck of the presentation's
   * slides, each chart a native, editable chart, the report's words in the speaker notes; its
   * writer is loaded only now), `png` and `svg` (the key figures and every chart, one picture;
   * `scale` pixels per CSS pixel for PNG: above 0, at most 8 and at most what the browser's canvas
   * holds for the picture's size, default 2; not while presenting, as the charts are then on their
   * slides), or `csv` (every chart's data table, one after another). Of the year shown when it is
   * called; rejects in the dashboard's language when the file cannot be made. A picture's `shape`
   * `16:9` sets the charts side by side on a 16:9 background, for a slide or an article's banner.
   * @example await dashboard.download('pptx');
   */
  toBlob(format: DashboardFormat, options: ExportOptions = {}): Promise<Blob> {
    return this.exports.worded(() => this.blob(format, options));
  }

  /** Makes the file (`toBlob`) and saves it as `<unit>-<year>.<format>`, e.g. `some-town-2024.pptx`. */
  download(format: DashboardFormat, options: ExportOptions = {}): Promise<void> {
    return this.exports.worded(async () => {
      const subject = () => {
        const showing = this.showing();
        return showing.status === 'shown'
          ? { unit: showing.dataset.unit.id, year: showing.figures.year, comparedYear: showing.compared?.year }
          : {};
      };
      // Named after the year the file holds: the one shown when it is asked for.
      const shown = !this.isUpdatePending && this.model.status === 'shown' ? subject() : undefined;
      const blob = await this.blob(format, options);
      const { fileNameOf, save } = await loaded(import('../../export/files.js'));
      // A deck for an old projector and a landscape picture are named so, beside the usual ones.
      const shape = options.aspect === '4:3' ? '4:3' : options.shape === '16:9' ? '16:9' : undefined;
      save(blob, fileNameOf({ ...(shown ?? subject()), shape }, format), this.ownerDocument);
    });
  }

  /** The file `toBlob` gives, of what is shown when it is called (read before anything is awaited); an `ExportError` when it cannot be made. */
  private async blob(format: DashboardFormat, options: ExportOptions): Promise<Blob> {
    checkFormat(format, FORMATS);
    checkShape(options.shape);
    checkAspect(options.aspect);
    const picturing = format === 'png' || format === 'svg';
    if (picturing && this.presenting) throw new ExportError('presenting');
    const now = () => this.fileInputs(picturing);
    const shown = !this.isUpdatePending && this.model.status !== 'loading' ? now() : undefined;
    if (!shown) await this.exports.until(() => this.model.status !== 'loading');
    const inputs = shown ?? now();
    if (!inputs) throw new ExportError('notShown');
    return dashboardFile(format, options, inputs);
  }

  /** What a file is made of, read now: undefined while nothing is shown. */
  private fileInputs(picturing: boolean): FileInputs | undefined {
    const { model, t } = this;
    if (model.status !== 'shown') return undefined;
    const charts = [...this.renderRoot.querySelectorAll('.charts > *')] as FzChartElement<AnySection>[];
    return {
      model,
      t,
      charts: this.chartModels(),
      picture: picturing ? pictureNow(model, t, charts) : undefined,
      host: this,
      theme: this.theme,
      dataset: this.datasetState.status === 'ready' ? this.datasetState.dataset : undefined,
      attributes: {
        lang: this.lang || undefined,
        year: this.year === undefined ? undefined : String(this.year),
        compare: this.compare,
        theme: this.theme,
        'large-text': this.largeText ? '' : undefined,
        meeting: model.occasion.meeting,
        'reporting-unit': model.occasion.reportingUnit,
        reporter: model.occasion.reporter,
        'meeting-date': model.occasion.date,
      },
      timeoutMs: this.timeoutMs,
    };
  }

  /**
   * Starts the presentation where the last one stopped (`{ from: 'start' }`: at the first slide):
   * fullscreen where the browser allows it (asked for at once, while the click or key that called
   * this still counts as the reader's), else the slides fill the window.
   * @example dashboard.present({ from: 'start' });
   */
  async present({ from = 'where-it-stopped' }: { from?: 'start' | 'where-it-stopped' } = {}): Promise<void> {
    // Some browsers (an iPhone's) have no fullscreen for elements: the slides fill the window there.
    const fullscreen =
      typeof this.requestFullscreen === 'function'
        ? this.requestFullscreen().then(
            () => true,
            () => false,
          )
        : Promise.resolve(false);
    const load = this.loadPresentation();
    if (from === 'start') {
      if (this.presentation) this.presentation.fromStart();
      else void load.then((presentation) => presentation?.fromStart());
    }
    this.mode = 'present';
    const [presentation, wentFullscreen] = await Promise.all([load, fullscreen]);
    // Left again meanwhile, or the slides could not be loaded: no fullscreen without them.
    if (!this.presenting || !presentation) {
      if (wentFullscreen && this.ownerDocument.fullscreenElement === this) await this.ownerDocument.exitFullscreen().catch(() => {});
      return;
    }
    if (wentFullscreen) presentation.followFullscreen();
  }

  /** Leaves the presentation for the dashboard; presenting again goes on from the same slide. */
  leavePresentation(): void {
    this.mode = undefined;
  }

  /**
   * Opens the presenter's view in a window of its own (this page again, which shows the view):
   * the slide the audience sees and the next, the report's own words for it, every slide, a clock
   * and the years, kept in step with this dashboard's presentation by a `BroadcastChannel`, either
   * window driving both. Needs a click or a key, as opening any window does. Returns the window, or
   * null where the browser refused it.
   * @example button.addEventListener('click', () => dashboard.openPresenterView());
   */
  openPresenterView(): Window | null {
    this.presenterChannel ??= `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const channel = this.presenterChannel;
    void this.loadPresentation().then((presentation) => presentation?.join(channel));
    const window = this.ownerDocument.defaultView;
    return window?.open(window.location.href, `fazhi-presenter:${channel}:${this.indexInPage()}`, 'popup,width=1280,height=800') ?? null;
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
            largeText: this.largeText,
            comparing: this.compare !== undefined,
            chooseYear: (year) => (this.year = year),
            chooseCompare: (comparing) => (this.compare = comparing ? 'previous' : undefined),
            leave: () => this.leavePresentation(),
            retry: () => this.loader.reload(),
            openPresenterView: () => this.openPresenterView(),
          })
        : html`<section class="root">${loadingStatus(this.t)}</section>`;
    }
    const title = (mark?: Mark) => html`<h2 class="title" part="title">${t.dashboard.title}${markBadge(mark, this.t)}</h2>`;
    const presentationAlert = this.presentationFailed ? html`<p class="alert" role="alert">${t.present.failed}</p>` : nothing;
    if (model.status !== 'shown') {
      return html`<section class="root" part="figure" lang=${t.locale}>
        ${title()}${model.status === 'failed' ? failureAlert(model.failure, this.t, () => this.loader.reload(), notReportedOf(model.failure, this.datasetState, this.year, this.hasAttribute('year'), t)) : loadingStatus(this.t)}${presentationAlert}${readableSlot()}
      </section>`;
    }
    return html`<section class="root" part="figure" lang=${t.locale} aria-label=${t.caption(t.dashboard.title, model.subtitle)}>
      ${title(model.mark)}
      ${subtitleLine(model.subtitle)}
      ${sourceLine(model.source, this.t)}
      ${keyFigureList(shownFigures(model.keyFigures), t.dashboard.keyFigures)}
      <div class="tools">
        <button type="button" class="present" part="present" @click=${() => this.present()}>${t.present.start}</button>
        ${exportMenu(MENU, t, this.exports.status, (choice) => {
          const { format, options } = choiceOf(choice);
          this.exports.run(this.download(format, options));
        })}
        ${presentationAlert}
      </div>
      ${this.renderCharts(model.sections.map((section) => section.tag))}${readableSlot()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-dashboard': FzDashboard;
  }
}
