import { ContextConsumer } from '@lit/context';
import { initialState, Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetFile, datasetLoads, datasetUrl, type FileKind, fileKey, inlineText, isLoaded, loadFile } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { DatasetError } from '../data/validate.js';
import { brokenBuiltin } from './builtins.js';
import { datasetContext } from './context.js';

/** What an element's file is: loading, ready (a dataset, or the file of its kind), or an error. */
export type DatasetState<T = Dataset> = { status: 'loading' } | { status: 'ready'; dataset: T } | { status: 'error'; error: unknown };

const LOADING = { status: 'loading' } as const;
/** Why a load is let go when its element leaves the page (no failure: it loads again once back). */
const LEFT_THE_PAGE = new Error('left the page');

type Host = ReactiveControllerHost & HTMLElement & { src?: string; data?: unknown; timeoutMs: number };

/** Whether a change to the host's children touches an inline `<script>` (not the text the element keeps there itself). */
function concernsScript(record: MutationRecord): boolean {
  const nodes = [record.target, ...record.addedNodes, ...record.removedNodes];
  return nodes.some((node) => (node instanceof Element ? node : node.parentElement)?.closest('script') != null);
}

/** What a state was made from: it is made again when one of these changes. */
interface Made {
  src?: string;
  data?: unknown;
  timeoutMs: number;
  inline?: string;
  /** Whether the page is still arriving, for inline JSON: then none yet, or only part of it, is waited for. */
  arriving?: boolean;
  /** A built-in function the page has broken. */
  broken?: string;
}

/**
 * Finds the host's dataset, from the first of: the dashboard it is drawn in (context: loaded
 * and checked once there), its `data` property (checked, and copied: change it by giving a new
 * object), its `src` URL (loaded with a `Task`; one request per URL for the whole page, each
 * element waiting on its own clock), inline JSON in a child `<script type="application/json">`
 * (read when it arrives, also after the element, as streamed HTML brings it). It starts again when
 * `data`, `src` or `timeout` change, abandoning a load still under way; taken off the page while
 * loading, it lets the request go, and loads again when put back. After a failure, a later
 * successful load of the same URL (another element's retry) recovers it too, also when it was
 * away from the page at the time.
 */
export class DatasetController<T = Dataset> implements ReactiveController {
  /** The dataset as this element has it; a new object whenever it changes. */
  state: DatasetState<T> = LOADING;
  private made?: Made;
  /** The absolute URL of `src`, when it is one. */
  private url?: string;
  /** What the Task loads: `src`'s URL, the wait, and the attempt (a retry of the same URL is a new one); none when the dataset comes from elsewhere, or while the host is off the page. */
  private loading?: { url: string; timeoutMs: number; attempt: number };
  private attempts = 0;
  /** Whether a dashboard hands this element its dataset (until it leaves the dashboard). */
  fromDashboard = false;
  private readonly children = new MutationObserver((records) => {
    if (records.some(concernsScript)) this.host.requestUpdate();
  });
  private watching = false;
  private readonly task: Task<readonly [string | undefined, number, number], T>;

  /**
   * `onChange` hands each new state to the host, whose update it starts. `kind` is what the host's
   * `src`, `data` or inline JSON holds: a dataset (then a dashboard around the host hands it its own),
   * or another kind of file (a collection).
   */
  constructor(
    private readonly host: Host,
    private readonly onChange: (state: DatasetState<T>) => void,
    private readonly kind: FileKind<T> = datasetFile as unknown as FileKind<T>,
  ) {
    if ((kind as FileKind<unknown>) === datasetFile)
      new ContextConsumer(host, {
        context: datasetContext,
        subscribe: true,
        callback: (state) => {
          this.fromDashboard = true;
          this.loading = undefined;
          this.settle(state as DatasetState<T>);
        },
      });
    // Runs when what it loads changes (a new run abandons the one under way); nothing to load while the dataset comes from elsewhere.
    this.task = new Task(host, {
      args: () => [this.loading?.url, this.loading?.timeoutMs ?? 0, this.loading?.attempt ?? 0] as const,
      task: ([url, timeoutMs], { signal }) => (url === undefined ? initialState : loadFile(url, this.kind, { timeoutMs, signal })),
      onComplete: (dataset) => this.settle({ status: 'ready', dataset }),
      onError: (error) => {
        if (error !== LEFT_THE_PAGE) this.settle({ status: 'error', error });
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Its `src` not asked for, or let go, while it was off the page: asked for now.
    if (!this.fromDashboard && this.state.status === 'loading' && this.url && !this.loading) this.reload();
    datasetLoads.addEventListener('load', this.onLoaded);
    if (this.made && !this.made.src && this.made.data == null) this.watchChildren(true);
    // Another element may have loaded this URL while this one was away.
    if (this.state.status === 'error' && this.url && isLoaded(this.url, this.kind)) this.reload();
  }

  hostDisconnected(): void {
    // Taken out of a dashboard, it finds its own dataset again.
    this.fromDashboard = false;
    datasetLoads.removeEventListener('load', this.onLoaded);
    this.watchChildren(false);
    document.removeEventListener('DOMContentLoaded', this.onParsed);
    // Off the page, a load under way lets its request go: a browser holds six to a server, which the
    // page's other requests need. Moved in one go (off and on again in the same turn), it keeps it.
    // Looked at once the updates queued have run: one of them may have settled the load.
    queueMicrotask(() => {
      if (this.host.isConnected || this.state.status !== 'loading' || !this.loading) return;
      this.loading = undefined;
      this.task.abort(LEFT_THE_PAGE);
    });
  }

  /** Call at the start of the host's `willUpdate`: looks again when `src`, `data`, `timeout` or the inline JSON changed. */
  sync(): void {
    if (this.fromDashboard) return;
    const { src, data, timeoutMs } = this.host;
    const fromChildren = !src && (data === undefined || data === null);
    const made: Made = {
      src,
      data,
      timeoutMs,
      inline: fromChildren ? inlineText(this.host) : undefined,
      arriving: fromChildren && document.readyState === 'loading',
      broken: brokenBuiltin(),
    };
    const last = this.made;
    if (!last || (Object.keys(made) as (keyof Made)[]).some((key) => last[key] !== made[key])) this.start(made, fromChildren);
  }

  private start(made: Made, fromChildren: boolean): void {
    const { src, data } = made;
    this.made = made;
    this.loading = undefined;
    this.url = undefined;
    this.watchChildren(fromChildren);
    try {
      if (made.broken) {
        this.settle({ status: 'error', error: new DatasetError('environment', [], { builtin: made.broken }) });
      } else if (!fromChildren && data !== undefined && data !== null) {
        this.settle({ status: 'ready', dataset: this.kind.parse(data) });
      } else if (src) {
        this.url = datasetUrl(src);
        // Off the page (taken off before it asked, or changed while away), it asks once it is back.
        if (this.host.isConnected) this.loading = { url: this.url, timeoutMs: made.timeoutMs, attempt: ++this.attempts };
        this.settle(LOADING);
      } else {
        this.settle(this.fromInline(made.inline, made.arriving === true));
      }
    } catch (error) {
      this.settle({ status: 'error', error });
    }
  }

  /** Asks again, e.g. after a network failure. */
  reload(): void {
    this.made = undefined;
    this.host.requestUpdate();
  }

  /** Inline JSON; while the page is still arriving, none yet, or only part of it, is waited for (and looked at again once it has come). */
  private fromInline(text: string | undefined, arriving: boolean): DatasetState<T> {
    if (arriving) document.addEventListener('DOMContentLoaded', this.onParsed, { once: true });
    if (text === undefined) return arriving ? LOADING : { status: 'error', error: new DatasetError('missing') };
    try {
      return { status: 'ready', dataset: this.kind.parseText(text) };
    } catch (error) {
      if (arriving) return LOADING;
      throw error;
    }
  }

  private onParsed = () => this.host.requestUpdate();

  /** Watches the host's children (and their text) while the dataset is to come from them. */
  private watchChildren(on: boolean): void {
    if (on === this.watching) return;
    this.watching = on;
    if (on) this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    else this.children.disconnect();
  }

  private onLoaded = (event: Event): void => {
    if (this.state.status === 'error' && this.url && (event as CustomEvent<string>).detail === fileKey(this.url, this.kind)) this.reload();
  };

  private settle(state: DatasetState<T>): void {
    if (state === this.state) return;
    // A dataset loaded is the same object for every element of its URL: the state is new only when the dataset is.
    if (state.status === 'ready' && this.state.status === 'ready' && state.dataset === this.state.dataset) return;
    this.state = state;
    this.onChange(state);
  }
}
