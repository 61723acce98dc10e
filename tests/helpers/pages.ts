// The Node tests' end-to-end harness: one Chromium for the worker, shared by every file that opens
// pages; the built bundle and the datasets for a test server; a page opened with its errors and
// requests recorded; and the wait until every element on it has drawn.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium, root } from '../../scripts/harness.mjs';

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

/** A page of `body` loading the built bundle, in Chinese as the portals' pages are. */
export function bundlePage(body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}
<script type="module" src="/fazhi-dashboard.js"></script></head><body>${body}</body></html>`;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** The reader's system's colour scheme, light or dark (the browser's own unless told). */
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  /** Whether the console's errors count as the page's errors. */
  consoleErrors?: boolean;
  /** Whether to wait until every element on the page has drawn (`drawn`). */
  wait?: boolean;
  /** How far the page's loading goes before `openPage` returns ('load' unless told; 'commit' for a page that streams in). */
  waitUntil?: 'commit' | 'domcontentloaded' | 'load';
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, in order. */
  requests: string[];
  /** Every error the page did not catch (and its console's, when asked). */
  errors: string[];
}

/** Opens `url` in a context of its own (1280 × 900 unless told), recording its requests and errors; waits until its elements have drawn unless told not to. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<Opened> {
  const {
    width = 1280,
    height = 900,
    reducedMotion,
    colorScheme,
    javaScriptEnabled,
    consoleErrors = false,
    wait = true,
    waitUntil = 'load',
  } = options;
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion, colorScheme, javaScriptEnabled });
  const page = await context.newPage();
  // A page closed takes its context with it, as one of `browser.newPage()` does.
  page.on('close', () => context.close().catch(() => {}));
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  if (consoleErrors) page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url, { waitUntil });
  if (wait) await drawn(page);
  return { page, context, requests, errors };
}

/** Waits until every `fz-*` element of the page, and each inside it through shadow roots, shows its chart, charts, slide, years, a plain statement (no figures that year) or an alert. */
export function drawn(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const done = (element: Element): boolean =>
      !!element.shadowRoot?.querySelector('.chart svg, [role="alert"], .status:not([role]), .charts, fieldset, .slide[aria-label^="第"]') &&
      [...element.shadowRoot.querySelectorAll('*')].filter((inner) => inner.localName.startsWith('fz-')).every(done);
    const elements = [...document.body.children].filter((element) => element.localName.startsWith('fz-'));
    return elements.length > 0 && elements.every(done);
  });
}

/** Waits for two frames: what resize observers reported in a frame has been drawn. */
export const settled = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Waits until nothing on the page moves: no animation or transition, through shadow roots, is running or about to start. */
export const still = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.getAnimations().every((animation) => !animation.pending && animation.playState !== 'running'));
