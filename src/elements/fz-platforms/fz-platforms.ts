import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { platformsDiagram } from '../../charts/platforms-diagram.js';
import { platformPoints } from '../../charts/points.js';
import type { ChartPoint } from '../../charts/types.js';
import type { YearFigures } from '../../data/derive.js';
import { platformsSummary } from '../../i18n/summaries.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';
import { platformStyles } from './styles.js';

/**
 * @summary The grassroots governance platforms (基层智治平台) as one diagram, each with the figures and
 * notes the year's report gives for it, or a plain statement that it gives none.
 */
@customElement('fz-platforms')
export class FzPlatforms extends FzChartElement {
  static override styles = [FzChartElement.styles, platformStyles];

  protected chartTitle(): string {
    return this.t.titles.platforms;
  }

  protected view(figures: YearFigures, previous?: YearFigures): ChartView | { missing: string } {
    const { t, language: lang } = this;
    const platforms = figures.platforms;
    if (!platforms) return { missing: t.sectionMissing(t.sections.platforms) };
    const points = platformPoints(platforms, lang, previous?.platforms);
    return {
      points,
      draw: (options) => platformsDiagram(points, { ...options, hub: t.platforms.hub }),
      summary: platformsSummary(platforms, figures.year, lang),
      after: this.renderNotes(points),
    };
  }

  /** Each platform's figures and notes as text; one plain sentence when the report gives none. */
  private renderNotes(points: readonly ChartPoint[]) {
    const described = points.filter((point) => point.details.length > 0);
    const quote = points.find((point) => point.quote)?.quote;
    return html`<div class="platform-notes">
      ${described.length === 0
        ? html`<p>${this.t.platforms.noFigures}</p>`
        : html`<ul>
            ${described.map((point) => html`<li><strong>${point.label}</strong>：${point.details.join('；')}</li>`)}
          </ul>`}
      ${quote ? html`<p><span class="visually-hidden">${this.t.quoteLabel}</span><q>${quote}</q></p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-platforms': FzPlatforms;
  }
}
