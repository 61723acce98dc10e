import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { POINT_CLASS, type ChartPoint } from '../charts/types.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Hover, focus and keys over a chart's points: one tab stop per chart, arrow keys (and Home/End)
 * move between points, Escape hides the tooltip. The tooltip shows the active point's value,
 * details and source quote, and sits under the point inside the chart box.
 */
export class PointsController implements ReactiveController {
  /** The points of the chart on screen, in `data-index` order. */
  points: readonly ChartPoint[] = [];
  /** When comparing, how the tooltip names the earlier year's value, e.g. "2023年：478件". */
  previousLine?: (valueText: string) => string;
  /** What the live region says: the point keyboard focus last moved to. */
  announcement = '';
  /** Index of the point whose tooltip shows, or null. */
  active: number | null = null;
  private pointerX: number | null = null;
  private refocus: number | null = null;

  /** `position` words a point's place for the announcement, e.g. "第2项，共7项". */
  constructor(
    private readonly host: Host,
    private readonly position: (index: number, count: number) => string,
  ) {
    host.addController(this);
  }

  /** Call before the chart is replaced (a resize, a text zoom): the focused point is remembered… */
  keepFocus(): void {
    this.refocus = this.indexOf((this.host.renderRoot as ShadowRoot).activeElement);
  }

  /** …and focused again in the new chart once it is on the page. */
  restoreFocus(): void {
    if (this.refocus === null) return;
    // A new chart's tab stop is its first point.
    this.moveFocus(0, this.refocus);
    this.refocus = null;
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
  }

  hostUpdated(): void {
    this.place();
  }

  /** The tooltip for the active point; text only, never markup from the data. */
  tooltip(quoteLabel: string): TemplateResult | typeof nothing {
    const point = this.active === null ? undefined : this.points[this.active];
    if (!point) return nothing;
    return html`<div class="tooltip" role="tooltip" id="tooltip" part="tooltip">
      <strong>${point.label}</strong>
      <span class="tooltip-value">${point.valueText}</span>
      ${point.previous && this.previousLine ? html`<span>${this.previousLine(point.previous.valueText)}</span>` : nothing}
      ${point.change ? html`<span class="change change-${point.change.direction}">${point.change.text}</span>` : nothing}
      ${point.details.map((line) => html`<span>${line}</span>`)}
      ${point.quote ? html`<q class="tooltip-quote"><span class="visually-hidden">${quoteLabel}</span>${point.quote}</q>` : nothing}
    </div>`;
  }

  private pointElement(index: number): SVGElement | null {
    return this.host.renderRoot.querySelector(`.${POINT_CLASS}[data-index="${index}"]`);
  }

  private indexOf(target: EventTarget | null): number | null {
    const point = (target as Element | null)?.closest?.(`.${POINT_CLASS}`);
    return point ? Number(point.getAttribute('data-index')) : null;
  }

  private show(index: number | null): void {
    if (index === this.active) return this.place();
    this.active = index;
    this.host.requestUpdate();
  }

  private onPointerOver(event: PointerEvent): void {
    const index = this.indexOf(event.target);
    if (index === null) return;
    this.pointerX = event.clientX;
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
    if (index === null) return;
    this.pointerX = null;
    const point = this.points[index];
    const change = point.change ? [point.change.text] : [];
    this.announcement = [point.label, point.valueText, ...change, ...point.details, this.position(index + 1, this.points.length)].join('，');
    this.show(index);
    this.host.requestUpdate();
  }

  private onFocusOut(event: FocusEvent): void {
    if (this.indexOf(event.relatedTarget) === null) this.show(null);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const index = this.indexOf(event.target);
    if (index === null) return;
    const last = this.points.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      this.show(null);
      return;
    }
    if (!(event.key in next)) return;
    event.preventDefault();
    this.moveFocus(index, next[event.key]);
  }

  private moveFocus(from: number, to: number): void {
    const target = this.pointElement(to);
    if (!target) return;
    this.pointElement(from)?.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus();
  }

  /** Puts the tooltip under the active point, kept inside the chart box, also under CSS zoom. */
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
    tooltip.style.top = `${(pointRect.bottom - boxRect.top) / scale + 4}px`;
  }
}
