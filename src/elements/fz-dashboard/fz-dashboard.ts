import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Source } from '../../data/schema.js';
import { datasetContext, yearContext } from '../../internal/context.js';
import { type Failure, failureOf } from '../../internal/failure.js';
import { FzElement } from '../../internal/fz-element.js';
import '../../sections/elements.js';
import { sections } from '../../sections/registry.js';
import { type AnySection, type KeyFigure, voiceOf } from '../../sections/section.js';
import { dashboardStyles } from './styles.js';

/** Everything the dashboard shows, worked out in `willUpdate`; `render()` lays it out. */
type DashboardModel = { readable: string } & (
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | { status: 'shown'; subtitle: string; sample: boolean; source: Source; keyFigures: KeyFigure[]; tags: string[] }
);

/**
 * @summary A year of the report at a glance: the unit, year and source, key figures, and a chart of
 * each report section (petitions, mediation, training, platforms, and those a year adds) drawn
 * from one dataset, loaded and checked once and handed to the charts.
 *
 * @csspart figure - The dashboard's frame.
 * @csspart title - The dashboard's title.
 * @csspart subtitle - Unit and year.
 * @csspart key-figures - The row of headline figures.
 * @csspart source - The source line naming the report.
 */
@customElement('fz-dashboard')
export class FzDashboard extends FzElement {
  static override styles = [FzElement.styles, dashboardStyles];

  /** Hands the dataset, once loaded and checked, to the charts inside. */
  private readonly datasetProvider = new ContextProvider(this, { context: datasetContext, initialValue: this.datasetState });
  /** Hands the year chosen for this dashboard's group to the charts inside: they follow it. */
  private readonly yearProvider = new ContextProvider(this, { context: yearContext, initialValue: {} });

  @state() private model: DashboardModel = { status: 'loading', readable: '' };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('datasetState')) this.datasetProvider.setValue(this.datasetState);
    // The year as chosen (undefined: the latest), not as resolved: resolving is no choice.
    if (changed.has('year') || changed.has('compare')) this.yearProvider.setValue({ year: this.year, compare: this.compare });
    if (changed.has('datasetState') || changed.has('year') || changed.has('compare') || changed.has('lang')) {
      this.model = this.modelOf();
      this.readable = this.model.readable;
    }
  }

  private modelOf(): DashboardModel {
    const { t, language: lang } = this;
    const title = t.dashboard.title;
    const showing = this.showing();
    if (showing.status === 'loading') return { status: 'loading', readable: t.pair(title, t.loading) };
    if (showing.status === 'failed') {
      const failure = failureOf(showing.error, t);
      return { status: 'failed', failure, readable: t.pair(title, failure.message) };
    }
    const { figures, compared } = showing;
    const subtitle = this.subtitleOf(figures, compared);
    const keyFigures: KeyFigure[] = [];
    const tags: string[] = [];
    for (const section of sections as readonly AnySection[]) {
      const own = (figures as Record<string, unknown>)[section.key];
      if (own !== undefined || !section.onlyWhenGiven) tags.push(section.tag);
      if (own === undefined) continue;
      const keyFigure = section.keyFigure(
        own,
        (compared as Record<string, unknown> | undefined)?.[section.key],
        voiceOf(section, lang, figures.labels?.[section.key]),
      );
      if (keyFigure) keyFigures.push(keyFigure);
    }
    const readable = t.readable(title, subtitle, t.series(keyFigures.map(({ label, value }) => t.pair(label, value))));
    return { status: 'shown', subtitle, sample: figures.sample, source: figures.source, keyFigures, tags, readable };
  }

  /** The charts, sharing this element's dataset and year (by context) and its looks. */
  private renderCharts(tags: string[]): TemplateResult {
    const { language, theme, largeText } = this;
    return html`<div class="charts">
      ${tags.map((tag) => {
        const name = unsafeStatic(tag);
        return staticHtml`<${name} lang=${language} theme=${theme ?? nothing} ?large-text=${largeText}></${name}>`;
      })}
    </div>`;
  }

  override render(): TemplateResult {
    const { model, t } = this;
    const title = (sample: boolean) => html`<h2 class="title" part="title">${t.dashboard.title}${this.renderBadge(sample)}</h2>`;
    if (model.status !== 'shown') {
      return html`<section class="root" part="figure" lang=${t.locale}>
        ${title(false)}${model.status === 'failed' ? this.renderFailure(model.failure) : this.renderLoading()}${this.renderReadableSlot()}
      </section>`;
    }
    return html`<section class="root" part="figure" lang=${t.locale} aria-label=${t.caption(t.dashboard.title, model.subtitle)}>
      ${title(model.sample)}
      <p class="subtitle" part="subtitle">${model.subtitle}</p>
      ${this.renderSource(model.source)}
      <dl class="key-figures" part="key-figures" aria-label=${t.dashboard.keyFigures}>
        ${model.keyFigures.map(
          ({ label, value, change }) =>
            html`<div class="key-figure">
              <dt>${label}</dt>
              <dd class="headline-figure">${value}</dd>
              ${change ? html`<dd class="change change-${change.direction}">${change.text}</dd>` : nothing}
            </div>`,
        )}
      </dl>
      ${this.renderCharts(model.tags)}${this.renderReadableSlot()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-dashboard': FzDashboard;
  }
}
