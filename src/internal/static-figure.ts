import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What marks the figure an element holds in its light DOM, written in advance (`npm run static`). */
const FIGURE = ':scope > .fz-static';

/**
 * The figure a page holds inside an element, written in advance (`npm run static`): what a reader
 * sees with no script, and before the script runs. The element shows it as it is, laid out by the
 * page (`:state(static)`: the host makes no box of its own and changes no text size), until it has
 * its own figure; then it takes over in place, without moving what follows on the page: the space
 * the static figure took is kept under the live one while that space is in view and the element
 * shows what was taken over (the same year, in a box as wide). Out of view it goes (what moves then
 * is off screen, or above it, where the browser's scroll anchoring keeps the reader's place). The
 * live data table is as open as the static one's. A dataset that
 * cannot be loaded leaves the static figure shown; the element still tells the page (`fz-error`).
 */
export class StaticFigureController implements ReactiveController {
  /** The static figure, while the element shows it. */
  private figure: Element | null = null;
  /** Whether the element has shown the static figure through its shadow root. */
  private slotted = false;
  /** Whether the element has taken its static figure over. */
  private taken = false;
  /** Where what follows the element started before its shadow root was attached. */
  private unshown?: number;
  /**
   * Where what follows the element started, read when the element took over; kept until it shows
   * something else (the reader's year, another width), when it takes its own height.
   */
  private followingTop?: number;
  private heldFor?: { shown: string; width?: number };
  /** Ends the hold once the kept space is out of view. */
  private readonly watch =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting) || this.followingTop === undefined) return;
          this.release();
          this.host.requestUpdate();
        });
  /** Whether the taken-over figure showed its data table open. */
  tableOpen = false;

  constructor(
    private readonly host: Host,
    private readonly states?: CustomStateSet,
  ) {
    host.addController(this);
  }

  /**
   * Call before the host attaches its shadow root (`createRenderRoot`): until then the page lays the
   * static figure out, and where what follows it starts is read for a take-over at the first update.
   */
  beforeShadowRoot(): void {
    this.figure = this.host.querySelector(FIGURE);
    if (this.figure) this.unshown = followingTop(this.host);
  }

  hostConnected(): void {
    this.setState(this.figure !== null);
  }

  /**
   * Call in the host's `willUpdate`: whether it shows the static figure instead of its own. `own`:
   * whether it has a figure of its own to show (not only that it is loading, or that loading
   * failed); `shown` says what it shows (its year, compared year and language) and `width` is its
   * chart's width: the hold lasts while both stay.
   */
  willShow(own: boolean, shown: string, width: number | undefined): boolean {
    // A figure parsed after the element started (its script ran before the page was whole).
    if (!this.figure && !this.taken && this.host.querySelector(FIGURE)) {
      this.figure = this.host.querySelector(FIGURE);
      this.setState(true);
    }
    if (this.figure) {
      if (!own) {
        this.slotted = true;
        return true;
      }
      // Taking over: where the page goes on, as the static figure lays it out (now, or before the shadow root hid it).
      this.followingTop = this.slotted ? followingTop(this.host) : this.unshown;
      this.heldFor = { shown, width };
      this.tableOpen = this.figure.querySelector('details[open]') !== null;
      this.figure = null;
      this.taken = true;
      this.setState(false);
      return false;
    }
    const held = this.heldFor;
    if (held && held.width === undefined) held.width = width;
    if (held && (held.shown !== shown || held.width !== width)) this.release();
    return false;
  }

  hostDisconnected(): void {
    this.release();
  }

  private release(): void {
    this.followingTop = undefined;
    this.heldFor = undefined;
    this.watch?.disconnect();
  }

  /** The space kept under the live figure while the hold lasts; its height is set once the figure is laid out. */
  spacer(): TemplateResult | typeof nothing {
    return this.followingTop === undefined ? nothing : html`<div class="static-hold" aria-hidden="true"></div>`;
  }

  hostUpdated(): void {
    const spacer = this.host.renderRoot.querySelector<HTMLElement>('.static-hold');
    if (!spacer || this.followingTop === undefined) return;
    const now = followingTop(this.host);
    if (now === undefined) return;
    // What follows goes back to where it was: never a negative space (a taller live figure moves it down).
    const height = Math.max(0, spacer.getBoundingClientRect().height + this.followingTop - now);
    spacer.style.height = `${height}px`;
    this.watch?.observe(spacer);
  }

  private setState(on: boolean): void {
    try {
      if (on) this.states?.add('static');
      else this.states?.delete('static');
    } catch {
      // A browser whose custom states need another spelling: the host keeps its own box.
    }
  }
}

/** The static figure shown: the light DOM's, through the shadow root. */
export const staticSlot = (): TemplateResult => html`<slot></slot>`;

/** While it shows the static figure, the host lays out nothing of its own: the figure is laid out as before the script ran. */
export const staticFigureStyles = css`
  :host(:state(static)) {
    display: contents;
    font-size: inherit;
  }
`;

/**
 * The top of the first box after `host` in the page (the following paragraph, or another element's
 * figure, static or live), in the viewport's coordinates; undefined when nothing follows.
 */
function followingTop(host: Element): number | undefined {
  const document = host.ownerDocument;
  const walker = document.createTreeWalker(document.body ?? document.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = host;
  // Past the host's own light DOM (its static figure, its text for toolbars).
  let node: Node | null = walker.nextSibling();
  for (let up: Node | null = host; !node && up; up = up.parentNode) {
    walker.currentNode = up;
    node = walker.nextSibling();
  }
  while (node) {
    const element = node as Element;
    const rects = element.getClientRects();
    if (rects.length > 0 && !/absolute|fixed/.test(getComputedStyle(element).position)) return rects[0].top;
    node = walker.nextNode();
  }
  return undefined;
}
