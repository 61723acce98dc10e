import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firefoxPath, root, serve } from '../../scripts/harness.mjs';
import { STRICT_CSP, WATCH_CSP } from '../helpers/csp.js';
import {
  article,
  chartsInViewAfter,
  chartTop,
  gate,
  LATE_SCRIPT,
  marksInPage,
  mediationFirst,
  narrow,
  portalArticle,
  portalCss,
  staticChartsLaidOut,
  statics,
  takenOverAndSettled,
} from '../helpers/static-pages.js';

// The static HTML taken over by the built bundle in Debian's Firefox ESR, driven by puppeteer-core
// over WebDriver BiDi (Playwright drives only a Firefox of its own build). Firefox reports no
// layout shifts (no 'layout-shift' entries), so what follows the first chart is measured instead:
// a shift's score is the share of the viewport it moves times its distance over the viewport's
// larger side, so a distance under 1 % of that side keeps the score under 0.01 whatever moves.

const CSP_HEAD = '<script src="/watch-csp.js"></script>';
const pages: Record<string, string> = {
  '/article.html': article(mediationFirst, { head: CSP_HEAD }),
  '/still.html': article(mediationFirst, { script: false }),
  '/narrow.html': article(narrow),
  // The four charts, the bundle arriving late: in a portal's article page, and in a plain one.
  '/portal-late.html': portalArticle(statics, { script: LATE_SCRIPT }),
  '/plain-late.html': article(statics, { script: LATE_SCRIPT }),
  '/portal.html': portalArticle(statics, { script: false }),
};

/** Holds the late bundle until the test lets it through. */
let late = gate();

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const bundle = await readFile(join(inject('bundleDir'), 'fazhi-dashboard.js'));
  const data = await readFile(join(root, 'data/beiyang.json'));
  server = await serve(async (path: string) => {
    const headers: Record<string, string> = path === '/narrow.html' ? {} : { 'content-security-policy': STRICT_CSP };
    if (pages[path]) return { type: 'text/html; charset=utf-8', body: pages[path], headers };
    if (path === '/fazhi-dashboard.js') return { type: 'text/javascript', body: bundle };
    if (path === LATE_SCRIPT) {
      await late.opened;
      return { type: 'text/javascript', body: bundle };
    }
    if (path === '/portal.css') return { type: 'text/css', body: portalCss };
    if (path === '/watch-csp.js') return { type: 'text/javascript', body: WATCH_CSP };
    if (path === '/data/beiyang.json') return { type: 'application/json', body: data };
    return undefined;
  });
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return { page, errors };
}

const takenOver = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms')].every((element) =>
        element.shadowRoot?.querySelector('.chart svg'),
      ),
    { timeout: 30_000 },
  );

describe('in Firefox ESR', () => {
  it('the live elements take the static figures over under the strict CSP, and what follows the first chart does not move', async () => {
    const still = await open('/still.html');
    const before = await still.page.$eval('#between', (node) => node.getBoundingClientRect().top);
    await still.page.close();

    const { page, errors } = await open('/article.html');
    await takenOver(page);
    expect(await page.evaluate(() => [...document.querySelectorAll('.fz-static')].map((figure) => figure.getClientRects().length))).toEqual(
      [0, 0, 0, 0],
    );
    const moved = Math.abs((await page.$eval('#between', (node) => node.getBoundingClientRect().top)) - before);
    expect(moved / 1280).toBeLessThan(0.01);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps each static chart at its size and every label inside it under a portal’s resets (svg { max-width: 100%; height: auto; overflow: hidden })', async () => {
    const { page } = await open('/portal.html');
    const charts = await page.evaluate(staticChartsLaidOut);
    expect(charts).toHaveLength(4);
    for (const chart of charts) {
      expect(chart.scale, chart.tag).toBeCloseTo(1, 2);
      expect(chart.height, chart.tag).toBeCloseTo(chart.written, 0);
      expect(chart.outside, chart.tag).toEqual([]);
    }
    await page.close();
  });

  it('draws the live chart as the static one, mark for mark', async () => {
    const { page } = await open('/narrow.html');
    await takenOver(page);
    const marks = await page.evaluate(marksInPage);
    expect(marks).toHaveLength(4);
    for (const { tag, live, drawn } of marks) {
      expect(live.length, tag).toBeGreaterThan(10);
      expect(drawn.slice(1), tag).toEqual(live.slice(1));
    }
    await page.close();
  });

  for (const path of ['/portal-late.html', '/plain-late.html']) {
    it(`keeps a reader's place when it comes late: the chart read stays where it is (${path})`, async () => {
      late = gate();
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // Loading goes on until the bundle comes: the test does not wait for it.
      const loaded = page.goto(server.origin + path, { waitUntil: 'load' });
      // The page is whole and laid out; the bundle is still on its way. The reader scrolls to the third chart.
      await page.waitForFunction((expected) => location.pathname === expected && document.readyState !== 'loading', {}, path);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const before = await page.evaluate(chartTop, { scrollTo: 100 });
      late.release();
      await loaded;
      await page.waitForFunction(takenOverAndSettled, { timeout: 30_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const after = await page.evaluate(chartTop, { scrollTo: null });
      expect(Math.abs(after - before) / 900, `moved from ${before} to ${after}`).toBeLessThan(0.01);
      // Reading on, the reader scrolls 300 px down: the space kept above goes once out of view, and no chart they see moves.
      const seen = await page.evaluate(chartsInViewAfter, 300);
      expect(Object.keys(seen).length).toBeGreaterThan(0);
      await page.waitForFunction(takenOverAndSettled);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const read = await page.evaluate(chartsInViewAfter, 0);
      for (const [index, top] of Object.entries(seen))
        expect(
          Math.abs(read[Number(index)] - top) / 900,
          `chart ${Number(index) + 1} moved from ${top} to ${read[Number(index)]}`,
        ).toBeLessThan(0.01);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
