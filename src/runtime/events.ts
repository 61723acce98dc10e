/** Events the elements fire; each bubbles and crosses shadow roots. */
export interface FzEventMap {
  /** The dataset could not be loaded, is invalid, or lacks the year. */
  'fz-error': { kind: string; message: string; path?: string };
  /** The year or the comparison was changed on the element that fires it. */
  'fz-year-change': { year?: number; compare?: string };
}

/** Fires `name` from `host` with `detail`; returns the event. */
export function emit<K extends keyof FzEventMap>(host: HTMLElement, name: K, detail: FzEventMap[K]): CustomEvent<FzEventMap[K]> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
  host.dispatchEvent(event);
  return event;
}

type FzEvents = { [K in keyof FzEventMap]: CustomEvent<FzEventMap[K]> };

declare global {
  // On the elements, and on the document they bubble up to.
  interface HTMLElementEventMap extends FzEvents {}
  interface DocumentEventMap extends FzEvents {}
}
