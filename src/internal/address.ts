import type { YearChoice } from './year-sync.js';

/**
 * Where the page's own group keeps its year in the page address:
 * - `hash` (default): `#year=2023&compare=previous`, but only while the hash is empty or ours —
 *   a router's `#/news/12` or an anchor's `#contact` is never touched, and then the year stays
 *   out of the address;
 * - `query`: `?year=2023` beside the page's other parameters, for pages whose hash belongs to a
 *   router;
 * - `none`: the address is neither read nor written.
 * Written with `history.replaceState` on the page's own address (never resolved against
 * `<base href>`), so a year change adds no history entry and never leaves the page.
 */
export type UrlState = 'hash' | 'query' | 'none';

export const URL_STATES: readonly UrlState[] = ['hash', 'query', 'none'];

export interface Address {
  /** The choice the address holds; undefined when what it holds is not ours. */
  read(): YearChoice | undefined;
  /** Writes `choice` where it may go. */
  write(choice: YearChoice): void;
}

const KEYS = ['year', 'compare'];

/** Our keys from URL parameters; values that are not a year (or `previous`) are left out. */
function choiceOf(params: URLSearchParams): YearChoice {
  const year = params.get('year') ?? '';
  const compare = params.get('compare') ?? '';
  return {
    year: /^\d{4}$/.test(year) ? Number(year) : undefined,
    compare: compare === 'previous' || /^\d{4}$/.test(compare) ? compare : undefined,
  };
}

/** Our keys as `key=value` pairs, in order. */
function pairsOf({ year, compare }: YearChoice): string[] {
  const pairs: string[] = [];
  if (year !== undefined) pairs.push(`year=${year}`);
  if (compare !== undefined) pairs.push(`compare=${encodeURIComponent(compare)}`);
  return pairs;
}

let writable = true;

/** Replaces the page's address in place; where the page may not (an `about:srcdoc` frame, a sandbox), it stops trying. */
function replace(url: URL): void {
  if (!writable || url.href === location.href) return;
  try {
    history.replaceState(history.state, '', url.href);
  } catch (error) {
    writable = false;
    console.warn('fazhi-dashboard: this page does not let its address be changed; the year is kept on the page only.', error);
  }
}

const hashAddress: Address = {
  read() {
    const hash = location.hash.replace(/^#/, '');
    if (!hash) return {};
    const params = new URLSearchParams(hash);
    return [...params.keys()].every((key) => KEYS.includes(key)) ? choiceOf(params) : undefined;
  },
  write(choice) {
    if (!this.read()) return;
    const url = new URL(location.href);
    url.hash = pairsOf(choice).join('&');
    replace(url);
  },
};

const queryAddress: Address = {
  read: () => choiceOf(new URLSearchParams(location.search)),
  write(choice) {
    // The page's own parameters stay exactly as written (`?q=a%20b&flag`): only our pairs change.
    const theirs = location.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !KEYS.includes(decodeURIComponent(pair.split('=')[0].replace(/\+/g, ' '))));
    const query = [...theirs, ...pairsOf(choice)].join('&');
    const url = new URL(location.href);
    url.search = query ? `?${query}` : '';
    replace(url);
  },
};

const noAddress: Address = { read: () => undefined, write: () => {} };

export const addresses: Record<UrlState, Address> = { hash: hashAddress, query: queryAddress, none: noAddress };
