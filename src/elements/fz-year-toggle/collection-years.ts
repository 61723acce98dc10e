import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CodeNotLoaded } from '../../runtime/failure.js';

/** A collection's years as a toggle offers them: loading, found (with whether its figures are invented), or not to be had. */
export type CollectionYearsState =
  | { status: 'loading' }
  | { status: 'ready'; years: number[]; sample: boolean }
  | { status: 'failed'; error: unknown };

/** Where the collection is: its address (`src`), or given whole (`data`: its units' addresses are the page's). */
export type CollectionAt = { url: string } | { value: unknown; base: string };

/**
 * The years of a collection of units that a year toggle was given in place of one unit's dataset
 * (a district's page: a toggle beside a ranking): the years of its index (`npm run collect`), or,
 * with none, every year a unit's dataset gives. Each is loaded as the elements load them, shared
 * with any other element asking for the same file.
 */
export class CollectionYearsController implements ReactiveController {
  state: CollectionYearsState = { status: 'loading' };
  private key?: string;
  private controller?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.key = undefined;
    this.state = { status: 'loading' };
  }

  /** The years of the collection `at`, loading them when it is another one than last asked. */
  of(at: CollectionAt, timeoutMs: number): CollectionYearsState {
    const key = 'url' in at ? at.url : `${at.base} ${JSON.stringify(at.value)}`;
    if (key === this.key) return this.state;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.key = key;
    this.state = { status: 'loading' };
    import('./years-of-collection.js')
      .catch(() => {
        throw new CodeNotLoaded();
      })
      .then(({ yearsOfCollection }) => yearsOfCollection(at, { timeoutMs, signal: controller.signal }))
      .then(
        (found) => this.settle(controller, { status: 'ready', ...found }),
        (error: unknown) => this.settle(controller, { status: 'failed', error }),
      );
    return this.state;
  }

  private settle(controller: AbortController, state: CollectionYearsState): void {
    if (controller !== this.controller || controller.signal.aborted) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
