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
  Enter: (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  ArrowUp: (index) => index - 1,
  PageUp: (index) => index - 1,
  Backspace: (index) => index - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** The keys that move slides even inside a control: a clicker's (PageDown, PageUp), which no control uses. */
const CLICKER_KEYS = new Set(['PageDown', 'PageUp']);

/** What blanks the screen, as in PowerPoint: `b` and `.` black, `w` and `,` white. */
const BLANKS: Record<string, Blank> = { b: 'black', B: 'black', '.': 'black', w: 'white', W: 'white', ',': 'white' };

/** A blanked screen: black or white, until any key or a click. */
export type Blank = 'black' | 'white';

/**
 * Whether focus is on something the presenter went into on purpose (Tab into a year, a chart's
 * bars, a button), which keeps its own keys: anything focused in the presentation but the slide
 * itself. A click gives focus back to the slide (`Presentation`), so only the keyboard gets here.
 */
function entered(target: EventTarget | undefined, slide: Element | null | undefined): boolean {
  if (!(target instanceof Element) || !slide) return false;
  if (target === slide || target.localName === 'dialog' || target === target.ownerDocument.body) return false;
  return target.matches(':focus');
}

/**
 * The slide a presentation shows and how a person moves through it. The keys a clicker sends
 * turn the slides whatever was clicked last: → ↓ PageDown Space Enter forward, ← ↑ PageUp
 * Backspace Shift+Space back, Home and End; `b` `.` black the screen and `w` `,` white it (any key
 * or a click brings it back); F5 goes to the first slide; `?` shows the keys; Esc leaves, keeping
 * the place for the next time. A control the presenter entered with Tab keeps its own keys (the
 * arrows move the years, a chart's bars) but for PageDown and PageUp; Esc brings the slide keys
 * back. With two presentations on a page, the keys go to the one shown on top. The slide is kept in
 * the page's address beside the year (`#slide=3`, where the page's group keeps its year in the
 * hash), so that a reload keeps the place.
 */
export class SlidesController implements ReactiveController {
  /** The slide shown, counted from 0; kept when the presentation ends, for the next. */
  index = 0;
  /** The screen blanked, black or white; none while the slide shows. */
  blank?: Blank;
  /** Whether the keys are listed over the slide (`?`). */
  help = false;
  private count = 0;
  private active = false;
  /** Whether the host went fullscreen for the slides. */
  private fullscreen = false;
  /** The slide to show when the presentation starts: where it stopped (by default), or the first. */
  private startAt?: number;

  constructor(
    private readonly host: SlideHost,
    private readonly leave: () => void,
    /** The host went fullscreen (the slides must be brought back on top of it). */
    private readonly onFullscreen: () => void = () => {},
    /** The slide's box, which has focus when no control was entered. */
    private readonly slide: () => HTMLElement | null | undefined = () => null,
    /** A change of slide, blank or help to tell others of (the presenter's view): after it is made. */
    private readonly onChange: () => void = () => {},
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

  /** Whether a presentation is under way. */
  get presenting(): boolean {
    return this.active;
  }

  /**
   * The next presentation starts at the first slide (F5), instead of where the last stopped; one
   * under way already (started as its code arrived) goes there now, and the one after it goes on
   * from where it stops.
   */
  fromStart(): void {
    if (this.active) this.go(0);
    else this.startAt = 0;
  }

  /** Starts a presentation at the slide the address holds, or where the last one stopped (the first, the first time). */
  start(): void {
    if (this.active) return;
    this.active = true;
    const inAddress = this.address().readSlide();
    this.index = this.startAt ?? (inAddress === undefined ? this.index : inAddress - 1);
    this.startAt = undefined;
    this.blank = undefined;
    this.help = false;
    this.listen(true);
  }

  /** Ends it, keeping the slide for the next: the keys are the page's again, the slide leaves the address, fullscreen ends. */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.listen(false);
    this.address().writeSlide(undefined);
    const document = this.host.ownerDocument;
    if (this.fullscreen && document.fullscreenElement === this.host) void document.exitFullscreen().catch(() => {});
    this.fullscreen = false;
  }

  /** The host went fullscreen for the slides: they are brought back on top of it. */
  followFullscreen(): void {
    this.fullscreen = this.active && this.host.ownerDocument.fullscreenElement === this.host;
    if (this.fullscreen) this.onFullscreen();
  }

  /** How many slides there are, once known; the slide shown stays within them. */
  setCount(count: number): void {
    this.count = count;
    if (count === 0) return;
    const within = Math.min(this.index, count - 1);
    if (within !== this.index) {
      this.index = within;
      this.onChange();
    }
    if (this.active) this.address().writeSlide(within + 1);
  }

  /** Shows slide `index` (kept within the slides) and writes it in the address; a blanked screen comes back, and the list of keys goes. */
  go(index: number): void {
    const within = Math.min(Math.max(index, 0), Math.max(this.count - 1, 0));
    if (within !== this.index || this.blank) {
      this.index = within;
      this.blank = undefined;
      this.help = false;
      this.host.requestUpdate();
      this.onChange();
    }
    if (this.active && this.count > 0) this.address().writeSlide(within + 1);
  }

  /** Blanks the screen black or white, or (undefined) shows the slide again. */
  setBlank(blank: Blank | undefined): void {
    if (blank === this.blank) return;
    this.blank = blank;
    this.host.requestUpdate();
    this.onChange();
  }

  /** Shows or hides the list of keys. */
  setHelp(help: boolean): void {
    if (help === this.help) return;
    this.help = help;
    this.host.requestUpdate();
  }

  /**
   * Whether the audience sees this presentation: it is what is on top in the middle of the
   * window (with two presenting on a page, the one opened last, or the one fullscreen).
   */
  private shown(): boolean {
    const document = this.host.ownerDocument;
    const window = document.defaultView;
    if (!window) return false;
    const top = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    if (!top) return true;
    for (let node: Element | undefined = this.host; node; node = (node.getRootNode() as ShadowRoot).host) if (node === top) return true;
    return false;
  }

  private address() {
    return addressOf(this.host.group ?? '');
  }

  private listen(on: boolean): void {
    const { ownerDocument: document } = this.host;
    const window = document.defaultView;
    if (on) {
      // In the capture phase: before a chart or a control clicked last can take the key.
      window?.addEventListener('keydown', this.onKeydown, true);
      document.addEventListener('fullscreenchange', this.onFullscreenChange);
    } else {
      window?.removeEventListener('keydown', this.onKeydown, true);
      document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    }
  }

  /** Takes `event` for the slides: nothing else acts on it. */
  private take(event: KeyboardEvent): void {
    event.preventDefault();
    event.stopPropagation();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing || !this.shown()) return;
    const { key } = event;
    // A blanked screen: any key shows the slide again, and does only that.
    if (this.blank) {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(key)) return;
      this.take(event);
      this.setBlank(undefined);
      return;
    }
    if (this.help && (key === 'Escape' || key === '?')) {
      this.take(event);
      this.setHelp(false);
      return;
    }
    const slide = this.slide();
    if (entered(event.composedPath()[0], slide)) {
      // Esc brings the slide keys back (after the control has had it: a chart hides its tooltip).
      if (key === 'Escape') {
        event.preventDefault();
        queueMicrotask(() => slide?.focus());
        return;
      }
      if (!CLICKER_KEYS.has(key)) return;
    }
    if (key === 'Escape') {
      this.take(event);
      this.leave();
      return;
    }
    if (key === 'F5') {
      // F5 from the first slide, Shift+F5 from this one: never a reload while presenting.
      this.take(event);
      if (!event.shiftKey) this.go(0);
      return;
    }
    if (key === '?') {
      this.take(event);
      this.setHelp(!this.help);
      return;
    }
    const blank = BLANKS[key];
    if (blank && !event.shiftKey) {
      this.take(event);
      this.setBlank(blank);
      return;
    }
    const move = MOVES[key];
    if (!move) return;
    this.take(event);
    this.go(event.shiftKey && key === ' ' ? this.index - 1 : move(this.index, this.count));
  };

  private readonly onFullscreenChange = (): void => {
    const fullscreen = this.host.ownerDocument.fullscreenElement === this.host;
    // The page (or the fullscreen button) made the presenting host fullscreen: the slides go on top of it.
    if (fullscreen && !this.fullscreen) this.onFullscreen();
    // Leaving fullscreen keeps presenting, in the window.
    this.fullscreen = fullscreen;
    this.host.requestUpdate();
  };
}
