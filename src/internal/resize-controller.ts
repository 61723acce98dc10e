import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The room a chart has: the content width of its box and its text size, in CSS pixels. */
export interface Room {
  width: number;
  fontSize: number;
}

/**
 * Measures the box the host draws its chart in (ResizeObserver on that box, never the window)
 * and reports its room whenever the width or the text size changes. The box is what the host
 * rendered for it, so no padding or border of the host is known here.
 */
export class ResizeController implements ReactiveController {
  private observed: Element | null = null;
  private readonly observer = new ResizeObserver(([entry]) => {
    // Reported in the next frame: redrawing inside the observer's callback would change the
    // host's height while the browser is still delivering size changes (a "loop" error).
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure(entry.target, entry.contentRect.width));
  });
  private frame = 0;
  private room?: Room;

  /** `box` finds the box to measure (null until the host renders it); `onResize` takes each new room. */
  constructor(
    host: ReactiveControllerHost,
    private readonly box: () => Element | null,
    private readonly onResize: (room: Room) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.box();
    if (box === this.observed) return;
    this.observer.disconnect();
    this.observed = box;
    if (!box) return;
    this.observer.observe(box);
    // Measured at once, so that the chart is drawn before the first paint rather than a frame later.
    this.measure(box, parseFloat(getComputedStyle(box).width));
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.observed = null;
  }

  private measure(box: Element, width: number): void {
    const room = { width: Math.floor(width) || 0, fontSize: parseFloat(getComputedStyle(box).fontSize) || 16 };
    if (room.width === this.room?.width && room.fontSize === this.room.fontSize) return;
    this.room = room;
    this.onResize(room);
  }
}
