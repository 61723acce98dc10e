import { customElement } from 'lit/decorators.js';
import { countPoint, petitionSections } from '../../charts/points.js';
import type { YearFigures } from '../../data/derive.js';
import { petitionsSummary } from '../../i18n/summaries.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';

/**
 * @summary Petitions (信访) by channel, with counts and shares of the total; the subsets the report
 * names (provincial letters, repeat cases…) drawn apart, as subsets already inside the channels.
 */
@customElement('fz-petitions')
export class FzPetitions extends FzChartElement {
  protected chartTitle(): string {
    return this.t.titles.petitions;
  }

  protected view(figures: YearFigures, previous?: YearFigures): ChartView | { missing: string } {
    const { t, language: lang } = this;
    const petitions = figures.petitions;
    if (!petitions) return { missing: t.sectionMissing(t.sections.petitions) };
    const earlier = previous?.petitions;
    const total = countPoint(
      { id: 'total', label: t.petitions.total, value: petitions.total.value, unit: t.units.petitions, quote: petitions.total.quote },
      lang,
      earlier?.total.value,
    );
    return this.barView(petitionSections(petitions, lang, earlier), {
      summary: petitionsSummary(petitions, figures.year, lang, earlier && { year: previous.year, figures: earlier }),
      notes: this.comparisonNotes(previous, earlier, t.sections.petitions),
      before: this.renderLead(total),
      tableRows: [total],
      warnings: ['channels-sum'],
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-petitions': FzPetitions;
  }
}
