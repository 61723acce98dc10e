/**
 * What every element may show besides its figures, as plain templates in the element's words: a
 * loading line, an alert of what went wrong, the mark of invented or unchecked figures, the source
 * line, and the slot of its one line for portal toolbars.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { httpAddress } from '../data/address.js';
import type { Mark } from '../data/derive.js';
import type { Source } from '../data/schema.js';
import type { Messages } from '../i18n/messages.js';
import type { Failure } from './failure.js';
import { slot, slotted } from './sentence.js';
import { asidesKept } from './unbreakable.js';

export function loadingStatus(t: Messages): TemplateResult {
  return html`<p class="status" role="status">${t.loading}</p>`;
}

/** What went wrong, with each problem's JSON path, and a button to try again when trying again may help; `plainly`: said as a plain statement instead (`notReportedOf`). */
export function failureAlert(failure: Failure, t: Messages, retry: () => void, plainly?: string): TemplateResult {
  if (plainly) return html`<p class="status not-reported">${plainly}</p>`;
  return html`<div class="alert" role="alert" part="alert">
    <p>${failure.message}</p>
    ${
      failure.problems.length
        ? html`<ul>
          ${failure.problems
            .slice(0, 20)
            .map(({ path, message }) => html`<li>${path ? slotted(t.pair(slot(0), message), html`<code>${path}</code>`) : message}</li>`)}
        </ul>`
        : nothing
    }
    ${failure.retry ? html`<button type="button" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}

/** The mark of invented figures (示例数据) or of a draft not yet checked. */
export function markBadge(mark: Mark | undefined, t: Messages): TemplateResult | typeof nothing {
  return mark ? html`<span class="badge" part="badge">${t[mark]}</span>` : nothing;
}

/** The subtitle under a title: the unit and the year, a bracketed aside (（对比2023年）) kept whole on a line. */
export function subtitleLine(subtitle: string): TemplateResult {
  return html`<p class="subtitle" part="subtitle">${asidesKept(subtitle)}</p>`;
}

/**
 * The source line; the report's address becomes a link only when it is http: or https:, and not
 * `linked: false` (a slide: a click there turns the slides, and the hall may have no network).
 */
export function sourceLine({ title, publisher, date, url }: Source, t: Messages, { linked = true } = {}): TemplateResult {
  const name = t.cite(publisher, title);
  const safe = linked ? httpAddress(url) : undefined;
  // Its years, and its date in brackets, are kept whole on a line (2024年, not 2024 / 年; （2025年2月24日）, not （2025年2月 / 24日）).
  if (!safe) return html`<p class="source" part="source">${asidesKept(t.source(name, date))}</p>`;
  // The name alone becomes the link, with the catalogue's words around it.
  const link = html`<a href=${safe} target="_blank" rel="noopener noreferrer">${asidesKept(name)}</a>`;
  return html`<p class="source" part="source">${slotted(t.source(slot(0), date), link).map((part) => (typeof part === 'string' ? asidesKept(part) : part))}</p>`;
}

/**
 * Where the light-DOM line for portal toolbars is shown: clipped to nothing, hidden from screen
 * readers, which read the chart itself, and left out of what a reader selects and copies, who has
 * the chart's own words.
 */
export function readableSlot(): TemplateResult {
  return html`<span class="visually-hidden unselectable" aria-hidden="true"><slot name="fz-text"></slot></span>`;
}
