import { css, html, nothing, type TemplateResult } from 'lit';
import type { ChartPoint } from '../charts/types.js';
import { reportQuote } from './quote.js';
import { unbreakable } from './unbreakable.js';

/**
 * The tooltip of the point under the pointer or keyboard focus: its label, value, the compared
 * year's value and the change, its share and further details, and the report's words. Text only,
 * never markup from the data. `comparedLine` words the compared year's value ("2023年：478件").
 */
export function tooltip(point: ChartPoint, comparedLine: ((valueText: string) => string) | undefined, quoteLabel: string): TemplateResult {
  return html`<div class="tooltip" role="tooltip" id="tooltip" part="tooltip">
    <strong>${point.label}</strong>
    <span class="tooltip-value">${point.valueText}</span>
    ${point.compared && comparedLine ? html`<span>${comparedLine(point.compared.valueText)}</span>` : nothing}
    ${point.change ? html`<span class="change change-${point.change.direction}">${unbreakable(point.change.text)}</span>` : nothing}
    ${point.share ? html`<span>${point.share}</span>` : nothing}
    ${point.details.map((line) => html`<span>${line}</span>`)}
    ${point.quote ? reportQuote(point.quote, { label: quoteLabel }) : nothing}
  </div>`;
}

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    max-width: min(20em, 100%);
    padding: 0.5em 0.75em;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.18);
    pointer-events: none;
  }
  .tooltip-value {
    font-weight: 700;
  }
  @media print {
    .tooltip {
      display: none;
    }
  }
`;
