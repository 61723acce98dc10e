import { css, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Band, BandedChart } from '../charts/plot-chart.js';
import { isInView, unwatchInView, watchInView } from '../runtime/in-view.js';
import { plotWithPoints } from './plot-overlay.js';

/**
 * A chart Plot draws in bands (`BandedChart`), as the element shows it: each band in a box of its
 * shape, its drawing made when the box comes near the viewport — at once for the bands in view when
 * the chart is drawn (the first, or those in view before a year switch), just after that frame is
 * painted for the others near it, the rest as the reader scrolls to them, all of them before the
 * page prints — and laid out by the browser only near the viewport (`content-visibility`). Plot's
 * drawings are hidden from assistive technology; the points over them (`overlay`) are not.
 */
export class BandsController implements ReactiveController {
  /** The shown chart's boxes, one a band. */
  private boxes: HTMLElement[] = [];
  /** The boxes still waiting for their drawing, with their band. */
  private readonly waiting = new Map<Element, Band>();
  private shown?: BandedChart;
  /**
   * Draws a band a screen ahead of the reader. Told of every box it is given to watch once the
   * frame that shows them is laid out, it draws those near the viewport just after that frame.
   */
  private readonly near =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            for (const { target, isIntersecting } of entries) if (isIntersecting) this.fill(target);
          },
          { rootMargin: '100% 0px' },
        );

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.all);
    // Back on the page (moved): where its boxes now are is told anew.
    for (const box of this.boxes) this.watch(box);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.all);
    this.unwatch();
  }

  /** The bands and the points over them. */
  render(chart: BandedChart, overlay: SVGSVGElement | undefined): TemplateResult {
    if (chart !== this.shown) this.show(chart);
    return plotWithPoints(this.boxes, overlay);
  }

  /** Makes the chart's boxes, each band in the viewport drawn in its box now and the others watched for. */
  private show(chart: BandedChart): void {
    this.shown = chart;
    // The bands the chart before had in the viewport, by their place (none known after the element was off the page).
    const inView = this.boxes.map((box) => isInView(box, false));
    this.unwatch();
    this.waiting.clear();
    this.boxes = chart.bands.map((band, index) => {
      const box = this.host.ownerDocument.createElement('div');
      box.className = 'plot-band';
      // Set on the element itself (allowed under a strict Content-Security-Policy, as a style attribute is not).
      box.style.width = `${band.width}px`;
      box.style.aspectRatio = `${band.width} / ${band.height}`;
      this.waiting.set(box, band);
      if (band.drawn || inView[index] || !this.near) this.fill(box);
      this.watch(box);
      return box;
    });
  }

  private watch(box: Element): void {
    this.near?.observe(box);
    watchInView(box);
  }

  private unwatch(): void {
    this.near?.disconnect();
    for (const box of this.boxes) unwatchInView(box);
  }

  /** Puts a waiting box's drawing in it. */
  private fill(box: Element): void {
    const band = this.waiting.get(box);
    if (!band) return;
    this.waiting.delete(box);
    box.append(band.svg);
  }

  /** Every band drawn: the page prints them all. */
  readonly all = (): void => {
    for (const box of [...this.waiting.keys()]) this.fill(box);
  };
}

export const plotBandsStyles = css`
  /* A band out of view is not laid out or painted until it comes near. */
  .plot-band {
    max-width: 100%;
    content-visibility: auto;
  }
`;
