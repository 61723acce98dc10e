import { property } from 'lit/decorators.js';
import { collectionFile } from '../../data/collection.js';
import type { FileKind } from '../../data/load.js';
import { customElement } from '../../runtime/define.js';
import { FzViewElement, type LoadedView, type ViewAccess } from '../../runtime/fz-view-element.js';

/**
 * @summary The units of a district side by side: every unit of a collection (its towns, townships
 * and street offices, or its departments) ranked on any figure their reports give, drawn with
 * Observable Plot — largest first, equal figures sharing a place (并列第2), the host unit
 * highlighted and its place said in words (北岙镇：信访总量第8位（共12个镇街），名次与上年持平), each
 * unit's change since the year before, per 10 000 residents where its population is given. Units
 * whose report does not give the figure are listed, not ranked; a unit whose data cannot be read is
 * named, and the rest shown. A table lists every unit with its figure, place, change and the
 * report's words; the report lens says, for each unit, which sections its report gives, whether
 * its title names the year and when it was published against 1 April — facts to sort by, never a
 * score. Keys: the arrows walk the ranking, Home and End go to either end, H to the host unit. The
 * year toggle of its group drives it. Its chart code loads when it first connects.
 *
 * `src` (or `data`, or inline JSON) is a collection, not a dataset: its units, and for each its
 * dataset by address (resolved against the collection's) or inline; with the index `npm run
 * collect` writes (`index`), a ranking loads one figure per unit, not every unit's dataset.
 *
 * @attr unit - The host unit's id in the collection: its bar highlighted, its place said first.
 * @attr figure - The figure ranked, by its key: `petitions.total` (the default: the first the reports give), `mediation.stated-rate`, `petitions.letters.share`…
 * @attr per-capita - Rank per 10 000 residents: counts only, and only the units whose population the collection gives (the others are listed as such).
 * @csspart figure - The chart's frame.
 * @csspart title - The chart's title.
 * @csspart subtitle - The collection and the year.
 * @csspart controls - The figure to rank and the measure (total or per 10 000 residents).
 * @csspart summary - The host unit's place in words.
 * @csspart legend - What the bars and ticks stand for.
 * @csspart chart - The box holding the ranking and the tooltip.
 * @csspart tooltip - The tooltip of the unit under the pointer or keyboard focus.
 * @csspart table - The "查看数据表" disclosure: every unit with its figure, place, change and the report's words.
 * @csspart lens - The report lens: each unit's report, its sections, title and date, as a table to sort.
 * @csspart export - The "导出 / Export" menu: PNG, SVG and CSV.
 * @csspart source - The source line.
 */
@customElement('fz-compare')
export class FzCompare extends FzViewElement {
  protected static override readonly reads: FileKind<unknown> = collectionFile;

  /** The host unit's id in the collection. @example unit="beiao" */
  @property() unit?: string;
  /** The figure ranked, by its key; default the first figure the reports give. @example figure="mediation.stated-rate" */
  @property({ reflect: true }) figure?: string;
  /** Per 10 000 residents, for the units whose population is given. */
  @property({ type: Boolean, reflect: true, attribute: 'per-capita' }) perCapita = false;

  protected loadView(access: ViewAccess): Promise<LoadedView> {
    return import('../comparing-views.js').then(({ CompareView }) => new CompareView(this, access));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-compare': FzCompare;
  }
}
