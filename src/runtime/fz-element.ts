import { type CSSResultGroup, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS, datasetFile, type FileKind, timeoutOf } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { type Lang, toLang } from '../i18n/format.js';
import { type Messages, messages } from '../i18n/messages.js';
import { URL_STATES, type UrlState } from './address.js';
import { DatasetController, type DatasetState } from './dataset-controller.js';
import { FailureReport } from './failure-report.js';
import { LangController } from './lang-controller.js';
import { customStates, PageSchemeController } from './page-scheme.js';
import { ReadableTextController } from './readable-text.js';
import { type Showing, showingOf } from './showing.js';
import { baseStyles } from './styles.js';
import { YearController } from './year-controller.js';

// The events of every element, named in its types: `HTMLElementEventMap` learns them wherever one is imported.
export type { FzEventMap } from './events.js';

/** An element's `lang`: reflected, and empty when the attribute is absent, as any element's `lang` is. */
export const LANG_PROPERTY = {
  reflect: true,
  converter: { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null },
};

/** A number attribute; empty or absent is no value (not 0), anything else is kept for the element to check. */
const numberOrEmpty = { fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value)) };

/**
 * What every `fz-*` element shares: where its dataset comes from, which year and language it
 * shows, and how it says that it is loading or what went wrong.
 *
 * @attr src - URL of the dataset JSON.
 * @attr year - Year to show; default the latest.
 * @attr lang - `zh-CN` or `en`; default the page's language (the nearest `lang` around the element), else `zh-CN`.
 * @attr theme - `light`, `dark`, `contrast`, `red` (red and white, for a government meeting), or `auto` (the reader's system: dark on a system set to dark); default the page's: light, or dark where the page around the element is dark (its CSS `color-scheme` allows dark on a system set to dark, its background is dark, or the browser darkens the page).
 * @attr large-text - Every text 18 px or more (适老化 large-text mode).
 * @attr timeout - Milliseconds to wait for the dataset (default 10000).
 * @attr compare - A year to show beside `year`, or `previous` for the latest earlier one.
 * @attr group - Elements with the same group follow one year toggle; default the page's group.
 * @attr url-state - Where the page's group keeps its year in the address: `hash` (default; never a hash that is not ours), `query` or `none`.
 * @fires fz-error - The dataset could not be loaded, is invalid, or lacks the year; detail `{ kind, message, path? }`.
 * @fires fz-year-change - The year or comparison was changed on this element; detail `{ year, compare }`.
 * @slot fz-text - Filled by the element itself: a one-line description for portal toolbars (visually hidden).
 * @csspart alert - The message shown instead of a chart when something is wrong.
 * @csspart badge - The "示例数据 / Sample data" badge of an invented dataset.
 * @cssprop [--fz-font-size=max(1rem, 1em)] - Base text size: the larger of the page's root size and the inherited size (`large-text`: 18 px at least).
 * @cssprop [--fz-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font stack, with fonts that have Chinese glyphs on every common system.
 * @cssprop [--fz-color-accent=#1d5fa8] - Bars, hub and headline figures. Default in the light theme; dark: `#6cb6ff`.
 * @cssprop [--fz-color-accent-soft=#dbe8f7] - The fill of outlined bars (subsets of a total). Default in the light theme; dark: `#1c3350`.
 * @cssprop [--fz-color-text=#1f2328] - Text. Default in the light theme; dark: `#e6edf3`.
 * @cssprop [--fz-color-muted=#57606a] - Secondary text, values and quotes. Default in the light theme; dark: `#a4aeb9`.
 * @cssprop [--fz-color-background=#ffffff] - Background. Default in the light theme; dark: `#161b22`.
 * @cssprop [--fz-color-surface=#f6f8fa] - Cards and table headers. Default in the light theme; dark: `#21262d`.
 * @cssprop [--fz-color-border=#c9d1d9] - Frames, cards and table lines. Default in the light theme; dark: `#3d444d`.
 * @cssprop [--fz-color-focus=#b35900] - The keyboard focus ring. Default in the light theme; dark: `#ffb366`.
 * @cssprop [--fz-color-alert=#b42318] - The message of something wrong, and the sample-data badge. Default in the light theme; dark: `#ff938a`.
 * @cssprop [--fz-color-alert-background=#fef3f2] - Behind that message. Default in the light theme; dark: `#3a1d1d`.
 * @cssprop [--fz-color-warning-background=#fff8e6] - Behind a data-quality warning. Default in the light theme; dark: `#3a2f12`.
 * @cssprop [--fz-color-increase=#a1460a] - A rise, when comparing years (with ▲ and a plus sign). Default in the light theme; dark: `#ffa657`.
 * @cssprop [--fz-color-decrease=#5a32a3] - A fall, when comparing years (with ▼ and a minus sign). Default in the light theme; dark: `#d2a8ff`.
 */
export abstract class FzElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /** What the element's `src`, `data` or inline JSON holds: a dataset (`<fz-compare>` reads a collection of units instead). */
  protected static readonly reads: FileKind<unknown> = datasetFile;

  protected readonly loader = new DatasetController(
    this,
    (state) => (this.datasetState = state),
    (this.constructor as typeof FzElement).reads as FileKind<Dataset>,
  );
  protected readonly years = new YearController(this);
  private readonly speech = new LangController(this, (lang) => (this.language = lang));
  /** The element's one line of plain text for portal toolbars: set with the model. */
  protected readonly readable = new ReadableTextController(this, () => this.t.locale);
  /** Why the element shows an alert, told to the page once: set with the model. */
  protected readonly failure = new FailureReport(this, () => this.t);
  /** The element's custom states, `:state(dark)` and the like: set by its controllers. */
  protected readonly states = customStates(this);
  /** Dark where the page around is, while the element has no `theme`. */
  protected readonly scheme = new PageSchemeController(this, this.states);

  /** URL of the dataset JSON, resolved against the page. Elements with the same URL share one request. */
  @property() src?: string;
  /** The year to show; default: the latest year of the dataset. @example year="2024" */
  @property({ converter: numberOrEmpty }) year?: number;
  /**
   * Language of everything the element says: `zh-CN` or `en`. Like any element's `lang`, empty when
   * the attribute is absent: the element then speaks the page's language (the `lang` of its nearest
   * ancestor, usually `<html lang>`), or Chinese when the page names none or another.
   */
  @property(LANG_PROPERTY)
  override lang = '';
  /**
   * Colours: `light`, `dark`, `contrast` (high contrast), `red` (red and white, for a government meeting) or `auto` (the reader's system's). Default:
   * the page's — light, or dark where the page around the element is dark (a portal that never
   * opted into dark stays light on a phone set to dark).
   * @example theme="auto"
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'contrast' | 'red' | 'auto';
  /** Large text (适老化): every text 18 px or more. */
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) largeText = false;
  /** How long to wait for the dataset, in milliseconds (default 10000); each element waits on its own clock. */
  @property({ converter: numberOrEmpty }) timeout?: number;
  /**
   * A year to show beside `year`, with the change: `previous` (the latest earlier year) or a year.
   * @example compare="previous"
   */
  @property() compare?: string;
  /** Elements with the same `group` follow one year toggle; default: the page's group (mirrored in `#year=`). */
  @property({ reflect: true }) group?: string;
  /**
   * Where the page's group keeps its year in the page address: `hash` (default: `#year=2023`, but
   * never in a hash that is a route or an anchor), `query` (`?year=2023`) or `none`.
   */
  @property({ attribute: 'url-state' }) urlState?: UrlState;
  /** A parsed dataset object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) data?: Dataset | unknown;

  /** The dataset as loaded, checked, or handed down by a dashboard. */
  @state() protected datasetState: DatasetState = this.loader.state;
  /** The language the element speaks: its `lang`, else the page's; set before its model is made (`changed.has('language')`). */
  @state() protected language: Lang = toLang('');

  /** The general catalogue of the element's language. */
  protected get t(): Messages {
    return messages[this.language];
  }

  /** The wait for the dataset, in milliseconds: `timeout` when it is one, else the default. */
  get timeoutMs(): number {
    return timeoutOf(this.timeout);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The page's language is not followed while the element has its own: read again when that goes.
    this.speech.sync(this.lang, Boolean(changed.get('lang')));
    if (changed.has('timeout') && this.timeout !== undefined && timeoutOf(this.timeout) !== this.timeout) {
      this.warnAttribute('timeout', `${DEFAULT_TIMEOUT_MS}`);
    }
    // The year controller uses only a url-state it knows.
    if (changed.has('urlState') && this.urlState !== undefined && !URL_STATES.includes(this.urlState))
      this.warnAttribute('url-state', 'hash');
    this.years.sync(changed);
    this.loader.sync();
  }

  /** The year shown with the compared year, worked out for the model; a failure is kept to tell the page (`fz-error`). */
  protected showing(): Showing {
    const showing = showingOf(this.datasetState, this.year, this.compare, this.getAttribute('year'));
    this.failure.shown = showing.status === 'failed' ? showing.error : undefined;
    return showing;
  }

  /** Says on the console that an attribute's value cannot be used and what is used instead. */
  protected warnAttribute(name: string, used: string): void {
    console.warn(`<${this.localName}> ${this.t.attributeIgnored(name, this.getAttribute(name) ?? '', used)}`);
  }
}
