import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { mediationSections } from '../../charts/points.js';
import type { ChartPoint } from '../../charts/types.js';
import type { MediationFigures, YearFigures } from '../../data/derive.js';
import { formatCount, formatPercent, formatRateChange } from '../../i18n/format.js';
import { mediationSummary } from '../../i18n/summaries.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';
import { mediationStyles } from './styles.js';

/**
 * @summary Disputes mediated: cases accepted against cases resolved, and the success rate twice
 * over — as the report states it and as the counts give it (98 ÷ 99 = 98.99 %). Compared with an
 * earlier year, rates change in percentage points.
 */
@customElement('fz-mediation')
export class FzMediation extends FzChartElement {
  static override styles = [FzChartElement.styles, mediationStyles];

  protected chartTitle(): string {
    return this.t.titles.mediation;
  }

  protected view(figures: YearFigures, previous?: YearFigures): ChartView | { missing: string } {
    const { t, language: lang } = this;
    const mediation = figures.mediation;
    if (!mediation) return { missing: t.sectionMissing(t.sections.mediation) };
    const earlier = previous?.mediation;
    return this.barView(mediationSections(mediation, lang, earlier), {
      summary: mediationSummary(mediation, figures.year, lang, earlier && { year: previous.year, figures: earlier }),
      notes: this.comparisonNotes(previous, earlier, t.sections.mediation),
      before: this.renderRates(mediation, earlier),
      warnings: ['resolved-above-accepted', 'stated-rate'],
      tableRows: this.rateRows(mediation, earlier),
    });
  }

  /** The stated and the computed rate as data-table rows. */
  private rateRows({ accepted, resolved, computedRate, statedRate }: MediationFigures, earlier?: MediationFigures): ChartPoint[] {
    const { t, language: lang } = this;
    const rate = (id: string, label: string, value: number, before: number | null | undefined, details: string[], quote?: string): ChartPoint => ({
      id,
      label,
      value,
      valueText: formatPercent(value, lang, 2),
      details,
      quote,
      previous: before == null ? undefined : { value: before, valueText: formatPercent(before, lang, 2) },
      change: earlier && before != null ? formatRateChange(value, before, lang) : undefined,
    });
    const rows: ChartPoint[] = [];
    if (statedRate) rows.push(rate('stated-rate', t.mediation.statedRate, statedRate.value, earlier?.statedRate?.value, [], statedRate.quote));
    if (computedRate !== null) {
      const how = `${formatCount(resolved.value, lang)} ÷ ${formatCount(accepted.value, lang)}`;
      rows.push(rate('computed-rate', t.mediation.computedRate, computedRate, earlier?.computedRate, [how]));
    }
    return rows;
  }

  private renderRates({ accepted, resolved, computedRate, statedRate }: MediationFigures, earlier?: MediationFigures) {
    const { t, language: lang } = this;
    const change = (now: number | null | undefined, before: number | null | undefined) => {
      if (now == null || before == null) return nothing;
      const { direction, text } = formatRateChange(now, before, lang);
      return html`<span class="change change-${direction}">${text}</span>`;
    };
    return html`<div class="rates">
      ${statedRate
        ? html`<p class="rate">
            <span>${t.mediation.statedRate}</span>
            <span><span class="rate-figure">${formatPercent(statedRate.value, lang, Number.isInteger(statedRate.value * 100) ? 0 : 1)}</span>
            ${change(statedRate.value, earlier?.statedRate?.value)}</span>
            <q>${statedRate.quote}</q>
          </p>`
        : nothing}
      <p class="rate">
        <span>${t.mediation.computedRate}</span>
        <span><span class="rate-figure">${computedRate === null ? '—' : formatPercent(computedRate, lang, 2)}</span>
        ${change(computedRate, earlier?.computedRate)}</span>
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
