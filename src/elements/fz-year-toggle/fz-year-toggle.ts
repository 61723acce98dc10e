import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { type Mark, markOf, yearsOf } from '../../data/derive.js';
import { customElement } from '../../runtime/define.js';
import { type Failure, failureOf } from '../../runtime/failure.js';
import { FzElement } from '../../runtime/fz-element.js';
import { failureAlert, loadingStatus, markBadge } from '../../runtime/templates.js';
import { GroupComparesController } from './group-compares.js';
import { toggleStyles } from './styles.js';
import { yearChoices, yearChoicesStyles } from './year-choices.js';

/** What the toggle shows, worked out in `willUpdate`. */
type ToggleModel =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | {
      status: 'shown';
      years: number[];
      /** The year shown, as a checked radio; none when the year asked for (by the address, an attribute) is not in the data, so that any year can be picked. */
      selected?: number;
      mark?: Mark;
    };

/**
 * @summary Picks the year every `fz-*` element of its group shows (a radio group: one tab stop,
 * arrow keys move), and whether they compare it with the year before: offered while a chart or a
 * dashboard is in its group (a trend shows every year, a ranking each unit's change since the year
 * before, whatever is chosen).
 *
 * @csspart figure - The toggle's box.
 */
@customElement('fz-year-toggle')
export class FzYearToggle extends FzElement {
  static override styles = [FzElement.styles, toggleStyles, yearChoicesStyles];

  @state() private model: ToggleModel = { status: 'loading' };
  private readonly groupCompares = new GroupComparesController(this);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('datasetState') || changed.has('year') || changed.has('language')) this.model = this.modelOf();
  }

  private modelOf(): ToggleModel {
    const state = this.datasetState;
    this.failure.shown = state.status === 'error' ? state.error : undefined;
    if (state.status === 'loading') return { status: 'loading' };
    if (state.status === 'error') return { status: 'failed', failure: failureOf(state.error, this.t) };
    const years = yearsOf(state.dataset);
    const selected = this.year === undefined ? years[years.length - 1] : years.find((year) => year === this.year);
    return { status: 'shown', years, selected, mark: markOf(state.dataset) };
  }

  override render(): TemplateResult {
    const { model, t } = this;
    if (model.status !== 'shown') {
      return html`<div class="root" part="figure" lang=${this.t.locale}>${model.status === 'failed' ? failureAlert(model.failure, this.t, () => this.loader.reload()) : loadingStatus(this.t)}</div>`;
    }
    return html`<div class="root" part="figure" lang=${this.t.locale}>
      ${yearChoices(
        {
          years: model.years,
          selected: model.selected,
          comparing: this.compare !== undefined,
          offersCompare: this.groupCompares.comparing,
          onYear: (year) => (this.year = year),
          onCompare: (comparing) => (this.compare = comparing ? 'previous' : undefined),
        },
        t,
      )}
      ${markBadge(model.mark, this.t)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-year-toggle': FzYearToggle;
  }
}
