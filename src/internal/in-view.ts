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

/**
 * Whether the host is in the viewport, where a reader sees it change: an element out of view may
 * take a change a frame later, after the one that paints what is seen. Until the browser has said
 * (and where it cannot), the host counts as in view.
 */
export class InViewController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get inView(): boolean {
    return seen.get(this.host) ?? true;
  }

  hostConnected(): void {
    observerOf()?.observe(this.host);
  }

  hostDisconnected(): void {
    observerOf()?.unobserve(this.host);
    seen.delete(this.host);
  }
}
