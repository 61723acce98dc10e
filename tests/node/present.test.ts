// The built bundle as a portal page loads it: what it asks the server for, the PowerPoint deck it
// saves, the presentation on a real fullscreen and its text sizes, and the printed handout.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, serve } from '../../scripts/harness.mjs';
import { cspViolations, STRICT_CSP, WATCH_CSP } from '../helpers/csp.js';
import { bundleAndData, bundlePage, closePages, drawn, type Opened, openPage, settled, sharedChromium } from '../helpers/pages.js';

let origin: string;
let stop: () => Promise<void>;
let browser: Browser;
let pdfDir: string;

/**
 * Files the bundle loads only when a reader asks: pictures and tables, the slides, the PowerPoint
 * writer (and its stand-in for Node's modules), the offline presentation, the trend's and the
 * ranking's code with Plot, and the bundler's helpers for CommonJS modules those last two share.
 */
const CHUNK =
  /\/fazhi-dashboard-(files|presentation|pptx|deck-of|offline|comparing-views|rolldown-runtime|__vite-browser-external)-[\w-]+\.js$/;

/** What the report's own words say, as the dataset quotes them. */
const SOURCE_LINE = '来源：北洋镇人民政府《北洋镇2024年度法治政府建设年度报告》（2025年2月24日）';
const REPORT_TITLE = '北洋镇2024年度法治政府建设年度报告';

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
  // A town of the invented district, presented with the district's ranking.
  '/present-district.html':
    '<fz-dashboard mode="present" src="/sample-district/beiao.json" collection="/sample-district.json"></fz-dashboard>',
  '/handout-sample.html': '<fz-dashboard src="/sample.json"></fz-dashboard>',
  '/meeting.html': `<fz-dashboard src="/data/beiyang.json" theme="red" meeting="北洋镇第十八届人民代表大会第五次会议"
    reporting-unit="北洋镇司法所" reporter="王明" meeting-date="2025-03-10"></fz-dashboard>`,
};

beforeAll(async () => {
  pdfDir = await mkdtemp(join(tmpdir(), 'fazhi-print-'));
  ({ origin, close: stop } = await serve(async (path) => {
    if (path === '/csp.html')
      return { type: 'text/html; charset=utf-8', body: bundlePage(pages[path]), headers: { 'content-security-policy': STRICT_CSP } };
    if (pages[path]) return { type: 'text/html; charset=utf-8', body: bundlePage(pages[path]) };
    // The demo's portal article, loading the built bundle instead of the sources.
    if (path === '/portal.html') {
      const html = await readFile(join(root, 'demo/index.html'), 'utf8');
      return { type: 'text/html; charset=utf-8', body: html.replace('/src/index.ts', '/fazhi-dashboard.js') };
    }
    if (path === '/portal.css') return { type: 'text/css', body: await readFile(join(root, 'demo/portal.css')) };
    if (path === '/watch-csp.js') {
      return { type: 'text/javascript', body: WATCH_CSP };
    }
    // The invented district: its collection, its units' datasets and its index.
    if (path === '/sample-district.json' || /^\/sample-district\/[\w/.-]+\.json$/.test(path))
      return { type: 'application/json', body: await readFile(join(root, 'demo/data', path.slice(1))) };
    return bundleAndData(path);
  }));
  browser = await sharedChromium();
}, 120_000);

afterAll(async () => {
  await closePages(browser);
  await stop?.();
  if (pdfDir) await rm(pdfDir, { recursive: true, force: true });
});

/** Opens a page of the test server at 1920 × 1080 (or `width` × `height`), with reduced motion, recording every request and every error; waits until every element shows its charts or its slide. */
function open(path: string, { width = 1920, height = 1080, wait = true } = {}): Promise<Opened> {
  return openPage(browser, origin + path, { width, height, wait, reducedMotion: 'reduce' });
}

/** How bright the screen is, as drawn, in a patch above the middle (0 black, 255 white): slides are white, a fullscreen backdrop black. */
async function brightness(page: Page): Promise<number> {
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 900 };
  const png = await page.screenshot({ clip: { x: width / 2 - 20, y: height / 4, width: 40, height: 40 } });
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

/** The on-demand files asked for, by name (`presentation`, `deck-of`…), sorted. */
const chunksOf = (requests: string[]) => requests.flatMap((url) => url.match(CHUNK)?.[1] ?? []).sort();

/** A zip's entries by name, and the part a slide's relationships point to. */
async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.reject(new Error(`${name} is not in the deck`));
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  /** The parts slide `n` (counted from 1) refers to, e.g. `ppt/charts/chart1.xml`. */
  const partsOf = async (n: number) => {
    const rels = await text(`ppt/slides/_rels/slide${n}.xml.rels`);
    // A target is relative to the slide's folder, or to the package's root when it starts with "/".
    return [...rels.matchAll(/Target="([^"]+)"/g)].map(([, target]) =>
      target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('ppt/slides', target)),
    );
  };
  /** The native charts of slide `n`, in the order the slide adds them. */
  const chartsOf = async (n: number) =>
    Promise.all((await partsOf(n)).filter((part) => /^ppt\/charts\/chart\d+\.xml$/.test(part)).map((part) => text(part)));
  /** Slide `n`'s charts as one text (undefined for none). */
  const chartOf = async (n: number) => {
    const charts = await chartsOf(n);
    return charts.length > 0 ? charts.join('\n') : undefined;
  };
  const notesOf = async (n: number) => {
    const notes = (await partsOf(n)).filter((part) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(part));
    expect(notes, `notes of slide ${n}`).toHaveLength(1);
    return text(notes[0]);
  };
  return { text, slideNames, partsOf, chartOf, chartsOf, notesOf };
}

/** The slide number and the slide's label, as a reader and a screen reader get them (of the slide the audience sees). */
async function slideShown(page: Page): Promise<string> {
  const counter = await page.locator('fz-dashboard .frame-current .counter').innerText();
  const label = await page.locator('fz-dashboard .frame-current .slide').getAttribute('aria-label');
  return `${counter} | ${label}`;
}
const slideNamed = (n: number, count: number) => `${n} / ${count} | 第${n}页，共${count}页`;

/** The `slide=` of the page's address hash, as a number. */
const slideInAddress = (page: Page) =>
  page.evaluate(() => {
    const slide = new URLSearchParams(location.hash.slice(1)).get('slide');
    return slide === null ? undefined : Number(slide);
  });

describe('a portal page that never presents nor exports', () => {
  it('loads, shows tooltips and changes year without asking for any file loaded on demand, nor any other host', async () => {
    const { page, requests, errors, close } = await open('/quiet.html', { width: 1280, height: 900 });
    await page.locator('fz-dashboard fz-petitions .fz-point').first().hover();
    await expect.poll(() => page.locator('fz-dashboard fz-petitions .tooltip').count()).toBe(1);
    await page.locator('fz-dashboard fz-training .fz-point').nth(1).hover();
    await expect.poll(() => page.locator('fz-dashboard fz-training .tooltip').count()).toBe(1);
    // The sample chart moves to another year of its own group.
    const sample = page.locator('body > fz-petitions');
    expect(await sample.locator('.subtitle').innerText()).toContain('2024');
    await sample.evaluate((el) => el.setAttribute('year', '2022'));
    await expect.poll(() => sample.locator('.subtitle').innerText()).toContain('2022');
    await sample.locator('.fz-point').first().hover();
    await expect.poll(() => sample.locator('.tooltip').count()).toBe(1);
    // Opening a table loads nothing: the table is there once the summary is clicked.
    await page.locator('fz-dashboard fz-mediation .data-table > summary').click();
    await expect.poll(() => page.locator('fz-dashboard fz-mediation .data-table table').isVisible()).toBe(true);
    expect(requests.some((url) => url.endsWith('/fazhi-dashboard.js'))).toBe(true);
    expect(chunksOf(requests)).toEqual([]);
    expect(requests.filter((url) => /fazhi-dashboard-/.test(url))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the dashboard as a PowerPoint deck', () => {
  it('导出 → 演示文稿（PPTX） under a strict CSP saves beiyang-2024.pptx: a slide per chart, native charts with the figures, the quotes in the notes', async () => {
    const { page, requests, errors, close } = await open('/csp.html', { width: 1280, height: 900 });
    expect(chunksOf(requests)).toEqual([]);
    const tools = page.locator('fz-dashboard .tools');
    await tools.locator('.export-menu details > summary').click();
    const item = tools.locator('.export-formats button', { hasText: '演示文稿（PPTX）' });
    await expect.poll(() => item.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
    expect(download.suggestedFilename()).toBe('beiyang-2024.pptx');
    const bytes = new Uint8Array(await readFile(await download.path()));
    // PK: a zip.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);

    // The writer came only now, from this server; the slides did not.
    const chunks = chunksOf(requests);
    expect(chunks).toContain('pptx');
    expect(chunks).not.toContain('presentation');
    // The bundler's helpers for CommonJS modules are a file of their own, shared by the PowerPoint writer and Plot's code.
    expect(chunks.filter((chunk) => !['pptx', 'deck-of', 'files', 'rolldown-runtime', '__vite-browser-external'].includes(chunk))).toEqual(
      [],
    );
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();

    const deck = await unzip(bytes);
    // Title, key figures, petitions, mediation, training, platforms, closing.
    expect(deck.slideNames).toHaveLength(2 + 4 + 1);
    const bars: [number, (string | number)[], string[]][] = [
      [3, [354, 29, 8, 2, '12345热线', '网信'], ['全年信访总量393条', '其中12345热线354件']],
      [4, [99, 98], ['镇级矛盾纠纷化解中心受理案件99起', '成功率达99%']],
      [5, [12, 13, 16, '集中学习', '执法业务培训'], ['开展集中学习12次', '累计进行业务培训16次']],
    ];
    for (const [n, figures, quotes] of bars) {
      const chart = await deck.chartOf(n);
      expect(chart, `chart part of slide ${n}`).toBeDefined();
      for (const figure of figures) expect(chart, `slide ${n}`).toContain(typeof figure === 'number' ? `<c:v>${figure}</c:v>` : figure);
      const notes = await deck.notesOf(n);
      for (const quote of quotes) expect(notes, `notes of slide ${n}`).toContain(quote);
    }
    // The subsets (其中…，不另计) are a chart of their own: no chart's bars add up past the total of 393.
    const petitionCharts = await deck.chartsOf(3);
    expect(petitionCharts).toHaveLength(2);
    for (const chart of petitionCharts) {
      const values = [...(/<c:val>(.*?)<\/c:val>/s.exec(chart)?.[1] ?? '').matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map(([, value]) =>
        Number(value),
      );
      expect(values.length).toBeGreaterThan(0);
      expect(values.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(393);
    }
    expect(petitionCharts[1]).toContain('其中（已含在上述渠道中，不另计）');
    // On one scale, as on the screen: both charts' value axes end at the largest bar, 354 (a subset of 2 as long as a channel of 2).
    for (const chart of petitionCharts) expect(/<c:valAx>.*?<c:max val="(\d+)"\/>/s.exec(chart)?.[1]).toBe('354');
    // The platforms: shapes with their names, no chart.
    expect(await deck.chartOf(6)).toBeUndefined();
    const platforms = await deck.text('ppt/slides/slide6.xml');
    for (const name of ['党建统领', '经济生态', '平安法治', '公共服务']) expect(platforms).toContain(name);
    // The report's one sentence naming the four platforms is in the notes once, after their four names, its own quotation marks nested.
    const platformNotes = await deck.notesOf(6);
    expect(platformNotes).toContain('党建统领、经济生态、平安法治、公共服务：“维护运行基层智治‘四平台’,即');
    expect(platformNotes.split('维护运行基层智治')).toHaveLength(2);
    expect(await deck.text('ppt/slides/slide1.xml')).toContain(REPORT_TITLE);
    const keyFigures = await deck.text('ppt/slides/slide2.xml');
    for (const figure of ['主要数据', '393件', '99%', '41次']) expect(keyFigures).toContain(figure);
    expect(await deck.text('ppt/slides/slide7.xml')).toContain('谢谢！');
    expect(await deck.text('docProps/core.xml')).toContain(REPORT_TITLE);
  });

  it('makes every picture and table under the strict CSP with no violation: PNG, SVG and CSV of a chart and of the dashboard', async () => {
    const { page, errors, close } = await open('/csp.html', { width: 1280, height: 900 });
    const made = await page.evaluate(async () => {
      type Exporter = Element & { toBlob(format: string): Promise<Blob> };
      const dashboard = document.querySelector('fz-dashboard') as Exporter;
      const chart = dashboard.shadowRoot?.querySelector('fz-petitions') as Exporter;
      const blobs = await Promise.all([
        ...['png', 'svg', 'csv'].map((format) => chart.toBlob(format)),
        ...['png', 'svg', 'csv'].map((format) => dashboard.toBlob(format)),
      ]);
      return blobs.map((blob) => `${blob.type} ${blob.size > 300}`);
    });
    expect(made).toEqual([
      'image/png true',
      'image/svg+xml true',
      'text/csv;charset=utf-8 true',
      'image/png true',
      'image/svg+xml true',
      'text/csv;charset=utf-8 true',
    ]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("toBlob('pptx') with compare=\"previous\" charts both years: the compared year's series, then the year's", async () => {
    const { page, requests, errors, close } = await open('/sample.html', { width: 1280, height: 900 });
    const base64 = await page.evaluate(async () => {
      const dashboard = document.querySelector('fz-dashboard') as unknown as { toBlob(format: 'pptx'): Promise<Blob> };
      const blob = await dashboard.toBlob('pptx');
      const url = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsDataURL(blob);
      });
      return url.slice(url.indexOf(',') + 1);
    });
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    expect(chunksOf(requests)).toContain('pptx');
    expect(errors).toEqual([]);
    await close();
    const deck = await unzip(bytes);
    // 2024 of the sample gives reviews and legality review as well; then its six headline figures over its four years,
    // three to a slide (a row of charts tall enough for their values to stay on one line).
    expect(deck.slideNames).toHaveLength(2 + 6 + 2 + 1);
    // One native line chart for each headline figure.
    for (const n of [9, 10]) {
      expect((await deck.partsOf(n)).filter((part) => /^ppt\/charts\/chart\d+\.xml$/.test(part))).toHaveLength(3);
      expect(await deck.text(`ppt/slides/slide${n}.xml`)).toContain(`历年数据（${n - 8}/2）`);
    }
    const [petitions] = await deck.chartsOf(3);
    expect(petitions).toBeDefined();
    const series = [...(petitions ?? '').matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((match) => match[0]);
    expect(series).toHaveLength(2);
    expect(series[0]).toContain('2023年');
    expect(series[1]).toContain('2024年');
    // 12345 hotline: 410 in 2023, 380 in 2024 (invented).
    expect(series[0]).toContain('<c:v>410</c:v>');
    expect(series[1]).toContain('<c:v>380</c:v>');
  });
});

describe('the presentation', () => {
  it('演示 goes fullscreen, loading the slides only now; the keys move through them, the address keeps the slide; leaving fullscreen keeps presenting, and Esc leaves keeping the place', async () => {
    const { page, requests, errors, close } = await open('/dashboard.html');
    expect(chunksOf(requests)).toEqual([]);
    await page.locator('fz-dashboard .tools button.present').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName)).toBe('fz-dashboard');
    await expect.poll(() => chunksOf(requests)).toEqual(['deck-of', 'presentation']);
    await drawn(page);
    expect(await page.locator('fz-dashboard').getAttribute('mode')).toBe('present');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(1, 7));
    await expect.poll(() => brightness(page)).toBeGreaterThan(200);

    const moves: [string, number][] = [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['Space', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
      ['Shift+Space', 1],
      ['End', 7],
      ['Home', 1],
    ];
    for (const [key, slide] of moves) {
      await page.keyboard.press(key);
      await expect.poll(() => slideShown(page), { message: `after ${key}` }).toBe(slideNamed(slide, 7));
      expect(await slideInAddress(page), `address after ${key}`).toBe(slide);
    }
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('fz-dashboard .slide fz-petitions .chart svg').count()).toBe(1);

    // Leaving fullscreen (the browser's own Esc, F11) keeps presenting, in the window, on the same slide.
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await page.locator('fz-dashboard').getAttribute('mode')).toBe('present');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(3, 7));
    await expect.poll(() => brightness(page)).toBeGreaterThan(200);
    // The fullscreen button on the slides goes fullscreen again.
    await page.mouse.move(400, 400);
    await page.locator('fz-dashboard .controls button.fullscreen').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName)).toBe('fz-dashboard');
    await expect.poll(() => brightness(page)).toBeGreaterThan(200);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(4, 7));

    // Esc leaves; presenting again goes on from the same slide.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('fz-dashboard').getAttribute('mode')).toBeNull();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(() => page.locator('fz-dashboard .key-figures').isVisible()).toBe(true);
    expect(await page.locator('fz-dashboard .slides').count()).toBe(0);
    expect(await slideInAddress(page)).toBeUndefined();
    await page.locator('fz-dashboard .tools button.present').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName)).toBe('fz-dashboard');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(4, 7));
    // The slides' code is not asked for twice.
    expect(chunksOf(requests)).toEqual(['deck-of', 'presentation']);
    expect(errors).toEqual([]);
    await close();
  });

  it('the demo’s 投影演示 link presents the article’s dashboard in its click, fullscreen', async () => {
    const { page, errors, close } = await open('/portal.html', { width: 1280, height: 900, wait: false });
    await page.locator('fz-dashboard .tools button.present').waitFor();
    await page.locator('a.present-link').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName)).toBe('fz-dashboard');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(1, 7));
    expect(new URL(page.url()).pathname).toBe('/portal.html');
    expect(errors).toEqual([]);
    await close();
  });

  it('mode="present" opened at #slide=3 shows the petitions slide, and a reload keeps it', async () => {
    const { page, errors, close } = await open('/present.html#slide=3');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(3, 7));
    expect(await page.locator('fz-dashboard .slide fz-petitions .chart svg').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(4, 7));
    expect(await slideInAddress(page)).toBe(4);
    await page.reload();
    await drawn(page);
    await expect.poll(() => slideShown(page)).toBe(slideNamed(4, 7));
    expect(await page.locator('fz-dashboard .slide fz-mediation .chart svg').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  /**
   * Every text shown in the presentation (through shadow roots, slots and SVG): its size as drawn
   * and its box, split into the slide's frame (band, slide, number), the controls, and anything
   * else; and the frame's box and each chart's drawing.
   */
  const slideTexts = (page: Page) =>
    page.evaluate(() => {
      const dialog = document.querySelector('fz-dashboard')?.shadowRoot?.querySelector('dialog.slides');
      const frame = dialog?.querySelector('.frame');
      if (!dialog || !frame) throw new Error('no slide');
      type Box = { right: number; bottom: number; left: number; top: number };
      /** `lines`: the boxes of its lines (a text wrapped over two lines is two boxes). */
      type Text = Box & { text: string; size: number; value: boolean; lines: Box[] };
      const hidden = (el: Element) => {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return true;
        // The visually hidden pattern: a 1 px box that clips its text.
        const box = el.getBoundingClientRect();
        return style.overflow !== 'visible' && box.width <= 1 && box.height <= 1;
      };
      const walk = (node: Node, inside: Element, into: Text[]) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.textContent?.trim() ?? '';
          if (!text) return;
          const svg = inside instanceof SVGGraphicsElement;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = svg ? inside.getBoundingClientRect() : range.getBoundingClientRect();
          // An SVG's text is drawn at its user units times the SVG's scale.
          const scale = svg ? ((inside as SVGGraphicsElement).getScreenCTM()?.a ?? 1) : 1;
          const size = parseFloat(getComputedStyle(inside).fontSize) * scale;
          const lines = svg ? [box] : [...range.getClientRects()].filter((line) => line.width > 0 && line.height > 0);
          const edges = ({ left, top, right, bottom }: Box) => ({ left, top, right, bottom });
          into.push({ text, size, ...box.toJSON(), value: !!inside.closest('.key-figure .headline-figure'), lines: lines.map(edges) });
          return;
        }
        if (!(node instanceof Element)) {
          for (const child of node.childNodes) walk(child, inside, into);
          return;
        }
        if (['style', 'script', 'template'].includes(node.localName) || hidden(node)) return;
        if (node instanceof HTMLSlotElement) {
          const assigned = node.assignedNodes({ flatten: true });
          for (const child of assigned.length ? assigned : node.childNodes) walk(child, node, into);
          return;
        }
        for (const child of (node.shadowRoot ?? node).childNodes) walk(child, node, into);
      };
      const texts: Text[] = [];
      walk(frame, frame, texts);
      const controls: Text[] = [];
      const others: Text[] = [];
      for (const child of dialog.children)
        if (child !== frame) walk(child, child, child.classList.contains('controls') ? controls : others);
      const charts = [...frame.querySelectorAll('.slide-chart')].map((chart) => {
        const svg = chart.shadowRoot?.querySelector('.chart svg');
        return svg ? svg.getBoundingClientRect().toJSON() : undefined;
      });
      return { box: frame.getBoundingClientRect().toJSON() as DOMRect, texts, controls, others, charts: charts as (DOMRect | undefined)[] };
    });

  /** The projectors a hall may have: 4:3 old and older, 16:10, 16:9. */
  const SCREENS: [string, number, number][] = [
    ['1024 × 768 (4:3)', 1024, 768],
    ['800 × 600 (4:3)', 800, 600],
    ['1280 × 800 (16:10)', 1280, 800],
    ['1920 × 1080 (16:9)', 1920, 1080],
  ];

  describe.each(SCREENS)('on a %s projector', (_, width, height) => {
    // 24 px at 768 lines and more, key figures 72 px at 768 lines: as large on a smaller screen, as its height allows.
    const smallest = Math.min(24, (24 * height) / 768);
    const figure = Math.min(72, (72 * height) / 768);

    it.each([
      ['the real report', '/present.html', 7],
      // The sample's slides: title, key figures, its six sections, its headline figures over its four years, the source.
      ['the sample comparing 2024 with 2023', '/present-sample.html#compare=previous', 10],
      // A town of the invented district: its sections, its headline figures over three years, the district's twelve units ranked.
      ['a town of a district, with its ranking', '/present-district.html', 10],
    ])(
      `every slide of %s: text ${smallest.toFixed(0)} px and more, key figures ${figure.toFixed(0)} px and more, charts filling the slide's height, nothing beyond the slide`,
      async (_, path, count) => {
        const { page, errors, close } = await open(path, { width, height });
        await expect.poll(() => slideShown(page)).toBe(slideNamed(1, count));
        const small: string[] = [];
        const beyond: string[] = [];
        const short: string[] = [];
        const overlapping: string[] = [];
        let figures = 0;
        for (let n = 1; n <= count; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          await expect.poll(() => slideShown(page)).toBe(slideNamed(n, count));
          await drawn(page);
          await settled(page);
          const { box, texts, charts } = await slideTexts(page);
          // The slide is the screen; a projector shows all of it at once, nothing scrolled or clipped.
          expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, width, height]);
          expect(texts.length, `texts on slide ${n}`).toBeGreaterThan(0);
          for (const { text, size, right, bottom, left, top, value } of texts) {
            if (value) figures++;
            if (size < (value ? figure : smallest) - 0.05) small.push(`slide ${n}: “${text}” ${size.toFixed(1)} px`);
            if (right > box.right + 0.5 || bottom > box.bottom + 0.5 || left < box.left - 0.5 || top < box.top - 0.5)
              beyond.push(`slide ${n}: “${text}” at ${left.toFixed(0)},${top.toFixed(0)}–${right.toFixed(0)},${bottom.toFixed(0)}`);
          }
          // No text drawn over another (a ranking's last rows over the source line, a title over a chart's labels).
          const over = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
          texts.forEach((a, i) => {
            for (const b of texts.slice(i + 1))
              if (a.lines.some((line) => b.lines.some((other) => over(line, other))))
                overlapping.push(`slide ${n}: “${a.text}” and “${b.text}”`);
          });
          // A chart takes the height its slide leaves it: at least 40 % of the screen, reaching into its last third.
          for (const chart of charts) {
            if (!chart) continue;
            if (chart.height < 0.4 * height || chart.bottom < 0.7 * height)
              short.push(`slide ${n}: chart ${chart.top.toFixed(0)}–${chart.bottom.toFixed(0)} of ${height}`);
          }
        }
        expect(figures).toBeGreaterThanOrEqual(4);
        expect(small).toEqual([]);
        expect(beyond).toEqual([]);
        expect(short).toEqual([]);
        expect(overlapping).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      },
    );
  });

  it('the controls over the slides (years, sample badge, fullscreen, presenter view, keys, leave) are 24 px and more at 1080 lines, on the screen', async () => {
    const { page, errors, close } = await open('/present-sample.html#compare=previous&slide=3');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(3, 10));
    await page.mouse.move(500, 500);
    await page.mouse.move(520, 520);
    await expect.poll(async () => (await slideTexts(page)).controls.length).toBeGreaterThan(0);
    const { controls, texts } = await slideTexts(page);
    const words = [...controls, ...texts].map(({ text }) => text).join(' ');
    for (const shown of ['3 / 10', '2024', '示例数据', '全屏', '演讲者视图', '退出']) expect(words).toContain(shown);
    const beyond = controls.filter(({ right, bottom, left, top }) => right > 1920.5 || bottom > 1080.5 || left < -0.5 || top < -0.5);
    expect(beyond).toEqual([]);
    const small = controls.filter(({ size }) => size < 24).map(({ text, size }) => `“${text}” ${size.toFixed(1)} px`);
    expect(small).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('the controls, shown while the mouse moves, cut no line of the real report’s slides in two: on every projector a line is above them or all under them', async () => {
    const [path, count] = ['/present.html', 7];
    const { page, errors, close } = await open(path, { width: 1024, height: 768 });
    const cut: string[] = [];
    for (const [name, width, height] of SCREENS) {
      await page.setViewportSize({ width, height });
      await page.keyboard.press('Home');
      for (let slide = 2; slide <= count; slide++) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => slideShown(page)).toBe(slideNamed(slide, count));
        await drawn(page);
        await settled(page);
        await page.mouse.move(300, 300);
        await page.mouse.move(320, 320);
        await expect.poll(async () => (await slideTexts(page)).controls.length).toBeGreaterThan(0);
        const top = await page.evaluate(
          () => document.querySelector('fz-dashboard')?.shadowRoot?.querySelector('.controls')?.getBoundingClientRect().top ?? 0,
        );
        for (const { text, lines } of (await slideTexts(page)).texts)
          for (const line of lines)
            if (line.top < top - 0.5 && line.bottom > top + 0.5)
              cut.push(`${name}, slide ${slide}: “${text}” ${line.top.toFixed(0)}–${line.bottom.toFixed(0)} under ${top.toFixed(0)}`);
      }
    }
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    [1024, 768],
    [800, 600],
  ])('at %i × %i the title slide breaks the report’s title between words, never inside one (法 / 治)', async (width, height) => {
    const { page, errors, close } = await open('/present.html', { width, height });
    await expect.poll(() => slideShown(page)).toBe(slideNamed(1, 7));
    const words = await page.evaluate(() =>
      [...(document.querySelector('fz-dashboard')?.shadowRoot?.querySelectorAll('.slide-heading .nb') ?? [])].map((word) => ({
        word: word.textContent,
        lines: new Set([...word.getClientRects()].map((rect) => Math.round(rect.top))).size,
      })),
    );
    expect(words.map(({ word }) => word).join('')).toBe(REPORT_TITLE);
    expect(words.filter(({ lines }) => lines > 1)).toEqual([]);
    // It does take two lines there: the test would pass on one line whatever the breaking.
    const lines = new Set(
      await page.evaluate(() =>
        [...(document.querySelector('fz-dashboard')?.shadowRoot?.querySelectorAll('.slide-heading .nb') ?? [])].map((word) =>
          Math.round(word.getBoundingClientRect().top),
        ),
      ),
    );
    expect(lines.size).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('once the mouse rests, the audience sees the slide and its number, nothing else', async () => {
    const { page, errors, close } = await open('/present-sample.html#compare=previous&slide=3', { width: 1024, height: 768 });
    await page.mouse.move(500, 500);
    await page.mouse.move(510, 510);
    await expect.poll(async () => (await slideTexts(page)).controls.length).toBeGreaterThan(0);
    await expect.poll(async () => (await slideTexts(page)).controls.length, { timeout: 5000 }).toBe(0);
    const { texts, others } = await slideTexts(page);
    expect(others).toEqual([]);
    // Nothing shows over the slide's lower edge where the controls were: the source line and the number.
    const bottom = texts.filter(({ top }) => top > 700).map(({ text }) => text);
    expect(bottom.join(' ')).toContain('3 / 10');
    const shot = await page.screenshot({ clip: { x: 0, y: 690, width: 1024, height: 78 } });
    expect(shot.length).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('fz-dashboard')!.shadowRoot!.querySelector('dialog')!).cursor),
    ).toBe('none');
    expect(errors).toEqual([]);
    await close();
  });

  it('the presenter view: a second window with the slide and the next, the report’s words, every slide and a clock; a key in either window moves both, and so does a year', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    const audience = await context.newPage();
    const errors: string[] = [];
    audience.on('pageerror', (error) => errors.push(error.message));
    await audience.goto(`${origin}/present-sample.html#slide=3`);
    await drawn(audience);
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(3, 10));
    await audience.mouse.move(500, 500);
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      audience.locator('fz-dashboard .controls button.open-presenter').click(),
    ]);
    presenter.on('pageerror', (error) => errors.push(error.message));
    await presenter.setViewportSize({ width: 1280, height: 800 });
    const view = presenter.locator('fz-dashboard dialog.presenter-view');
    await expect.poll(() => view.isVisible()).toBe(true);
    // In step once the presentation has told it the audience's screen, 4:3.
    await expect.poll(() => presenter.locator('fz-dashboard .console.shape-4x3').count()).toBe(1);
    const now = () => presenter.locator('fz-dashboard .presenter-now .counter').innerText();
    await expect.poll(now).toBe('3 / 10');
    expect(await presenter.locator('fz-dashboard .presenter-next .counter').innerText()).toBe('4 / 10');
    // The speaker notes: the report's own words for the figures of the petitions slide.
    await expect.poll(() => presenter.locator('fz-dashboard .presenter-notes').innerText()).toContain('（示例）全年信访总量431件');
    const list = await presenter.locator('fz-dashboard .presenter-list li').allInnerTexts();
    expect(list).toHaveLength(9);
    expect(list[2]).toBe('信访件按渠道分布');
    await expect.poll(() => presenter.locator('fz-dashboard .presenter-clock').innerText()).toMatch(/^00:0[0-9]$/);

    // A key in the presenter's window moves both; so does one in the audience's.
    await presenter.keyboard.press('PageDown');
    await expect.poll(now).toBe('4 / 10');
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(4, 10));
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(5, 10));
    await expect.poll(now).toBe('5 / 10');
    // The slide list goes to a slide, and black in the presenter's window blacks the audience's screen.
    await presenter.locator('fz-dashboard .presenter-list li button').nth(1).click();
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(2, 10));
    await presenter.locator('fz-dashboard .console button.black').click();
    await expect.poll(() => audience.locator('fz-dashboard .blank-black').count()).toBe(1);
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => audience.locator('fz-dashboard .blank-black').count()).toBe(0);
    await expect.poll(() => presenter.locator('fz-dashboard .console button.black').getAttribute('aria-pressed')).toBe('false');
    // A year chosen in the presenter's window is the audience's.
    await presenter.locator('fz-dashboard .console .year', { hasText: '2022' }).click();
    await expect
      .poll(() => audience.evaluate(() => (document.querySelector('fz-dashboard') as unknown as { year?: number }).year))
      .toBe(2022);
    await expect.poll(() => audience.locator('fz-dashboard .frame-current .slide').innerText()).toContain('2022');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in the presenter’s window the slide keys turn the slides whatever was clicked last, Esc leaves nothing, and an audience that left is said and brought back', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    const audience = await context.newPage();
    const errors: string[] = [];
    audience.on('pageerror', (error) => errors.push(error.message));
    await audience.goto(`${origin}/present-sample.html#slide=3`);
    await drawn(audience);
    // The sample's ten slides: its sections, then its headline figures over the years.
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(3, 10));
    await audience.mouse.move(500, 500);
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      audience.locator('fz-dashboard .controls button.open-presenter').click(),
    ]);
    presenter.on('pageerror', (error) => errors.push(error.message));
    await presenter.setViewportSize({ width: 1280, height: 800 });
    const view = presenter.locator('fz-dashboard .console');
    const now = () => presenter.locator('fz-dashboard .presenter-now .counter').innerText();
    await expect.poll(now).toBe('3 / 10');
    const year = () => audience.evaluate(() => (document.querySelector('fz-dashboard') as unknown as { year?: number }).year);
    const yearBefore = await year();
    // After a click on each control of the presenter's window, → and ← turn the slides of both windows, and Space does not press the control.
    const controls = [
      view.locator('.presenter-bar button.next'),
      view.locator('.presenter-bar button.previous'),
      view.locator('.presenter-bar .year', { hasText: '2024' }),
      view.locator('.presenter-list li button').nth(2),
      view.locator('.presenter-now .slide'),
    ];
    // A click gives the keys back to the slide a task after the control's own work: a presenter's next key comes after that.
    const keysOnSlide = () =>
      presenter.waitForFunction(() =>
        document.querySelector('fz-dashboard')?.shadowRoot?.activeElement?.matches('dialog.presenter-view .presenter-now .slide'),
      );
    // The slide both windows show once what a click did has reached them (a presenter's next press comes after that).
    const agreed = async () => {
      const shown = Number((await now()).split(' / ')[0]);
      return (await slideShown(audience)) === slideNamed(shown, 10) ? shown : undefined;
    };
    // Each key's slide is shown in both windows before the next key, as a presenter's clicker waits for the slide to change.
    const turned = async (key: string, to: number, control: unknown) => {
      await presenter.keyboard.press(key);
      await expect.poll(now, { message: `${key} after a click on ${control}` }).toBe(`${to} / 10`);
      await expect.poll(() => slideShown(audience), { message: `${key} after a click on ${control}` }).toBe(slideNamed(to, 10));
    };
    for (const control of controls) {
      await control.click();
      await keysOnSlide();
      await expect.poll(agreed, { message: `both windows after a click on ${control}` }).toBeDefined();
      const from = (await agreed()) as number;
      await turned('ArrowRight', from + 1, control);
      await turned(' ', from + 2, control);
      await turned('ArrowLeft', from + 1, control);
      await turned('ArrowLeft', from, control);
    }
    // The arrows turned slides, not years.
    expect(await year()).toBe(yearBefore);
    // Esc in the presenter's window keeps its view, and its keys keep moving the audience's slide.
    await presenter.keyboard.press('Escape');
    await presenter.keyboard.press('End');
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(10, 10));
    expect(await presenter.locator('fz-dashboard dialog.presenter-view').isVisible()).toBe(true);
    // The audience's window leaves (Esc): the presenter's view says so, and its button presents there again, at the same slide.
    await audience.keyboard.press('Escape');
    await expect.poll(() => audience.evaluate(() => document.querySelector('fz-dashboard')?.getAttribute('mode'))).toBe(null);
    const away = presenter.locator('fz-dashboard .presenter-away');
    await expect.poll(() => away.innerText()).toContain('观众屏幕已退出演示');
    await away.locator('button.resume').click();
    await expect.poll(() => audience.evaluate(() => document.querySelector('fz-dashboard')?.getAttribute('mode'))).toBe('present');
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(10, 10));
    await expect.poll(() => away.count()).toBe(0);
    await presenter.keyboard.press('Home');
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(1, 10));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes a 4:3 deck from the menu, with the meeting, the reporting unit and the reporter on its title slide', async () => {
    const { page, errors, close } = await open('/meeting.html', { width: 1280, height: 900 });
    const tools = page.locator('fz-dashboard .tools');
    await tools.locator('.export-menu details > summary').click();
    const item = tools.locator('.export-formats button', { hasText: '演示文稿（PPTX，4:3）' });
    const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
    // Named apart from the 16:9 deck, which saves as beiyang-2024.pptx.
    expect(download.suggestedFilename()).toBe('beiyang-2024-4x3.pptx');
    const deck = await unzip(new Uint8Array(await readFile(await download.path())));
    expect(await deck.text('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"');
    const cover = await deck.text('ppt/slides/slide1.xml');
    for (const words of ['北洋镇第十八届人民代表大会第五次会议', '汇报单位：北洋镇司法所', '汇报人：王明', '2025年3月10日'])
      expect(cover).toContain(words);
    const layouts = await Promise.all(
      Object.keys((await JSZip.loadAsync(await readFile(await download.path()))).files)
        .filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name))
        .map((name) => deck.text(name)),
    );
    // The band names the reporting unit, in the red theme's red.
    expect(layouts.some((xml) => xml.includes('北洋镇司法所') && xml.includes('B3141B'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the printed handout', () => {
  it('printing while presenting prints the slide shown, then the slides are back on top', async () => {
    const { page, errors, close } = await open('/present.html#slide=3');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(3, 7));
    const file = join(pdfDir, 'slide.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true });
    // In the order the page draws its text: the layout mode sets a chart's figures (digits and Chinese in two fonts) on lines of their own.
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('信访件按渠道分布');
    expect(text).toContain('354件');
    expect(Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1])).toBe(1);
    // page.pdf() fires beforeprint but not afterprint, as a real print does after its dialog closes.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.querySelector('fz-dashboard')?.shadowRoot?.querySelector('dialog')?.matches(':modal'))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("a script's print() gets charts drawn for paper before the page is laid out for it", async () => {
    const { page, errors, close } = await open('/dashboard.html', { width: 1280, height: 900 });
    const widths = await page.evaluate(() => {
      // The width each chart is drawn for (on screen it is shown no wider than its box).
      const charts = () =>
        [...(document.querySelector('fz-dashboard')?.shadowRoot?.querySelectorAll('.charts > *') ?? [])].map((chart) =>
          Number(chart.shadowRoot?.querySelector('.chart svg')?.getAttribute('width')),
        );
      let during: number[] = [];
      // Listened to after the charts: what they are once they have handled the event.
      addEventListener('beforeprint', () => (during = charts()), { once: true });
      const before = charts();
      print();
      return { before, during };
    });
    // Side by side on screen; one under the other on paper, each as wide as A4 allows.
    expect(Math.max(...widths.before)).toBeLessThan(600);
    expect(widths.during).toHaveLength(4);
    for (const width of widths.during) expect(width).toBeGreaterThan(600);
    for (const width of widths.during) expect(width).toBeLessThanOrEqual(680);
    expect(errors).toEqual([]);
    await close();
  });

  it('prints on A4 without controls, every data table open, charts drawn for the paper and never cut, the source and "page / pages" at the foot of every page', async () => {
    const { page, errors, close } = await open('/dashboard.html', { width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const dashboard = document.querySelector('fz-dashboard')?.shadowRoot;
      const charts = [...(dashboard?.querySelectorAll('.charts > *') ?? [])];
      const display = (el: Element | null | undefined) => (el ? getComputedStyle(el).display : 'missing');
      return {
        tools: display(dashboard?.querySelector('.tools')),
        charts: charts.map((chart) => ({
          tag: chart.localName,
          menu: display(chart.shadowRoot?.querySelector('.export-menu')),
          summary: display(chart.shadowRoot?.querySelector('.data-table > summary')),
          tableHeight: chart.shadowRoot?.querySelector('table')?.getBoundingClientRect().height ?? 0,
        })),
      };
    });
    expect(shown.tools).toBe('none');
    expect(shown.charts.map(({ tag }) => tag)).toEqual(['fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms']);
    for (const chart of shown.charts) {
      expect(chart.menu, chart.tag).toBe('none');
      expect(chart.summary, chart.tag).toBe('none');
      expect(chart.tableHeight, chart.tag).toBeGreaterThan(0);
    }

    // About to print, the charts are drawn for the paper and the document gets its A4 page with the source and page numbers; after, neither.
    const chartWidths = () =>
      page.evaluate(() =>
        [...(document.querySelector('fz-dashboard')?.shadowRoot?.querySelectorAll('.charts > *') ?? [])].map(
          (chart) => chart.shadowRoot?.querySelector('.chart svg')?.getBoundingClientRect().width ?? 0,
        ),
      );
    const pageRule = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .map((rule) => rule.cssText)
          .find((text) => text.startsWith('@page')),
      );
    // Laid out for print media, the charts take the page's width (1214 px here), once their resize observers have reported.
    await expect.poll(async () => Math.min(...(await chartWidths()))).toBeGreaterThan(1000);
    await settled(page);
    expect(await pageRule()).toBeUndefined();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    // A4 inside its margins is 182 mm (680 px): each chart is drawn that wide, less its own frame.
    await expect.poll(async () => Math.max(...(await chartWidths()))).toBeLessThanOrEqual(680);
    expect(Math.min(...(await chartWidths()))).toBeGreaterThan(600);
    const rule = await pageRule();
    expect(rule).toMatch(/size: a4/i);
    expect(rule).toContain(SOURCE_LINE);
    expect(rule).toMatch(/counter\(page\) " \/ " counter\(pages\)/);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(async () => Math.min(...(await chartWidths()))).toBeGreaterThan(1000);
    expect(await pageRule()).toBeUndefined();

    const file = join(pdfDir, 'handout.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(errors).toEqual([]);
    await close();

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/) ?? [];
    expect(Math.round(Number(w))).toBe(595);
    expect(Math.round(Number(h))).toBe(842);
    const count = Number(info.match(/Pages:\s+(\d+)/)?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    // In the order the page draws its text: the layout mode sets a figure's digits and its unit (two fonts) on lines of their own.
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    const sheets = text.split('\f').slice(0, count);
    expect(sheets).toHaveLength(count);
    sheets.forEach((sheet, i) => {
      expect(sheet, `page ${i + 1}`).toMatch(new RegExp(`(^|\\s)${i + 1}\\s*/\\s*${count}(\\s|$)`));
      expect(sheet.replace(/\s+/g, ''), `page ${i + 1}`).toContain(SOURCE_LINE);
    });
    const all = text.replace(/\s+/g, '');
    for (const quote of ['全年信访总量393条', '成功率达99%', '开展集中学习12次']) expect(all).toContain(quote);
    for (const control of ['导出', '演示', '查看数据表']) expect(all).not.toContain(control);
    // No chart is cut by a page break: its title, its table's last words and its source are on one page.
    const flat = sheets.map((sheet) => sheet.replace(/\s+/g, ''));
    for (const [title, last] of [
      ['信访件按渠道分布', '“重复件5件”'],
      ['矛盾纠纷调解', '“成功化98起”'],
      ['法治学习与培训', '“累计进行业务培训16次”'],
      ['基层智治平台', '基层智治平台（北洋镇·2024年）'],
    ]) {
      const on = flat.flatMap((sheet, i) => (sheet.includes(title) ? [i] : []));
      expect(on, title).toHaveLength(1);
      const [i] = on;
      expect(flat[i], title).toContain(last);
      // Twice: the chart's source line, and the page's footer.
      expect(flat[i].split(SOURCE_LINE).length - 1, title).toBeGreaterThanOrEqual(2);
    }
  });
});

/** A PDF's text as lines laid out on its pages: each text block's words grouped into the lines the eye sees. */
function pdfLines(file: string): { pages: { height: number; blocks: string[][]; bottom: number }[] } {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const number = (tag: string, name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(tag)?.[1]);
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return {
    pages: [...xml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)].map(([, pageTag, body]) => {
      const height = number(pageTag, 'height');
      let bottom = 0;
      const blocks = [...body.matchAll(/<block\b[^>]*>([\s\S]*?)<\/block>/g)].map(([, block]) => {
        // pdftotext's lines, in order; one it split off the same line of the eye (a bracket set tight to what follows) joins it again.
        const lines: { yMin: number; yMax: number; text: string }[] = [];
        for (const [, tag, line] of block.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)) {
          const text = [...line.matchAll(/<word\b[^>]*>([^<]*)<\/word>/g)].map(([, word]) => decode(word)).join('');
          const [yMin, yMax] = [number(tag, 'yMin'), number(tag, 'yMax')];
          // The page's footer (in the bottom margin) is not content.
          if (yMax < height - 45) bottom = Math.max(bottom, yMax);
          const last = lines[lines.length - 1];
          if (last && Math.min(last.yMax, yMax) - Math.max(last.yMin, yMin) >= 0.5 * Math.min(last.yMax - last.yMin, yMax - yMin)) {
            last.text += text;
            continue;
          }
          lines.push({ yMin, yMax, text });
        }
        return lines.map((line) => line.text);
      });
      return { height, blocks, bottom };
    }),
  };
}

/** Where a line ends and the next begins inside one block of text, against the rules: a number, sign or unit split, an opening bracket left at a line's end, closing punctuation at a line's start. */
function badLineEnds(pages: ReturnType<typeof pdfLines>['pages']): string[] {
  return pages.flatMap(({ blocks }, page) =>
    blocks.flatMap((lines) =>
      lines.slice(1).flatMap((next, i) => {
        const end = lines[i];
        // (A digit at a line's end and one at the next line's start are two figures of a chart, which pdftotext may set in one block: no split.)
        const split =
          (/\d$/u.test(end) && /^[%.,件起次个条人项年月日]/u.test(next)) ||
          (/([\d][.,]|[▲▼●+−±])$/u.test(end) && /^\d/u.test(next)) ||
          /[（(「“《]$/u.test(end) ||
          /^[）)」”》。，、；：！？%]/u.test(next);
        return split ? [`page ${page + 1}: “…${end.slice(-12)}” | “${next.slice(0, 12)}…”`] : [];
      }),
    ),
  );
}

describe('a handout worth printing', () => {
  it.each([
    ['the real report', 3, '/dashboard.html'],
    ['the sample comparing 2024 with 2023', 6, '/handout-sample.html#compare=previous'],
    ['the portal article with the dashboard inside', 7, '/portal.html'],
  ])(
    '%s prints on at most %i A4 pages, every page but the last at least a quarter full, no number, sign or unit split across lines',
    async (name, most, path) => {
      const { page, errors, close } = await open(path, { width: 1280, height: 900, wait: path !== '/portal.html' });
      await page.locator('fz-dashboard .tools button.present').waitFor();
      await settled(page);
      const file = join(pdfDir, `${name.replace(/\W+/g, '-')}.pdf`);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      expect(errors).toEqual([]);
      await close();
      const { pages } = pdfLines(file);
      expect(pages.length).toBeLessThanOrEqual(most);
      // Content runs from the top margin (16 mm) to the bottom one (18 mm).
      const fullness = pages.map(({ height, bottom }) => (bottom - 45) / (height - 45 - 51));
      for (const [i, full] of fullness.slice(0, -1).entries())
        expect(full, `page ${i + 1} of ${pages.length}`).toBeGreaterThanOrEqual(0.25);
      expect(badLineEnds(pages)).toEqual([]);
      // The figures are there, whole.
      const all = pages.flatMap(({ blocks }) => blocks.flat()).join('');
      for (const figure of path.includes('sample') ? ['431件', '比上年减少47件（−9.8%）'] : ['393件', '354件'])
        expect(all).toContain(figure);
    },
  );
});
