// The built bundle as a portal page loads it, printed: the handout for the deputies, on A4.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../helpers/pages.js';
import { portalPages, SOURCE_LINE, slideNamed, slideShown } from '../helpers/portal-pages.js';

const portal = portalPages();
const { open } = portal;
let pdfDir: string;

beforeAll(async () => {
  pdfDir = await mkdtemp(join(tmpdir(), 'fazhi-print-'));
});

afterAll(async () => {
  if (pdfDir) await rm(pdfDir, { recursive: true, force: true });
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
    // No printed text under 12 px (9 pt): the tables' cells, the charts' words, the source lines.
    const smallest = await smallestPrintedText(page);
    expect(smallest.size, `the smallest text printed: “${smallest.text}”`).toBeGreaterThanOrEqual(12);
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

/** The smallest text the dashboard shows (its size in CSS px, SVG text at the scale it is drawn), and its words. */
function smallestPrintedText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walk = (node: Node, inside: Element) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim() ?? '';
        const scale = inside instanceof SVGGraphicsElement ? (inside.getScreenCTM()?.a ?? 1) : 1;
        const size = parseFloat(getComputedStyle(inside).fontSize) * scale;
        if (text && size < smallest.size) smallest = { size, text };
        return;
      }
      if (!(node instanceof Element)) return;
      const style = getComputedStyle(node);
      if (['style', 'script', 'template'].includes(node.localName) || style.display === 'none' || style.visibility === 'hidden') return;
      for (const child of (node.shadowRoot ?? node).childNodes) walk(child, node);
    };
    const dashboard = document.querySelector('fz-dashboard');
    if (dashboard) walk(dashboard, dashboard);
    return smallest;
  });
}

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

describe('the comparing page printed', () => {
  it('keeps a ranking’s title, words and legend on the page its bars start on, whatever the printer’s margins', async () => {
    const { page, errors, close } = await open('/comparing.html', { width: 1280, height: 900 });
    // Margins from none to 40 mm: the ranking starts at many heights of a page.
    for (const margin of Array.from({ length: 11 }, (_, i) => `${i * 4}mm`)) {
      const file = join(pdfDir, `comparing-${margin}.pdf`);
      await page.pdf({ path: file, format: 'A4', margin: { top: margin, bottom: margin, left: margin, right: margin } });
      const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1]);
      const texts = Array.from({ length: pages }, (_, i) =>
        execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
      );
      const titled = texts.findIndex((text) => text.includes('信访总量：各镇街排名'));
      expect(titled, margin).toBeGreaterThanOrEqual(0);
      // The legend, then the first row of the ranking, on the title's page.
      expect(texts[titled], margin).toContain('北岙镇（本单位）');
      expect(texts[titled], margin).toContain('红桥街道');
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a handout worth printing', () => {
  it('prints every column heading of every table on one line (说明, not 说 / 明), comparing two years too', async () => {
    // As wide as A4 inside its margins (182 mm).
    const { page, errors, close } = await open('/handout-sample.html#compare=previous', { width: 688, height: 900 });
    await page.locator('fz-dashboard .tools button.present').waitFor();
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await settled(page);
    const broken = await page.evaluate(() =>
      [...(document.querySelector('fz-dashboard')?.shadowRoot?.querySelectorAll('.charts > *') ?? [])].flatMap((chart) =>
        [...(chart.shadowRoot?.querySelectorAll('thead th') ?? [])].flatMap((heading) => {
          const range = document.createRange();
          range.selectNodeContents(heading);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          return lines.size > 1 ? [`${chart.localName}: ${heading.textContent?.trim()}`] : [];
        }),
      ),
    );
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['the real report', 3, '/dashboard.html'],
    // Six sections with the year before beside each figure: one to a page, their tables' words at 12 px (9 pt) and more.
    ['the sample comparing 2024 with 2023', 7, '/handout-sample.html#compare=previous'],
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
