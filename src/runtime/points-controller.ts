import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { type ChartPoint, POINT_CLASS } from '../charts/types.js';
import { tooltip } from './tooltip.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** The words a chart's points are read with, in the reader's language. */
export interface PointWords {
  /** What the live region says when focus moves to a point: its name, change and details, and its place. */
  announce: (point: ChartPoint, index: number, count: number) => string;
  /** How the tooltip names the compared year's value, e.g. "2023年：478件"; absent when not comparing. */
  comparedLine?: (valueText: string) => string;
  quoteLabel: string;
}

/**
 * Hover, focus and keys over a chart's points: one tab stop per chart, arrow keys (and Home/End)
 * move between points, Escape hides the tooltip. The tooltip shows the active point and sits
 * under it inside the chart box.
 */
export class PointsController implements ReactiveController {
  /** The words the points are read with. */
  words?: PointWords;
  /** What the live region says: the point keyboard focus last moved to. */
  announcement = '';
  /** Index of the point whose tooltip shows, or null. */
  active: number | null = null;
  /** Index of the point that is the chart's one tab stop: the first, or the one focus is on. */
  tabStop = 0;
  private shown: readonly ChartPoint[] = [];
  private pointerX: number | null = null;
  /** Whether focus is let go for a drawing anew, the tooltip staying. */
  private releasing = false;
  /** Whether Escape hid the tooltip: it stays hidden until the pointer or the keyboard comes to a point again. */
  private dismissed = false;
  /** A point focused when the chart was drawn for other points, to focus again once drawn. */
  private refocus: number | null = null;
  /** Whether focus is being put back on a point whose words are said already. */
  private restoring = false;
  /**
   * Where a key moves focus from the point at `index`, for a chart whose points are not one row
   * (the lines of a trend: ← → along a line, ↑ ↓ to the next line) or that has a key of its own (a
   * ranking's H, back to the host unit); undefined leaves the key to the walk along the points.
   */
  navigate?: (key: string, index: number) => number | undefined;
  /** Places the tooltip again when its size changes: shown after being hidden (a presentation's mouse at rest), or reflowed. */
  private tooltipSize?: ResizeObserver;
  private watchedTooltip?: Element;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The points of the chart on screen, in `data-index` order. */
  get points(): readonly ChartPoint[] {
    return this.shown;
  }

  /**
   * Takes the points and words of the chart about to be drawn (call in `willUpdate`): a point with
   * focus keeps it, as the chart's one tab stop, and is announced with its new figure; otherwise
   * the first point is the tab stop.
   */
  willDraw(points: readonly ChartPoint[], words: PointWords | undefined): void {
    this.words = words;
    if (points === this.shown) return;
    const focused = this.indexOf((this.host.renderRoot as ShadowRoot).activeElement);
    const kept = focused !== null && focused < points.length ? focused : null;
    this.shown = points;
    this.tabStop = kept ?? 0;
    this.refocus = kept;
    if (kept !== null) this.announcement = this.announce(kept);
    if (this.active !== null && this.active >= points.length) this.active = null;
  }

  /**
   * Lets go of the keyboard's focus on a point of `replaced`, overlays about to give way to `drawn`
   * (the chart drawn anew, for the same points in another box or for others): let go now, while the
   * element's update is under way, not when the replaced point leaves the page as the update is
   * written (which would start another update). `restoreFocus` puts it on the point drawn at its
   * place, or, where that point is drawn no more (a slide's ranking with room for fewer rows), on
   * the nearest one drawn, which takes its tooltip and is said.
   */
  release(replaced: readonly (Element | undefined)[], drawn: readonly (Element | undefined)[]): void {
    const focused = (this.host.renderRoot as ShadowRoot).activeElement;
    if (!(focused instanceof SVGElement) || !replaced.some((overlay) => overlay?.contains(focused))) return;
    const index = this.indexOf(focused);
    if (index !== null) {
      const wanted = this.refocus ?? (index < this.shown.length ? index : null);
      const kept = wanted === null ? null : nearestDrawn(drawn, wanted);
      this.refocus = kept;
      if (kept !== null) this.tabStop = kept;
      if (this.active === index) this.active = kept;
      if (kept !== null && kept !== wanted) this.announcement = this.announce(kept);
    }
    this.releasing = true;
    focused.blur();
    this.releasing = false;
  }

  /** Once the chart is drawn (call in `updated`, before the tab stop is set): the point that had focus, or the one taking its place, has it. */
  restoreFocus(): void {
    const target = this.refocus === null ? null : this.pointElement(this.refocus);
    this.refocus = null;
    if (!target || (this.host.renderRoot as ShadowRoot).activeElement === target) return;
    this.restoring = true;
    target.focus();
    this.restoring = false;
  }

  private announce(index: number): string {
    return this.words?.announce(this.points[index], index, this.points.length) ?? '';
  }

  private readonly listeners = {
    pointerover: (event: Event) => this.onPointerOver(event as PointerEvent),
    pointerout: (event: Event) => this.onPointerOut(event as PointerEvent),
    focusin: (event: Event) => this.onFocusIn(event as FocusEvent),
    focusout: (event: Event) => this.onFocusOut(event as FocusEvent),
    keydown: (event: Event) => this.onKeyDown(event as KeyboardEvent),
  };

  hostConnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) this.host.renderRoot.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) this.host.renderRoot.removeEventListener(type, listener);
    this.tooltipSize?.disconnect();
    this.watchedTooltip = undefined;
  }

  hostUpdated(): void {
    this.place();
    this.watchTooltip();
  }

  /** Watches the tooltip shown, if any: hidden, it has no box to be placed by (its placing waits for its size). */
  private watchTooltip(): void {
    const tooltip = this.host.renderRoot.querySelector('.tooltip') ?? undefined;
    if (tooltip === this.watchedTooltip) return;
    this.tooltipSize?.disconnect();
    this.watchedTooltip = tooltip;
    if (!tooltip || typeof ResizeObserver === 'undefined') return;
    this.tooltipSize ??= new ResizeObserver(() => this.place());
    this.tooltipSize.observe(tooltip);
  }

  /** The tooltip for the active point. */
  tooltip(): ReturnType<typeof repeat> | typeof nothing {
    const point = this.active === null ? undefined : this.points[this.active];
    if (!point || !this.words) return nothing;
    const { comparedLine, quoteLabel } = this.words;
    // One of its own for each point (keyed by it, as the bars are): what it says of the next point is new, not the last one's lines moved (a layout shift).
    return repeat(
      [point],
      (shown) => shown.id,
      (shown) => tooltip(shown, comparedLine, quoteLabel),
    );
  }

  private pointElement(index: number): SVGElement | null {
    return this.host.renderRoot.querySelector(`.${POINT_CLASS}[data-index="${index}"]`);
  }

  /** The point the pointer is over, if any. */
  private hoveredPoint(): number | null {
    return this.indexOf(this.host.renderRoot.querySelector(`.${POINT_CLASS}:hover`));
  }

  private indexOf(target: EventTarget | null): number | null {
    const point = (target as Element | null)?.closest?.(`.${POINT_CLASS}`);
    return point ? Number(point.getAttribute('data-index')) : null;
  }

  private show(index: number | null): void {
    if (index === this.active) {
      this.place();
      return;
    }
    this.active = index;
    this.host.requestUpdate();
  }

  private onPointerOver(event: PointerEvent): void {
    const index = this.indexOf(event.target);
    if (index === null) return;
    this.pointerX = event.clientX;
    this.dismissed = false;
    this.show(index);
  }

  private onPointerOut(event: PointerEvent): void {
    if (this.indexOf(event.relatedTarget) !== null) return;
    this.pointerX = null;
    const focused = this.indexOf((this.host.renderRoot as ShadowRoot).activeElement);
    this.show(focused);
  }

  private onFocusIn(event: FocusEvent): void {
    const index = this.indexOf(event.target);
    if (index === null || this.restoring) return;
    this.pointerX = null;
    this.dismissed = false;
    const announcement = this.announce(index);
    if (announcement !== this.announcement) {
      this.announcement = announcement;
      this.host.requestUpdate();
    }
    this.show(index);
  }

  /** Focus gone from the points: the tooltip goes, unless the pointer is on a point (a click gave the keys elsewhere) or the chart is drawn anew. */
  private onFocusOut(event: FocusEvent): void {
    if (this.releasing || this.indexOf(event.relatedTarget) !== null) return;
    this.show(this.dismissed ? null : this.hoveredPoint());
  }

  private onKeyDown(event: KeyboardEvent): void {
    const index = this.indexOf(event.target);
    if (index === null) return;
    const own = event.ctrlKey || event.metaKey || event.altKey ? undefined : this.navigate?.(event.key, index);
    if (own !== undefined) {
      event.preventDefault();
      this.moveFocus(own);
      return;
    }
    const last = this.points.length - 1;
    // The next point drawn that way (a slide's ranking leaves rows out), or this one at either end.
    const drawn = (step: number) => {
      for (let to = index + step; to >= 0 && to <= last; to += step) if (this.pointElement(to)) return to;
      return index;
    };
    const next: Record<string, number> = {
      ArrowRight: drawn(1),
      ArrowDown: drawn(1),
      ArrowLeft: drawn(-1),
      ArrowUp: drawn(-1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      // Escape hides a tooltip, and does only that (a presentation around the chart stays).
      if (this.active !== null) event.preventDefault();
      this.dismissed = true;
      this.show(null);
      return;
    }
    if (!(event.key in next)) return;
    event.preventDefault();
    this.moveFocus(next[event.key]);
  }

  private moveFocus(to: number): void {
    const target = this.pointElement(to);
    if (!target) return;
    this.tabStop = to;
    target.focus();
    this.host.requestUpdate();
  }

  /**
   * Puts the tooltip under the active point (over it when the window has no room for it below, above
   * a presentation's bar, and has above: a ranking's last row), kept inside the chart box, also
   * under CSS zoom.
   */
  private place(): void {
    const root = this.host.renderRoot;
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    const box = tooltip?.offsetParent as HTMLElement | null;
    const point = this.active === null ? null : this.pointElement(this.active);
    if (!tooltip || !box || !point) return;
    const boxRect = box.getBoundingClientRect();
    const pointRect = point.getBoundingClientRect();
    // getBoundingClientRect is in zoomed pixels when a portal toolbar zooms the page; style offsets are not.
    const scale = box.offsetWidth > 0 ? boxRect.width / box.offsetWidth : 1;
    const anchorX = this.pointerX ?? pointRect.left + Math.min(pointRect.width / 2, 96 * scale);
    const left = (anchorX - boxRect.left) / scale - tooltip.offsetWidth / 2;
    const maxLeft = box.clientWidth - tooltip.offsetWidth;
    tooltip.style.left = `${Math.max(0, Math.min(left, maxLeft))}px`;
    const height = tooltip.offsetHeight * scale;
    // The window's foot, above what covers it there (a presentation's bar of controls: its room, inherited).
    const floor = innerHeight - (parseFloat(getComputedStyle(box).getPropertyValue('--_controls-room')) || 0);
    const over = pointRect.bottom + 4 * scale + height > floor && pointRect.top - 4 * scale - height >= 0;
    const top = over ? pointRect.top - boxRect.top - height - 4 * scale : pointRect.bottom - boxRect.top + 4 * scale;
    tooltip.style.top = `${top / scale}px`;
  }
}

/** The index of the point drawn in `overlays` nearest to `index` (itself when drawn; the earlier of two as near), or null when none is drawn. */
function nearestDrawn(overlays: readonly (Element | undefined)[], index: number): number | null {
  let nearest: number | null = null;
  for (const overlay of overlays)
    for (const mark of overlay?.querySelectorAll(`.${POINT_CLASS}`) ?? []) {
      const at = Number(mark.getAttribute('data-index'));
      if (
        nearest === null ||
        Math.abs(at - index) < Math.abs(nearest - index) ||
        (Math.abs(at - index) === Math.abs(nearest - index) && at < nearest)
      )
        nearest = at;
    }
  return nearest;
}
