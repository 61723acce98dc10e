import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { emit } from './events.js';
import { failureOf } from './failure.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tells the page, once per failure, why the host shows an alert: an `fz-error` event, and the JSON
 * paths on the console. The host sets `shown` with its model.
 */
export class FailureReport implements ReactiveController {
  /** Why the host shows an alert, if it does. */
  shown?: unknown;
  private reported?: unknown;

  constructor(
    private readonly host: Host,
    private readonly words: () => Messages,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { shown, host } = this;
    if (shown === undefined || shown === this.reported) return;
    this.reported = shown;
    const failure = failureOf(shown, this.words());
    if (failure.kind === 'unexpected') console.error(`<${host.localName}>`, shown);
    for (const { path, message } of failure.problems) console.error(`<${host.localName}> ${path ? `${path}: ` : ''}${message}`);
    emit(host, 'fz-error', { kind: failure.kind, message: failure.message, path: failure.problems[0]?.path || undefined });
  }
}
