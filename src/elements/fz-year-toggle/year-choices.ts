import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';

/** What the year choices show and what they do when a reader picks. */
export interface YearChoices {
  years: number[];
  /** The year shown, as a checked radio; none when the year asked for is not in the data, so that any year can be picked. */
  selected?: number;
  comparing: boolean;
  /** Whether to offer the comparison (unless told not to): a toggle whose group has no chart that compares does not. */
  offersCompare?: boolean;
  onYear: (year: number) => void;
  onCompare: (comparing: boolean) => void;
}

/**
 * The years as a radio group (one tab stop, arrow keys move) and, with two years or more, the
 * "与上一年对比" box: in the year toggle, and on the slides of a presentation.
 */
export function yearChoices(
  { years, selected, comparing, offersCompare = true, onYear, onCompare }: YearChoices,
  t: Messages,
): TemplateResult {
  return html`<fieldset>
      <legend>${t.yearToggle.label}</legend>
      <span class="years">
        ${years.map(
          (year) =>
            html`<label class="year"
              ><input
                type="radio"
                name="year"
                .value=${String(year)}
                .checked=${year === selected}
                @change=${() => onYear(year)}
              /><span>${t.year(year)}</span></label
            >`,
        )}
      </span>
    </fieldset>
    ${
      years.length > 1 && offersCompare
        ? html`<label class="compare"
          ><input type="checkbox" .checked=${comparing} @change=${(event: Event) => onCompare((event.target as HTMLInputElement).checked)} /><span
            >${t.yearToggle.compare}</span
          ></label
        >`
        : nothing
    }`;
}

export const yearChoicesStyles = css`
  fieldset {
    display: contents;
  }
  legend {
    float: left;
    padding: 0;
    margin-inline-end: 0.25em;
    font-weight: 700;
  }
  .years {
    display: inline-flex;
    flex-wrap: wrap;
  }
  .year input,
  .compare input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .year span {
    display: inline-block;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_accent);
    margin-inline-start: -1px;
    text-align: center;
    color: var(--_accent);
    background: var(--_bg);
    cursor: pointer;
  }
  .year:first-child span {
    border-start-start-radius: 0.375em;
    border-end-start-radius: 0.375em;
  }
  .year:last-child span {
    border-start-end-radius: 0.375em;
    border-end-end-radius: 0.375em;
  }
  .year input:checked + span {
    color: var(--_selected-text);
    background: var(--_selected);
    border-color: var(--_selected);
    font-weight: 700;
  }
  .year input:focus-visible + span,
  .compare input:focus-visible + span {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .compare {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    cursor: pointer;
  }
  .compare span::before {
    content: '';
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.375em;
    vertical-align: -0.125em;
    border: var(--_line) solid var(--_text);
    border-radius: 0.2em;
  }
  .compare input:checked + span::before {
    content: '✓';
    line-height: 1;
    text-align: center;
    font-weight: 700;
    color: var(--_selected-text);
    background: var(--_selected);
    border-color: var(--_selected);
  }
  /* Windows' forced colours would put a backplate of the page's colour behind the selected
     year's text and hide it: these keep their own colours (system colours there, by the tokens). */
  @media (forced-colors: active) {
    .year span,
    .compare span::before {
      forced-color-adjust: none;
    }
  }
`;
