import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchComparing } from '../../runtime/year-sync.js';

/**
 * Whether a member of the host's group shows a year compared with another (a chart, a dashboard;
 * not a trend or a ranking, which show every year or the year before whatever is chosen): the
 * toggle offers "与上一年对比" only then. Follows the group as charts join and leave it, and the
 * host's `group`.
 */
export class GroupComparesController implements ReactiveController {
  /** Whether the group has a member that compares years. */
  comparing = false;
  private watched?: string;
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & { group?: string }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostUpdate(): void {
    // A new `group`: read before this update renders.
    if ((this.host.group ?? '') !== this.watched) this.watch();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.watched = undefined;
  }

  private watch(): void {
    this.stop?.();
    this.watched = this.host.group ?? '';
    const { comparing, stop } = watchComparing(this.watched, (now) => {
      this.comparing = now;
      this.host.requestUpdate();
    });
    this.comparing = comparing;
    this.stop = stop;
  }
}
