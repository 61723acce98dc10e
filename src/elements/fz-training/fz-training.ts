import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { barChart } from '../../charts/bar-chart.js';
import { trainingSections } from '../../charts/points.js';
import type { YearFigures } from '../../data/derive.js';
import { formatCount } from '../../i18n/format.js';
import { FzChartElement, type ChartView } from '../../internal/fz-chart-element.js';
import { baseStyles, chartStyles, leadStyles } from '../../internal/styles.js';

/**
 * @summary Rule-of-law study and training sessions by kind, as the report counts them.
 */
@customElement('fz-training')
export class FzTraining extends FzChartElement {
  static override styles = [baseStyles, chartStyles, leadStyles];

  protected chartTitle(): string {
    return this.t.titles.training;
  }

  protected view(figures: YearFigures): ChartView | { missing: string } {
    const t = this.t;
    const training = figures.training;
    if (!training) return { missing: t.sectionMissing(this.language === 'en' ? 'study and training' : '学习培训') };
    const sections = trainingSections(training, this.language);
    return {
      points: sections.flatMap((section) => section.points),
      draw: (options) => barChart(sections, options),
      before: html`<p class="lead">
        <span><span class="lead-label">${t.training.total}</span><span class="lead-figure">${t.units.sessions(formatCount(training.total, this.language))}</span></span>
      </p>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-training': FzTraining;
  }
}
