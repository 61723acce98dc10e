// The Node tests' end-to-end harness: one Chromium for the worker, shared by every file that opens
// pages; the built bundle and the datasets for a test server; a page opened with its errors and
// requests recorded (one tab lent to each test in turn); and the wait until every element on it has drawn.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import { launchChromium, root, serve } from '../../scripts/harness.mjs';
import { STRICT_CSP, WATCH_CSP } from './csp.js';

let launched: Promise<Browser> | undefined;

/**
 * This worker's Chromium: launched by the first file that asks, shared by the files after it (a
 * launch costs a second or more of the run each time), and gone with the worker. Each file opens
 * its own contexts and pages; `closePages` closes what a file left open.
 */
export function sharedChromium(): Promise<Browser> {
  launched ??= launchChromium().then((browser) => {
    browser.on('disconnected', () => {
      launched = undefined;
    });
    return browser;
  });
  return launched;
}

/** Closes every context of the shared Chromium (and so their pages): after a file's tests, what a failing test left open. */
export async function closePages(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

/** What a test server sends for a path (scripts/harness.mjs `serve`). */
export interface Served {
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  status?: number;
}

/**
 * The built bundle's files (`/fazhi-dashboard.js` and the files it loads on demand), the real
 * report at `/data/beiyang.json` and the multi-year sample at `/sample.json`; undefined for any
 * other path.
 */
export async function bundleAndData(path: string): Promise<Served | undefined> {
  if (/^\/fazhi-dashboard[\w-]*\.js$/.test(path))
    return { type: 'text/javascript', body: await readFile(join(inject('bundleDir'), path.slice(1))) };
  if (path === '/data/beiyang.json') return { type: 'application/json', body: await readFile(join(root, 'data/beiyang.json')) };
  if (path === '/sample.json') return { type: 'application/json', body: await readFile(join(root, 'demo/data/sample-multi-year.json')) };
  return undefined;
}

/**
 * A test server of pages loading the built bundle: each of `pages` by its path (`/csp.html` under the strict CSP, with
 * the watcher it loads at `/watch-csp.js`), then what `more` serves, then the bundle and the datasets (`bundleAndData`).
 */
export function serveBundlePages(
  pages: Record<string, string>,
  more: (path: string) => Promise<Served | undefined> = async () => undefined,
): Promise<{ origin: string; close: () => Promise<void> }> {
  return serve(async (path) => {
    if (path === '/csp.html')
      return { type: 'text/html; charset=utf-8', body: bundlePage(pages[path]), headers: { 'content-security-policy': STRICT_CSP } };
    if (pages[path]) return { type: 'text/html; charset=utf-8', body: bundlePage(pages[path]) };
    if (path === '/watch-csp.js') return { type: 'text/javascript', body: WATCH_CSP };
    return (await more(path)) ?? bundleAndData(path);
  });
}

/**
 * The files the bundle loads only when a reader asks, by the name before their hash: pictures and
 * tables, the slides, the PowerPoint writer (and an empty stand-in for Node's modules it never calls
 * in a browser), the iframe embed's code, the offline presentation, the trend's and the ranking's
 * code with Observable Plot, a year toggle's code for a collection of units (with the collection's
 * index, which the ranking reads too), and the bundler's helpers for CommonJS modules the PowerPoint
 * writer and Plot share, never the bundle.
 */
const ON_DEMAND = [
  'files',
  'presentation',
  'pptx',
  'deck-of',
  'embed',
  'offline',
  'comparing-views',
  'years-of-collection',
  'collection-index',
  'rolldown-runtime',
  '__vite-browser-external',
];

/** A file loaded on demand (`fazhi-dashboard-pptx-<hash>.js`), at the end of a URL or a path; its name (`pptx`) is the first group. */
export const ON_DEMAND_FILE = new RegExp(`(?:^|/)fazhi-dashboard-(${ON_DEMAND.join('|')})-[\\w-]+\\.js$`);

/** A page of `body` loading the built bundle, in Chinese as the portals' pages are. */
export function bundlePage(body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}
<script type="module" src="/fazhi-dashboard.js"></script></head><body>${body}</body></html>`;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** The reader's system's colour scheme, light or dark (light unless told). */
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  /** Whether the console's errors count as the page's errors. */
  consoleErrors?: boolean;
  /** Whether to wait until every element on the page has drawn (`drawn`). */
  wait?: boolean;
  /** How far the page's loading goes before `openPage` returns ('load' unless told; 'commit' for a page that streams in). */
  waitUntil?: 'commit' | 'domcontentloaded' | 'load';
  /** Permissions the page is given (`clipboard-read`…), none unless told. */
  permissions?: string[];
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, in order. */
  requests: string[];
  /** Every error the page did not catch (and its console's, when asked). */
  errors: string[];
  /** Every console message of the page and its frames, in order. */
  messages: string[];
  /** Ends the test's use of the page: the lent tab is left on a blank page for the next test, a context of the test's own is closed. */
  close(): Promise<void>;
}

/**
 * Opens `url` (1280 × 900 unless told), recording its requests, errors and console; waits until its
 * elements have drawn unless told not to. The page is the worker's lent tab (`lentPage`), as a new
 * one would be; with JavaScript off it is a context of its own. A test that needs init scripts or
 * routes makes a context of its own too: those cannot be taken back from a lent tab.
 */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<Opened> {
  const {
    width = 1280,
    height = 900,
    reducedMotion = 'no-preference',
    colorScheme = 'light',
    javaScriptEnabled = true,
    consoleErrors = false,
    wait = true,
    waitUntil = 'load',
    permissions = [],
  } = options;
  let page: Page;
  let close: () => Promise<void>;
  if (javaScriptEnabled) {
    ({ page, close } = await lentPage(browser));
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ media: null, colorScheme, reducedMotion, forcedColors: 'none' });
    if (permissions.length > 0) await page.context().grantPermissions(permissions);
  } else {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion, colorScheme, javaScriptEnabled, permissions });
    page = await context.newPage();
    close = () => context.close();
  }
  const requests: string[] = [];
  const errors: string[] = [];
  const messages: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    messages.push(message.text());
    if (consoleErrors && message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url, { waitUntil });
  if (wait) await drawn(page);
  return { page, context: page.context(), requests, errors, messages, close };
}

/** A tab lent to each test in turn: whether a test holds it now, how many times it was lent, the sites reached since it was, Playwright's own listeners. */
interface Lent {
  page: Page;
  held: boolean;
  loans: number;
  visited: Set<string>;
  own: Listening;
}
const lent = new WeakMap<Browser, Lent>();

/**
 * The tab each test of the worker is lent in turn, as a new tab would be: what the last test left —
 * its listeners, other tabs, storage on every site its tabs reached, cookies and permissions, keys
 * and mouse buttons held — is let go. A test holds the tab until it ends; a second page it opens
 * is a new tab beside it. A test that fails takes its tab with it: the next one opens a new tab, so
 * what a test that ran out of time still does cannot reach it. Opening a tab costs this browser
 * about a second of processor time, navigating one a tenth of that. A page opened outside a test
 * (in `beforeAll`) is held by no test: the first test takes it back.
 */
async function lentPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  let tab = lent.get(browser);
  if (tab?.held && !tab.page.isClosed()) {
    const beside = await tab.page.context().newPage();
    return { page: beside, close: () => beside.close() };
  }
  if (!tab || tab.page.isClosed()) {
    const page = await (await browser.newContext()).newPage();
    tab = { page, held: false, loans: 0, visited: new Set(), own: listening(page) };
    lent.set(browser, tab);
  } else await letGo(tab);
  const given = tab;
  const loan = ++given.loans;
  given.page.context().on('request', (request) => {
    const { origin } = new URL(request.url());
    if (origin !== 'null') given.visited.add(origin);
  });
  if (expect.getState().currentTestName !== undefined) {
    given.held = true;
    onTestFinished(async ({ task }) => {
      given.held = false;
      if (task.result?.state === 'fail') await given.page.context().close();
    });
  }
  const close = async () => {
    if (given.loans === loan && !given.page.isClosed()) await given.page.goto('about:blank');
  };
  return { page: given.page, close };
}

/** Lets go of what the last test left on the tab. */
async function letGo({ page, visited, own }: Lent): Promise<void> {
  const context = page.context();
  unlisten(page, own.page);
  unlisten(context, own.context);
  await Promise.all(context.pages().flatMap((other) => (other === page ? [] : [other.close()])));
  await page.goto('about:blank');
  const session = await context.newCDPSession(page);
  for (const origin of visited) await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await session.detach();
  visited.clear();
  await Promise.all([context.clearCookies(), context.clearPermissions()]);
  for (const key of ['Shift', 'Control', 'Alt', 'Meta']) await page.keyboard.up(key);
  await page.mouse.move(0, 0);
  for (const button of ['left', 'middle', 'right'] as const) await page.mouse.up({ button });
}

/** What Playwright's objects let us see of their listeners. */
interface Emitter {
  eventNames(): (string | symbol)[];
  rawListeners(event: string | symbol): unknown[];
  removeListener(event: string | symbol, listener: unknown): unknown;
}
type Listeners = Map<string | symbol, unknown[]>;
interface Listening {
  page: Listeners;
  context: Listeners;
}

const listenersOf = (emitter: Emitter): Listeners => new Map(emitter.eventNames().map((event) => [event, emitter.rawListeners(event)]));
/** The listeners a new tab and its context have: Playwright's own, which it waits on (a context's close, for one). */
const listening = (page: Page): Listening => ({
  page: listenersOf(page as unknown as Emitter),
  context: listenersOf(page.context() as unknown as Emitter),
});

/** Takes off `on` every listener added since `own` was taken. */
function unlisten(on: Page | BrowserContext, own: Listeners): void {
  const emitter = on as unknown as Emitter;
  for (const event of emitter.eventNames())
    for (const listener of emitter.rawListeners(event)) if (!own.get(event)?.includes(listener)) emitter.removeListener(event, listener);
}

/**
 * Waits until every `fz-*` element of the page, and each inside it through shadow roots, shows its chart, charts, slide,
 * years, a plain statement (no figures that year) or an alert; then until each has ended its updates, the rows of its
 * closed data table included (written just after the chart's first paint: its `updateComplete` waits for them).
 */
export async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const done = (element: Element): boolean =>
      !!element.shadowRoot?.querySelector('.chart svg, [role="alert"], .status:not([role]), .charts, fieldset, .slide[aria-label^="第"]') &&
      [...element.shadowRoot.querySelectorAll('*')].filter((inner) => inner.localName.startsWith('fz-')).every(done);
    const elements = [...document.body.children].filter((element) => element.localName.startsWith('fz-'));
    return elements.length > 0 && elements.every(done);
  });
  await page.evaluate(async () => {
    const within = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('fz-'))
        .flatMap((element) => [element, ...(element.shadowRoot ? within(element.shadowRoot) : [])]);
    const updating = new Set(within(document));
    const ended = Promise.all(
      [...updating].map((element) =>
        Promise.resolve((element as Element & { updateComplete?: Promise<unknown> }).updateComplete).then(() => updating.delete(element)),
      ),
    );
    // Named when one never ends (a page that stopped painting leaves a table's rows unwritten).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`still updating after 20 s: ${[...updating].map((element) => element.localName).join(', ')}`)),
        20_000,
      );
    });
    await Promise.race([ended, late]).finally(() => clearTimeout(timer));
  });
}

/** Waits for two frames: what resize observers reported in a frame has been drawn. */
export const settled = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Waits until nothing on the page moves: no animation or transition, through shadow roots, is running or about to start. */
export const still = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.getAnimations().every((animation) => !animation.pending && animation.playState !== 'running'));
