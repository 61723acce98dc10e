import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { barChart } from '../../charts/bar-chart.js';
import { trainingSections } from '../../charts/points.js';
import type { YearFigures } from '../../data/derive.js';
import { formatChange, formatCount } from '../../i18n/format.js';
import { trainingSummary } from '../../i18n/summaries.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';
import { leadStyles } from '../../internal/styles.js';

/**
 * @summary Rule-of-law study and training sessions by kind, as the report counts them.
 */
@customElement('fz-training')
export class FzTraining extends FzChartElement {
  static override styles = [FzChartElement.styles, leadStyles];

  protected chartTitle(): string {
    return this.t.titles.training;
  }

  protected view(figures: YearFigures, previous?: YearFigures): ChartView | { missing: string } {
    const { t, language: lang } = this;
    const training = figures.training;
    if (!training) return { missing: t.sectionMissing(t.sections.training) };
    const earlier = previous?.training;
    const sections = trainingSections(training, lang, earlier);
    const change = earlier && formatChange(training.total, earlier.total, lang);
    return {
      points: sections.flatMap((section) => section.points),
      draw: (options) => barChart(sections, options),
      summary: trainingSummary(training, figures.year, lang, earlier && { year: previous.year, figures: earlier }),
      notes: previous && !earlier ? [t.sectionMissingIn(previous.year, t.sections.training)] : undefined,
      tableRows: [
        {
          id: 'total',
          label: t.training.total,
          value: training.total,
          valueText: t.units.sessions(formatCount(training.total, lang)),
          details: [],
          previous: earlier && { value: earlier.total, valueText: t.units.sessions(formatCount(earlier.total, lang)) },
          change,
        },
      ],
      before: html`<p class="lead">
        <span><span class="lead-label">${t.training.total}</span><span class="lead-figure">${t.units.sessions(formatCount(training.total, lang))}</span></span>
        ${change ? html`<span class="change change-${change.direction}">${change.text}</span>` : nothing}
      </p>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-training': FzTraining;
  }
}
