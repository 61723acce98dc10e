import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetLoads, datasetUrl, inlineDataset, loadDataset, DEFAULT_TIMEOUT_MS } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { DatasetError, parseDataset } from '../data/validate.js';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; error: unknown };

interface DatasetSource {
  src?: string;
  data?: unknown;
  timeout?: number;
}

/**
 * Finds the host's dataset — the `data` property, else the `src` URL (one request per URL for the
 * whole page), else inline JSON in a child `<script type="application/json">` — and validates it.
 * Whenever `data` or `src` change it starts again; answers to an older request are dropped. After
 * a failure, a later successful load of the same URL (another element's retry) recovers it too.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'loading' };
  private seen: { src?: string; data?: unknown } | undefined;
  private request = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & DatasetSource) {
    host.addController(this);
  }

  hostConnected(): void {
    datasetLoads.addEventListener('load', this.onLoaded);
  }

  hostDisconnected(): void {
    datasetLoads.removeEventListener('load', this.onLoaded);
  }

  hostUpdate(): void {
    const { src, data } = this.host;
    if (this.seen && this.seen.src === src && this.seen.data === data) return;
    this.seen = { src, data };
    this.resolve();
  }

  /** Asks again, e.g. after a network failure. */
  reload(): void {
    this.seen = undefined;
    this.host.requestUpdate();
  }

  private onLoaded = (event: Event) => {
    const { src } = this.host;
    if (this.state.status === 'error' && src && (event as CustomEvent<string>).detail === datasetUrl(src)) this.reload();
  };

  private resolve(): void {
    const { src, data, timeout } = this.host;
    const request = ++this.request;
    try {
      if (data !== undefined && data !== null) return this.settle({ status: 'ready', dataset: parseDataset(data) });
      if (src) {
        this.state = { status: 'loading' };
        loadDataset(src, timeout ?? DEFAULT_TIMEOUT_MS).then(
          (dataset) => request === this.request && this.settle({ status: 'ready', dataset }),
          (error: unknown) => request === this.request && this.settle({ status: 'error', error }),
        );
        return;
      }
      const inline = inlineDataset(this.host);
      this.settle(inline ? { status: 'ready', dataset: inline } : { status: 'error', error: new DatasetError('missing') });
    } catch (error) {
      this.settle({ status: 'error', error });
    }
  }

  private settle(state: DatasetState): void {
    const changed = this.state.status !== 'loading' || state.status !== 'loading';
    this.state = state;
    if (changed) this.host.requestUpdate();
  }
}
