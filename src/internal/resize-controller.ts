import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width and text size (ResizeObserver on the host, never the window),
 * and asks the host to update when either changes.
 */
export class ResizeController implements ReactiveController {
  /** Content width in CSS pixels; 0 until the host is laid out. */
  width = 0;
  /** The host's computed font size in CSS pixels. */
  fontSize = 16;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measured now, so that the first render already draws the chart (the observer's first
    // report comes a frame later). After that, in the frame after each change: redrawing inside
    // the observer's callback would change the host's height while the browser is still
    // delivering size changes (a "loop" error).
    this.measure(this.host.getBoundingClientRect().width, false);
    this.observer = new ResizeObserver(([entry]) => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measure(entry.contentRect.width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
  }

  private measure(width: number, update = true): void {
    const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const rounded = Math.floor(width);
    if (rounded === this.width && fontSize === this.fontSize) return;
    this.width = rounded;
    this.fontSize = fontSize;
    if (update) this.host.requestUpdate();
  }
}
