import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { barChart } from '../../charts/bar-chart.js';
import { mediationSections } from '../../charts/points.js';
import type { MediationFigures, YearFigures } from '../../data/derive.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';
import { baseStyles, chartStyles } from '../../internal/styles.js';
import { mediationStyles } from './styles.js';

/**
 * @summary Disputes mediated: cases accepted against cases resolved, and the success rate twice
 * over — as the report states it and as the counts give it (98 ÷ 99 = 98.99 %).
 */
@customElement('fz-mediation')
export class FzMediation extends FzChartElement {
  static override styles = [baseStyles, chartStyles, mediationStyles];

  protected chartTitle(): string {
    return this.t.titles.mediation;
  }

  protected view(figures: YearFigures): ChartView | { missing: string } {
    const mediation = figures.mediation;
    if (!mediation) return { missing: this.t.sectionMissing(this.language === 'en' ? 'mediation' : '矛盾纠纷调解') };
    const sections = mediationSections(mediation, this.language);
    return {
      points: sections.flatMap((section) => section.points),
      draw: (options) => barChart(sections, options),
      before: this.renderRates(mediation),
      warnings: ['resolved-above-accepted', 'stated-rate'],
    };
  }

  private renderRates({ accepted, resolved, computedRate, statedRate }: MediationFigures) {
    const t = this.t;
    const lang = this.language;
    return html`<div class="rates">
      ${statedRate
        ? html`<p class="rate">
            <span>${t.mediation.statedRate}</span>
            <span class="rate-figure">${formatPercent(statedRate.value, lang, Number.isInteger(statedRate.value * 100) ? 0 : 1)}</span>
            <q>${statedRate.quote}</q>
          </p>`
        : nothing}
      <p class="rate">
        <span>${t.mediation.computedRate}</span>
        <span class="rate-figure">${computedRate === null ? '—' : formatPercent(computedRate, lang, 2)}</span>
        <span class="rate-how">${computedRate === null
          ? t.mediation.rateNone
          : `${formatCount(resolved.value, lang)} ÷ ${formatCount(accepted.value, lang)}`}</span>
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-mediation': FzMediation;
  }
}
