import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { barChart } from '../../charts/bar-chart.js';
import { petitionSections } from '../../charts/points.js';
import type { YearFigures } from '../../data/derive.js';
import { formatCount } from '../../i18n/format.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';
import { baseStyles, chartStyles, leadStyles } from '../../internal/styles.js';

/**
 * @summary Petitions (信访) by channel, with counts and shares of the total; the subsets the report
 * names (provincial letters, repeat cases…) drawn apart, as subsets already inside the channels.
 */
@customElement('fz-petitions')
export class FzPetitions extends FzChartElement {
  static override styles = [baseStyles, chartStyles, leadStyles];

  protected chartTitle(): string {
    return this.t.titles.petitions;
  }

  protected view(figures: YearFigures): ChartView | { missing: string } {
    const t = this.t;
    const petitions = figures.petitions;
    if (!petitions) return { missing: t.sectionMissing(this.language === 'en' ? 'petition' : '信访') };
    const sections = petitionSections(petitions, this.language);
    return {
      points: sections.flatMap((section) => section.points),
      draw: (options) => barChart(sections, options),
      before: html`<p class="lead">
        <span><span class="lead-label">${t.petitions.total}</span><span class="lead-figure">${t.units.petitions(formatCount(petitions.total.value, this.language))}</span></span>
        <q>${petitions.total.quote}</q>
      </p>`,
      warnings: ['channels-sum'],
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-petitions': FzPetitions;
  }
}
