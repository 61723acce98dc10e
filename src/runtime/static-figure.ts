import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { afterScrolling, onePerFrame, watchScrolling } from './after-paint.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** Marks the figure an element holds in its light DOM, written in advance (`npm run static`), which it takes over when its script runs. */
export const STATIC_CLASS = 'fz-static';

/**
 * The figure written in advance that `host` holds: by its class, or, where an editor's filter kept no
 * class attribute, as a section holding a data table in its disclosure (as every static figure
 * does; a section of the page's own does not).
 */
export function staticFigureOf(host: Element): Element | null {
  return host.querySelector(`:scope > .${STATIC_CLASS}`) ?? [...host.children].find(isStaticFigure) ?? null;
}

const isStaticFigure = (element: Element): boolean =>
  element.localName === 'section' && element.querySelector(':scope > details table') !== null;

/** Whether `document` holds a figure written in advance, in one of our elements. */
export function holdsStaticFigure(document: Document): boolean {
  return (
    document.querySelector(`.${STATIC_CLASS}`) !== null ||
    [...document.querySelectorAll('section')].some(
      (section) => section.parentElement?.localName.startsWith('fz-') && isStaticFigure(section),
    )
  );
}
/** The element's own figure, in its shadow root. */
const LIVE_FIGURE = '[part~="figure"]';
/**
 * The parts of a figure, static and live, that stay where the reader saw them while the space is
 * kept: the drawing, then the data table (each the live one's margin above it made up to where the
 * static one started; the page's styles lay the static figure's title and sentences out, ours the live one's).
 */
const KEPT_PARTS = [
  [':scope > svg', '[part~="chart"]'],
  [':scope > details', '[part~="table"]'],
] as const;
/**
 * How long a page has been open (ms) before a reader is taken to be reading its static figures:
 * a figure taken over sooner, the page not scrolled, is laid out as the live element lays it out
 * (the page has only just shown); later, or on a scrolled page, its parts stay where they were read.
 */
const READING_AFTER_MS = 2000;
/**
 * The share of the screen's height under which an element scrolled past its top, only its end
 * showing there, is taken to be behind the reader: what they read is what follows it.
 */
const END_ONLY_SHOWN = 1 / 4;

/**
 * The figure a page holds inside an element, written in advance (`npm run static`): what a reader
 * sees with no script, and before the script runs. The element shows it as it is, laid out by the
 * page (`:state(static)`: the host makes no box of its own and changes no text size), from the
 * moment its shadow root is attached (which holds a slot for it at once) until it has its own
 * figure; then it takes over in place, without moving what the reader looks at:
 *
 * - the live figure starts where the static one started, its drawing and its table where theirs
 *   did for a reader already reading (their margins made up to it), and what follows it stays where it was,
 *   space being kept above and below it while the element is in view and shows what was taken
 *   over (the same year, in a box as wide) — none below when what follows would be out of view
 *   under the screen without it;
 * - once the element is out of view that space goes; when the element is above the viewport (the
 *   reader has scrolled past it), the page is scrolled by what the element's height changed (also
 *   when the live figure is taller than the static one), so what the reader looks at stays where
 *   it is. Everything is measured in the page, not the viewport, and the scroll is set to where it
 *   was plus that change, whatever the browser's own scroll anchoring did meanwhile (it loses its
 *   anchor when that was in the static figure). The elements let their space go once the reader has
 *   stopped scrolling (putting the page back would cut a smooth scroll of theirs short), one a
 *   frame: in a frame that let two go, what lies between them would move by part of the scroll,
 *   which the browser counts as a shift of the layout.
 *
 * The live data table is as open as the static one's. A dataset that cannot be loaded leaves the
 * static figure shown; the element still tells the page (`fz-error`).
 */
export class StaticFigureController implements ReactiveController {
  /** The static figure, while the element shows it. */
  private figure: Element | null = null;
  /** The slot the shadow root holds from the start, until the element's first render puts its own. */
  private firstSlot?: HTMLSlotElement;
  /** Whether the element has taken its static figure over. */
  private taken = false;
  /**
   * The space of the taken-over figure: kept (`held`) while it is in view and the element shows
   * what was taken over, then let go (`ending`, for the update that removes it).
   */
  private hold: 'none' | 'held' | 'ending' = 'none';
  private heldFor?: { shown: string; width?: number };
  /** Where what follows the element started before the update under way, in the page, where the element ended, and the page's scroll then: read while the hold lasts. */
  private before?: Measured;
  /** Where the static figure started, in the page, read as the element takes it over. */
  private figureTop?: number;
  /** How far below the static figure's start its drawing and its table started (`KEPT_PARTS`), read as the element takes it over. */
  private partOffsets: (number | undefined)[] = [];
  /** Whether the element is in view, as last seen while the hold lasts. */
  private inView = true;
  /** Ends the hold once the element is out of view: when the reader has stopped scrolling, in its turn (`onePerFrame`), if it is still out of view then. */
  private readonly watch =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver((entries) => {
          // The host alone is watched; its latest entry says where it is now (a busy page may deliver several at once:
          // in view when first watched, out of it a frame later).
          this.inView = entries[entries.length - 1].isIntersecting;
          if (this.inView || this.hold !== 'held') return;
          // Out of view again before its turn: that turn does it, and this one finds nothing to do.
          afterScrolling(() =>
            onePerFrame(() => {
              if (!this.inView && this.hold === 'held') this.end();
            }),
          );
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
   * Call with the shadow root as soon as it is attached (`createRenderRoot`): it shows the host's
   * children (the static figure) through a slot until the first render, so the page lays that out
   * as before the script ran, also while other elements of the page start up. Nothing is measured
   * here: an element upgraded with others would see them half started.
   */
  attached(root: HTMLElement | DocumentFragment): void {
    this.figure = staticFigureOf(this.host);
    this.firstSlot = root.appendChild(this.host.ownerDocument.createElement('slot'));
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
    if (!this.figure && !this.taken) {
      this.figure = staticFigureOf(this.host);
      if (this.figure) this.setState(true);
    }
    if (this.figure) {
      if (!own) return true;
      // Taking over: where the page goes on, as the static figure lays it out (the host has no box of its own yet).
      this.before = measured(this.host, this.figure);
      this.figureTop = this.figure.getClientRects().length > 0 ? pageTop(this.figure) : undefined;
      const { figure, figureTop } = this;
      // A reader already reading (the page scrolled, or open a while): its parts stay where they were read.
      const reading = window.scrollY !== 0 || performance.now() >= READING_AFTER_MS;
      this.partOffsets =
        reading && figureTop !== undefined
          ? KEPT_PARTS.map(([part]) => {
              const shown = figure.querySelector(part);
              return shown && shown.getClientRects().length > 0 ? pageTop(shown) - figureTop : undefined;
            })
          : [];
      this.hold = this.before === undefined ? 'none' : 'held';
      watchScrolling();
      this.heldFor = { shown, width };
      this.tableOpen = this.figure.querySelector('details[open]') !== null;
      this.figure = null;
      this.taken = true;
      this.setState(false);
      return false;
    }
    const held = this.heldFor;
    if (held && held.width === undefined) held.width = width;
    // A new year or width lets the space go with the update that draws it, out of turn (a reader's choice: the browser counts no shift).
    if (held && (held.shown !== shown || held.width !== width)) this.end(false);
    if (this.hold !== 'none') this.before = measured(this.host);
    return false;
  }

  hostDisconnected(): void {
    if (this.hold !== 'none') this.releaseParts();
    this.hold = 'none';
    this.heldFor = undefined;
    this.watch?.disconnect();
  }

  /** Lets the kept space go at the next update (`update`: ask for one). */
  private end(update = true): void {
    this.hold = 'ending';
    this.heldFor = undefined;
    this.watch?.disconnect();
    if (update) this.host.requestUpdate();
  }

  /** `figure` (the element's own), with the space kept above and below it while the hold lasts; their heights are set once it is laid out. */
  held(figure: TemplateResult): TemplateResult {
    // One template whether held or not, so that the figure's own is kept as the space goes.
    const space = this.hold === 'held' ? html`<div class="static-hold" aria-hidden="true"></div>` : nothing;
    return html`${space}${figure}${space}`;
  }

  hostUpdated(): void {
    // The element's first render has put its own slot (or its own figure): the first one goes.
    this.firstSlot?.remove();
    this.firstSlot = undefined;
    if (this.hold === 'none') return;
    const { before } = this;
    if (this.hold === 'ending') {
      this.hold = 'none';
      this.releaseParts();
    } else {
      const [above, below] = this.host.renderRoot.querySelectorAll<HTMLElement>('.static-hold');
      if (above && this.figureTop !== undefined) {
        // Where the static figure started: its first margin, collapsed with the page's, is no margin of the element's.
        above.style.height = `${Math.max(0, this.figureTop - pageTop(this.host))}px`;
      }
      this.figureTop = undefined;
      this.keepParts(before?.following, below);
      const now = followingTop(this.host);
      // What follows goes back to where it was: never a negative space (a taller live figure moves it down); no space at
      // all when what follows would start below the screen without it, the reader at or above the element's top (no
      // blank under a chart that ends out of view: letting it go then moves nothing the reader sees).
      if (below && before !== undefined && now !== undefined) {
        const space = below.getBoundingClientRect().height;
        below.style.height = `${unseenUnder(this.host, now - space) ? 0 : Math.max(0, space + before.following - now)}px`;
      }
      this.watch?.observe(this.host);
    }
    const now = followingTop(this.host);
    if (before === undefined || now === undefined) return;
    // The reader is past the element (it ended at the screen's top or above, or only its end shows, in the screen's top
    // quarter): what they look at follows it, so the page scrolls by what that moved. A reader inside it reads what
    // stayed where it was (its start, its drawing and table).
    const past =
      before.end <= before.scroll || (before.top < before.scroll && before.end - before.scroll < window.innerHeight * END_ONLY_SHOWN);
    const moved = past ? now - before.following : 0;
    const scroll = before.scroll + moved;
    // At once, also on a page that scrolls smoothly (`scroll-behavior: smooth`).
    if (Math.abs(window.scrollY - scroll) >= 0.5) window.scrollTo({ left: window.scrollX, top: scroll, behavior: 'instant' });
  }

  /** The drawing and the table back to their own margins. */
  private releaseParts(): void {
    this.partOffsets = [];
    for (const [, part] of KEPT_PARTS) this.host.renderRoot.querySelector<HTMLElement>(part)?.style.removeProperty('margin-top');
  }

  /**
   * Puts the live figure's drawing and table where the static one's were, each in turn, by its margin
   * above (never less than none); where that would push what follows, in view, further than where it
   * was (`following`, less the space kept below), the last parts give back what they were given, so
   * what follows stays first.
   */
  private keepParts(following: number | undefined, below: HTMLElement | undefined): void {
    const parts = KEPT_PARTS.map(([, part]) => this.host.renderRoot.querySelector<HTMLElement>(part));
    const given: [HTMLElement, number, number][] = [];
    // The live figure starts where the static one did (the space above it says so): its parts as far below that.
    const start = this.host.renderRoot.querySelector(LIVE_FIGURE);
    for (const [index, part] of parts.entries()) {
      const offset = this.partOffsets[index];
      if (!part || !start || offset === undefined) continue;
      part.style.removeProperty('margin-top');
      const margin = parseFloat(getComputedStyle(part).marginTop) || 0;
      const wanted = Math.max(0, margin + pageTop(start) + offset - pageTop(part));
      part.style.marginTop = `${wanted}px`;
      given.push([part, wanted, wanted - margin]);
    }
    const now = followingTop(this.host);
    // What follows out of view under the screen: its moving down is not seen.
    if (following === undefined || now === undefined || unseenUnder(this.host, following)) return;
    let excess = now - (below?.getBoundingClientRect().height ?? 0) - following;
    for (const [part, wanted, added] of given.reverse()) {
      if (excess <= 0) break;
      const back = Math.min(excess, Math.max(0, added));
      part.style.marginTop = `${wanted - back}px`;
      excess -= back;
    }
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

/** Where what follows an element starts in the page (`followingTop`), where the element starts and ends, and how far the page is scrolled. */
interface Measured {
  following: number;
  top: number;
  end: number;
  scroll: number;
}

/** Where what follows `host` starts in the page (`followingTop`), where it (its `box`) starts and ends, and how far the page is scrolled. */
function measured(host: Element, box: Element = host): Measured | undefined {
  const following = followingTop(host);
  if (following === undefined) return undefined;
  const { top, bottom } = box.getBoundingClientRect();
  return { following, top: top + window.scrollY, end: bottom + window.scrollY, scroll: window.scrollY };
}

/** Whether what starts at `top` in the page, after `host`, is out of view under the screen, the reader at or above the host's top. */
const unseenUnder = (host: Element, top: number): boolean => top >= window.scrollY + window.innerHeight && pageTop(host) >= window.scrollY;

/** The top of `element`'s box in the page. */
const pageTop = (element: Element): number => element.getBoundingClientRect().top + window.scrollY;

/**
 * The top of the first box after `host` in the page (the following paragraph, or another element's
 * figure, static or live), in the page's coordinates; undefined when nothing follows.
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
    if (rects.length > 0 && !/absolute|fixed/.test(getComputedStyle(element).position)) return rects[0].top + window.scrollY;
    node = walker.nextNode();
  }
  return undefined;
}
