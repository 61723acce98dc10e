// The built bundle in the pages of a town's portal as the presentation, the printed handout and the
// PowerPoint deck are tried on: a test server for them, and what their tests read of a page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { root } from '../../scripts/harness.mjs';
import { closePages, ON_DEMAND_FILE, type Opened, openPage, serveBundlePages, sharedChromium } from './pages.js';

/** What the report's own words say, as the dataset quotes them. */
export const SOURCE_LINE = '来源：北洋镇人民政府《北洋镇2024年度法治政府建设年度报告》（2025年2月24日）';
export const REPORT_TITLE = '北洋镇2024年度法治政府建设年度报告';

const pages: Record<string, string> = {
  // The real report in a dashboard, and a chart of the invented multi-year sample in a group of its own (so that its year can change).
  '/quiet.html': `<fz-dashboard src="/data/beiyang.json"></fz-dashboard>
    <fz-petitions src="/sample.json" group="sample"></fz-petitions>`,
  '/csp.html': `<script type="module" src="/watch-csp.js"></script>
    <fz-dashboard src="/data/beiyang.json"></fz-dashboard>`,
  '/dashboard.html': '<fz-dashboard src="/data/beiyang.json"></fz-dashboard>',
  '/sample.html': '<fz-dashboard src="/sample.json" compare="previous"></fz-dashboard>',
  '/present.html': '<fz-dashboard mode="present" src="/data/beiyang.json"></fz-dashboard>',
  '/present-sample.html': '<fz-dashboard mode="present" src="/sample.json"></fz-dashboard>',
  '/present-sample-en.html': '<fz-dashboard mode="present" lang="en" src="/sample.json"></fz-dashboard>',
  // A town of the invented district, presented with the district's ranking.
  '/present-district.html':
    '<fz-dashboard mode="present" src="/sample-district/beiao.json" collection="/sample-district.json"></fz-dashboard>',
  '/present-district-en.html':
    '<fz-dashboard mode="present" lang="en" src="/sample-district/beiao.json" collection="/sample-district.json"></fz-dashboard>',
  '/handout-sample.html': '<fz-dashboard src="/sample.json"></fz-dashboard>',
  // The years of the sample, then the district's units ranked, as the demo's comparing page shows them.
  '/comparing.html': '<fz-trend src="/sample.json"></fz-trend><fz-compare src="/sample-district.json" unit="beiao"></fz-compare>',
  '/meeting.html': `<fz-dashboard src="/data/beiyang.json" theme="red" meeting="北洋镇第十八届人民代表大会第五次会议"
    reporting-unit="北洋镇司法所" reporter="王明" meeting-date="2025-03-10"></fz-dashboard>`,
};

/** The portal's pages, for one file's tests. */
export interface PortalPages {
  /** The test server's origin. */
  readonly origin: string;
  /** The worker's Chromium (tests/helpers/pages.ts). */
  readonly browser: Browser;
  /**
   * Opens a page of the test server at 1920 × 1080 (or `width` × `height`), with reduced motion, recording every request
   * and every error; waits until every element shows its charts or its slide and has ended its updates.
   */
  open(path: string, options?: { width?: number; height?: number; wait?: boolean }): Promise<Opened>;
}

/** Serves the portal's pages and takes the worker's Chromium before the calling file's tests; lets both go after them. */
export function portalPages(): PortalPages {
  let server: { origin: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await servePortalPages();
    browser = await sharedChromium();
  }, 120_000);
  afterAll(async () => {
    await closePages(browser);
    await server?.close();
  });
  const portal: PortalPages = {
    get origin() {
      if (!server) throw new Error('the portal pages are served from the first test on');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('the portal pages are served from the first test on');
      return browser;
    },
    open: (path, { width = 1920, height = 1080, wait = true } = {}) =>
      openPage(portal.browser, portal.origin + path, { width, height, wait, reducedMotion: 'reduce' }),
  };
  return portal;
}

/**
 * Serves the pages above (`serveBundlePages`), the demo's portal article loading the built bundle
 * instead of the sources, and the invented district.
 */
function servePortalPages(): Promise<{ origin: string; close: () => Promise<void> }> {
  return serveBundlePages(pages, async (path) => {
    // The demo's portal article, loading the built bundle instead of the sources.
    if (path === '/portal.html') {
      const html = await readFile(join(root, 'demo/index.html'), 'utf8');
      return { type: 'text/html; charset=utf-8', body: html.replace('/src/index.ts', '/fazhi-dashboard.js') };
    }
    if (path === '/portal.css') return { type: 'text/css', body: await readFile(join(root, 'demo/portal.css')) };
    // The invented district: its collection, its units' datasets and its index.
    if (path === '/sample-district.json' || /^\/sample-district\/[\w/.-]+\.json$/.test(path))
      return { type: 'application/json', body: await readFile(join(root, 'demo/data', path.slice(1))) };
    return undefined;
  });
}

/** The on-demand files asked for, by name (`presentation`, `deck-of`…), sorted. */
export const chunksOf = (requests: string[]) => requests.flatMap((url) => url.match(ON_DEMAND_FILE)?.[1] ?? []).sort();

/** The slide number and the slide's label, as a reader and a screen reader get them (of the slide the audience sees). */
export async function slideShown(page: Page): Promise<string> {
  const counter = await page.locator('fz-dashboard .frame-current .counter').innerText();
  const label = await page.locator('fz-dashboard .frame-current .slide').getAttribute('aria-label');
  return `${counter} | ${label}`;
}
export const slideNamed = (n: number, count: number, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  `${n} / ${count} | ${lang === 'en' ? `Slide ${n} of ${count}` : `第${n}页，共${count}页`}`;

/** The `slide=` of the page's address hash, as a number. */
export const slideInAddress = (page: Page) =>
  page.evaluate(() => {
    const slide = new URLSearchParams(location.hash.slice(1)).get('slide');
    return slide === null ? undefined : Number(slide);
  });
