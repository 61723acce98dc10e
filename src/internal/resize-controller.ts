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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => this.measure(entry.contentRect.width));
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private measure(width: number): void {
    const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const rounded = Math.floor(width);
    if (rounded === this.width && fontSize === this.fontSize) return;
    this.width = rounded;
    this.fontSize = fontSize;
    this.host.requestUpdate();
  }
}
