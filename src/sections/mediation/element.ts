import { html, nothing, type TemplateResult } from 'lit';
import { barChartStyles } from '../../internal/chart-styles.js';
import { customElement } from '../../internal/define.js';
import { FzChartElement } from '../../internal/fz-chart-element.js';
import type { Headline } from '../../internal/picture-lines.js';
import { reportQuote } from '../../internal/quote.js';
import { mediation } from './section.js';
import { mediationStyles } from './styles.js';
import type { MediationView } from './view.js';

/**
 * @summary Disputes mediated: cases accepted against cases resolved, and the success rate twice
 * over — as the report states it and as the counts give it (98 ÷ 99 = 98.99 %). Compared with
 * another year, rates change in percentage points.
 */
@customElement('fz-mediation')
export class FzMediation extends FzChartElement<typeof mediation> {
  static override styles = [FzChartElement.styles, barChartStyles, mediationStyles];

  static override readonly section = mediation;

  protected override headlines({ rates }: MediationView): Headline[] {
    return rates;
  }

  protected override renderBefore({ rates }: MediationView): TemplateResult {
    return html`<div class="rates">
      ${rates.map(
        (rate) => html`<p class="rate">
          <span>${rate.label}</span>
          <span
            ><span class="headline-figure">${rate.valueText}</span>
            ${rate.change ? html`<span class="change change-${rate.change.direction}">${rate.change.text}</span>` : nothing}</span
          >
          ${rate.quote ? reportQuote(rate.quote) : nothing}${rate.details.map((line) => html`<span class="secondary">${line}</span>`)}
        </p>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-mediation': FzMediation;
  }
}
