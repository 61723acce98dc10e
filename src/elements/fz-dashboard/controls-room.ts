import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the slide clear of its controls: the height of their bar at the foot, however many rows it
 * takes, is its dialog's `--_controls-room`, which a slide leaves free under its last line; the
 * width of the window's tools over the band's end (when there, not in the bar) is its
 * `--_tools-room`, which the band leaves free after the unit's name and the sample badge. Shown
 * while the mouse moves, the controls then cover nothing of the slide.
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
    const tools = bar?.querySelector<HTMLElement>('.window-tools');
    if (!bar || !tools || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(() => this.measure());
    this.observer.observe(bar);
    this.observer.observe(tools);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.bar = undefined;
  }

  private measure(): void {
    const bar = this.bar;
    const dialog = bar?.parentElement;
    const tools = bar?.querySelector<HTMLElement>('.window-tools');
    if (!bar || !dialog || !tools) return;
    const apart = getComputedStyle(tools).position === 'fixed';
    dialog.style.setProperty('--_controls-room', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    dialog.style.setProperty('--_tools-room', `${apart ? Math.ceil(tools.getBoundingClientRect().width) : 0}px`);
  }
}
