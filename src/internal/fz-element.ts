import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { comparisonYear, deriveYear, yearsOf, type YearFigures } from '../data/derive.js';
import { formatPath } from '../data/schema-kit.js';
import type { Dataset } from '../data/schema.js';
import { DatasetError } from '../data/validate.js';
import { formatCount, labelText, toLang, type Lang } from '../i18n/format.js';
import { messages, type Messages } from '../i18n/messages.js';
import { DatasetController } from './dataset-controller.js';
import { emit } from './events.js';
import { baseStyles } from './styles.js';
import { YearController } from './year-controller.js';

/** What an element shows in place of its chart when it cannot draw one. */
interface Failure {
  kind: string;
  message: string;
  problems: { path: string; message: string }[];
  retry: boolean;
}

/**
 * What every `fz-*` element shares: where its dataset comes from, which year and language it
 * shows, and how it says that it is loading or what went wrong.
 *
 * @attr src - URL of the dataset JSON.
 * @attr year - Year to show; default the latest.
 * @attr lang - `zh-CN` (default) or `en`.
 * @attr theme - `light`, `dark` or `contrast`; default light, or dark on a system set to dark.
 * @attr large-text - Every text 18 px or more (适老化 large-text mode).
 * @attr timeout - Milliseconds to wait for the dataset (default 10000).
 * @attr compare - A year to show beside `year`, or `previous` for the latest earlier one.
 * @attr group - Elements with the same group follow one year toggle; default the page's group.
 * @fires fz-error - The dataset could not be loaded, is invalid, or lacks the year; detail `{ kind, message, path? }`.
 * @fires fz-year-change - The year or comparison was changed on this element; detail `{ year, compare }`.
 * @slot fz-text - Filled by the element itself: a one-line description for portal toolbars (visually hidden).
 * @csspart alert - The message shown instead of a chart when something is wrong.
 * @cssprop --fz-font-size - Base text size; default the larger of the page's root size and the inherited size.
 * @cssprop --fz-font-family - Font stack.
 * @cssprop --fz-color-accent - Bars, hub and headline figures.
 * @cssprop --fz-color-text - Text.
 * @cssprop --fz-color-muted - Secondary text, values and quotes.
 * @cssprop --fz-color-background - Background.
 * @cssprop --fz-color-increase - A rise, when comparing years (with ▲ and a plus sign).
 * @cssprop --fz-color-decrease - A fall, when comparing years (with ▼ and a minus sign).
 */
export abstract class FzElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  protected readonly loader = new DatasetController(this);
  protected readonly years = new YearController(this);

  /** URL of the dataset JSON, resolved against the page. Elements with the same URL share one request. */
  @property() src?: string;
  /** The year to show; default: the latest year of the dataset. @example year="2024" */
  @property({ type: Number }) year?: number;
  /** Language of everything the element says: `zh-CN` (default) or `en`. */
  @property() override lang = 'zh-CN';
  /** Colours: `light`, `dark` or `contrast` (high contrast); default: light, or dark on a system set to dark. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'contrast';
  /** Large text (适老化): every text 18 px or more. */
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) largeText = false;
  /** How long to wait for the dataset, in milliseconds (default 10000). */
  @property({ type: Number }) timeout?: number;
  /**
   * A year to show beside `year`, with the change: `previous` (the latest earlier year) or a year.
   * @example compare="previous"
   */
  @property() compare?: string;
  /** Elements with the same `group` follow one year toggle; default: the page's group (mirrored in `#year=`). */
  @property({ reflect: true }) group?: string;
  /** A parsed dataset object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) data?: Dataset | unknown;

  /**
   * What the element shows, in one line of plain text, kept in the light DOM (`slot="fz-text"`,
   * visually hidden): portal accessibility toolbars read the element under the pointer from its
   * light DOM and never look inside shadow roots.
   */
  protected readableText = '';

  private reported?: unknown;

  protected get language(): Lang {
    return toLang(this.lang);
  }

  protected get t(): Messages {
    return messages[this.language];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.years.sync(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.loader.state;
    if (state.status === 'error') this.report(state.error);
    this.writeReadableText();
  }

  private writeReadableText(): void {
    let holder = this.querySelector(':scope > [slot="fz-text"]');
    if (!this.readableText) return holder?.remove();
    if (!holder) {
      holder = this.ownerDocument.createElement('span');
      holder.setAttribute('slot', 'fz-text');
      this.append(holder);
    }
    if (holder.textContent !== this.readableText) holder.textContent = this.readableText;
  }

  /** Where the light-DOM text is shown: clipped to nothing, and hidden from screen readers, which read the chart itself. */
  protected renderReadableSlot(): TemplateResult {
    return html`<span class="visually-hidden" aria-hidden="true"><slot name="fz-text"></slot></span>`;
  }

  /**
   * The year's figures — with the compared year's when comparing, or a note why there is none —
   * or the failure to show instead.
   */
  protected figures(): { figures?: YearFigures; previous?: YearFigures; compareNote?: string; failure?: Failure; dataset?: Dataset } {
    const state = this.loader.state;
    if (state.status === 'loading') return {};
    if (state.status === 'error') return { failure: this.describe(state.error) };
    const { dataset } = state;
    try {
      const figures = deriveYear(dataset, this.year);
      const compareWith = comparisonYear(dataset, figures.year, this.compare);
      if (compareWith !== undefined) return { figures, previous: deriveYear(dataset, compareWith), dataset };
      const compareNote = this.compare ? this.t.compareNone(yearsOf(dataset).join('、')) : undefined;
      return { figures, compareNote, dataset };
    } catch (error) {
      return { failure: this.describe(error), dataset };
    }
  }

  private describe(error: unknown): Failure {
    const t = this.t;
    if (!(error instanceof DatasetError)) return { kind: 'unexpected', message: t.errors.unexpected, problems: [], retry: false };
    const { kind, problems, detail } = error;
    const listed = problems.map((problem) => ({ path: formatPath(problem.path), message: t.problem(problem) }));
    switch (kind) {
      case 'missing':
        return { kind, message: t.errors.missing, problems: [], retry: false };
      case 'network':
        return { kind, message: t.errors.network(detail.url ?? ''), problems: [], retry: true };
      case 'timeout':
        return { kind, message: t.errors.timeout((detail.timeoutMs ?? 0) / 1000, detail.url ?? ''), problems: [], retry: true };
      case 'http':
        return { kind, message: t.errors.http(detail.status ?? 0, detail.url ?? ''), problems: [], retry: true };
      case 'html':
        return { kind, message: t.errors.webPage(detail.url ?? ''), problems: [], retry: true };
      case 'json':
        return { kind, message: t.errors.json, problems: listed.map(({ message }) => ({ path: '', message })), retry: false };
      case 'year':
        return { kind, message: t.errors.year(detail.year ?? 0, (detail.years ?? []).join('、')), problems: [], retry: false };
      case 'invalid':
        return { kind, message: t.errors.invalid(problems.length), problems: listed, retry: false };
    }
  }

  /** Tells the page once per failure: an `fz-error` event, and the JSON paths on the console. */
  private report(error: unknown): void {
    if (this.reported === error) return;
    this.reported = error;
    const failure = this.describe(error);
    if (failure.kind === 'unexpected') console.error(`<${this.localName}>`, error);
    for (const { path, message } of failure.problems) console.error(`<${this.localName}> ${path ? `${path}: ` : ''}${message}`);
    emit(this, 'fz-error', { kind: failure.kind, message: failure.message, path: failure.problems[0]?.path || undefined });
  }

  protected renderLoading(): TemplateResult {
    return html`<p class="status" role="status">${this.t.loading}</p>`;
  }

  protected renderFailure(failure: Failure): TemplateResult {
    return html`<div class="alert" role="alert" part="alert">
      <p>${failure.message}</p>
      ${failure.problems.length
        ? html`<ul>
            ${failure.problems.slice(0, 20).map(({ path, message }) => html`<li>${path ? html`<code>${path}</code>：` : nothing}${message}</li>`)}
          </ul>`
        : nothing}
      ${failure.retry ? html`<button type="button" @click=${() => this.loader.reload()}>${this.t.retry}</button>` : nothing}
    </div>`;
  }

  protected renderSampleBadge(figures: YearFigures): TemplateResult | typeof nothing {
    return figures.sample ? html`<span class="badge" part="badge">${this.t.sample}</span>` : nothing;
  }

  protected renderSubtitle(figures: YearFigures, previous?: YearFigures): string {
    const subtitle = this.t.yearTitle(labelText(figures.unitName, this.language), figures.year);
    return previous ? `${subtitle}${this.t.comparedWith(previous.year)}` : subtitle;
  }

  /** The source line; the report's address becomes a link only when it is http: or https:. */
  protected renderSource(figures: YearFigures): TemplateResult {
    const { title, publisher, date, url } = figures.source;
    const t = this.t;
    const name = t.cite(publisher, title);
    const safe = url && /^https?:\/\//i.test(url) ? url : undefined;
    if (!safe) return html`<p class="source" part="source">${t.source(name, date)}</p>`;
    // The sentence is split around the cited name so that the name alone becomes the link.
    const [before, after] = t.source('\u0000', date).split('\u0000');
    return html`<p class="source" part="source">${before}<a href=${safe} target="_blank" rel="noopener noreferrer">${name}</a>${after}</p>`;
  }

  protected renderWarnings(figures: YearFigures, codes: readonly string[]): TemplateResult | typeof nothing {
    const warnings = figures.warnings.filter((warning) => codes.includes(warning.code));
    if (warnings.length === 0) return nothing;
    const count = (n: number) => formatCount(n, this.language);
    return html`${warnings.map((warning) => html`<p class="warning" part="warning">${this.t.warning(warning, count)}</p>`)}`;
  }
}
