import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaint } from './after-paint.js';

/**
 * When a chart's data table gets its rows. The table is closed until a reader opens it, and
 * writing its rows (the report's sentence of each, its words kept whole) is a sixth of a
 * dashboard's first render and of a year switch: so while it is closed, its rows are written in a
 * task of their own just after the frame that paints the chart — at its first paint, and after a
 * switch, the rows written before staying in place, unseen, until then. They are written at once
 * when the table shows: opened by a reader, shown open from the start (the static figure taken over
 * had it open), or printed (`beforeprint`, heard before the chart redraws for paper in that event).
 * The host's `updateComplete` waits for them (`written`). Their Chinese words are kept whole
 * (`figuresAndWordsKept`) only once the table shows: the runtime's word segmenter loads its
 * dictionary when first made, a long task (24–47 ms at full speed, 84–130 ms with the CPU 4× slower)
 * that no reader who never opens a table should wait behind. A reader about to open it (`keepWords`: a
 * pointer over its summary, focus on it) has them kept before the click, so that the frame that
 * opens it shows them kept.
 */
export class TableRowsController<Table extends object> implements ReactiveController {
  /** The table whose rows are written; none before the chart's first paint. */
  table?: Table;
  /** The table the host shows now (`willRender`). */
  private current?: Table;
  private open = false;
  /** Whether the rows keep their words whole: once the table has shown (opened, shown open, or printed). */
  wordsKept = false;
  /** Asked for at once: the next update writes the current table's rows. */
  private wanted = false;
  private pending?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capturing: at the window, before the listeners that draw for paper at once.
    addEventListener('beforeprint', this.shows, { capture: true });
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.shows, { capture: true });
  }

  /** Call in the host's `willUpdate` with the table it shows (none while it shows no chart). */
  willRender(current: Table | undefined): void {
    this.current = current;
    if (current && (this.open || this.wanted)) this.table = current;
    this.wanted = false;
  }

  hostUpdated(): void {
    if (!this.current || this.current === this.table || this.pending) return;
    this.pending = new Promise((resolve) =>
      afterPaint(() => {
        this.pending = undefined;
        this.now();
        resolve();
      }),
    );
  }

  /** The current table's rows are written at the host's next update. */
  readonly now = (): void => {
    if (!this.current || this.current === this.table) return;
    this.wanted = true;
    this.host.requestUpdate();
  };

  /** Hears the table opened or closed: while open, its rows are written with each update. */
  readonly toggled = (open: boolean): void => {
    this.open = open;
    if (open) this.shows();
  };

  /** The rows keep their words whole from the next update on (a reader about to open the table, or it shows). */
  readonly keepWords = (): void => {
    if (this.wordsKept) return;
    this.wordsKept = true;
    this.host.requestUpdate();
  };

  /** The table shows (opened, or printed): its rows now, their words kept. */
  private readonly shows = (): void => {
    this.keepWords();
    this.now();
  };

  /** Resolves once rows asked for are written; undefined when none are waited for. */
  get written(): Promise<void> | undefined {
    return this.pending;
  }
}
