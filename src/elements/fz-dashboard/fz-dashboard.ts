import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { YearFigures } from '../../data/derive.js';
import type { Dataset } from '../../data/schema.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { FzElement } from '../../internal/fz-element.js';
import { baseStyles } from '../../internal/styles.js';
import '../fz-mediation/fz-mediation.js';
import '../fz-petitions/fz-petitions.js';
import '../fz-platforms/fz-platforms.js';
import '../fz-training/fz-training.js';
import { dashboardStyles } from './styles.js';

/**
 * @summary A year of the report at a glance: the unit, year and source, key figures, and the four
 * charts (petitions, mediation, training, platforms) drawn from one dataset.
 *
 * @csspart figure - The dashboard's frame.
 * @csspart title - The dashboard's title.
 * @csspart key-figures - The row of headline figures.
 * @csspart source - The source line naming the report.
 */
@customElement('fz-dashboard')
export class FzDashboard extends FzElement {
  static override styles = [baseStyles, dashboardStyles];

  private keyFigures(figures: YearFigures): [string, string][] {
    const t = this.t;
    const lang = this.language;
    const rows: [string, string][] = [];
    const { petitions, mediation, training, platforms } = figures;
    if (petitions) rows.push([t.dashboard.petitionsTotal, t.units.petitions(formatCount(petitions.total.value, lang))]);
    if (mediation) {
      const stated = mediation.statedRate?.value;
      const rate = stated ?? mediation.computedRate;
      if (rate !== null) rows.push([t.dashboard.mediationRate, formatPercent(rate, lang, stated !== undefined && Number.isInteger(stated * 100) ? 0 : 2)]);
    }
    if (training) rows.push([t.dashboard.trainingTotal, t.units.sessions(formatCount(training.total, lang))]);
    if (platforms) rows.push([t.dashboard.platformCount, t.units.items(formatCount(platforms.length, lang))]);
    return rows;
  }

  private renderCharts(dataset: Dataset, year: number): TemplateResult {
    const { lang, theme } = this;
    return html`<div class="charts">
      <fz-petitions .data=${dataset} year=${year} lang=${lang} theme=${theme ?? nothing}></fz-petitions>
      <fz-mediation .data=${dataset} year=${year} lang=${lang} theme=${theme ?? nothing}></fz-mediation>
      <fz-training .data=${dataset} year=${year} lang=${lang} theme=${theme ?? nothing}></fz-training>
      <fz-platforms .data=${dataset} year=${year} lang=${lang} theme=${theme ?? nothing}></fz-platforms>
    </div>`;
  }

  override render(): TemplateResult {
    const { figures, failure, dataset } = this.figures();
    const title = (figures?: YearFigures) =>
      html`<h2 class="title" part="title">${this.t.titles.dashboard}${figures ? this.renderSampleBadge(figures) : nothing}</h2>`;
    if (!figures || !dataset) {
      return html`<section class="root" part="figure">${title()}${failure ? this.renderFailure(failure) : this.renderLoading()}</section>`;
    }
    return html`<section class="root" part="figure" aria-label=${`${this.t.titles.dashboard} · ${this.renderSubtitle(figures)}`}>
      ${title(figures)}
      <p class="subtitle" part="subtitle">${this.renderSubtitle(figures)}</p>
      ${this.renderSource(figures)}
      <dl class="key-figures" part="key-figures" aria-label=${this.t.dashboard.keyFigures}>
        ${this.keyFigures(figures).map(([label, value]) => html`<div class="key-figure"><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
      ${this.renderCharts(dataset, figures.year)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-dashboard': FzDashboard;
  }
}
