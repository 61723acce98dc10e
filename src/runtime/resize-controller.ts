import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The room a chart has: the content width of its box and its text size, in CSS pixels; and its
 * height, when it fills one (a slide's chart).
 */
export interface Room {
  width: number;
  fontSize: number;
  /** The size of the text the chart draws: its box's probe's (the box's own text size, unless the chart's labels are set apart). */
  labelSize: number;
  height?: number;
  /** Drawn for paper (the browser is about to print): compact, each label beside its bar. */
  print?: boolean;
}

/**
 * The width of a printed A4 page inside its margins (182 mm). Printing lays the page out again with
 * no time for observers, so charts are redrawn for paper when the browser says it is about to print
 * (at most this wide, less their own frame; as wide as that when the host fills the page, as a
 * dashboard's charts do), and measured again after.
 */
const PAGE_WIDTH_PX = 680;

/**
 * Measures the box the host draws its chart in, and reports its room whenever its width or its
 * text size changes (a ResizeObserver on the box, and on a 1em-wide probe inside it for the text
 * size; never the window). The box and the probe are what the host rendered for them, so nothing
 * of the host's padding or borders is known here.
 */
export class ResizeController implements ReactiveController {
  private observed: Element | null = null;
  private readonly observer = new ResizeObserver(() => {
    // Reported in the next frame: redrawing inside the observer's callback would change the
    // host's height while the browser is still delivering size changes (a "loop" error).
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.observed && this.measure(this.observed));
  });
  private frame = 0;
  private room?: Room;
  /** Between the browser's saying it will print and its saying it has: what is measured meanwhile is measured for paper. */
  private printing = false;

  /**
   * `box` finds the box to measure (null until the host renders it), with an element `.em-probe`
   * 1em wide inside it; `onResize` takes each new room.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly box: () => Element | null,
    /** Takes each new room; `now` when the host must draw it at once, before the browser goes on (printing). */
    private readonly onResize: (room: Room, now?: boolean) => void,
    /** Whether the host fills the printed page's width (one chart under the other); otherwise it keeps its width, if narrower. */
    private readonly fillsPrintedPage: () => boolean = () => false,
    /** Whether the chart fills its box's height too (its box is sized by the page, not by the chart: a slide). */
    private readonly fillsHeight: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
    // Connected (again, when moved on the page): the box is observed and measured after the next update.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const box = this.box();
    if (box === this.observed) return;
    this.observer.disconnect();
    this.observed = box;
    if (!box) return;
    this.observer.observe(box);
    const probe = box.querySelector(':scope > .em-probe');
    if (probe) this.observer.observe(probe);
    // Measured before the first paint, so that the chart is drawn in it rather than a frame later
    // (the host updates once more for it; Lit says so in development builds).
    measureSoon(this, box);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.observed = null;
    toMeasure.delete(this);
  }

  /** Whether the chart fills its box's height now. */
  fillsHeightNow(): boolean {
    return this.fillsHeight();
  }

  private measure(box: Element): void {
    // Drawn for paper until the browser has printed: what the screen's layout measures meanwhile is not the paper's.
    if (this.printing) return;
    this.report(roomOf(box, this.fillsHeight()));
  }

  /** Takes a measured room: tells the host when it is new. */
  report(room: Room): void {
    const last = this.room;
    if (
      room.width === last?.width &&
      room.fontSize === last.fontSize &&
      room.labelSize === last.labelSize &&
      room.height === last.height &&
      room.print === last.print
    )
      return;
    this.room = room;
    this.onResize(room);
  }

  // The host draws at once: `print()` called by a script fires this event and lays the page out for
  // paper before it returns, before any update scheduled now would run.
  private readonly onBeforePrint = (): void => {
    const { room, observed } = this;
    const host = observed && (observed.getRootNode() as ShadowRoot).host;
    this.printing = true;
    // A slide's chart prints as drawn, its slide scaled to the paper whole.
    if (!room || !host || this.fillsHeight()) return;
    const paper = Math.floor(PAGE_WIDTH_PX - (host.getBoundingClientRect().width - room.width));
    const width = this.fillsPrintedPage() ? paper : Math.min(room.width, paper);
    if (width <= 0) return;
    this.room = { ...room, width, print: true };
    this.onResize(this.room, true);
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    if (this.observed) this.measure(this.observed);
  };
}

/**
 * The content width and text size of `box`, the size of the text its chart draws (its probe's),
 * and its content height when the chart fills it (reading them lays the page out, if it must).
 */
function roomOf(box: Element, withHeight = false): Room {
  const style = getComputedStyle(box);
  const probe = box.querySelector(':scope > .em-probe');
  const edges = (sides: readonly string[]) =>
    style.boxSizing === 'border-box' ? sides.reduce((sum, side) => sum + (parseFloat(style.getPropertyValue(side)) || 0), 0) : 0;
  const width =
    Math.floor(parseFloat(style.width) - edges(['padding-left', 'padding-right', 'border-left-width', 'border-right-width'])) || 0;
  const fontSize = parseFloat(style.fontSize) || 16;
  const room: Room = { width, fontSize, labelSize: (probe && parseFloat(getComputedStyle(probe).fontSize)) || fontSize };
  if (!withHeight) return room;
  const height =
    Math.floor(parseFloat(style.height) - edges(['padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width'])) || 0;
  return { ...room, height };
}

/** Controllers whose new box is still to be measured, with that box. */
const toMeasure = new Map<ResizeController, Element>();

/**
 * Measures `controller`'s box after the updates under way: every chart of a dashboard renders
 * its box first, then all are measured together (the page laid out once, not once per chart,
 * each chart's drawing undoing the last layout), then they draw.
 */
function measureSoon(controller: ResizeController, box: Element): void {
  if (toMeasure.size === 0) queueMicrotask(measureAll);
  toMeasure.set(controller, box);
}

function measureAll(): void {
  // All read first (one layout), then all told.
  const measured = [...toMeasure].flatMap(([controller, box]) =>
    box.isConnected ? [[controller, roomOf(box, controller.fillsHeightNow())] as const] : [],
  );
  toMeasure.clear();
  for (const [controller, room] of measured) controller.report(room);
}
