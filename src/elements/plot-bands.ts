import { css, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Band, BandedChart } from '../charts/plot-chart.js';
import { plotWithPoints } from './plot-overlay.js';

/**
 * A chart Plot draws in bands (`BandedChart`), as the element shows it: each band in a box of its
 * shape, its drawing made when the box comes near the viewport — at once for the bands near it
 * when the chart is drawn (the first, or those near it before a year switch), the others as the
 * reader scrolls to them, all of them before the page prints — and laid out by the browser only
 * near the viewport (`content-visibility`). Plot's drawings are hidden from assistive technology;
 * the points over them (`overlay`) are not.
 */
export class BandsController implements ReactiveController {
  /** The bands near the viewport, by their place: drawn at once in the next chart. */
  private readonly near = new Set<number>([0]);
  /** The shown chart's boxes, one a band. */
  private boxes: HTMLElement[] = [];
  /** The boxes still waiting for their drawing, with their band. */
  private readonly waiting = new Map<Element, Band>();
  private shown?: BandedChart;
  private readonly observer =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            for (const { target, isIntersecting } of entries) {
              const index = Number((target as HTMLElement).dataset.band);
              if (!isIntersecting) {
                this.near.delete(index);
                continue;
              }
              this.near.add(index);
              this.fill(target);
            }
          },
          // A screen ahead: a band is drawn before the reader scrolls to it.
          { rootMargin: '100% 0px' },
        );

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.all);
    this.observer?.disconnect();
  }

  /** The bands and the points over them. */
  render(chart: BandedChart, overlay: SVGSVGElement | undefined): TemplateResult {
    if (chart !== this.shown) this.show(chart);
    return plotWithPoints(this.boxes, overlay);
  }

  /** Makes the chart's boxes, each band near the viewport drawn in its box now and the others watched for. */
  private show(chart: BandedChart): void {
    this.shown = chart;
    this.observer?.disconnect();
    this.waiting.clear();
    this.boxes = chart.bands.map((band, index) => {
      const box = this.host.ownerDocument.createElement('div');
      box.className = 'plot-band';
      box.dataset.band = String(index);
      // Set on the element itself (allowed under a strict Content-Security-Policy, as a style attribute is not).
      box.style.width = `${band.width}px`;
      box.style.aspectRatio = `${band.width} / ${band.height}`;
      this.waiting.set(box, band);
      if (band.drawn || this.near.has(index) || !this.observer) this.fill(box);
      this.observer?.observe(box);
      return box;
    });
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
