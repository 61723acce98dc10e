import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { barChart } from '../../charts/bar-chart.js';
import { petitionSections } from '../../charts/points.js';
import type { YearFigures } from '../../data/derive.js';
import { formatChange, formatCount } from '../../i18n/format.js';
import { petitionsSummary } from '../../i18n/summaries.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';
import { leadStyles } from '../../internal/styles.js';

/**
 * @summary Petitions (信访) by channel, with counts and shares of the total; the subsets the report
 * names (provincial letters, repeat cases…) drawn apart, as subsets already inside the channels.
 */
@customElement('fz-petitions')
export class FzPetitions extends FzChartElement {
  static override styles = [FzChartElement.styles, leadStyles];

  protected chartTitle(): string {
    return this.t.titles.petitions;
  }

  protected view(figures: YearFigures, previous?: YearFigures): ChartView | { missing: string } {
    const { t, language: lang } = this;
    const petitions = figures.petitions;
    if (!petitions) return { missing: t.sectionMissing(t.sections.petitions) };
    const earlier = previous?.petitions;
    const sections = petitionSections(petitions, lang, earlier);
    const change = earlier && formatChange(petitions.total.value, earlier.total.value, lang);
    return {
      points: sections.flatMap((section) => section.points),
      draw: (options) => barChart(sections, options),
      summary: petitionsSummary(petitions, figures.year, lang, earlier && { year: previous.year, figures: earlier }),
      notes: previous && !earlier ? [t.sectionMissingIn(previous.year, t.sections.petitions)] : undefined,
      before: html`<p class="lead">
        <span><span class="lead-label">${t.petitions.total}</span><span class="lead-figure">${t.units.petitions(formatCount(petitions.total.value, lang))}</span></span>
        ${change ? html`<span class="change change-${change.direction}">${change.text}</span>` : nothing}
        <q>${petitions.total.quote}</q>
      </p>`,
      warnings: ['channels-sum'],
      tableRows: [
        {
          id: 'total',
          label: t.petitions.total,
          value: petitions.total.value,
          valueText: t.units.petitions(formatCount(petitions.total.value, lang)),
          details: [],
          quote: petitions.total.quote,
          previous: earlier && { value: earlier.total.value, valueText: t.units.petitions(formatCount(earlier.total.value, lang)) },
          change,
        },
      ],
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-petitions': FzPetitions;
  }
}
