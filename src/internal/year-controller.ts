import { ContextConsumer } from '@lit/context';
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { yearContext } from './context.js';
import { emit } from './events.js';
import { chooseYear, onYearChoice, type YearChoice, yearChoice } from './year-sync.js';

type Host = ReactiveControllerHost & HTMLElement & { year?: number; compare?: string; group?: string };

/**
 * Keeps the host's `year` and `compare` in step with what it is shown with. A chart drawn inside
 * a dashboard follows the dashboard (context). Any other element belongs to a group (its `group`
 * attribute, or the page's): the group's choice is applied to the host, and a `year` or
 * `compare` set on the host becomes the group's choice, firing `fz-year-change`.
 */
export class YearController implements ReactiveController {
  private readonly dashboard: ContextConsumer<typeof yearContext, Host>;
  private stop?: () => void;

  constructor(private readonly host: Host) {
    // Made first, so that it has asked for a dashboard before `hostConnected` below looks.
    this.dashboard = new ContextConsumer(host, { context: yearContext, subscribe: true, callback: (choice) => this.apply(choice) });
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.followsDashboard) this.join();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** Call from the host's `willUpdate`. */
  sync(changed: PropertyValues): void {
    if (this.followsDashboard) return;
    const { host } = this;
    if (changed.has('group')) this.join();
    else if ((changed.has('year') || changed.has('compare')) && chooseYear(host.group ?? '', { year: host.year, compare: host.compare })) {
      emit(host, 'fz-year-change', { year: host.year, compare: host.compare });
    }
  }

  private get followsDashboard(): boolean {
    return this.dashboard.value !== undefined;
  }

  /**
   * Joins the host's group. Who decides a group's first year: for the page's default group the
   * address (`#year=`), read when the group is first used; failing that, the first member to
   * connect with a `year` (or `compare`) of its own — in a page's HTML, the first in document
   * order. Members that connect later show the group's choice; their own attributes fill in
   * only what the group has not chosen yet. A reader's later choice (a toggle, `year` set on
   * any member) moves them all.
   */
  private join(): void {
    this.stop?.();
    const { host } = this;
    const group = host.group ?? '';
    const choice = yearChoice(group);
    chooseYear(group, { year: choice.year ?? host.year, compare: choice.compare ?? host.compare }, { address: false });
    this.apply(yearChoice(group));
    this.stop = onYearChoice(group, (next) => this.apply(next));
  }

  private apply({ year, compare }: YearChoice): void {
    this.host.year = year;
    this.host.compare = compare;
  }
}
