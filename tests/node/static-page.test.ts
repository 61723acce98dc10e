import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root, serve } from '../../scripts/harness.mjs';
import { messages } from '../../src/i18n/messages.js';
import { chartModelOf } from '../../src/runtime/chart-model.js';
import { showingOf } from '../../src/runtime/showing.js';
import type { sections } from '../../src/sections/registry.js';
import { cspViolations, STRICT_CSP, WATCH_CSP } from '../helpers/csp.js';
import { closePages, openPage, sharedChromium } from '../helpers/pages.js';
import {
  article,
  chartParts,
  chartsInViewAfter,
  chartTop,
  dataset,
  gate,
  given,
  LATE_SCRIPT,
  marksInPage,
  mediationFirst,
  narrow,
  portalArticle,
  portalCss,
  staticChartsLaidOut,
  statics,
  staticTextContrasts,
  takenOverAndSettled,
} from '../helpers/static-pages.js';

// The static HTML of the 2024 report's four charts in a portal's article, as a reader meets it:
// with no script (stripped by the CMS, blocked, or not loaded yet), and with the bundle, which
// takes the figures over in place.

/** What a page records of its layout shifts, from its first frame. */
const WATCH_SHIFTS = `window.layoutShifts = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) layoutShifts.push(entry.value); }).observe({ type: 'layout-shift', buffered: true });`;

const WATCH_HEAD = '<script src="/watch-csp.js"></script><script src="/watch-shifts.js"></script>';

const pages: Record<string, string> = {
  // The mediation chart first: what follows it is on the first screen when the script takes over.
  '/article.html': article(mediationFirst, { head: WATCH_HEAD }),
  '/narrow.html': article(narrow),
  // The same, pasted into an editor that keeps no class attribute (and runs the script its template loads).
  '/no-class.html': article(mediationFirst.replace(/ class="[^"]*"/g, ''), { head: WATCH_HEAD }),
  // The four charts, the longest first: its end below the first screen when the script takes over.
  '/plain.html': article(statics, { head: WATCH_HEAD }),
  // The four charts, the bundle arriving late: in a portal's article page, and in a plain one.
  '/portal-late.html': portalArticle(statics, { head: WATCH_HEAD, script: LATE_SCRIPT }),
  '/plain-late.html': article(statics, { head: WATCH_HEAD, script: LATE_SCRIPT }),
  // A portal whose tables are small and tight: each live figure, its table in the element's text, is taller than the static one.
  '/small-tables-late.html': portalArticle(statics, {
    head: `${WATCH_HEAD}<link rel="stylesheet" href="/small-tables.css">`,
    script: LATE_SCRIPT,
  }),
  // A page that scrolls smoothly whatever scrolls it: the reader's place is kept at once all the same.
  '/smooth-late.html': article(statics, { head: `${WATCH_HEAD}<link rel="stylesheet" href="/smooth.css">`, script: LATE_SCRIPT }),
  '/portal.html': portalArticle(statics, { script: false }),
  // A page that resets every margin and padding and styles no table (as many portals' resets do).
  '/reset.html': article(statics, { script: false, head: '<link rel="stylesheet" href="/reset.css">' }),
  // A portal whose article text is spaced out (letter-spacing and word-spacing on its text column): the charts' text is not.
  '/portal-spaced.html': portalArticle(statics, { script: false, head: '<link rel="stylesheet" href="/spaced.css">' }),
  // Pages with a dark mode: a portal's whose stylesheet darkens it on a system set to dark, and one that only says it has one.
  '/portal-dark-mode.html': portalArticle(statics, { script: false, head: '<link rel="stylesheet" href="/dark-mode.css">' }),
  '/plain-dark-mode.html': article(statics, { script: false, head: '<meta name="color-scheme" content="light dark">' }),
};

/** A portal's dark mode: its colour scheme light or dark, and its own dark colours on a system set to dark. */
const DARK_MODE_CSS = `:root { color-scheme: light dark; }
@media (prefers-color-scheme: dark) { body { background: #121212; color: #e8e8e8; } #zoom { color: #e8e8e8; } .fields { background: #1e1e1e; } }`;

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
    if (path === '/dark-mode.css') return { type: 'text/css', body: DARK_MODE_CSS };
    if (path === '/small-tables.css')
      return { type: 'text/css', body: 'td, th, caption { font-size: 12px; line-height: 1.2; padding: 0 2px; }' };
    if (path === '/reset.css')
      return { type: 'text/css', body: '* { margin: 0; padding: 0; } table { border-collapse: collapse; border-spacing: 0; }' };
    if (path === '/spaced.css') return { type: 'text/css', body: '#zoom { letter-spacing: 1px; word-spacing: 4px; font-style: italic; }' };
    // A long footer after the article, as a portal's: a reader's page down is never cut short by the page's end.
    if (path === '/smooth.css') return { type: 'text/css', body: 'html { scroll-behavior: smooth; } footer { height: 100vh; }' };
    if (path === '/watch-csp.js') return { type: 'text/javascript', body: WATCH_CSP };
    if (path === '/watch-shifts.js') return { type: 'text/javascript', body: WATCH_SHIFTS };
    if (path === '/data/beiyang.json') return { type: 'application/json', body: data };
    return undefined;
  });
  browser = await sharedChromium();
}, 60_000);

afterAll(async () => {
  await closePages(browser);
  await server?.close();
});

/** Opens `path` (`openPage`), with or without JavaScript, on a system set to light or dark; console errors and CSP reports kept. */
const open = (path: string, { javaScriptEnabled = true, width = 1280, height = 900, colorScheme = 'light' as 'light' | 'dark' } = {}) =>
  openPage(browser, server.origin + path, { javaScriptEnabled, width, height, colorScheme, consoleErrors: true, wait: false });

/** Resolves once every chart element draws its own chart. */
const takenOver = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms')].every((element) =>
      element.shadowRoot?.querySelector('.chart svg'),
    ),
  );

/** Every figure a section shows for 2024: beside its marks, in its table, above its chart, and the source. */
function figuresOf(section: (typeof sections)[number]) {
  const model = chartModelOf(section, showingOf({ status: 'ready', dataset }, 2024, undefined), { t: messages['zh-CN'], lang: 'zh-CN' });
  if (model.status !== 'shown') throw new Error(`${section.key} not shown`);
  return {
    marks: model.view.points.map((point) => point.markText),
    table: model.table.rows.map((row) => row.valueText),
    headlines: model.view.headlines.map((headline) => headline.valueText),
    title: model.title,
  };
}

describe('the static HTML with no script', () => {
  it('shows every figure of the dataset beside its mark and in the table, the key figures and the source, with nothing refused by the CSP', async () => {
    const { page, errors, close } = await open('/article.html', { javaScriptEnabled: false });
    for (const section of given) {
      const element = page.locator(section.tag);
      const { marks, table, headlines, title } = figuresOf(section);
      await expect(element.locator('h2').innerText()).resolves.toBe(title);
      for (const text of marks)
        expect(await element.locator('svg text', { hasText: text }).first().isVisible(), `${section.key} ${text}`).toBe(true);
      const cells = await element.locator('table tr > :nth-child(2)').allInnerTexts();
      expect(cells.slice(1)).toEqual(table);
      for (const text of headlines) await expect(element.locator('p strong', { hasText: text }).first().isVisible()).resolves.toBe(true);
      await expect(element.locator('table').isVisible()).resolves.toBe(true);
      await expect(element.locator('p', { hasText: '来源：' }).innerText()).resolves.toContain('北洋镇人民政府');
    }
    // No script ran, so none reported: what the browser says of the policy goes to its console.
    expect(errors).toEqual([]);
    await close();
  });

  it('draws each table’s cells apart, in a page that styles no table and resets every padding: never 98.99%98 ÷ 99 run together', async () => {
    const { page, close } = await open('/reset.html', { javaScriptEnabled: false, width: 360 });
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('.fz-static td, .fz-static th')].map((cell) => {
        const style = getComputedStyle(cell);
        return { text: cell.textContent, left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth) };
      }),
    );
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((cell) => !(cell.left >= 1 && cell.right >= 1))).toEqual([]);
    await close();
  });
});

describe('the static HTML in a portal’s article page, with its resets (img, svg { max-width: 100%; height: auto } and svg:not(:root) { overflow: hidden })', () => {
  for (const [width, scale, path] of [
    [1280, 1, '/portal.html'],
    [360, 340 / 360, '/portal.html'],
    [360, 340 / 360, '/portal-spaced.html'],
  ] as const) {
    it(`keeps each chart at the height it was drawn at, its drawing at its size (scaled down only to fit the column) and every label inside it, at ${width} px (${path})`, async () => {
      const { page, close } = await open(path, { javaScriptEnabled: false, width });
      const charts = await page.evaluate(staticChartsLaidOut);
      expect(charts.map((chart) => chart.tag)).toEqual(given.map((section) => section.tag));
      for (const chart of charts) {
        expect(chart.scale, chart.tag).toBeCloseTo(scale, 2);
        expect(chart.height, chart.tag).toBeCloseTo(chart.written, 0);
        expect(chart.outside, chart.tag).toEqual([]);
      }
      await close();
    });
  }
});

describe('the static HTML with no script on a page with a dark mode', () => {
  for (const path of ['/portal-dark-mode.html', '/plain-dark-mode.html'])
    for (const colorScheme of ['light', 'dark'] as const)
      it(`draws every text of its charts at a contrast of 4.5:1 at least, on a system set to ${colorScheme} (${path})`, async () => {
        const { page, close } = await open(path, { colorScheme, width: 360 });
        const contrasts = await page.evaluate(staticTextContrasts);
        expect(contrasts.length).toBeGreaterThan(20);
        expect(contrasts.filter((each) => each.contrast < 4.5)).toEqual([]);
        await close();
      });
});

/**
 * Opens `path` with the bundle, read from its top, once taken over: what follows the first chart
 * (`#between`) is where it was with no script, within 1 % of the viewport's larger side (under 0.01
 * whatever the share of the screen that moves), and the layout shifts two frames after the last
 * update (every one reported by then) add up to under 0.01.
 */
async function takenOverFromTop(path: string) {
  const still = await open(path, { javaScriptEnabled: false });
  const afterTop = await still.page.locator('#between').evaluate((node) => node.getBoundingClientRect().top);
  await still.close();
  const opened = await open(path);
  const { page } = opened;
  await takenOver(page);
  const moved = Math.abs((await page.locator('#between').evaluate((node) => node.getBoundingClientRect().top)) - afterTop);
  expect(moved / 1280).toBeLessThan(0.01);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  return opened;
}

describe('the static HTML with the bundle', () => {
  it('lets a reader’s own smooth scroll run its course as the space kept above is let go: what they scrolled to is where they aimed', async () => {
    late = gate();
    const height = 740;
    const { page, errors, close } = await openPage(browser, `${server.origin}/smooth-late.html`, {
      width: 360,
      height,
      wait: false,
      waitUntil: 'commit',
    });
    await page.waitForFunction(() => document.readyState !== 'loading');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Reading the third chart from its middle when the script comes.
    await page.evaluate(chartTop, { scrollTo: -400 });
    late.release();
    await page.waitForFunction(takenOverAndSettled);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const afterTop = () => page.locator('#after').evaluate((node) => node.getBoundingClientRect().top);
    const aimed = (await afterTop()) - 800;
    // The reader pages down, smoothly (the page says so): the chart they read goes out of view on the way, and its kept space with it.
    await page.evaluate(() => window.scrollBy({ top: 800 }));
    // Until the page stays where it is.
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const at = window.scrollY;
          setTimeout(() => resolve(window.scrollY === at), 300);
        }),
    );
    await page.waitForFunction(takenOverAndSettled);
    expect(Math.abs((await afterTop()) - aimed) / height, `#after at ${await afterTop()}, aimed at ${aimed}`).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await close();
  });

  it('is taken over by the live elements under the strict CSP, nothing refused, and what follows the first chart does not move (CLS under 0.01)', async () => {
    const { page, errors, close } = await takenOverFromTop('/article.html');
    // The static figures are no longer laid out; the live ones are.
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('.fz-static')].map((figure) => figure.getClientRects().length),
    );
    expect(rendered).toEqual([0, 0, 0, 0]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('is taken over where the editor kept no class attribute: what follows the first chart does not move, and the tables stay open', async () => {
    const { page, errors, close } = await takenOverFromTop('/no-class.html');
    const tablesOpen = await page.evaluate(() =>
      [...document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms')].map(
        (element) => element.shadowRoot?.querySelector<HTMLDetailsElement>('details[part~="table"]')?.open,
      ),
    );
    expect(tablesOpen).toEqual([true, true, true, true]);
    expect(errors).toEqual([]);
    await close();
  });

  for (const [width, height] of [
    [1280, 600],
    [360, 740],
  ] as const)
    it(`keeps no space under a chart whose end is below the screen, where letting it go moves nothing the reader sees, nor any inside a chart taken over as the page shows (${width} px)`, async () => {
      const { page, errors, close } = await open('/plain.html', { width, height });
      await takenOver(page);
      // When it was taken over, at the latest (since the page started).
      const by = await page.evaluate(() => performance.now());
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const first = await page.evaluate(() => {
        const root = document.querySelector('fz-petitions')!.shadowRoot!;
        const kept = root.querySelectorAll<HTMLElement>('.static-hold');
        return {
          end: root.querySelector('.chart')!.getBoundingClientRect().bottom,
          kept: kept.length,
          below: kept[kept.length - 1]?.offsetHeight,
          margins: ['chart', 'table'].map((part) => root.querySelector<HTMLElement>(`[part~="${part}"]`)!.style.marginTop),
        };
      });
      // The live chart reaches past the screen's end: what follows it was out of view, and stays so, with no space kept for it.
      expect(first.end).toBeGreaterThan(height);
      expect(first.kept).toBe(2);
      expect(first.below).toBe(0);
      // Taken over as the page has just shown, the reader not scrolling yet: laid out as its own, no margin made up inside it.
      expect(by).toBeLessThan(2000);
      expect(first.margins).toEqual(['', '']);
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
      expect(errors).toEqual([]);
      await close();
    });

  it('copies, for a reader who selects the article and copies it, what each chart shows once, its report words quoted', async () => {
    const { page, errors, close } = await openPage(browser, `${server.origin}/article.html`, {
      permissions: ['clipboard-read', 'clipboard-write'],
      wait: false,
    });
    await takenOver(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The mediation chart's summary, once: not again from the line each element keeps for portal toolbars.
    expect(copied.split('2024年受理矛盾纠纷案件99起').length - 1, copied).toBe(1);
    expect(copied).not.toContain('矛盾纠纷调解，北洋镇');
    expect(copied).toContain('“成功率达99%”');
    expect(errors).toEqual([]);
    await close();
  });

  it('draws the live chart as the static one, mark for mark, in a box as wide as it was drawn for', async () => {
    const { page, close } = await open('/narrow.html');
    await takenOver(page);
    const marks = await page.evaluate(marksInPage);
    expect(marks).toHaveLength(4);
    for (const { tag, live, drawn } of marks) {
      expect(live.length, tag).toBeGreaterThan(10);
      // The static chart is drawn inside an SVG that lays it out in any box (width and height "100%" of it); the rest is the same, mark for mark.
      expect(drawn.slice(1), tag).toEqual(live.slice(1));
      const [width, height] = live[0].split(' ').slice(4, 6);
      expect(drawn[0].replace(/ 100% 100% /, ` ${width} ${height} `), tag).toBe(live[0]);
    }
    await close();
  });

  // Where the reader has scrolled the third chart's top to: 100 px down the screen (on a portal whose tables are small too); the top of the screen (the charts above all
  // out of view, which let their space go one a frame); 400 px above it (the chart read from its middle); and the second
  // chart's 560 px above it (its table read, the live chart taller than the static one).
  for (const [path, width, height, at, chart] of [
    ['/portal-late.html', 1280, 900, 100, 2],
    ['/portal-late.html', 360, 740, 100, 2],
    // The second chart's end on the screen above the third (its source line): the reader reads the third, and the second grows above it.
    ['/small-tables-late.html', 360, 740, 100, 2],
    ['/plain-late.html', 1280, 900, 100, 2],
    ['/portal-late.html', 360, 740, 0, 2],
    ['/portal-late.html', 1280, 900, 0, 2],
    ['/portal-late.html', 1280, 900, -400, 2],
    ['/plain-late.html', 360, 740, -400, 2],
    ['/plain-late.html', 360, 740, -560, 1],
    ['/smooth-late.html', 360, 740, 0, 2],
    ['/smooth-late.html', 1280, 900, -400, 2],
  ] as const) {
    it(`keeps a reader's place when it comes late: the chart read stays where it is, CLS under 0.01 (${path}, ${width} px, chart ${chart + 1} ${at} px down)`, async () => {
      late = gate();
      const { page, errors, close } = await openPage(browser, server.origin + path, { width, height, wait: false, waitUntil: 'commit' });
      // The page is whole and laid out; the bundle is still on its way. The reader scrolls to the third chart.
      await page.waitForFunction(() => document.readyState !== 'loading');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const before = await page.evaluate(chartTop, { scrollTo: at, chart });
      const partsBefore = await page.evaluate(chartParts, chart);
      late.release();
      await page.waitForFunction(takenOverAndSettled);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const after = await page.evaluate(chartTop, { scrollTo: null, chart });
      expect(Math.abs(after - before) / height, `moved from ${before} to ${after}`).toBeLessThan(0.01);
      // Inside the chart, its drawing and its table stay where the reader sees them too (the first of them on the screen).
      const partsAfter = await page.evaluate(chartParts, chart);
      const looked = (['drawing', 'table'] as const).find((part) => partsBefore[part] + 40 > 0 && partsBefore[part] < height);
      if (looked)
        expect(
          Math.abs(partsAfter[looked] - partsBefore[looked]) / height,
          `the chart's ${looked} moved from ${partsBefore[looked]} to ${partsAfter[looked]}`,
        ).toBeLessThan(0.01);
      // Reading on, the reader scrolls 300 px down: the space kept above goes once out of view, and no chart they see moves.
      const seen = await page.evaluate(chartsInViewAfter, 300);
      expect(Object.keys(seen).length).toBeGreaterThan(0);
      await page.waitForFunction(takenOverAndSettled);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const read = await page.evaluate(chartsInViewAfter, 0);
      for (const [index, top] of Object.entries(seen))
        expect(
          Math.abs(read[Number(index)] - top) / height,
          `chart ${Number(index) + 1} moved from ${top} to ${read[Number(index)]}`,
        ).toBeLessThan(0.01);
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
