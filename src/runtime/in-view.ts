import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether each watched element is in the viewport, as one observer for all of them last saw it. */
const seen = new WeakMap<Element, boolean>();
let observer: IntersectionObserver | undefined;

function observerOf(): IntersectionObserver | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) seen.set(entry.target, entry.isIntersecting);
  });
  return observer;
}

/** Watches whether `element` is in the viewport (`isInView`). */
export function watchInView(element: Element): void {
  observerOf()?.observe(element);
}

export function unwatchInView(element: Element): void {
  observerOf()?.unobserve(element);
  seen.delete(element);
}

/** Whether a watched element is in the viewport, as last seen; `unknown` until the browser has said (and where it cannot). */
export function isInView(element: Element, unknown = true): boolean {
  return seen.get(element) ?? unknown;
}

/**
 * Whether the host is in the viewport, where a reader sees it change: an element out of view may
 * take a change a frame later, after the one that paints what is seen.
 */
export class InViewController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get inView(): boolean {
    return isInView(this.host);
  }

  hostConnected(): void {
    watchInView(this.host);
  }

  hostDisconnected(): void {
    unwatchInView(this.host);
  }
}
