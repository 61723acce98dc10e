import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import districtFigures from '../../demo/data/sample-district/index/figures.json';
import { root } from '../../scripts/harness.mjs';
import { messages } from '../../src/i18n/messages.js';
import { sections } from '../../src/sections/registry.js';
import { cspViolations } from '../helpers/csp.js';
import {
  bundleAndData,
  closePages,
  ON_DEMAND_FILE,
  type Opened,
  openPage,
  serveBundlePages,
  sharedChromium,
  still,
} from '../helpers/pages.js';

/** The file every page loads first, gzipped at level 9, stays under this many bytes. */
const BUDGET_BYTES = 60_000;

let outDir: string;
let origin: string;
let stop: () => Promise<void>;
let browser: Browser;

const broken = JSON.stringify({ schemaVersion: 1, unit: { id: 'x', name: '某镇' }, sample: false, years: [{ year: '2024' }] });

const pages: Record<string, string> = {
  '/csp.html': `<script type="module" src="/watch-csp.js"></script>
    <fz-year-toggle src="/sample.json"></fz-year-toggle>
    <fz-dashboard src="/sample.json" compare="previous"></fz-dashboard>
    <fz-petitions src="/data/beiyang.json" group="real" theme="dark"></fz-petitions>
    <fz-training src="/no-such.json" group="real"></fz-training>
    <fz-trend src="/sample.json" figures="headlines"></fz-trend>
    <fz-compare src="/demo/data/sample-district.json" unit="beiao"></fz-compare>`,
  '/dashboard.html': '<fz-dashboard src="/data/beiyang.json"></fz-dashboard>',
  // The trend and the ranking: their code, with Observable Plot, comes in a file of its own.
  '/comparing.html': `<fz-trend src="/sample.json"></fz-trend>
    <fz-compare src="/demo/data/sample-district.json" unit="beiao"></fz-compare>`,
  // A district's page: a year toggle given the collection of units, beside its ranking.
  '/district-years.html': `<fz-year-toggle src="/demo/data/sample-district.json" group="district"></fz-year-toggle>
    <fz-compare src="/demo/data/sample-district.json" unit="beiao" group="district"></fz-compare>`,
  // A portal's template and an article each bringing a copy of the bundle, from two addresses.
  '/two-copies.html': `<script type="module" src="/copy/fazhi-dashboard.js"></script>
    <fz-petitions src="/data/beiyang.json"></fz-petitions><fz-dashboard src="/data/beiyang.json"></fz-dashboard>`,
  '/broken.html': '<fz-petitions src="/broken.json"></fz-petitions>',
  // A chart between two screens of text, and what the page counts as layout shifts.
  '/scrolled.html': `<script>
      window.shifts = [];
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value); }).observe({ type: 'layout-shift', buffered: true });
    </script>
    <p style="height: 900px">…</p><fz-training src="/data/beiyang.json"></fz-training><p style="height: 2000px">…</p>`,
  // Every request for a file, and whether the elements were defined when it went out.
  '/prefetch.html': `<script>
      window.asked = [];
      const fetchFile = window.fetch;
      window.fetch = (input, init) => {
        asked.push({ url: String(input), defined: customElements.get('fz-dashboard') !== undefined });
        return fetchFile(input, init);
      };
    </script>
    <fz-year-toggle src="/sample.json"></fz-year-toggle>
    <fz-dashboard src="/data/beiyang.json"></fz-dashboard>
    <fz-petitions src="/data/beiyang.json"></fz-petitions>
    <fz-compare src="/demo/data/sample-district.json" unit="beiao"></fz-compare>`,
  // Each section's element alone, on the real report, or on the sample for a section it does not give.
  ...Object.fromEntries(
    sections.map(({ tag, key }) => [
      `/${tag}.html`,
      `<${tag} src="${key in beiyang.years[0] ? '/data/beiyang.json' : '/sample.json'}"></${tag}>`,
    ]),
  ),
};

beforeAll(async () => {
  outDir = inject('bundleDir');
  ({ origin, close: stop } = await serveBundlePages(pages, async (path) => {
    // A second copy of the bundle, from another address.
    if (path.startsWith('/copy/')) return bundleAndData(path.slice('/copy'.length));
    if (path === '/broken.json') return { type: 'application/json', body: broken };
    if (/^\/demo\/data\/sample-district(\.json|\/[\w./-]+\.json)$/.test(path) && !path.includes('..'))
      return { type: 'application/json', body: await readFile(join(root, path)) };
    return undefined;
  }));
  browser = await sharedChromium();
}, 120_000);

afterAll(async () => {
  await closePages(browser);
  await stop?.();
});

/** Opens a page of the test server, recording every request and every error; resolves once every element on it has drawn. */
const open = (path: string): Promise<Opened> => openPage(browser, origin + path);

/** The text the page shows, through shadow roots. */
const shownText = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof Element && (node.localName === 'script' || node.localName === 'style')) return;
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    return parts.join('');
  });

/** URLs that are names, never fetched: XML namespaces, and links to docs in the error messages of the PowerPoint writer, its zip library and the bundler's module helpers. */
const NAMES =
  /^https?:\/\/((www\.w3\.org|schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org)\/|(github\.com|gitbrent\.github\.io|stuk\.github\.io|rolldown\.rs)(\/|$)|$)/;

const gzipped = async (file: string) => gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;

describe('npm run build', () => {
  it('emits the bundle a page loads, within the size budget, and files loaded only on demand', async () => {
    // The iframe embed's page (embed.html, .css, .js) asks the bundle for its code, a file loaded on demand.
    const files = (await readdir(outDir)).filter((file) => file.endsWith('.js') && file !== 'embed.js');
    expect(files).toContain('fazhi-dashboard.js');
    // A module the bundle shares with two files loaded on demand may be split into a third file every page would then load.
    // Besides the bundle, files loaded on demand, and the script the offline presentation holds (read, never loaded as a module).
    const others = files.filter((file) => !['fazhi-dashboard.js', 'fazhi-dashboard-standalone.js'].includes(file));
    expect(others.filter((file) => !ON_DEMAND_FILE.test(file))).toEqual([]);
    const code = await readFile(join(outDir, 'fazhi-dashboard.js'), 'utf8');
    // Nothing is imported up front: each other file is named only in a dynamic import().
    expect(code).not.toMatch(/^import[^(]/m);
    expect(code).not.toMatch(/\bfrom"\.\//);
    const firstLoad = await gzipped('fazhi-dashboard.js');
    const sizes = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await gzipped(file)])));
    console.log(`first load: ${(firstLoad / 1000).toFixed(1)} kB gzip (budget ${BUDGET_BYTES / 1000} kB); on demand:`, sizes);
    expect(firstLoad).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('carries the elements’ styles without their comments or indentation (scripts/css-literals.mjs)', async () => {
    const code = await readFile(join(outDir, 'fazhi-dashboard.js'), 'utf8');
    const styles = await readFile(join(root, 'src/runtime/styles.ts'), 'utf8');
    // The comments of its css templates (not its doc comments, /** … */, which no minified file keeps).
    const comments = [...styles.matchAll(/\/\*(?!\*)([\s\S]*?)\*\//g)].map(([, text]) => text.trim().split('\n')[0]);
    expect(comments.length).toBeGreaterThan(3);
    expect(comments.filter((comment) => code.includes(comment))).toEqual([]);
    expect(code).toContain(':host{');
    expect(code).not.toContain(':host {');
  });

  it('starts the bundle, and no file loaded on demand, with V8’s hint to compile it all as it downloads', async () => {
    const files = (await readdir(outDir)).filter((file) => file.endsWith('.js'));
    const hinted: string[] = [];
    for (const file of files)
      if ((await readFile(join(outDir, file), 'utf8')).startsWith('//# allFunctionsCalledOnLoad\n')) hinted.push(file);
    expect(hinted).toEqual(['fazhi-dashboard.js']);
  });

  it('names no other host: no http(s) URL the bundle could load', async () => {
    for (const file of (await readdir(outDir)).filter((name) => name.endsWith('.js'))) {
      const code = await readFile(join(outDir, file), 'utf8');
      const urls = [...code.matchAll(/https?:\/\/[^\s"'`)]*/g)].map((match) => match[0]);
      expect(
        urls.filter((url) => !NAMES.test(url)),
        file,
      ).toEqual([]);
    }
  });
});

describe('under a strict Content-Security-Policy', () => {
  it('every element draws, moves, opens its table and shows tooltips with zero violations', async () => {
    const { page, errors, close } = await open('/csp.html');
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    // Exercise every path that touches styles: tooltips (positioned through CSSOM), a year
    // switch (bar animations), an opened data table, keyboard focus.
    await page.locator('fz-dashboard fz-petitions .fz-point').first().hover();
    await expect.poll(() => page.locator('fz-dashboard fz-petitions .tooltip').count()).toBe(1);
    const year = page.locator('fz-year-toggle label.year').nth(1);
    const picked = Number((await year.innerText()).match(/\d{4}/)?.[0]);
    await year.click();
    await page.locator('fz-dashboard fz-training .data-table > summary').click();
    await page.locator('fz-petitions[group="real"] .fz-point').first().focus();
    await page.keyboard.press('ArrowDown');
    // The dashboard has the year picked, and its bars have moved to it.
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('fz-dashboard') as unknown as { year?: number }).year))
      .toBe(picked);
    await still(page);
    expect(await page.locator('fz-dashboard fz-training table').isVisible()).toBe(true);
    expect(await page.locator('fz-dashboard fz-petitions .fz-bar-compared rect').count()).toBeGreaterThan(0);
    expect(await page.locator('fz-training[group="real"] [role="alert"]').innerText()).toContain('404');
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleErrors.filter((text) => /Content.Security.Policy/i.test(text))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('is really enforced on that page: an inline style is refused', async () => {
    const { page, close } = await open('/csp.html');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect.poll(async () => (await cspViolations(page)).some((v) => v.startsWith('style-src'))).toBe(true);
    await close();
  });
});

describe('two copies of the bundle on one page', () => {
  it('both run without an error, and the elements the first defined show their figures', async () => {
    const { page, requests, errors, close } = await open('/two-copies.html');
    expect(requests.filter((url) => url.endsWith('/fazhi-dashboard.js'))).toHaveLength(2);
    // Each copy asks for the page's dataset as it starts: the second finds the first's request.
    expect(requests.filter((url) => url.endsWith('/data/beiyang.json'))).toHaveLength(1);
    expect(errors).toEqual([]);
    const text = await shownText(page);
    expect(text).toContain('354件 · 90.1%');
    expect(text).toContain('98.99%');
    expect(await page.evaluate(() => document.querySelectorAll('fz-petitions').length)).toBe(1);
    await close();
  });
});

describe('the datasets of a page’s elements', () => {
  it('are asked for as the bundle starts, before its elements are defined, once per address; a collection of units is left to its element', async () => {
    const { page, requests, errors, close } = await open('/prefetch.html');
    const asked = await page.evaluate(() => (window as unknown as { asked: { url: string; defined: boolean }[] }).asked);
    const path = (url: string) => new URL(url).pathname;
    expect(asked.filter(({ defined }) => !defined).map(({ url }) => path(url))).toEqual(['/sample.json', '/data/beiyang.json']);
    // The collection of units is read by its element, once defined.
    expect(asked.filter(({ defined }) => defined).map(({ url }) => path(url))[0]).toBe('/demo/data/sample-district.json');
    for (const file of ['/sample.json', '/data/beiyang.json', '/demo/data/sample-district.json'])
      expect(
        requests.filter((url) => path(url) === file),
        file,
      ).toHaveLength(1);
    expect(await shownText(page)).toContain('393件');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a page with nothing but the bundle and <fz-dashboard src>', () => {
  it('shows all the 2024 figures and the four platforms, asking no other host', async () => {
    const { page, requests, errors, close } = await open('/dashboard.html');
    const text = await shownText(page);
    for (const figure of [
      '393件',
      '354件 · 90.1%',
      '8件 · 2.0%',
      '2件 · 0.5%',
      '29件 · 7.4%',
      '省级来信',
      '2件',
      '市级来访',
      '4件 · 1.0%',
      '重复件',
      '5件 · 1.3%',
      '99起',
      '98起',
      '99%',
      '98.99%',
      '12次',
      '13次',
      '16次',
    ]) {
      expect(text).toContain(figure);
    }
    for (const platform of ['党建统领', '经济生态', '平安法治', '公共服务']) expect(text).toContain(platform);
    expect(requests.every((url) => url.startsWith(origin) || url.startsWith('data:'))).toBe(true);
    expect(requests.filter((url) => url.endsWith('/data/beiyang.json'))).toHaveLength(1);
    // The trend's and the ranking's code, and Plot, are not loaded by a page that shows neither, nor a toggle's code for a collection.
    expect(requests.filter((url) => /comparing-views|rolldown-runtime|collection/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('loads the trend’s and the ranking’s code, with Plot, only on a page that shows one, and both draw from it', async () => {
    const { page, requests, errors, close } = await open('/comparing.html');
    expect(requests.filter((url) => /\/fazhi-dashboard-comparing-views-[\w-]+\.js$/.test(url))).toHaveLength(1);
    const text = await shownText(page);
    expect(text).toContain('2021年至2024年信访总量由612件降至431件，下降29.6%');
    expect(text).toContain('北岙镇：信访总量第8位（共12个镇街），名次与上年持平');
    // The ranking loads the collection's index and the figure it shows: no unit's dataset.
    expect(requests.filter((url) => /sample-district\/(?!index\/)/.test(url))).toEqual([]);
    await page.locator('fz-compare .fz-point').first().hover();
    await expect.poll(() => page.locator('fz-compare .tooltip').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('loads a year toggle’s code for a collection of units only when given one, and offers the years of its index', async () => {
    const { page, requests, errors, close } = await open('/district-years.html');
    expect(requests.filter((url) => /\/fazhi-dashboard-years-of-collection-[\w-]+\.js$/.test(url))).toHaveLength(1);
    const years = page.locator('fz-year-toggle input[type="radio"]');
    await expect
      .poll(() => years.evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value))))
      .toEqual(districtFigures.years);
    expect(errors).toEqual([]);
    await close();
  });

  it('says the files a district’s toggle and ranking need could not be loaded, where only the bundle was put on the server', async () => {
    const context = await browser.newContext();
    await context.route(ON_DEMAND_FILE, (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    await page.goto(`${origin}/district-years.html`);
    const { load } = messages['zh-CN'].errors;
    await expect.poll(() => page.locator('fz-year-toggle [role="alert"]').innerText()).toContain(load);
    await expect.poll(() => page.locator('fz-compare [role="alert"]').innerText()).toContain(load);
    await context.close();
  });

  it.each(sections.map((section) => section.tag))('<%s> alone draws its chart, with tooltips', async (tag) => {
    const { page, errors, close } = await open(`/${tag}.html`);
    const points = page.locator(`${tag} .chart svg .fz-point`);
    expect(await points.count()).toBeGreaterThan(1);
    await points.first().hover();
    await expect.poll(() => page.locator(`${tag} .tooltip`).count()).toBe(1);
    expect(await page.locator(`${tag} .tooltip`).innerText()).toMatch(/[“"]?.+/);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves no layout as the page scrolls under a resting pointer and its tooltip goes to the bar now under it', async () => {
    const { page, errors, close } = await open('/scrolled.html');
    const chart = page.locator('fz-training');
    const points = chart.locator('.chart svg .fz-point');
    await chart.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const [first, second] = await Promise.all([points.nth(1).boundingBox(), points.nth(2).boundingBox()]);
    if (!first || !second) throw new Error('no bars');
    await page.mouse.move(first.x + 10, first.y + first.height / 2);
    const tooltip = chart.locator('.tooltip');
    await expect.poll(() => tooltip.innerText()).toContain('理论学习中心组学习');
    // The wheel scrolls the next bar under the pointer, which stays where it was.
    await page.mouse.wheel(0, second.y - first.y);
    await expect.poll(() => tooltip.innerText()).toContain('执法业务培训');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a readable alert for a broken dataset', async () => {
    const { page, requests, close } = await open('/broken.html');
    const alert = page.locator('fz-petitions [role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('years[0].year');
    // Asked for once: the element joined the request the bundle made as it started.
    expect(requests.filter((url) => url.endsWith('/broken.json'))).toHaveLength(1);
    expect(await alert.innerText()).toContain('应为整数，实际为文本');
    expect(await alert.innerText()).toContain('years[0].source');
    await close();
  });
});
