import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * When a chart's data table gets its rows. The table is closed until a reader opens it, and
 * writing its rows (the report's sentence of each, its words kept whole) is a sixth of a
 * dashboard's first render: so they are written in a task of their own just after the chart is
 * first painted, and at once when the table shows — opened by a reader, shown open from the start
 * (`open`: the static figure taken over had it open), or printed (`beforeprint`, heard before the
 * chart redraws for paper in that event). The host's `updateComplete` waits for them (`written`).
 */
export class TableRowsController implements ReactiveController {
  /** Whether the rows are written (from the next update on). */
  rows = false;
  private pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether the host shows a chart (and so a table) now. */
    private readonly shows: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capturing: at the window, before the listeners that draw for paper at once.
    addEventListener('beforeprint', this.now, { capture: true });
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.now, { capture: true });
  }

  hostUpdated(): void {
    if (this.rows || this.pending || !this.shows()) return;
    // After the frame that paints the chart: a message posted from its animation frame arrives once it is painted.
    this.pending = new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          this.pending = undefined;
          this.now();
          resolve();
        };
        channel.port2.postMessage(null);
      }),
    );
  }

  /** The rows are written at the host's next update. */
  readonly now = (): void => {
    if (this.rows) return;
    this.rows = true;
    this.host.requestUpdate();
  };

  /** Resolves once rows asked for are written; undefined when none are waited for. */
  get written(): Promise<void> | undefined {
    return this.pending;
  }
}
