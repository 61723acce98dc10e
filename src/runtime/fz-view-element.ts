import { type CSSResultGroup, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChartFormat, ExportOptions } from '../export/formats.js';
import type { Lang } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { chartFrameStyles, chartStyles } from './chart-styles.js';
import { dataTableStyles } from './data-table.js';
import type { DatasetState } from './dataset-controller.js';
import { exportMenuStyles } from './export-menu.js';
import { FzElement } from './fz-element.js';
import type { Showing } from './showing.js';
import { baseStyles } from './styles.js';
import { loadingStatus, readableSlot } from './templates.js';
import { tooltipStyles } from './tooltip.js';

/** What an element whose chart code loads on demand hands that code: what it shows, and the parts of it the code drives. */
export interface ViewAccess {
  /** The year shown with its figures, as any element works it out (for an element that reads a dataset). */
  showing: () => Showing;
  /** What the element's `src`, `data` or inline JSON gave: a dataset, or the file of its kind. */
  state: () => DatasetState<unknown>;
  /** The language it speaks, and its general catalogue. */
  lang: () => Lang;
  words: () => Messages;
  /** Starts the element's next update. */
  requestUpdate: () => void;
  /** Updates the element at once (the browser is about to print). */
  updateNow: () => void;
  /** Its one line of plain text for portal toolbars. */
  readable: (text: string) => void;
  /** Why it shows an alert (told to the page once, as `fz-error`), or undefined. */
  failed: (error: unknown) => void;
  /** Loads its dataset (or collection) again, after a failure that may pass. */
  retry: () => void;
}

/** The chart code an element loads when it first connects: it works out the model in `sync` (from `willUpdate`), lays it out in `render`, and makes its files. */
export interface LoadedView {
  sync(changed: PropertyValues): void;
  render(): TemplateResult;
  toBlob(format: ChartFormat, options: ExportOptions): Promise<Blob>;
  download(format: ChartFormat, options: ExportOptions): Promise<void>;
}

/**
 * An element whose chart is drawn by code it loads when it first connects (with Observable Plot,
 * which no other element needs): the bundle holds this small class, and a page that never shows
 * one never downloads the rest. Until the code is there it says it is loading; when it cannot be
 * loaded (the page's files moved), it says so.
 */
export abstract class FzViewElement extends FzElement {
  static override styles: CSSResultGroup = [baseStyles, chartFrameStyles, tooltipStyles, dataTableStyles, exportMenuStyles, chartStyles];

  /**
   * Set by a presentation on the chart of a slide: the chart fills its box's height too, its
   * labels the size of the slide's text, the keys' hint left to the presenter.
   * @internal
   */
  @property({ attribute: false }) slide = false;

  /** The chart code, once loaded. */
  @state() protected view?: LoadedView;
  @state() private viewFailed = false;
  private viewLoad?: Promise<LoadedView>;

  /** Loads the element's chart code and makes its view. */
  protected abstract loadView(access: ViewAccess): Promise<LoadedView>;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loaded().catch(() => {});
  }

  /** The view, loading it the first time; when it cannot be loaded, says so (a later call tries again). */
  protected loaded(): Promise<LoadedView> {
    this.viewLoad ??= this.loadView({
      showing: () => this.showing(),
      state: () => this.datasetState,
      lang: () => this.language,
      words: () => this.t,
      requestUpdate: () => this.requestUpdate(),
      updateNow: () => {
        this.requestUpdate();
        this.performUpdate();
      },
      readable: (text) => (this.readable.text = text),
      failed: (error) => (this.failure.shown = error),
      retry: () => this.loader.reload(),
    }).then(
      (view) => {
        this.view = view;
        this.viewFailed = false;
        return view;
      },
      (error: unknown) => {
        console.error(`<${this.localName}>`, error);
        this.viewLoad = undefined;
        this.viewFailed = true;
        throw error;
      },
    );
    return this.viewLoad;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.view) this.readable.text = this.viewFailed ? this.t.errors.load : this.t.loading;
    this.view?.sync(changed);
  }

  /**
   * The chart as a file, made in the browser: `png` (the chart with its title, summary and source
   * on its background, `scale` pixels per CSS pixel: above 0, at most 8, default 2), `svg` (the
   * same, self-contained) or `csv` (its table with the report's words, UTF-8 with a byte-order
   * mark). Of what is shown when it is called; rejects, in the element's language, when the element
   * shows no chart or the file cannot be made.
   * @example const png = await document.querySelector('fz-trend').toBlob('png');
   */
  async toBlob(format: ChartFormat, options: ExportOptions = {}): Promise<Blob> {
    return (await this.viewOrFailure()).toBlob(format, options);
  }

  /** Makes the file (`toBlob`) and saves it as `<unit>-<what>.<format>`, e.g. `some-town-trend.png`. */
  async download(format: ChartFormat, options: ExportOptions = {}): Promise<void> {
    return (await this.viewOrFailure()).download(format, options);
  }

  /** The view, or an error in the element's words when its code cannot be loaded. */
  private async viewOrFailure(): Promise<LoadedView> {
    try {
      return this.view ?? (await this.loaded());
    } catch {
      throw new Error(this.t.errors.load);
    }
  }

  override render(): TemplateResult {
    if (this.view) return this.view.render();
    const said = this.viewFailed ? html`<p class="alert" role="alert" part="alert">${this.t.errors.load}</p>` : loadingStatus(this.t);
    return html`<figure class="root" part="figure" lang=${this.t.locale}>${said}${readableSlot()}</figure>`;
  }
}
