import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from './events.js';
import { chooseYear, onYearChoice, yearChoice, type YearChoice } from './year-sync.js';

type Host = ReactiveControllerHost & HTMLElement & { year?: number; compare?: string; group?: string };

/**
 * Keeps the host's `year` and `compare` in step with its group: the group's choice is applied to
 * the host, and a `year` or `compare` set on the host becomes the group's choice (firing
 * `fz-year-change`).
 */
export class YearController implements ReactiveController {
  private stop?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.join();
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /** Call from the host's `willUpdate`. */
  sync(changed: PropertyValues): void {
    const { host } = this;
    if (changed.has('group')) this.join();
    else if ((changed.has('year') || changed.has('compare')) && chooseYear(host.group ?? '', { year: host.year ?? undefined, compare: host.compare ?? undefined })) {
      emit(host, 'fz-year-change', { year: host.year, compare: host.compare });
    }
  }

  private join(): void {
    this.stop?.();
    const { host } = this;
    const group = host.group ?? '';
    // What the group has not chosen yet, this element's own attributes choose.
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
