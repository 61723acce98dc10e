import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { YearFigures } from '../../data/derive.js';
import type { Dataset } from '../../data/schema.js';
import { formatChange, formatCount, formatPercent, formatRateChange, type Change } from '../../i18n/format.js';
import { FzElement } from '../../internal/fz-element.js';
import '../fz-mediation/fz-mediation.js';
import '../fz-petitions/fz-petitions.js';
import '../fz-platforms/fz-platforms.js';
import '../fz-training/fz-training.js';
import { dashboardStyles } from './styles.js';

const CHARTS = [literal`fz-petitions`, literal`fz-mediation`, literal`fz-training`, literal`fz-platforms`];

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
  static override styles = [FzElement.styles, dashboardStyles];

  /** The headline figures: label, value and, when comparing, the change. */
  private keyFigures(figures: YearFigures, previous?: YearFigures): [string, string, Change?][] {
    const { t, language: lang } = this;
    const rows: [string, string, Change?][] = [];
    const { petitions, mediation, training, platforms } = figures;
    if (petitions) {
      const before = previous?.petitions?.total.value;
      const change = before === undefined ? undefined : formatChange(petitions.total.value, before, lang);
      rows.push([t.dashboard.petitionsTotal, t.units.petitions(formatCount(petitions.total.value, lang)), change]);
    }
    if (mediation) {
      // The rate in the report's words when it gives one, else the computed one.
      const stated = mediation.statedRate?.value;
      const rate = stated ?? mediation.computedRate;
      const before = stated !== undefined ? previous?.mediation?.statedRate?.value : previous?.mediation?.computedRate;
      const change = rate === null || before == null ? undefined : formatRateChange(rate, before, lang);
      if (rate !== null) rows.push([t.dashboard.mediationRate, formatPercent(rate, lang, stated !== undefined && Number.isInteger(stated * 100) ? 0 : 2), change]);
    }
    if (training) {
      const before = previous?.training?.total;
      const change = before === undefined ? undefined : formatChange(training.total, before, lang);
      rows.push([t.dashboard.trainingTotal, t.units.sessions(formatCount(training.total, lang)), change]);
    }
    if (platforms) rows.push([t.dashboard.platformCount, t.units.items(formatCount(platforms.length, lang))]);
    return rows;
  }

  /** The four charts, sharing this element's dataset (no second request) and settings. */
  private renderCharts(dataset: Dataset): TemplateResult {
    // The year as chosen (undefined: each chart's latest), not as resolved: resolving is no choice.
    const { year, lang, theme, compare, group, largeText } = this;
    return html`<div class="charts">
      ${CHARTS.map(
        (tag) =>
          staticHtml`<${tag} .data=${dataset} year=${year ?? nothing} lang=${lang} theme=${theme ?? nothing} compare=${compare ?? nothing} group=${group ?? nothing} ?large-text=${largeText}></${tag}>`,
      )}
    </div>`;
  }

  override render(): TemplateResult {
    const { figures, previous, failure, dataset } = this.figures();
    const title = (figures?: YearFigures) =>
      html`<h2 class="title" part="title">${this.t.titles.dashboard}${figures ? this.renderSampleBadge(figures) : nothing}</h2>`;
    if (!figures || !dataset) {
      this.readableText = '';
      return html`<section class="root" part="figure">${title()}${failure ? this.renderFailure(failure) : this.renderLoading()}</section>`;
    }
    const keyFigures = this.keyFigures(figures, previous);
    const subtitle = this.renderSubtitle(figures, previous);
    this.readableText = this.t.readable(this.t.titles.dashboard, subtitle, keyFigures.map(([label, value]) => this.t.pair(label, value)).join(this.language === 'en' ? '; ' : '；'));
    return html`<section class="root" part="figure" aria-label=${`${this.t.titles.dashboard} · ${subtitle}`}>
      ${title(figures)}
      <p class="subtitle" part="subtitle">${subtitle}</p>
      ${this.renderSource(figures)}
      <dl class="key-figures" part="key-figures" aria-label=${this.t.dashboard.keyFigures}>
        ${keyFigures.map(
          ([label, value, change]) =>
            html`<div class="key-figure">
              <dt>${label}</dt>
              <dd>${value}</dd>
              ${change ? html`<dd class="change change-${change.direction}">${change.text}</dd>` : nothing}
            </div>`,
        )}
      </dl>
      ${this.renderCharts(dataset)}${this.renderReadableSlot()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-dashboard': FzDashboard;
  }
}
