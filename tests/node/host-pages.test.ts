import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../../scripts/harness.mjs';
import { unitsLikeBeiao } from '../helpers/dataset.js';
import { closePages, drawn, type Opened, openPage, sharedChromium } from '../helpers/pages.js';

// Portal pages as they are, with the built bundle: a <base href>, a hash router, an <iframe
// srcdoc>, HTML that streams in, an English page, elements that start up out of document order.

const head = (extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">${extra}<script type="module" src="/fazhi-dashboard.js"></script></head><body>`;

const pages: Record<string, string> = {
  '/news/2025/report.html': `${head('<base href="/">')}<fz-year-toggle src="sample.json"></fz-year-toggle><fz-petitions src="sample.json"></fz-petitions>`,
  '/router.html': `${head()}<fz-year-toggle src="/sample.json"></fz-year-toggle><fz-petitions src="/sample.json"></fz-petitions>`,
  '/frame.html': `${head()}<iframe style="width:800px;height:1200px" srcdoc='${head()}<fz-year-toggle src="/sample.json"></fz-year-toggle><fz-petitions src="/sample.json"></fz-petitions>'></iframe>`,
  '/english.html': `${head().replace('lang="zh-CN"', 'lang="en"')}<fz-petitions src="/data/beiyang.json"></fz-petitions>
    <fz-mediation lang="zh-CN" src="/data/beiyang.json"></fz-mediation><div lang="zh"><fz-training src="/data/beiyang.json"></fz-training></div>`,
  '/ranking.html': `${head()}<fz-compare src="/district.json" unit="unit-1" year="2024"></fz-compare>`,
  '/order.html': `${head()}<fz-training src="/sample.json" year="2021"></fz-training><fz-year-toggle src="/sample.json" year="2022"></fz-year-toggle><fz-mediation src="/sample.json" year="2023"></fz-mediation>`,
};

let origin: string;
let server: ReturnType<typeof createServer>;
let browser: Browser;
let dataset: string;
/** A district of 120 units like 北岙镇 (tests/helpers/dataset.ts). */
let district: string;
/** Sends the rest of /stream.html. */
let sendRest = () => {};
/** Sends the rest of /stream-broken.html. */
let sendRestBroken = () => {};

beforeAll(async () => {
  const bundle = await readFile(join(inject('bundleDir'), 'fazhi-dashboard.js'));
  dataset = await readFile(join(root, 'data/beiyang.json'), 'utf8');
  const sample = await readFile(join(root, 'demo/data/sample-multi-year.json'));
  district = JSON.stringify(unitsLikeBeiao(120));
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/fazhi-dashboard.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    // The code a ranking loads when it is shown.
    if (/^\/fazhi-dashboard-[\w-]+\.js$/.test(path))
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(join(inject('bundleDir'), path.slice(1))));
    if (path === '/sample.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(sample);
    if (path === '/district.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(district);
    if (path === '/data/beiyang.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(dataset);
    if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    if (path === '/stream-broken.html') {
      // Inline JSON that never becomes whole, and an element with none, on a page that streams in.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const asyncHead = head().replace('<script type="module"', '<script type="module" async');
      response.write(
        `${asyncHead}<fz-petitions id="none"></fz-petitions><fz-petitions id="broken"><script type="application/json">{"schemaVersion": 1,`,
      );
      // The rest when the test has seen both elements waiting for it.
      await new Promise<void>((resolve) => (sendRestBroken = resolve));
      return response.end('</script></fz-petitions></body></html>');
    }
    if (path === '/stream.html') {
      // The dataset inline, half of it now and the rest a moment later, as a slow CMS sends a page;
      // the bundle, loaded `async`, starts while the page is still arriving.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const half = Math.floor(dataset.length / 2);
      const asyncHead = head().replace('<script type="module"', '<script type="module" async');
      response.write(`${asyncHead}<fz-petitions><script type="application/json">${dataset.slice(0, half)}`);
      // The rest when the test has seen the element waiting (not after a time a loaded machine may overrun).
      await new Promise<void>((resolve) => (sendRest = resolve));
      return response.end(`${dataset.slice(half)}</script></fz-petitions></body></html>`);
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await sharedChromium();
}, 60_000);

afterAll(async () => {
  await closePages(browser);
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * Opens `path`, recording every error the page does not catch (and its console's), in any of its
 * frames; waits until the elements on it have drawn, unless it streams in (`streaming`: until the
 * first bytes have come).
 */
function open(path: string, { streaming = false, wait = !streaming }: { streaming?: boolean; wait?: boolean } = {}): Promise<Opened> {
  return openPage(browser, origin + path, { consoleErrors: true, wait, waitUntil: streaming ? 'commit' : 'load' });
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('a page with <base href="/"> at /news/2025/report.html?id=7', () => {
  it('keeps its own address when a year is picked, and a reload lands on it with that year', async () => {
    const { page, errors, close } = await open('/news/2025/report.html?id=7');
    await page.locator('fz-year-toggle label.year', { hasText: '2022' }).click();
    await expect.poll(() => page.url()).toBe(`${origin}/news/2025/report.html?id=7#year=2022`);
    await page.reload();
    await drawn(page);
    await expect.poll(() => text(page, 'fz-petitions .summary')).toContain('2022年信访总量540件');
    expect(await page.locator('fz-year-toggle input[value="2022"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a page whose hash is a router’s', () => {
  it('keeps its route when a year is picked, and its elements keep their year when the route moves on', async () => {
    const { page, errors, close } = await open('/router.html#/news/12');
    await page.locator('fz-year-toggle label.year', { hasText: '2022' }).click();
    await expect.poll(() => text(page, 'fz-petitions .summary')).toContain('2022年');
    expect(new URL(page.url()).hash).toBe('#/news/12');
    // The route moves on; once the elements have heard of it and drawn what they would, the route and the year are as they were.
    await page.evaluate(async () => {
      const heard = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#/news/13';
      await heard;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await Promise.all(
        [...document.querySelectorAll('fz-year-toggle, fz-petitions')].map(
          (el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );
    });
    expect(new URL(page.url()).hash).toBe('#/news/13');
    expect(await text(page, 'fz-petitions .summary')).toContain('2022年');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a page inside an <iframe srcdoc>', () => {
  it('changes years without an error', async () => {
    const { page, errors, close } = await open('/frame.html', { wait: false });
    const frame = page.frameLocator('iframe');
    await frame.locator('fz-year-toggle label.year', { hasText: '2022' }).click();
    await expect.poll(() => frame.locator('fz-petitions .summary').innerText()).toContain('2022年信访总量540件');
    // The year goes into the frame's own address once the charts have redrawn: the last thing the click does.
    const inFrame = await page.locator('iframe').contentFrame().owner().elementHandle();
    await expect.poll(async () => (await inFrame?.contentFrame())?.evaluate(() => location.hash)).toBe('#year=2022');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a page whose HTML streams in', () => {
  it('waits for inline JSON that is still arriving, then draws it', async () => {
    const { page, errors, close } = await open('/stream.html', { streaming: true });
    // While the rest of the page is on its way, the element has started and says it is loading.
    await expect.poll(() => page.locator('fz-petitions [role="status"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    sendRest();
    await page.waitForLoadState('load');
    await expect.poll(() => text(page, 'fz-petitions .summary')).toContain('2024年信访总量393件');
    expect(await page.locator('fz-petitions [role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a page whose HTML streams in with inline JSON missing or broken', () => {
  it('says so once the page has arrived, not "loading" for ever', async () => {
    const { page, close } = await open('/stream-broken.html', { streaming: true });
    // While the rest of the page is on its way, both wait for it.
    await expect.poll(() => page.locator('fz-petitions [role="status"]').count(), { timeout: 10_000 }).toBe(2);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    sendRestBroken();
    await page.waitForLoadState('load');
    await expect.poll(() => text(page, '#none [role="alert"]')).toContain('未提供数据');
    await expect.poll(() => text(page, '#broken [role="alert"]')).toContain('数据文件不是有效的 JSON');
    await close();
  });
});

describe('an English page', () => {
  it('gets English elements, save one with its own lang and one in a part of the page marked Chinese; they follow the page when it changes language', async () => {
    const { page, errors, close } = await open('/english.html');
    await expect.poll(() => text(page, 'fz-petitions .summary')).toContain('petitions');
    expect(await page.locator('fz-petitions .root').getAttribute('lang')).toBe('en');
    expect(await text(page, 'fz-petitions .source')).toContain('February 24, 2025');
    await expect.poll(() => text(page, 'fz-mediation .summary')).toContain('受理矛盾纠纷');
    expect(await page.locator('fz-mediation .root').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => text(page, 'fz-training .summary')).toContain('学习');
    expect(await page.locator('fz-training .root').getAttribute('lang')).toBe('zh-CN');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'zh-CN'));
    await expect.poll(() => text(page, 'fz-petitions .summary')).toContain('信访');
    expect(await text(page, 'fz-petitions .source')).toContain('2025年2月24日');
    await page.evaluate(() => document.querySelector('div[lang]')?.setAttribute('lang', 'en-GB'));
    await expect.poll(() => page.locator('fz-training .root').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a page with a long ranking', () => {
  /** Which of the ranking's bands have their drawing. */
  const drawnBands = (page: Page) =>
    page.evaluate(() =>
      [...(document.querySelector('fz-compare')?.shadowRoot?.querySelectorAll('.plot-band') ?? [])].map(
        (box) => box.querySelector('svg') !== null,
      ),
    );

  it('draws the band in view with the year, the next one down just after that frame, the last as the reader comes near it', async () => {
    const { page, errors, close } = await open('/ranking.html');
    await expect.poll(() => drawnBands(page)).toEqual([true, true, false]);
    const atTheSwitch = await page.evaluate(async () => {
      const element = document.querySelector('fz-compare') as HTMLElement & { updateComplete: Promise<unknown> };
      element.setAttribute('year', '2023');
      await element.updateComplete;
      return [...(element.shadowRoot?.querySelectorAll('.plot-band') ?? [])].map((box) => box.querySelector('svg') !== null);
    });
    expect(atTheSwitch).toEqual([true, false, false]);
    await expect.poll(() => drawnBands(page)).toEqual([true, true, false]);
    expect(await text(page, 'fz-compare .subtitle')).toContain('2023');
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => drawnBands(page)).toEqual([true, true, true]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('elements that start up by kind, not in document order', () => {
  it('take the first year in the document: the first element’s own', async () => {
    const { page, errors, close } = await open('/order.html');
    await expect.poll(() => text(page, 'fz-training .summary')).toContain('2021年');
    await expect.poll(() => text(page, 'fz-mediation .subtitle')).toContain('2021年');
    expect(await page.locator('fz-year-toggle input[value="2021"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
