import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the controls stay after the mouse last moved, in milliseconds. */
const CONTROLS_STAY_MS = 2000;

/**
 * Whether the mouse has rested over the slides long enough for their controls to go, so that the
 * audience sees only the slide: `wake` when it moves (the controls show, and go again once it
 * rests), `stop` when the slides go.
 */
export class PointerRest implements ReactiveController {
  private rested = false;
  private timer = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the controls are to go. */
  get resting(): boolean {
    return this.rested;
  }

  hostDisconnected(): void {
    this.stop();
  }

  wake(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.rested = true;
      this.host.requestUpdate();
    }, CONTROLS_STAY_MS);
    if (this.rested) {
      this.rested = false;
      this.host.requestUpdate();
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.rested = false;
  }
}
