import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { type Mark, markOf, yearsOf } from '../../data/derive.js';
import { datasetUrl, inlineText } from '../../data/load.js';
import { DatasetError, parseJsonText } from '../../data/validate.js';
import { customElement } from '../../runtime/define.js';
import { type Failure, failureOf } from '../../runtime/failure.js';
import { FzElement } from '../../runtime/fz-element.js';
import { failureAlert, loadingStatus, markBadge } from '../../runtime/templates.js';
import { type CollectionAt, CollectionYearsController } from './collection-years.js';
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
 * before, whatever is chosen). Its `src` is one unit's dataset, or a collection of units (a
 * district's page, beside a ranking): then it offers every year the units' reports give.
 *
 * @csspart figure - The toggle's box.
 */
@customElement('fz-year-toggle')
export class FzYearToggle extends FzElement {
  static override styles = [FzElement.styles, toggleStyles, yearChoicesStyles];

  @state() private model: ToggleModel = { status: 'loading' };
  private readonly groupCompares = new GroupComparesController(this);
  private readonly collectionYears = new CollectionYearsController(this);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Made at every update: a collection's years arrive with one of their own.
    this.model = this.modelOf();
  }

  private modelOf(): ToggleModel {
    const state = this.datasetState;
    const collection = this.collectionAt();
    const found = collection
      ? this.collectionYears.of(collection, this.timeoutMs)
      : state.status === 'ready'
        ? { status: 'ready' as const, years: yearsOf(state.dataset), sample: false, mark: markOf(state.dataset) }
        : state;
    this.failure.shown = found.status === 'failed' || found.status === 'error' ? found.error : undefined;
    if (found.status === 'loading') return { status: 'loading' };
    if (found.status === 'failed' || found.status === 'error') return { status: 'failed', failure: failureOf(found.error, this.t) };
    const { years } = found;
    const selected = this.year === undefined ? years[years.length - 1] : years.find((year) => year === this.year);
    const mark = 'mark' in found ? found.mark : found.sample ? 'sample' : undefined;
    return { status: 'shown', years, selected, mark };
  }

  /** Where the collection of units given in place of a dataset is: undefined when the toggle was given a dataset (or nothing yet). */
  private collectionAt(): CollectionAt | undefined {
    const state = this.datasetState;
    if (state.status !== 'error' || !(state.error instanceof DatasetError) || state.error.kind !== 'collection') return undefined;
    if (this.src) return { url: datasetUrl(this.src) };
    const base = this.ownerDocument.baseURI;
    if (this.data !== undefined && this.data !== null) return { value: this.data, base };
    return { value: parseJsonText(inlineText(this) ?? 'null'), base };
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
