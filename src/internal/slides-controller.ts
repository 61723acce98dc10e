import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addressOf } from './year-sync.js';

/** What presents: an element with a group (the page's when none). */
export type SlideHost = ReactiveControllerHost & HTMLElement & { group?: string };

/** The keys a presentation clicker sends (and the arrows of a keyboard), and where each goes. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index) => index + 1,
  ArrowDown: (index) => index + 1,
  PageDown: (index) => index + 1,
  ' ': (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  ArrowUp: (index) => index - 1,
  PageUp: (index) => index - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** Keys a focused control already uses for itself (a radio group's arrows, a button's Space). */
const CONTROL_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', ' ', 'Enter']);

/** Whether `key` belongs to the control the reader is in rather than to the slides. */
function controlKeeps(target: EventTarget | undefined, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.localName === 'textarea' || target.localName === 'select') return true;
  if (target.localName === 'input' && !['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type)) return true;
  return CONTROL_KEYS.has(key) && (target.localName === 'input' || target.localName === 'button' || target.localName === 'summary');
}

/**
 * The slide a presentation shows and how a person moves through it: the keys a clicker sends
 * (→ ↓ PageDown Space forward, ← ↑ PageUp Shift+Space back, Home, End; Esc leaves), leaving
 * fullscreen (which leaves too), and `#slide=3` in the page's address beside the year (where the
 * page's group keeps its year, when that is the hash), so that a reload keeps the place.
 */
export class SlidesController implements ReactiveController {
  /** The slide shown, counted from 0. */
  index = 0;
  private count = 0;
  private active = false;
  /** Whether the host went fullscreen for the slides: leaving fullscreen (Esc in most browsers) leaves the presentation. */
  private fullscreen = false;

  constructor(
    private readonly host: SlideHost,
    private readonly leave: () => void,
    /** The host went fullscreen (the slides must be brought back on top of it). */
    private readonly onFullscreen: () => void = () => {},
  ) {
    host.addController(this);
  }

  // A presentation moved elsewhere in the page goes on where it was (a removal ends fullscreen).
  hostConnected(): void {
    if (this.active) this.listen(true);
  }

  hostDisconnected(): void {
    if (this.active) this.listen(false);
    this.fullscreen = false;
  }

  /** Starts a presentation at the slide the address holds, or the first. */
  start(): void {
    if (this.active) return;
    this.active = true;
    this.index = (this.address().readSlide() ?? 1) - 1;
    this.listen(true);
  }

  /** Ends it: the keys are the page's again, the slide leaves the address, fullscreen ends. */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.listen(false);
    this.address().writeSlide(undefined);
    const document = this.host.ownerDocument;
    if (this.fullscreen && document.fullscreenElement === this.host) void document.exitFullscreen().catch(() => {});
    this.fullscreen = false;
  }

  /** From now on, the host's leaving fullscreen leaves the presentation (it went fullscreen for it). */
  followFullscreen(): void {
    this.fullscreen = this.active && this.host.ownerDocument.fullscreenElement === this.host;
    if (this.fullscreen) this.onFullscreen();
  }

  /** How many slides there are, once known; the slide shown stays within them. */
  setCount(count: number): void {
    this.count = count;
    if (count > 0) this.go(this.index);
  }

  /** Shows slide `index` (kept within the slides) and writes it in the address. */
  go(index: number): void {
    const within = Math.min(Math.max(index, 0), Math.max(this.count - 1, 0));
    if (within !== this.index) {
      this.index = within;
      this.host.requestUpdate();
    }
    if (this.active && this.count > 0) this.address().writeSlide(within + 1);
  }

  private address() {
    return addressOf(this.host.group ?? '');
  }

  private listen(on: boolean): void {
    const { ownerDocument: document } = this.host;
    const window = document.defaultView;
    if (on) {
      window?.addEventListener('keydown', this.onKeydown);
      document.addEventListener('fullscreenchange', this.onFullscreenChange);
    } else {
      window?.removeEventListener('keydown', this.onKeydown);
      document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    }
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (controlKeeps(event.composedPath()[0], event.key)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.leave();
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    this.go(event.shiftKey && event.key === ' ' ? this.index - 1 : move(this.index, this.count));
  };

  private readonly onFullscreenChange = (): void => {
    const fullscreen = this.host.ownerDocument.fullscreenElement === this.host;
    // The page made the presenting host fullscreen itself: the slides go on top of it.
    if (fullscreen && !this.fullscreen) this.onFullscreen();
    if (this.fullscreen && !fullscreen) {
      this.fullscreen = false;
      this.leave();
    }
  };
}
