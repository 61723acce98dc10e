import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../../i18n/messages.js';
import type { Blank } from '../../runtime/slides-controller.js';
import { yearChoices } from '../fz-year-toggle/year-choices.js';
import type { DashboardModel } from './fz-dashboard.js';
import type { PresentationContext } from './presentation.js';

/** What the presenter's view shows, and what its controls do. */
export interface PresenterViewParts {
  t: Messages;
  index: number;
  count: number;
  /** The slide as the audience sees it, and the next one. */
  current: TemplateResult;
  next?: TemplateResult;
  /** The report's words for the slide shown (its summary, the quotes of its figures). */
  notes: string[];
  /** Every slide's title, in order. */
  titles: string[];
  /** Milliseconds since the view opened or its clock was set back. */
  elapsed: number;
  /** The audience's screen, width over height. */
  aspect: number;
  blank?: Blank;
  /** The audience's window left its presentation: said, with a button that brings it back. */
  away: boolean;
  resume: () => void;
  years?: { model: Extract<DashboardModel, { status: 'shown' }>; comparing: boolean; context: PresentationContext };
  go: (slide: number) => void;
  setBlank: (blank: Blank | undefined) => void;
  resetClock: () => void;
}

/** 754 000 ms → "12:34"; over an hour, "1:02:34". */
function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The audience's shape, as a class the frames are drawn in: 4:3, 16:10 or 16:9. */
const shapeOf = (aspect: number) => (aspect < 1.45 ? 'shape-4x3' : aspect < 1.7 ? 'shape-16x10' : 'shape-16x9');

/**
 * The presenter's view, in a window of its own: the slide the audience sees and the next, the
 * report's own words for what the slide shows, every slide (to go to), a clock, the years and the
 * blank screen; its keys move both windows, as the presentation's do.
 */
export function renderPresenter(parts: PresenterViewParts): TemplateResult {
  const { t, index, count, titles, notes, blank } = parts;
  const p = t.present;
  const years = parts.years;
  return html`<div class="console ${shapeOf(parts.aspect)}">
    <header class="presenter-bar">
      <span class="presenter-clock" role="timer" aria-label=${p.elapsed}>${clockText(parts.elapsed)}</span>
      <button type="button" @click=${parts.resetClock}>${p.resetClock}</button>
      <span class="presenter-counter">${count ? p.counter(index + 1, count) : ''}</span>
      <button type="button" class="previous" aria-disabled=${index === 0} @click=${() => parts.go(index - 1)}>‹ ${p.previous}</button>
      <button type="button" class="next" aria-disabled=${index >= count - 1} @click=${() => parts.go(index + 1)}>${p.next} ›</button>
      <button type="button" class="black" aria-pressed=${blank === 'black'} @click=${() => parts.setBlank(blank === 'black' ? undefined : 'black')}>
        ${p.black}
      </button>
      <button type="button" class="white" aria-pressed=${blank === 'white'} @click=${() => parts.setBlank(blank === 'white' ? undefined : 'white')}>
        ${p.white}
      </button>
      ${
        years
          ? html`<span class="year-choices">${yearChoices(
              {
                years: years.model.years,
                selected: years.model.year,
                comparing: years.comparing,
                onYear: years.context.chooseYear,
                onCompare: years.context.chooseCompare,
              },
              t,
            )}</span>`
          : nothing
      }
    </header>
    <section class="presenter-now" aria-label=${p.nowShowing}>
      <h2 class="presenter-label">${p.nowShowing}${blank ? html` · <strong>${blank === 'black' ? p.blackNow : p.whiteNow}</strong>` : nothing}</h2>
      ${
        parts.away
          ? html`<p class="presenter-away" role="status">${p.audienceLeft} <button type="button" class="resume" @click=${parts.resume}>${p.resumeAudience}</button></p>`
          : nothing
      }
      ${parts.current}
    </section>
    <section class="presenter-next" aria-label=${p.nextSlide}>
      <h2 class="presenter-label">${p.nextSlide}</h2>
      ${parts.next ?? html`<p class="presenter-end">${p.lastSlide}</p>`}
    </section>
    <section class="presenter-notes" aria-label=${p.notes}>
      <h2 class="presenter-label">${p.notes}</h2>
      ${notes.length ? html`<ul>${notes.map((note) => html`<li>${note}</li>`)}</ul>` : html`<p>${p.noNotes}</p>`}
    </section>
    <nav class="presenter-list" aria-label=${p.slideList}>
      <h2 class="presenter-label">${p.slideList}</h2>
      <ol>
        ${titles.map(
          (title, i) =>
            html`<li><button type="button" aria-current=${ifDefined(i === index ? 'step' : undefined)} @click=${() => parts.go(i)}>${title}</button></li>`,
        )}
      </ol>
    </nav>
  </div>`;
}

export const presenterStyles = css`
  .console {
    position: absolute;
    inset: 0;
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    grid-template-rows: auto minmax(0, 3fr) minmax(0, 2fr);
    grid-template-areas:
      'bar bar'
      'now next'
      'notes list';
    gap: 0.75rem 1rem;
    padding: 0.75rem 1rem;
    font-size: 1rem;
    background: var(--_surface);
    color: var(--_text);
  }
  .presenter-bar {
    grid-area: bar;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .presenter-clock {
    font-size: 1.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .presenter-counter {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .console button {
    font: inherit;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: 0.375em;
    padding: 0.125em 0.6em;
    cursor: pointer;
  }
  .console button[aria-pressed='true'],
  .console button[aria-current] {
    color: var(--_selected-text);
    background: var(--_selected);
  }
  .console button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_border);
  }
  .console button:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .console .year-choices {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
  }
  .presenter-now {
    grid-area: now;
  }
  .presenter-next {
    grid-area: next;
  }
  .presenter-notes {
    grid-area: notes;
    overflow: auto;
    font-size: 1.25em;
    line-height: 1.5;
  }
  .presenter-notes ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .presenter-list {
    grid-area: list;
    overflow: auto;
  }
  .presenter-list ol {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .presenter-list button {
    border: none;
    background: none;
    text-align: start;
    margin: 0.1em 0;
  }
  .presenter-now,
  .presenter-next {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .presenter-label {
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--_muted);
    margin-bottom: 0.25rem;
  }
  /* Each slide in the audience's shape, as large as its cell lets it be. */
  .console .frame {
    flex: 1 1 0;
    min-height: 0;
    max-width: 100%;
    margin-inline: auto;
    aspect-ratio: 16 / 9;
    border: 1px solid var(--_border);
    box-shadow: 0 0.2rem 0.6rem rgb(0 0 0 / 0.15);
  }
  .shape-4x3 .frame {
    aspect-ratio: 4 / 3;
  }
  .shape-16x10 .frame {
    aspect-ratio: 16 / 10;
  }
  .presenter-next .frame {
    flex: 0 1 auto;
    width: 100%;
    height: auto;
  }
  .presenter-end {
    color: var(--_muted);
  }
  /* The audience's screen left: said in the alert colour, above the slide it would show. */
  .presenter-away {
    margin: 0 0 0.5rem;
    color: var(--_alert);
    font-weight: 700;
  }
`;
