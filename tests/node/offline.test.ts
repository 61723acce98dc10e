// The presentation carried on a USB stick to a hall with no network: one HTML file, from the build
// (dist/slides-sample.html), from the dashboard's export menu, and from `npm run slides`, opened
// from file:// in Chromium with every request but the file itself refused.
import { copyFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root, serve } from '../../scripts/harness.mjs';
import { runTool } from '../helpers/cli.js';
import { closePages, openPage, sharedChromium } from '../helpers/pages.js';

let browser: Browser;
let folder: string;
let origin: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'fazhi-offline-'));
  const outDir = inject('bundleDir');
  ({ origin, close: stop } = await serve(async (path) => {
    if (path === '/dashboard.html')
      return {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/fazhi-dashboard.js"></script></head><body>
<fz-dashboard src="/sample.json" year="2023" theme="red" meeting="示例镇人民代表大会" reporter="王明"></fz-dashboard></body></html>`,
      };
    if (path === '/district.html')
      return {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/fazhi-dashboard.js"></script></head><body>
<fz-dashboard src="/demo/data/sample-district/beiao.json" collection="/demo/data/sample-district.json"></fz-dashboard></body></html>`,
      };
    // The invented district: its collection, its units' datasets and its index, as a site serves them.
    if (/^\/demo\/data\/sample-district(\/[\w.-]+)*\.json$/.test(path))
      return { type: 'application/json', body: await readFile(join(root, path.slice(1))) };
    if (/^\/fazhi-dashboard[\w-]*\.js$/.test(path)) return { type: 'text/javascript', body: await readFile(join(outDir, path.slice(1))) };
    if (path === '/sample.json') return { type: 'application/json', body: await readFile(join(root, 'demo/data/sample-multi-year.json')) };
    return undefined;
  }));
  browser = await sharedChromium();
}, 120_000);

afterAll(async () => {
  await closePages(browser);
  await stop?.();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A context with no network: every request but one for a file in `folder` is refused, and recorded. */
async function offline(): Promise<{ context: BrowserContext; refused: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
  const refused: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`file://${folder}/`)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
  return { context, refused, errors };
}

const counter = (page: Page) => page.locator('fz-dashboard .frame-current .counter').innerText();

/** Opens an offline file and walks it: the keys, a year, the presenter's view in a second window of the same file. */
async function presents(file: string, count: number): Promise<void> {
  const { context, refused, errors } = await offline();
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await expect.poll(() => counter(page), { timeout: 15_000 }).toBe(`1 / ${count}`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => counter(page)).toBe(`3 / ${count}`);
  await expect.poll(() => page.locator('fz-dashboard .slide fz-petitions .chart svg').count()).toBe(1);
  // A year, by click.
  await page.mouse.move(500, 400);
  await page.locator('fz-dashboard .controls .year', { hasText: '2022' }).click();
  await expect.poll(() => page.locator('fz-dashboard .frame-current .slide').innerText()).toContain('2022年');
  // The next key comes once the click has given the keys back to the slides, as a presenter's next press does.
  await expect
    .poll(() => page.evaluate(() => document.querySelector('fz-dashboard')?.shadowRoot?.activeElement?.classList.contains('slide')))
    .toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => counter(page)).toBe(`4 / ${count}`);
  // The presenter's view: the same file in a second window, in step.
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('fz-dashboard .controls button.open-presenter').click(),
  ]);
  await expect.poll(() => presenter.locator('fz-dashboard .console.shape-4x3').count(), { timeout: 15_000 }).toBe(1);
  expect(presenter.url().split('#')[0]).toBe(`file://${file}`);
  await expect.poll(() => presenter.locator('fz-dashboard .presenter-now .counter').innerText()).toBe(`4 / ${count}`);
  await expect.poll(() => presenter.locator('fz-dashboard .presenter-notes').innerText()).toContain('“');
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => counter(page)).toBe(`5 / ${count}`);
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}

/** Saves the offline file of the dashboard on `path` from its 导出 menu to `file`; resolves with the name the browser offered. */
async function savedFromTheMenu(path: string, file: string): Promise<string> {
  const { page, close } = await openPage(browser, `${origin}${path}`, { wait: false });
  const tools = page.locator('fz-dashboard .tools');
  await tools.locator('.export-menu details > summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools.locator('.export-formats button', { hasText: '离线演示' }).click(),
  ]);
  await download.saveAs(file);
  await close();
  return download.suggestedFilename();
}

describe('an offline presentation, one HTML file', () => {
  it('the build writes dist/slides-sample.html: the code inline, the data inline, no file or address beside it', async () => {
    const html = await readFile(join(inject('bundleDir'), 'slides-sample.html'), 'utf8');
    expect(html).toMatch(/<script type="module" id="fazhi-dashboard-code">/);
    expect(html).toContain('<fz-dashboard mode="present"><script type="application/json">');
    expect(html).toContain('（示例）全年信访总量431件');
    // Nothing loaded from beside it: no module file, no import of another file, no stylesheet.
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    expect(html).not.toMatch(/\bimport\s*\(\s*["'`]\.{0,2}\//);
    expect(html).not.toMatch(/\bfrom\s*["']\.{0,2}\//);
  });

  it('dist/slides-sample.html presents from file:// with every request refused: the slides, the keys, a year, the presenter’s view', async () => {
    const file = join(folder, 'slides-sample.html');
    await copyFile(join(inject('bundleDir'), 'slides-sample.html'), file);
    await presents(file, 10);
  });

  it('the dashboard’s 导出 → 离线演示 saves such a file, with its year, theme and meeting, which presents as well, again by F5 after a click on the page', async () => {
    const file = join(folder, 'from-the-menu.html');
    expect(await savedFromTheMenu('/dashboard.html', file)).toBe('sample-town-2023.html');
    const html = await readFile(file, 'utf8');
    expect(html).toMatch(/<fz-dashboard mode="present" year="2023" theme="red" meeting="示例镇人民代表大会" reporter="王明">/);
    const { context, refused, errors } = await offline();
    const shown = await context.newPage();
    await shown.goto(`file://${file}`);
    await expect.poll(() => counter(shown), { timeout: 15_000 }).toMatch(/^1 \/ \d+$/);
    const title = await shown.locator('fz-dashboard .frame-current .slide').innerText();
    for (const words of ['示例镇人民代表大会', '汇报人：王明', '2023']) expect(title).toContain(words);
    await shown.keyboard.press('End');
    await expect.poll(() => shown.locator('fz-dashboard .frame-current .slide').innerText()).toContain('谢谢');
    const last = await counter(shown);
    // Esc, a click on the page (the focus goes to its body), then Shift+F5 presents again where it stopped, and F5 from the start.
    await shown.keyboard.press('Escape');
    await expect.poll(() => shown.locator('fz-dashboard .slides').count()).toBe(0);
    await shown.mouse.click(3, 3);
    expect(await shown.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The slide number, or nothing while the dashboard is not presenting.
    const now = async () => (await shown.locator('fz-dashboard .frame-current .counter').allInnerTexts()).join();
    await shown.keyboard.press('Shift+F5');
    await expect.poll(now).toBe(last);
    await shown.keyboard.press('Escape');
    await expect.poll(() => shown.locator('fz-dashboard .slides').count()).toBe(0);
    await shown.mouse.click(3, 3);
    await shown.keyboard.press('F5');
    await expect.poll(now).toMatch(/^1 \/ \d+$/);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Opens an offline file of a town of the invented district at its slide before the last, the district's ranking, with no network. */
async function rankingSlide(file: string) {
  const opened = await offline();
  const page = await opened.context.newPage();
  await page.goto(`file://${file}`);
  await expect.poll(() => counter(page), { timeout: 15_000 }).toBe('1 / 10');
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await expect.poll(() => counter(page)).toBe('9 / 10');
  return { ...opened, ranking: page.locator('fz-dashboard .frame-current .slide fz-compare') };
}

/** The ranking slide of an offline file of a town of the invented district: every unit ranked, drawn with no network. */
async function ranks(file: string): Promise<void> {
  const { context, refused, errors, ranking } = await rankingSlide(file);
  await expect.poll(() => ranking.locator('.summary').innerText(), { timeout: 15_000 }).toContain('北岙镇：信访总量第8位（共12个镇街）');
  await expect.poll(() => ranking.locator('.fz-point').count()).toBe(12);
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}

describe('an offline presentation of a town of a district', () => {
  it('the dashboard’s 离线演示 holds the district’s collection, every unit’s dataset inside it: the ranking slide presents from file://', async () => {
    const file = join(folder, 'district-from-the-menu.html');
    await savedFromTheMenu('/district.html', file);
    await ranks(file);
  });

  it('names a unit whose dataset could not be read when the file was made, and ranks the others', async () => {
    const district = join(folder, 'district-one-missing');
    await cp(join(root, 'demo/data/sample-district.json'), join(district, 'sample-district.json'));
    await cp(join(root, 'demo/data/sample-district'), join(district, 'sample-district'), { recursive: true });
    await rm(join(district, 'sample-district/xiling.json'));
    const out = join(folder, 'district-one-missing.html');
    const run = runTool('slides', [
      'demo/data/sample-district/beiao.json',
      '--collection',
      join(district, 'sample-district.json'),
      '--out',
      out,
    ]);
    expect(run.code, run.err).toBe(0);
    const { context, refused, errors, ranking } = await rankingSlide(out);
    await expect.poll(() => ranking.locator('.fz-point').count(), { timeout: 15_000 }).toBe(11);
    await expect.poll(() => ranking.evaluate((element) => element.shadowRoot?.textContent ?? '')).toContain('西岭镇');
    expect(errors).toEqual([]);
    // Asked for where it was (not there), never of a network.
    expect(refused).toEqual([]);
    await context.close();
  }, 120_000);

  it('npm run slides -- beiao.json --collection district.json writes the same', async () => {
    const out = join(folder, 'district-slides.html');
    const run = runTool('slides', ['demo/data/sample-district/beiao.json', '--collection', 'demo/data/sample-district.json', '--out', out]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    await ranks(out);
  }, 120_000);
});

describe('npm run slides', () => {
  it('writes the offline presentation of a dataset, with the meeting and an emblem inside it, which presents from file://', async () => {
    const emblem = join(folder, 'emblem.png');
    await writeFile(
      emblem,
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
    );
    const out = join(folder, 'slides.html');
    const run = runTool('slides', [
      'demo/data/sample-multi-year.json',
      '--out',
      out,
      '--meeting',
      '示例镇第十八届人民代表大会第五次会议',
      '--emblem',
      emblem,
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe(`wrote ${out} (an offline presentation of 2024: open it in a browser to present, no network needed)`);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('meeting="示例镇第十八届人民代表大会第五次会议"');
    expect(html).toContain('emblem="data:image/png;base64,');
    await presents(out, 10);
  }, 120_000);

  it.each([
    [['demo/data/sample-multi-year.json'], 2, /^usage: npm run slides -- dataset\.json --out slides\.html/],
    [
      ['demo/data/sample-multi-year.json', '--out', 'x.html', '--theme', 'blue'],
      2,
      /^--theme takes light, dark, contrast, red or auto \(not "blue"\)\.$/,
    ],
    [['data/beiyang.json', '--out', 'x.html', '--year', '2019'], 1, /^data\/beiyang\.json: the dataset has no year 2019; it has: 2024\.$/],
    [['no-such.json', '--out', 'x.html'], 1, /^no-such\.json: cannot be read \(ENOENT\)/],
    [
      ['demo/data/sample-district.json', '--out', 'x.html'],
      1,
      /^demo\/data\/sample-district\.json: This file is a collection listing several units, not one unit’s dataset/,
    ],
    [
      ['demo/data/sample-district/beiao.json', '--out', 'x.html', '--collection', 'data/beiyang.json'],
      1,
      /^data\/beiyang\.json: no collection to use \(\d+ problems?\); no presentation was written\. Run npm run validate -- data\/beiyang\.json/,
    ],
    [
      ['demo/data/sample-district/beiao.json', '--out', 'x.html', '--collection', 'no-such.json'],
      1,
      /^no-such\.json: cannot be read \(ENOENT\)/,
    ],
  ])('refuses %j in one line (exit %i)', (args, code, line) => {
    const run = runTool('slides', args);
    expect(run.code).toBe(code);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err.trim()).toMatch(line);
  });

  it('refuses a dataset with problems, naming how to see them, in Chinese where the locale is', async () => {
    const broken = join(folder, 'broken.json');
    await writeFile(broken, JSON.stringify({ schemaVersion: 1, unit: { id: 'x', name: '某镇' }, years: [] }));
    const run = runTool('slides', [broken, '--out', join(folder, 'never.html')], 'zh_CN.UTF-8');
    expect(run.code).toBe(1);
    expect(run.err.trim()).toMatch(
      /^.*broken\.json：数据集有 \d+ 处问题，未生成演示。请先运行 npm run validate -- .*broken\.json 查看并改正。$/,
    );
  });
});
