import { html, nothing, type TemplateResult } from 'lit';
import { platformsDiagramStyles } from '../../internal/chart-styles.js';
import { customElement } from '../../internal/define.js';
import { FzChartElement } from '../../internal/fz-chart-element.js';
import { reportQuote } from '../../internal/quote.js';
import { slot, slotted } from '../../internal/sentence.js';
import { platforms } from './section.js';
import { platformStyles } from './styles.js';
import type { PlatformsView } from './view.js';

/**
 * @summary The grassroots governance platforms (基层智治平台) as one diagram, each with the figures and
 * notes the year's report gives for it, or a plain statement that it gives none.
 */
@customElement('fz-platforms')
export class FzPlatforms extends FzChartElement<typeof platforms> {
  static override styles = [FzChartElement.styles, platformsDiagramStyles, platformStyles];

  static override readonly section = platforms;

  /** Each platform's figures and notes as text, for a picture of the chart (as `renderAfter` shows them). */
  protected override linesAfter({ notes, noFigures, quote }: PlatformsView): string[] {
    const t = this.t;
    return [...(noFigures ? [noFigures] : notes.map(({ label, details }) => t.pair(label, details))), ...(quote ? [`“${quote}”`] : [])];
  }

  /** Each platform's figures and notes under the diagram, with the report's words naming the platforms. */
  protected override renderAfter({ notes, noFigures, quote }: PlatformsView): TemplateResult {
    const t = this.t;
    return html`<div class="platform-notes">
      ${
        noFigures
          ? html`<p>${noFigures}</p>`
          : html`<ul>
            ${notes.map(({ label, details }) => html`<li>${slotted(t.pair(slot(0), details), html`<strong>${label}</strong>`)}</li>`)}
          </ul>`
      }
      ${quote ? html`<p>${reportQuote(quote, { label: t.quoteLabel })}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-platforms': FzPlatforms;
  }
}
