import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetLoads, datasetUrl, inlineDataset, loadDataset, timeoutOf } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { DatasetError, parseDataset } from '../data/validate.js';
import { datasetContext } from './context.js';

export type DatasetState = { status: 'loading' } | { status: 'ready'; dataset: Dataset } | { status: 'error'; error: unknown };

const LOADING: DatasetState = { status: 'loading' };

type Host = ReactiveControllerHost & HTMLElement & { src?: string; data?: unknown; timeout?: number };

/**
 * Finds the host's dataset, from the first of: the dashboard it is drawn in (context: loaded
 * and checked once there), its `data` property, its `src` URL (loaded with a `Task`; one request
 * per URL for the whole page), inline JSON in a child `<script type="application/json">`. It
 * starts again when `data`, `src` or `timeout` change, abandoning a load still under way. After
 * a failure, a later successful load of the same URL (another element's retry) recovers it too.
 */
export class DatasetController implements ReactiveController {
  /** The dataset as this element has it; a new object whenever it changes. */
  state: DatasetState = LOADING;
  private readonly dashboard: ContextConsumer<typeof datasetContext, Host>;
  private readonly task: Task<[string, number], Dataset>;
  /** The inputs `state` was made from. */
  private made?: { src?: string; data?: unknown; timeout?: number };

  /** `onChange` hands each new state to the host, whose update it starts. */
  constructor(
    private readonly host: Host,
    private readonly onChange: (state: DatasetState) => void,
  ) {
    this.dashboard = new ContextConsumer(host, { context: datasetContext, subscribe: true, callback: (state) => this.settle(state) });
    this.task = new Task(host, {
      autoRun: false,
      task: async ([src, timeoutMs], { signal }) => {
        try {
          const dataset = await loadDataset(src, { timeoutMs, signal });
          if (!signal.aborted) this.settle({ status: 'ready', dataset });
          return dataset;
        } catch (error) {
          if (!signal.aborted) this.settle({ status: 'error', error });
          throw error;
        }
      },
    });
    host.addController(this);
  }

  /** True when a dashboard hands this element its dataset. */
  get provided(): boolean {
    return this.dashboard.value !== undefined;
  }

  hostConnected(): void {
    datasetLoads.addEventListener('load', this.onLoaded);
  }

  hostDisconnected(): void {
    datasetLoads.removeEventListener('load', this.onLoaded);
  }

  /** Call at the start of the host's `willUpdate`: looks again when `src`, `data` or `timeout` changed. */
  sync(): void {
    if (this.provided) return;
    const { src, data, timeout } = this.host;
    if (this.made && this.made.src === src && this.made.data === data && this.made.timeout === timeout) return;
    this.made = { src, data, timeout };
    this.task.abort();
    try {
      if (data !== undefined && data !== null) {
        this.settle({ status: 'ready', dataset: parseDataset(data) });
      } else if (src) {
        this.settle(LOADING);
        void this.task.run([src, timeoutOf(timeout)]);
      } else {
        const inline = inlineDataset(this.host);
        this.settle(inline ? { status: 'ready', dataset: inline } : { status: 'error', error: new DatasetError('missing') });
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

  private onLoaded = (event: Event) => {
    const { src } = this.host;
    if (this.state.status === 'error' && src && (event as CustomEvent<string>).detail === datasetUrl(src)) this.reload();
  };

  private settle(state: DatasetState): void {
    if (state === this.state) return;
    this.state = state;
    this.onChange(state);
  }
}
