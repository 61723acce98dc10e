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
  /** Writes `choice` where it may go, keeping the slide. */
  write(choice: YearChoice): void;
  /**
   * The slide a presentation shows (`#slide=3`, counted from 1); undefined when the address holds
   * none or is not ours. Only in the hash: a query's `slide` is the page's own.
   */
  readSlide(): number | undefined;
  /** Writes the slide where it may go (undefined takes it out), keeping the year. */
  writeSlide(slide: number | undefined): void;
}

/** Our keys in the address, in the order they are written; a query holds no slide. */
const KEYS = ['year', 'compare', 'slide'] as const;
type Key = (typeof KEYS)[number];
type Ours = Partial<Record<Key, string>>;
const QUERY_KEYS: readonly Key[] = ['year', 'compare'];

const isKey = (key: string): key is Key => (KEYS as readonly string[]).includes(key);
const isQueryKey = (key: string): key is Key => (QUERY_KEYS as readonly string[]).includes(key);

/** Our keys from URL parameters; values that are not a year (or `previous`) are left out. */
function choiceOf(ours: Ours): YearChoice {
  const { year = '', compare = '' } = ours;
  return {
    year: /^\d{4}$/.test(year) ? Number(year) : undefined,
    compare: compare === 'previous' || /^\d{4}$/.test(compare) ? compare : undefined,
  };
}

function slideOf(ours: Ours | undefined): number | undefined {
  const slide = ours?.slide ?? '';
  return /^[1-9]\d{0,2}$/.test(slide) ? Number(slide) : undefined;
}

function oursOf(params: URLSearchParams, keys: readonly Key[] = KEYS): Ours {
  return Object.fromEntries(keys.flatMap((key) => (params.has(key) ? [[key, params.get(key) ?? '']] : [])));
}

/** Our keys as `key=value` pairs, in order. */
function pairsOf(ours: Ours): string[] {
  return KEYS.flatMap((key) => (ours[key] === undefined ? [] : [`${key}=${encodeURIComponent(ours[key])}`]));
}

const choicePairs = ({ year, compare }: YearChoice): Ours => ({ year: year === undefined ? undefined : String(year), compare });

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

/** Where our keys are kept: read them (undefined when the place holds something not ours) and write a new set of them. */
interface Place {
  ours(): Ours | undefined;
  put(ours: Ours): void;
}

const hashPlace: Place = {
  ours() {
    const hash = location.hash.replace(/^#/, '');
    if (!hash) return {};
    const params = new URLSearchParams(hash);
    return [...params.keys()].every(isKey) ? oursOf(params) : undefined;
  },
  put(ours) {
    const url = new URL(location.href);
    url.hash = pairsOf(ours).join('&');
    replace(url);
  },
};

const queryPlace: Place = {
  ours: () => oursOf(new URLSearchParams(location.search), QUERY_KEYS),
  put(ours) {
    // The page's own parameters stay exactly as written (`?q=a%20b&flag`): only our pairs change.
    const theirs = location.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !isQueryKey(decodeURIComponent(pair.split('=')[0].replace(/\+/g, ' '))));
    const query = [...theirs, ...pairsOf(ours)].join('&');
    const url = new URL(location.href);
    url.search = query ? `?${query}` : '';
    replace(url);
  },
};

/** An address kept in `place`; a change of some of our keys keeps the others. */
function addressIn(place: Place, slides: boolean): Address {
  const update = (changed: Ours) => {
    const ours = place.ours();
    if (ours) place.put({ ...ours, ...changed });
  };
  return {
    read: () => {
      const ours = place.ours();
      return ours && choiceOf(ours);
    },
    write: (choice) => update(choicePairs(choice)),
    readSlide: () => (slides ? slideOf(place.ours()) : undefined),
    writeSlide: (slide) => slides && update({ slide: slide === undefined ? undefined : String(slide) }),
  };
}

const noAddress: Address = { read: () => undefined, write: () => {}, readSlide: () => undefined, writeSlide: () => {} };

export const addresses: Record<UrlState, Address> = {
  hash: addressIn(hashPlace, true),
  query: addressIn(queryPlace, false),
  none: noAddress,
};
