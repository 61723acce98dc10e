import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the slide clear of the bar of controls at its foot: the bar's height as drawn, however
 * many rows it takes, is its dialog's `--_controls-room`, which a slide leaves free under its last
 * line. Shown while the mouse moves, the bar then covers no line of the slide.
 */
export class ControlsRoom implements ReactiveController {
  private observer?: ResizeObserver;
  private bar?: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const bar = this.host.shadowRoot?.querySelector<HTMLElement>('dialog.slides > .controls') ?? undefined;
    if (bar === this.bar) return;
    this.observer?.disconnect();
    this.bar = bar;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(([entry]) => {
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      entry.target.parentElement?.style.setProperty('--_controls-room', `${Math.ceil(height)}px`);
    });
    this.observer.observe(bar);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.bar = undefined;
  }
}
