import { customElement } from 'lit/decorators.js';
import { countPoint, trainingSections } from '../../charts/points.js';
import type { YearFigures } from '../../data/derive.js';
import { trainingSummary } from '../../i18n/summaries.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';

/**
 * @summary Rule-of-law study and training sessions by kind, as the report counts them.
 */
@customElement('fz-training')
export class FzTraining extends FzChartElement {
  protected chartTitle(): string {
    return this.t.titles.training;
  }

  protected view(figures: YearFigures, previous?: YearFigures): ChartView | { missing: string } {
    const { t, language: lang } = this;
    const training = figures.training;
    if (!training) return { missing: t.sectionMissing(t.sections.training) };
    const earlier = previous?.training;
    const total = countPoint({ id: 'total', label: t.training.total, value: training.total, unit: t.units.sessions }, lang, earlier?.total);
    return this.barView(trainingSections(training, lang, earlier), {
      summary: trainingSummary(training, figures.year, lang, earlier && { year: previous.year, figures: earlier }),
      notes: this.comparisonNotes(previous, earlier, t.sections.training),
      before: this.renderLead(total),
      tableRows: [total],
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-training': FzTraining;
  }
}
