/** Events the elements fire; each bubbles and crosses shadow roots. */
export interface FzEventMap {
  'fz-error': { kind: string; message: string; path?: string };
  'fz-year-change': { year?: number; compare?: string };
}

/** Fires `name` from `host` with `detail`; returns the event. */
export function emit<K extends keyof FzEventMap>(host: HTMLElement, name: K, detail: FzEventMap[K]): CustomEvent<FzEventMap[K]> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
  host.dispatchEvent(event);
  return event;
}
