import { readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import manifest from '../../custom-elements.json';
import pkg from '../../package.json';
import { COLOURS_CSS, docsPage } from '../../scripts/docs-page.mjs';
import { buildDocsPage, root, serve } from '../../scripts/harness.mjs';
import { closePages, type Opened, openPage, sharedChromium } from '../helpers/pages.js';

// demo/docs.html: made from the manifest, every part of it there and live, and enough for a portal
// developer to embed one chart in English with their own colours, using only what the page gives.

interface Entry {
  name: string;
  inheritedFrom?: { name: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Entry[];
  events?: Entry[];
  cssProperties?: Entry[];
  cssParts?: Entry[];
}

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as Declaration[]);
const elements = declarations.filter((declaration) => declaration.customElement && declaration.tagName) as (Declaration & {
  tagName: string;
})[];
const base = declarations.find((declaration) => declaration.name === 'FzElement') as Declaration;
const own = (entries: Entry[] = []) => entries.filter((entry) => entry.inheritedFrom?.name !== 'FzElement');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

let built: string;
let docs: { origin: string; close: () => Promise<void> };
let docsUrl: string;
let browser: Browser;
let portal: { origin: string; close: () => Promise<void> };
const portalPages = new Map<string, string>();

beforeAll(async () => {
  // The page as built for a site: its script and styles from the build, the datasets it shows from the project.
  built = await buildDocsPage();
  docs = await serve(async (path) => {
    if (path.includes('..')) return undefined;
    for (const folder of [built, root]) {
      const body = await readFile(join(folder, path)).catch(() => undefined);
      if (body) return { type: TYPES[extname(path)] ?? 'application/octet-stream', body };
    }
    return undefined;
  });
  docsUrl = `${docs.origin}/demo/docs.html`;
  const dist = inject('bundleDir');
  portal = await serve(async (path) => {
    const html = portalPages.get(path);
    if (html !== undefined) return { type: 'text/html; charset=utf-8', body: html };
    if (/^\/js\/fazhi-dashboard[\w-]*\.js$/.test(path)) return { type: 'text/javascript', body: await readFile(join(dist, path.slice(4))) };
    // Read by the docs page too, from another origin.
    if (path === '/data/town.json')
      return {
        type: 'application/json',
        body: await readFile(join(root, 'demo/data/sample-second-town.json')),
        headers: { 'access-control-allow-origin': '*' },
      };
    return undefined;
  });
  browser = await sharedChromium();
}, 60_000);

afterAll(async () => {
  await closePages(browser);
  await docs?.close();
  if (built) await rm(built, { recursive: true, force: true });
  await portal?.close();
});

/** Opens the docs page (`openPage`), allowed to use the clipboard, once every example is drawn. */
async function openDocs(width = 1280): Promise<Opened> {
  const opened = await openPage(browser, docsUrl, { width, permissions: ['clipboard-read', 'clipboard-write'], wait: false });
  // Every example drawn.
  await opened.page.waitForFunction(
    () =>
      [...document.querySelectorAll('.example > *')].every((element) => element.shadowRoot?.querySelector('.chart svg, .charts, fieldset')),
    undefined,
    { timeout: 30_000 },
  );
  return opened;
}

describe('demo/docs.html as written', () => {
  it('is the page the manifest gives today (npm run docs writes it)', async () => {
    expect(await readFile(join(root, 'demo/docs.html'), 'utf8')).toBe(docsPage(manifest, pkg));
  });

  it('has every element with an example, and every attribute, event, CSS custom property and part with a snippet', () => {
    const page = docsPage(manifest, pkg);
    for (const { tagName, attributes, cssParts } of elements) {
      expect(page).toContain(`<section class="element" id="${tagName}"`);
      expect(page).toContain(`<div class="example" data-tag="${tagName}">`);
      for (const { name } of own(attributes)) expect(page, `${tagName} ${name}`).toContain(`id="${tagName}-attr-${name}"`);
      for (const { name } of own(cssParts)) expect(page, `${tagName} ${name}`).toContain(`id="${tagName}-part-${name}"`);
    }
    for (const { name } of base.attributes ?? []) expect(page).toContain(`id="fz-petitions-attr-${name}"`);
    for (const { name } of base.events ?? []) expect(page).toContain(`id="fz-petitions-event-${name}"`);
    for (const { name } of base.cssProperties ?? []) expect(page).toContain(`id="fz-petitions-css-${name.slice(2)}"`);
    expect(page.match(/class="snippet"/g)?.length).toBeGreaterThan(80);
  });
});

describe('demo/docs.html in Chromium', () => {
  it('draws every example, and every try button does what its snippet says', async () => {
    const { page, errors, close } = await openDocs();
    const shared = page.locator('#shared');
    const example = shared.locator('.example > fz-petitions');
    await shared.locator('#fz-petitions-attr-lang button.try').click();
    await expect.poll(() => example.evaluate((element) => element.shadowRoot?.querySelector('.root')?.getAttribute('lang'))).toBe('en');
    await shared.locator('#fz-petitions-css-fz-color-accent button.try').click();
    await expect
      .poll(() => example.evaluate((element) => getComputedStyle(element.shadowRoot!.querySelector('.fz-bar, rect[data-key]')!).fill))
      .toBe('rgb(194, 65, 12)');
    await shared.locator('#fz-petitions-part-badge button.try').click();
    expect(await example.evaluate((element) => getComputedStyle(element.shadowRoot!.querySelector('[part~="badge"]')!).outlineStyle)).toBe(
      'dashed',
    );
    // A second press takes the try back.
    await shared.locator('#fz-petitions-attr-lang button.try').click();
    await expect.poll(() => example.evaluate((element) => element.shadowRoot?.querySelector('.root')?.getAttribute('lang'))).toBe('zh-CN');
    // A year chosen on the toggle's example is logged as its event.
    await page.locator('#fz-year-toggle .example fz-year-toggle').locator('label', { hasText: '2022' }).click();
    await expect.poll(() => page.locator('#fz-year-toggle .event-log').innerText()).toContain('fz-year-change {"year":2022}');
    // Every other try, pressed once, breaks nothing (each button says only whether it is pressed itself).
    const tries = page.locator('button.try');
    const unpressed = await tries.evaluateAll((buttons) =>
      buttons.flatMap((button, index) => (button.hasAttribute('aria-pressed') || button.dataset.value === 'present' ? [] : [index])),
    );
    expect(unpressed.length).toBeGreaterThan(100);
    // Pressed as a reader presses them, one a frame: each scrolled into view, where it must be the
    // element under its own centre, enabled. In the page: a click from here costs some 100 ms.
    const unreachable = await tries.evaluateAll(async (buttons, indexes) => {
      const missed: string[] = [];
      for (const index of indexes) {
        const button = buttons[index] as HTMLButtonElement;
        button.scrollIntoView({ block: 'center' });
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        if (button.disabled || !button.checkVisibility() || hit?.closest('button') !== button)
          missed.push(button.closest('[id]')?.id ?? `#${index}`);
        else button.click();
        await new Promise(requestAnimationFrame);
      }
      return missed;
    }, unpressed);
    expect(unreachable).toEqual([]);
    // Every example done with what the last presses asked of it, before the errors are looked at.
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('.example > *')].map((example) => (example as { updateComplete?: Promise<unknown> }).updateComplete),
      ),
    );
    const pressed = await tries.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-pressed')));
    expect(unpressed.filter((index) => pressed[index] !== 'true')).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('copies a snippet as it is shown', async () => {
    const { page, close } = await openDocs();
    const block = page.locator('#start .snippet').first();
    await block.locator('button.copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('code').innerText());
    await expect.poll(() => block.locator('button.copy').innerText()).toContain('已复制');
    await close();
  });

  it('shows the recolouring it writes: three lines of CSS, applied to the second example', async () => {
    const { page, close } = await openDocs();
    expect(COLOURS_CSS.split('\n')).toHaveLength(3);
    expect(await page.locator('#colours code').first().innerText()).toBe(COLOURS_CSS);
    const fills = await page
      .locator('#colours fz-petitions')
      .evaluateAll((elements) =>
        elements.map((element) => getComputedStyle(element.shadowRoot!.querySelector('.fz-bar, rect[data-key]')!).fill),
      );
    expect(fills).toEqual(['rgb(29, 95, 168)', 'rgb(178, 0, 0)']);
    await close();
  });

  it('builds an embed: one chart in English with the portal’s colours; its two lines, pasted into a portal page, show just that', async () => {
    const { page, errors, close } = await openDocs();
    const form = page.locator('#embed-form');
    await form.locator('select[name="tag"]').selectOption('fz-petitions');
    await form.locator('input[name="src"]').fill(`${portal.origin}/data/town.json`);
    await form.locator('input[name="script"]').fill(`${portal.origin}/js/fazhi-dashboard.js`);
    await expect.poll(() => form.locator('select[name="year"] option').count()).toBe(3);
    await form.locator('select[name="year"]').selectOption('2023');
    await form.locator('select[name="lang"]').selectOption('en');
    await form.locator('input[name="accent"]').fill('#007a5a');
    const preview = page.locator('#embed-preview fz-petitions');
    await expect
      .poll(() => preview.evaluate((element) => element.shadowRoot?.querySelector('.subtitle')?.textContent ?? ''))
      .toContain('2023');
    expect(await preview.evaluate((element) => element.shadowRoot?.querySelector('.root')?.getAttribute('lang'))).toBe('en');
    const lines = await page.locator('#embed-code code').first().innerText();
    expect(lines.split('\n')).toEqual([
      `<script type="module" src="${portal.origin}/js/fazhi-dashboard.js"></script>`,
      `<fz-petitions src="${portal.origin}/data/town.json" year="2023" lang="en" style="--fz-color-accent: #007a5a"></fz-petitions>`,
    ]);
    expect(errors).toEqual([]);
    await close();

    portalPages.set(
      '/article.html',
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>文章</title></head><body>\n${lines}\n</body></html>`,
    );
    const article = await openPage(browser, `${portal.origin}/article.html`, { wait: false });
    const chart = article.page.locator('fz-petitions');
    await expect.poll(() => chart.evaluate((element) => !!element.shadowRoot?.querySelector('.chart svg'))).toBe(true);
    const summary = await chart.evaluate((element) => element.shadowRoot!.querySelector('.summary')!.textContent);
    expect(summary).toContain('2023');
    expect(summary).toContain('8890');
    expect(await chart.evaluate((element) => getComputedStyle(element.shadowRoot!.querySelector('.fz-bar, rect[data-key]')!).fill)).toBe(
      'rgb(0, 122, 90)',
    );
    expect(article.errors).toEqual([]);
    await article.close();
  });

  it('writes the static HTML of the chart chosen, which an article shows with no script', async () => {
    const { page, errors, close } = await openDocs();
    const form = page.locator('#embed-form');
    await form.locator('select[name="tag"]').selectOption('fz-mediation');
    await form.locator('input[name="src"]').fill(`${portal.origin}/data/town.json`);
    await form.locator('input[name="script"]').fill(`${portal.origin}/js/fazhi-dashboard.js`);
    await expect.poll(() => form.locator('select[name="year"] option').count()).toBe(3);
    await form.locator('select[name="year"]').selectOption('2023');
    await page.locator('#static-button').click();
    const code = page.locator('#static-code code');
    await expect.poll(() => code.count()).toBe(1);
    const written = await code.innerText();
    expect(written.split('\n')[0]).toBe(`<script type="module" src="${portal.origin}/js/fazhi-dashboard.js"></script>`);
    expect(written).toContain(`<fz-mediation src="${portal.origin}/data/town.json" year="2023"><section class="fz-static"`);
    expect(written).not.toMatch(/<style|\sstyle=|<fz-petitions/);
    // Its plain form, for an editor whose filter keeps common tags only: the same figure, as words and a table.
    await page.locator('#plain-button').click();
    await expect.poll(() => code.innerText()).toMatch(/^<div class="fz-static"/);
    const plain = await code.innerText();
    expect(plain).not.toMatch(/<script|<fz-|<svg|<details|<q[ >]/);
    expect(plain).toContain(/<caption>([^<]+)<\/caption>/.exec(written)?.[1]);
    expect(errors).toEqual([]);
    await close();

    portalPages.set(
      '/static.html',
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>文章</title></head><body>\n${written}\n</body></html>`,
    );
    const article = await openPage(browser, `${portal.origin}/static.html`, { javaScriptEnabled: false, wait: false });
    await expect(article.page.locator('fz-mediation h2').isVisible()).resolves.toBe(true);
    await expect(article.page.locator('fz-mediation svg rect').first().isVisible()).resolves.toBe(true);
    await expect(article.page.locator('fz-mediation table').isVisible()).resolves.toBe(true);
    await article.close();
  });

  it('writes the static HTML of a dataset file chosen on this computer, under the address the portal serves it at', async () => {
    const { page, errors, close } = await openDocs();
    const form = page.locator('#embed-form');
    await form.locator('select[name="tag"]').selectOption('fz-petitions');
    // The portal's address, which this page cannot read: the dataset is not uploaded yet.
    await form.locator('input[name="src"]').fill('/portal-data/beiyang.json');
    await page.locator('#static-button').click();
    const said = () => page.locator('#static-code').innerText();
    await expect.poll(said).toContain('选择本机的数据文件');
    await expect.poll(said).toContain('choose its file on this computer');
    await page.locator('#static-file').setInputFiles(join(root, 'data/beiyang.json'));
    // What was said of the address goes with the file chosen.
    await expect.poll(said).toBe('');
    // The file's years, in the year field.
    await expect.poll(() => form.locator('select[name="year"] option').allInnerTexts()).toContain('2024年');
    await page.locator('#static-button').click();
    const code = page.locator('#static-code code');
    await expect.poll(() => code.count()).toBe(1);
    const written = await code.innerText();
    expect(written).toContain('<fz-petitions src="/portal-data/beiyang.json" year="2024"><section class="fz-static"');
    expect(written).toContain('北洋镇');
    expect(written).toContain('393件');
    expect(errors).toEqual([]);
    await close();
  });

  it('says so, and writes no code, for a chart the year’s report gives no figures for', async () => {
    const { page, errors, close } = await openDocs();
    const form = page.locator('#embed-form');
    await form.locator('input[name="src"]').fill('/portal-data/beiyang.json');
    await page.locator('#static-file').setInputFiles(join(root, 'data/beiyang.json'));
    await expect.poll(() => form.locator('select[name="year"] option').allInnerTexts()).toContain('2024年');
    // 北洋镇's 2024 report gives no 行政复议/应诉 figures.
    await form.locator('select[name="tag"]').selectOption('fz-reviews');
    const said = () => page.locator('#static-code').innerText();
    for (const button of ['#static-button', '#plain-button']) {
      await page.locator('#static-code').evaluate((out) => out.replaceChildren());
      await page.locator(button).click();
      await expect.poll(said).toContain('2024年的报告没有 <fz-reviews> 这个图表的数字');
      expect(await said()).toContain('The 2024 report gives no figures for <fz-reviews>');
      expect(await page.locator('#static-code code').count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('carries the choices made into the static HTML — theme, comparison, large text — and says in words what it does not carry', async () => {
    const { page, errors, close } = await openDocs();
    const form = page.locator('#embed-form');
    await form.locator('select[name="tag"]').selectOption('fz-mediation');
    await form.locator('input[name="src"]').fill(`${portal.origin}/data/town.json`);
    await expect.poll(() => form.locator('select[name="year"] option').count()).toBe(3);
    await form.locator('select[name="theme"]').selectOption('dark');
    await form.locator('input[name="compare"]').check();
    await form.locator('input[name="large-text"]').check();
    await form.locator('input[name="accent"]').fill('#b20000');
    await page.locator('#static-button').click();
    const code = page.locator('#static-code code');
    await expect.poll(() => code.count()).toBe(1);
    const written = await code.innerText();
    expect(written).toMatch(/<fz-mediation src="[^"]+" year="2024" compare="previous" theme="dark" large-text>/);
    // The comparison drawn: the year before's bars beside this year's, in a chart drawn at 18 px.
    expect(written).toContain('2023年');
    expect(written).toMatch(/<svg[^>]* font-size="18"/);
    const said = await page.locator('#static-code').innerText();
    // What it does not carry, said: the colours chosen, and that the theme comes with the script.
    expect(said).toContain('主色、文字和背景颜色不写入静态 HTML');
    expect(said).toContain('--fz-color-accent');
    expect(said).toContain('The theme applies once the script runs');
    // The dashboard: its charts, each an element of its own, and the words say so.
    await form.locator('select[name="tag"]').selectOption('fz-dashboard');
    await page.locator('#static-button').click();
    await expect.poll(() => page.locator('#static-code').innerText()).toContain('仪表板没有静态版本');
    const dashboard = await page.locator('#static-code').innerText();
    const charts = (await code.innerText()).match(/<fz-[a-z]+ src=/g) ?? [];
    expect(charts.length).toBeGreaterThan(1);
    expect(dashboard).toContain(`这里写出它的 ${charts.length} 个图表`);
    expect(dashboard).toContain(`here are its ${charts.length} charts`);
    expect(errors).toEqual([]);
    await close();
  });
});
