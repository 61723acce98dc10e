import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { ExportStatus } from './export-menu.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly timeoutMs: number };

/**
 * What an element's exports share: where a file asked for from the menu stands (shown beside the
 * menu), and waiting until the element shows what a file is made of.
 */
export class ExportController implements ReactiveController {
  status: ExportStatus = { state: 'idle' };

  constructor(
    private readonly host: Host,
    private readonly words: () => Messages,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows a file being made from the menu, and says why when it could not be. */
  run(made: Promise<void>): void {
    this.set({ state: 'working' });
    made.then(
      () => this.set({ state: 'idle' }),
      (error: unknown) =>
        this.set({ state: 'failed', message: this.words().exports.failed(error instanceof Error ? error.message : String(error)) }),
    );
  }

  /**
   * The file `make` makes; when it cannot be made, rejects with why in the reader's language (what
   * the export menu shows). `make` is called at once: what it reads before its first `await` is the
   * element as it is when the file is asked for.
   */
  async worded<T>(make: () => Promise<T>): Promise<T> {
    try {
      return await make();
    } catch (error) {
      throw new Error(await this.reason(error), { cause: error });
    }
  }

  /** Why a file could not be made, in the reader's words: worded by the code that makes files, loaded now if need be. */
  private async reason(error: unknown): Promise<string> {
    const t = this.words();
    try {
      const { exportFailure } = await import('../export/files.js');
      return exportFailure(error, t);
    } catch {
      return t.exports.load;
    }
  }

  /**
   * Resolves once `ready()` holds after an update, or when the element has waited as long as for
   * its data. A chart is drawn a frame after its data arrives (when its room is measured), with no
   * event to wait for: this looks after each update and every 20 ms.
   */
  async until(ready: () => boolean): Promise<void> {
    const until = Date.now() + this.host.timeoutMs + 1000;
    for (;;) {
      await this.host.updateComplete;
      if (ready() || Date.now() > until) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private set(status: ExportStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
