import { ContextConsumer } from '@lit/context';
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { URL_STATES, type UrlState } from './address.js';
import { yearContext } from './context.js';
import { emit } from './events.js';
import { isYear } from './showing.js';
import { chooseYear, declareUrlState, joinGroup, type YearChoice } from './year-sync.js';

type Host = ReactiveControllerHost & HTMLElement & { year?: number; compare?: string; group?: string; urlState?: UrlState };

/** An element class that shows a year compared with another (`static comparesYears = true`): a chart, a dashboard. */
type MaybeComparing = { comparesYears?: boolean };

/**
 * Keeps the host's `year` and `compare` in step with what it is shown with. A chart drawn inside
 * a dashboard follows the dashboard (context). Any other element belongs to a group (its `group`
 * attribute, or the page's): the group's choice is applied to the host, and a `year` or
 * `compare` set on the host becomes the group's choice, firing `fz-year-change`. A `year` that is
 * not a year stays on the host, for it to say so, until the group has a year to show.
 */
export class YearController implements ReactiveController {
  private leave?: () => void;
  /** Whether a dashboard hands this element its year (until it leaves the dashboard). */
  private followsDashboard = false;

  constructor(private readonly host: Host) {
    // Added first, so that it has asked for a dashboard before `hostConnected` below looks.
    new ContextConsumer(host, {
      context: yearContext,
      subscribe: true,
      callback: (choice) => {
        this.followsDashboard = true;
        this.leave?.();
        this.apply(choice);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.followsDashboard) this.join();
  }

  hostDisconnected(): void {
    this.followsDashboard = false;
    this.leave?.();
    this.leave = undefined;
  }

  /** Call from the host's `willUpdate`. */
  sync(changed: PropertyValues): void {
    const { host } = this;
    // Off the page (an update that comes after the element was taken away), it is in no group.
    if (this.followsDashboard || !host.isConnected) return;
    const own = { year: host.year, compare: host.compare };
    if (changed.has('urlState') && !changed.has('group')) declareUrlState(host.group ?? '', this.urlState());
    if (changed.has('group')) this.join();
    if (!changed.has('year') && !changed.has('compare')) return;
    // A year set with the group in one go is the new group's choice, not lost to it.
    Object.assign(host, own);
    // A year that is not a year is not chosen for the group, nor written in the address: the element says so.
    if (host.year !== undefined && !isYear(host.year)) return;
    if (chooseYear(host.group ?? '', { year: host.year, compare: host.compare })) {
      emit(host, 'fz-year-change', { year: host.year, compare: host.compare });
    }
  }

  /** Joins the host's group (`joinGroup` says who decides a group's first year). */
  private join(): void {
    this.leave?.();
    const { host } = this;
    const member = {
      element: host,
      year: isYear(host.year) ? host.year : undefined,
      compare: host.compare || undefined,
      urlState: this.urlState(),
      comparesYears: (host.constructor as MaybeComparing).comparesYears === true,
    };
    const { choice, leave } = joinGroup(host.group ?? '', member, (next) => this.apply(next));
    this.leave = leave;
    this.apply(choice);
  }

  /** The host's `url-state`; one it does not know is warned of by the element, and not used. */
  private urlState(): UrlState | undefined {
    const { urlState } = this.host;
    return urlState && URL_STATES.includes(urlState) ? urlState : undefined;
  }

  private apply({ year, compare }: YearChoice): void {
    const { host } = this;
    // A year that is not a year is kept, for the element to say so, until there is one to show instead.
    if (year !== undefined || host.year === undefined || isYear(host.year)) host.year = year;
    host.compare = compare;
  }
}
