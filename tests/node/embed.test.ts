import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root, serve } from '../../scripts/harness.mjs';
import { sections } from '../../src/sections/registry.js';
import { STRICT_CSP } from '../helpers/csp.js';
import { closePages, type Opened, openPage, sharedChromium } from '../helpers/pages.js';

// The iframe embed as a portal uses it: the built `dist/` on the portal's server (served under a
// strict CSP), an article page on another origin holding the iframe and the snippet of docs/embedding.md, and
// a dataset on a third site.

let browser: Browser;
let portal: { origin: string; close: () => Promise<void> };
let article: { origin: string; close: () => Promise<void> };
let elsewhere: { origin: string; close: () => Promise<void> };
/** Paths the other site was asked for. */
const elsewhereAsked: string[] = [];
/** The embed page as built, or with another site allowed. */
let embedPage: string;
let allowingPage: string;
/** What the article page holds: iframes by id, with or without the snippet that sizes them. */
const articles = new Map<string, string>();

/** The lines docs/embedding.md gives the host page to size the iframes. */
async function heightSnippet(): Promise<string> {
  const docs = await readFile(join(root, 'docs/embedding.md'), 'utf8');
  const block = /<!-- embed-height-snippet -->\s*```html\n([\s\S]*?)```\s*<!-- \/embed-height-snippet -->/.exec(docs);
  if (!block) throw new Error('docs/embedding.md has no embed-height-snippet block');
  return block[1];
}

beforeAll(async () => {
  const dist = inject('bundleDir');
  const beiyang = await readFile(join(root, 'data/beiyang.json'));
  embedPage = await readFile(join(dist, 'embed.html'), 'utf8');
  elsewhere = await serve(async (path) => {
    elsewhereAsked.push(path);
    if (path === '/town.json') return { type: 'application/json', body: beiyang, headers: { 'access-control-allow-origin': '*' } };
    return undefined;
  });
  // The portal names the other site in the embed page's policy (a wildcard beside it trusts no site).
  allowingPage = embedPage.replace(
    "connect-src 'self'\"",
    `connect-src 'self' https://example.gov.cn ${elsewhere.origin} https://*.example.org"`,
  );
  expect(allowingPage).not.toBe(embedPage);
  portal = await serve(async (path) => {
    const csp = { 'content-security-policy': STRICT_CSP };
    if (path === '/js/embed.html') return { type: 'text/html; charset=utf-8', body: embedPage, headers: csp };
    // A portal that sends no policy of its own: the embed page's meta is all that holds.
    if (path === '/js/embed-plain.html') return { type: 'text/html; charset=utf-8', body: embedPage };
    // A portal that allows another site's data lets its pages connect there too.
    if (path === '/js/embed-allowing.html')
      return {
        type: 'text/html; charset=utf-8',
        body: allowingPage,
        headers: { 'content-security-policy': `${STRICT_CSP}; connect-src 'self' ${elsewhere.origin}` },
      };
    if (/^\/js\/[\w.-]+\.(js|css)$/.test(path))
      return { type: path.endsWith('.js') ? 'text/javascript' : 'text/css', body: await readFile(join(dist, path.slice('/js/'.length))) };
    if (path === '/data/beiyang.json') return { type: 'application/json', body: beiyang };
    if (path === '/data/sample-multi-year.json')
      return { type: 'application/json', body: await readFile(join(root, 'demo/data/sample-multi-year.json')) };
    if (/^\/data\/sample-district(\.json|\/[\w-]+\.json|\/index\/[\w.-]+\.json)$/.test(path))
      return { type: 'application/json', body: await readFile(join(root, 'demo', path)) };
    // An open redirect on the portal, as old CMSs have, to the other site's file.
    if (path === '/go/elsewhere')
      return { type: 'text/plain', body: '', status: 302, headers: { location: `${elsewhere.origin}/town.json` } };
    return undefined;
  });
  const snippet = await heightSnippet();
  article = await serve(async (path) => {
    const body = articles.get(path);
    return body === undefined ? undefined : { type: 'text/html; charset=utf-8', body };
  });
  articles.set(
    '/article.html',
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">${snippet}</head><body>
    <iframe id="petitions" src="${portal.origin}/js/embed.html?chart=petitions&lang=en&src=/data/beiyang.json" style="width:600px;height:150px;border:0"></iframe>
    <iframe id="dashboard" src="${portal.origin}/js/embed.html?src=/data/beiyang.json&theme=dark" style="width:900px;height:150px;border:0"></iframe>
    </body></html>`,
  );
  articles.set(
    '/plain.html',
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
    <iframe id="petitions" src="${portal.origin}/js/embed.html?chart=petitions&src=/data/beiyang.json" style="width:600px;height:300px;border:0"></iframe>
    </body></html>`,
  );
  browser = await sharedChromium();
}, 60_000);

afterAll(async () => {
  await closePages(browser);
  await Promise.all([portal?.close(), article?.close(), elsewhere?.close()]);
});

/** Opens a page (`openPage`), recording page errors and console messages of every frame. */
const open = (url: string): Promise<Opened> => openPage(browser, url, { wait: false });

/** The embed's frame in the article, once its element shows something. */
async function embedIn(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  await frame.waitForFunction(() => {
    const element = document.body.firstElementChild;
    return element?.localName === 'p' || !!element?.shadowRoot?.querySelector('.chart svg, .charts, [role="alert"]');
  });
  return frame;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameHeight = (page: Page, id: string) => page.locator(`iframe#${id}`).evaluate((frame) => frame.getBoundingClientRect().height);

describe('embed.html in an article on another site', () => {
  it('shows the element the address asks for, in its language, and the snippet of docs/embedding.md sizes the iframe to it', async () => {
    const { page, errors, messages, close } = await open(`${article.origin}/article.html`);
    const frame = await embedIn(page, 'petitions');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.locator('fz-petitions .summary').innerText()).toContain('petitions');
    await expect.poll(() => frameHeight(page, 'petitions')).toBeGreaterThan(300);
    await expect.poll(async () => (await frameHeight(page, 'petitions')) - (await contentHeight(frame))).toBe(0);
    // Grown to its content: nothing left to scroll inside.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);

    const dashboard = await embedIn(page, 'dashboard');
    expect(await dashboard.locator('fz-dashboard').getAttribute('theme')).toBe('dark');
    expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(async () => (await frameHeight(page, 'dashboard')) - (await contentHeight(dashboard))).toBe(0);
    await expect.poll(() => frameHeight(page, 'dashboard')).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    expect(messages.filter((text) => /Content.Security.Policy|Refused/i.test(text))).toEqual([]);
    await close();
  });

  it('follows the element when it grows: a table opened makes the iframe taller', async () => {
    const { page, close } = await open(`${article.origin}/article.html`);
    const frame = await embedIn(page, 'petitions');
    await expect.poll(async () => (await frameHeight(page, 'petitions')) - (await contentHeight(frame))).toBe(0);
    const before = await frameHeight(page, 'petitions');
    await frame.locator('fz-petitions summary').first().click();
    await expect.poll(() => frameHeight(page, 'petitions')).toBeGreaterThan(before + 100);
    await close();
  });

  it('without the snippet, keeps the height the article gave and scrolls inside', async () => {
    const { page, close } = await open(`${article.origin}/plain.html`);
    const frame = await embedIn(page, 'petitions');
    expect(await frameHeight(page, 'petitions')).toBe(300);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await frame.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await frame.evaluate(() => scrollY)).toBeGreaterThan(0);
    await close();
  });
});

describe('embed.html refuses', () => {
  it('a dataset on another site, with a message in the asked language, asking that site for nothing', async () => {
    elsewhereAsked.length = 0;
    const { page, errors, close } = await open(`${portal.origin}/js/embed.html?chart=petitions&src=${elsewhere.origin}/town.json`);
    await expect.poll(() => page.locator('p[role="alert"]').innerText()).toContain(`不显示来自其他网站（${elsewhere.origin}）的数据`);
    expect(await page.locator('fz-petitions').count()).toBe(0);
    const english = await open(`${portal.origin}/js/embed.html?lang=en&src=//${elsewhere.origin.slice('http://'.length)}/town.json`);
    await expect.poll(() => english.page.locator('p[role="alert"]').innerText()).toContain(`Data from another site (${elsewhere.origin})`);
    expect(elsewhereAsked).toEqual([]);
    expect([...errors, ...english.errors]).toEqual([]);
    await close();
    await english.close();
  });

  it('a dataset of its own site that redirects to another: the browser holds the redirect to the page’s policy', async () => {
    elsewhereAsked.length = 0;
    const { page, close } = await open(`${portal.origin}/js/embed-plain.html?chart=petitions&src=/go/elsewhere`);
    await expect.poll(() => page.locator('fz-petitions [role="alert"]').count()).toBe(1);
    expect(await page.locator('fz-petitions .chart svg').count()).toBe(0);
    expect(elsewhereAsked).toEqual([]);
    await close();
  });

  it('a scheme that is no site at all (javascript:, data:), repeating none of it', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}']) {
      const { page, close } = await open(`${portal.origin}/js/embed.html?src=${encodeURIComponent(src)}`);
      await expect.poll(() => page.locator('p[role="alert"]').innerText()).toBe('无法显示：数据地址无效。');
      await close();
    }
  });

  it('shows the trend over the years and the ranking of a collection’s units, under the portal’s strict policy', async () => {
    const trend = await open(`${portal.origin}/js/embed.html?chart=trend&figures=headlines&src=/data/sample-multi-year.json`);
    await trend.page.waitForFunction(() => !!document.querySelector('fz-trend')?.shadowRoot?.querySelector('.chart svg.fz-plot'));
    expect(await trend.page.locator('fz-trend .summary').innerText()).toContain('2021年至2024年信访总量由612件降至431件，下降29.6%');
    const ranking = await open(`${portal.origin}/js/embed.html?chart=compare&unit=beiao&per-capita=1&src=/data/sample-district.json`);
    await ranking.page.waitForFunction(() => !!document.querySelector('fz-compare')?.shadowRoot?.querySelector('.chart svg.fz-plot'));
    expect(await ranking.page.locator('fz-compare .summary').innerText()).toMatch(/^北岙镇：每万人信访总量第\d+位（12个镇街中10个排名）/);
    for (const { errors, messages, close } of [trend, ranking]) {
      expect(errors).toEqual([]);
      expect(messages.filter((text) => /Content.Security.Policy|Refused/i.test(text))).toEqual([]);
      await close();
    }
  });

  it('a chart it does not have, naming the ones it has and repeating none of the link’s words', async () => {
    const { page, close } = await open(`${portal.origin}/js/embed.html?chart=${encodeURIComponent('【紧急通知】请致电400')}&lang=en`);
    const message = await page.locator('p[role="alert"]').innerText();
    // Every element: the dashboard, each report section, the trend, the comparison, the toggle.
    const names = ['dashboard', ...sections.map((section) => section.key), 'trend', 'compare', 'year-toggle'].join(', ');
    expect(message).toBe(`Cannot show this: there is no such chart. Names: ${names}.`);
    await close();
  });
});

describe('embed.html configured to allow another site', () => {
  it('shows that site’s dataset, and still refuses every other', async () => {
    elsewhereAsked.length = 0;
    const { page, errors, close } = await open(`${portal.origin}/js/embed-allowing.html?chart=training&src=${elsewhere.origin}/town.json`);
    await expect.poll(() => page.locator('fz-training .summary').count()).toBe(1);
    expect(await page.locator('fz-training .summary').innerText()).toContain('学习培训');
    expect(elsewhereAsked).toEqual(['/town.json']);
    const refused = await open(`${portal.origin}/js/embed-allowing.html?src=http://127.0.0.2:1/town.json`);
    await expect.poll(() => refused.page.locator('p[role="alert"]').innerText()).toContain('不显示来自其他网站（http://127.0.0.2:1）');
    // A wildcard in the policy trusts no site here.
    const wildcard = await open(`${portal.origin}/js/embed-allowing.html?src=https://data.example.org/town.json`);
    await expect.poll(() => wildcard.page.locator('p[role="alert"]').innerText()).toContain('https://data.example.org');
    await wildcard.close();
    expect(errors).toEqual([]);
    await close();
    await refused.close();
  });
});
