/**
 * The iframe embed (`embed.html`, whose `embed.js` asks the bundle for this file), for article
 * editors that strip `<script>`: one element on a blank page, chosen by the address, e.g. `embed.html?chart=petitions&year=2024&lang=en&src=/data/town.json`.
 *
 * - `chart`: `dashboard` (default), a section's key (`petitions`, `mediation`…), `trend`, `compare`
 *   or `year-toggle`; `src`, `year`, `compare`, `theme`, `figures`, `unit`, `figure`, `large-text`
 *   and `per-capita` (`1`) become the element's attributes; `lang` is the page's, which the element speaks.
 * - `src` is read only from the embed's own site, or from a site the page's own Content Security
 *   Policy lets it connect to (`connect-src 'self' https://data.example.gov.cn` in embed.html's
 *   meta): a link made by anyone must not show other figures under a government's address. The
 *   browser holds every request to that policy, redirects included; this script says why it
 *   shows nothing before any request is made.
 * - The page tells its parent its height, `{ type: 'fazhi-dashboard:height', height }` by
 *   `postMessage`, whenever it changes; a parent that listens sizes the iframe to fit.
 */
import { sections } from '../sections/registry.js';
import { type EmbedLang, embedLang, embedMessages } from './messages.js';

/**
 * What `chart=` may name: the dashboard, each report section's chart, the trend over the years, the
 * comparison of units (its `src` a collection) and the year toggle; the element is `fz-<chart>`.
 */
const CHARTS = ['dashboard', ...sections.map((section) => section.key), 'trend', 'compare', 'year-toggle'];

/** Address parameters passed on to the element as they are: each element checks its own (the trend's `figures`, the comparison's `unit` and `figure`). */
const PASSED = ['year', 'compare', 'theme', 'figures', 'unit', 'figure'];

/** The message the parent page receives with the embed's height. */
const HEIGHT_MESSAGE = 'fazhi-dashboard:height';

/**
 * The origins `src` may come from: those the `connect-src` of the page's CSP meta names
 * (`'self'` is the page's own). Wildcards allow nothing here: a site is named to be trusted.
 */
function allowedOrigins(page: Document): Set<string> {
  const policy = page.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]')?.content ?? '';
  const sources = /(?:^|;)\s*connect-src\s+([^;]*)/i.exec(policy)?.[1].trim().split(/\s+/) ?? ["'self'"];
  return new Set(
    sources.flatMap((source) => {
      if (source === "'self'") return [page.location.origin];
      return /^https?:\/\/[^*]+$/i.test(source) && URL.canParse(source) ? [new URL(source).origin] : [];
    }),
  );
}

/** The element the address asks for, or the message that says why there is none. */
function embeddedElement(address: URL, page: Document): HTMLElement | string {
  const query = address.searchParams;
  const lang: EmbedLang = embedLang(query.get('lang'));
  const t = embedMessages[lang];
  const chart = query.get('chart') || 'dashboard';
  if (!CHARTS.includes(chart)) return t.unknownChart(CHARTS.join(', '));
  const element = page.createElement(`fz-${chart}`);
  const src = query.get('src');
  if (src !== null) {
    const url = URL.canParse(src, address) ? new URL(src, address) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return t.badSource;
    if (!allowedOrigins(page).has(url.origin)) return t.refusedOrigin(url.origin);
    element.setAttribute('src', url.href);
  }
  for (const name of PASSED) {
    const value = query.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  for (const flag of ['large-text', 'per-capita']) if (query.get(flag) === '1') element.setAttribute(flag, '');
  // The embed has a page of its own, so its year stays out of the address.
  element.setAttribute('url-state', 'none');
  return element;
}

/** Tells the parent page the height of this one, now and whenever it changes. */
function reportHeight(page: Document): void {
  if (page.defaultView?.parent === page.defaultView) return;
  let sent = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(page.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    page.defaultView?.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(page.documentElement);
}

/**
 * Shows on `page` the element its address asks for, or why there is none, and tells its parent its
 * height. A page written with its element in it (`npm run static -- data.json --embed`: the element
 * holding its static figure) shows that element, whatever the address says.
 */
export function embed(page: Document): void {
  if ([...page.body.children].some((child) => child.localName.startsWith('fz-'))) {
    reportHeight(page);
    return;
  }
  const address = new URL(page.location.href);
  page.documentElement.lang = embedLang(address.searchParams.get('lang'));
  const shown = embeddedElement(address, page);
  if (typeof shown === 'string') {
    const message = page.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = shown;
    page.body.append(message);
  } else {
    page.body.append(shown);
  }
  reportHeight(page);
}
