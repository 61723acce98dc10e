// The built bundle as a portal page loads it, presented at a people's congress meeting: fullscreen,
// on every projector, with a clicker and a mouse, in a presenter's window, and the 4:3 deck.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deckOf } from '../helpers/files.js';
import { drawn, settled } from '../helpers/pages.js';
import { chunksOf, portalPages, REPORT_TITLE, slideInAddress, slideNamed, slideShown } from '../helpers/portal-pages.js';

const portal = portalPages();
const { open } = portal;

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

  it('the demo’s 投影演示 link presents the article’s dashboard in its click, fullscreen; 演示 after Esc goes on from the slide left', async () => {
    const { page, errors, close } = await open('/portal.html', { width: 1280, height: 900, wait: false });
    await page.locator('fz-dashboard .tools button.present').waitFor();
    await page.locator('a.present-link').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName)).toBe('fz-dashboard');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(1, 7));
    expect(new URL(page.url()).pathname).toBe('/portal.html');
    // The first presentation, its code loaded by this click, started at the first slide: the next goes on from where it stopped.
    for (let slide = 2; slide <= 5; slide++) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => slideShown(page)).toBe(slideNamed(slide, 7));
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('fz-dashboard').getAttribute('mode')).toBeNull();
    await page.locator('fz-dashboard .tools button.present').click();
    await expect.poll(() => slideShown(page)).toBe(slideNamed(5, 7));
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

  /**
   * Goes through every slide of the page open (`count` of them, in `lang`) and finds, on each: text
   * under `smallest` px (key figures under `figure`), text beyond the slide, a chart short of the
   * slide's height, text drawn over another; and counts the key figures seen.
   */
  async function everySlide(page: Page, count: number, lang: 'zh-CN' | 'en', { smallest, figure }: { smallest: number; figure: number }) {
    const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
    await expect.poll(() => slideShown(page)).toBe(slideNamed(1, count, lang));
    const small: string[] = [];
    const beyond: string[] = [];
    const short: string[] = [];
    const overlapping: string[] = [];
    const shortened: string[] = [];
    let figures = 0;
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideShown(page)).toBe(slideNamed(n, count, lang));
      await drawn(page);
      await settled(page);
      const { box, texts, charts } = await slideTexts(page);
      // The slide is the screen; a projector shows all of it at once, nothing scrolled or clipped.
      expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, width, height]);
      expect(texts.length, `texts on slide ${n}`).toBeGreaterThan(0);
      for (const { text, size, right, bottom, left, top, value } of texts) {
        if (value) figures++;
        if (text.endsWith('…')) shortened.push(`slide ${n}: “${text}”`);
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
    return { small, beyond, short, overlapping, shortened, figures };
  }

  describe.each(SCREENS)('on a %s projector', (_, width, height) => {
    // 24 px at 768 lines and more, key figures 72 px at 768 lines: as large on a smaller screen, as its height allows.
    const sizes = { smallest: Math.min(24, (24 * height) / 768), figure: Math.min(72, (72 * height) / 768) };
    const wide = width / height >= 29 / 20;

    it.each([
      ['the real report', '/present.html', 7, 'zh-CN'],
      // The sample's slides: title, key figures, its six sections, its headline figures over its four years, the source.
      ['the sample comparing 2024 with 2023', '/present-sample.html#compare=previous', 10, 'zh-CN'],
      // A town of the invented district: its sections, its headline figures over three years, the district's twelve units ranked.
      ['a town of a district, with its ranking', '/present-district.html', 10, 'zh-CN'],
      // In English, whose words are longer: on a wide screen (a 4:3 one below).
      ...(wide ? [['the sample in English, comparing 2024 with 2023', '/present-sample-en.html#compare=previous', 10, 'en'] as const] : []),
    ] as const)(
      `every slide of %s: text ${sizes.smallest.toFixed(0)} px and more, key figures ${sizes.figure.toFixed(0)} px and more, no label cut short, charts filling the slide's height, nothing beyond the slide`,
      async (_, path, count, lang) => {
        const { page, errors, close } = await open(path, { width, height });
        const { small, beyond, short, overlapping, shortened, figures } = await everySlide(page, count, lang, sizes);
        expect(figures).toBeGreaterThanOrEqual(4);
        expect(shortened).toEqual([]);
        expect(small).toEqual([]);
        expect(beyond).toEqual([]);
        expect(short).toEqual([]);
        expect(overlapping).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      },
    );

    // Its compared charts, under two lines more of English words than of Chinese, draw their text smaller to fit: never beyond the slide or over other text.
    if (!wide)
      it('every slide of the sample in English, comparing 2024 with 2023: nothing beyond the slide, no text over another', async () => {
        const { page, errors, close } = await open('/present-sample-en.html#compare=previous', { width, height });
        const { beyond, overlapping, figures } = await everySlide(page, 10, 'en', sizes);
        expect(figures).toBeGreaterThanOrEqual(4);
        expect(beyond).toEqual([]);
        expect(overlapping).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
  });

  it('a ranking slide with no room for every unit says which it leaves out, and its arrow keys go from drawn row to drawn row', async () => {
    const { page, errors, close } = await open('/present-district-en.html#slide=9', { width: 1024, height: 768 });
    await expect.poll(() => slideShown(page)).toBe(slideNamed(9, 10, 'en'));
    const ranking = page.locator('fz-dashboard .slide fz-compare');
    await expect.poll(() => ranking.locator('.overlay .fz-point').count()).toBeGreaterThan(0);
    // The rows the slide has room for, once its text is laid out (a slow machine may show a first drawing for another room).
    await drawn(page);
    await settled(page);
    const rows = await ranking
      .locator('.overlay .fz-point')
      .evaluateAll((points) => points.map((point) => Number(point.getAttribute('data-index'))));
    // English at 4:3 has no room for all twelve: the units left out are named on the slide, with their places.
    expect(rows.length).toBeLessThan(12);
    const left = [...Array(12).keys()].filter((index) => !rows.includes(index));
    const note = (await ranking.locator('.not-shown').textContent()) ?? '';
    expect(note).toMatch(new RegExp(`^Not shown here, ${left.length} of 12: `));
    for (const name of ['云峰乡', '青石镇', '东溪镇']) expect(note).toContain(name);
    // The keys walk every drawn row, down and back up, never stopping at a gap.
    await ranking.locator('.overlay .fz-point').first().focus();
    const focused = () => ranking.evaluate((element) => Number(element.shadowRoot?.activeElement?.getAttribute('data-index')));
    const down: number[] = [await focused()];
    for (let i = 1; i < rows.length; i++) {
      await page.keyboard.press('ArrowDown');
      down.push(await focused());
    }
    expect(down).toEqual(rows);
    const up: number[] = [];
    for (let i = 1; i < rows.length; i++) {
      await page.keyboard.press('ArrowUp');
      up.push(await focused());
    }
    expect(up).toEqual(rows.slice(0, -1).reverse());
    expect(errors).toEqual([]);
    await close();
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

  /** Other shapes of screen the window may have: a 5:4 monitor, a small window. */
  const OTHER_SCREENS: [string, number, number][] = [
    ['1280 × 1024 (5:4)', 1280, 1024],
    ['720 × 540 (a small window)', 720, 540],
  ];

  it.each([
    ['the real report’s slides', '/present.html', 7, 'zh-CN', SCREENS],
    ['the slides of a dataset of four years', '/present-sample.html', 10, 'zh-CN', [SCREENS[0], SCREENS[2], SCREENS[3], OTHER_SCREENS[0]]],
    ['the slides in English', '/present-sample-en.html', 10, 'en', [SCREENS[1], ...OTHER_SCREENS]],
  ] as const)(
    'the controls, shown while the mouse moves, cover no line of %s: not the unit’s name, not the sample badge, nothing but the slide’s number',
    async (_, path, count, lang, screens) => {
      const { page, errors, close } = await open(path, { width: 1024, height: 768 });
      const covered: string[] = [];
      for (const [name, width, height] of screens) {
        await page.setViewportSize({ width, height });
        await page.keyboard.press('Home');
        for (let slide = 1; slide <= count; slide++) {
          if (slide > 1) await page.keyboard.press('ArrowRight');
          await expect.poll(() => slideShown(page)).toBe(slideNamed(slide, count, lang));
          await drawn(page);
          await settled(page);
          await page.mouse.move(300, 300);
          await page.mouse.move(320, 320);
          await expect.poll(async () => (await slideTexts(page)).controls.length).toBeGreaterThan(0);
          // Each box the controls draw over the slide: their bar across its foot, their tools at its top (in the bar on a phone).
          const boxes = await page.evaluate(() =>
            [...(document.querySelector('fz-dashboard')?.shadowRoot?.querySelectorAll('.controls, .controls .window-tools') ?? [])].map(
              (box) => box.getBoundingClientRect().toJSON() as DOMRect,
            ),
          );
          expect(boxes.length).toBe(2);
          for (const { text, lines } of (await slideTexts(page)).texts) {
            if (/^\d+ \/ \d+$/.test(text)) continue;
            for (const line of lines)
              for (const box of boxes)
                if (
                  Math.min(line.right, box.right) - Math.max(line.left, box.left) > 0.5 &&
                  Math.min(line.bottom, box.bottom) - Math.max(line.top, box.top) > 0.5
                )
                  covered.push(
                    `${name}, slide ${slide}: “${text}” ${line.left.toFixed(0)},${line.top.toFixed(0)}–${line.right.toFixed(0)},${line.bottom.toFixed(0)}`,
                  );
          }
        }
      }
      expect(covered).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

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

  it.each([
    ['the petitions slide at 1024 × 768', '/present.html#slide=3', 3, 7, 1024, 768],
    ['the mediation slide, compared, at 1280 × 800', '/present-sample.html#compare=previous&slide=4', 4, 10, 1280, 800],
    ['the training slide, compared, at 1920 × 1080', '/present-sample.html#compare=previous&slide=5', 5, 10, 1920, 1080],
  ] as const)(
    'a bar’s tooltip shows right by the bars it tells of, never under the controls: every bar of %s',
    async (_, path, slide, count, width, height) => {
      const { page, errors, close } = await open(path, { width, height });
      await expect.poll(() => slideShown(page)).toBe(slideNamed(slide, count));
      await drawn(page);
      const points = page.locator('fz-dashboard .slide-chart .fz-point');
      const total = await points.count();
      expect(total).toBeGreaterThan(1);
      const apart: string[] = [];
      for (let i = 0; i < total; i++) {
        const box = await points.nth(i).boundingBox();
        if (!box) continue;
        await page.mouse.move(box.x + 4, box.y + box.height / 2);
        const tip = page.locator('fz-dashboard .slide-chart .tooltip');
        await expect.poll(() => tip.isVisible()).toBe(true);
        // The bars drawn in the point's row (its year's, and the compared year's): from the top of the first to the foot of the last.
        const drawnBars = await page.evaluate(
          ({ top, bottom }) => {
            const chart = document.querySelector('fz-dashboard')?.shadowRoot?.querySelector('.slide-chart');
            const rects = [...(chart?.shadowRoot?.querySelectorAll('.fz-bar-part rect, .fz-bar-subset rect, .fz-bar-compared rect') ?? [])]
              .map((rect) => rect.getBoundingClientRect())
              .filter((rect) => rect.top + rect.height / 2 > top && rect.top + rect.height / 2 < bottom);
            return { top: Math.min(...rects.map((rect) => rect.top)), bottom: Math.max(...rects.map((rect) => rect.bottom)) };
          },
          { top: box.y, bottom: box.y + box.height },
        );
        const [shown, controls] = await Promise.all([tip.boundingBox(), page.locator('fz-dashboard .controls').first().boundingBox()]);
        if (!shown || !controls) continue;
        const under = shown.y - drawnBars.bottom;
        const over = drawnBars.top - (shown.y + shown.height);
        if (!((under >= 2 && under <= 10) || (over >= 2 && over <= 10)) || shown.y + shown.height > controls.y + 0.5)
          apart.push(
            `bar ${i}: tooltip ${shown.y.toFixed(0)}–${(shown.y + shown.height).toFixed(0)}, bars ${drawnBars.top.toFixed(0)}–${drawnBars.bottom.toFixed(0)}, controls from ${controls.y.toFixed(0)}`,
          );
      }
      expect(apart).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('on a phone held upright, no text of any slide under 12 px, beyond the slide or over another, nor a key figure beyond its card', async () => {
    const { page, errors, close } = await open('/present-sample.html#compare=previous', { width: 360, height: 740 });
    const { small, beyond, overlapping } = await everySlide(page, 10, 'zh-CN', { smallest: 12, figure: 12 });
    expect(small).toEqual([]);
    expect(beyond).toEqual([]);
    expect(overlapping).toEqual([]);
    // The key figures' slide: each figure inside its card.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideShown(page)).toBe(slideNamed(2, 10));
    const outside = await page.evaluate(() =>
      [...(document.querySelector('fz-dashboard')?.shadowRoot?.querySelectorAll('.slide .key-figure') ?? [])].flatMap((card) => {
        const box = card.getBoundingClientRect();
        const figure = card.querySelector('.headline-figure');
        const range = document.createRange();
        if (figure) range.selectNodeContents(figure);
        const text = range.getBoundingClientRect();
        return figure && (text.right > box.right + 0.5 || text.left < box.left - 0.5)
          ? [`${figure.textContent} ${text.left.toFixed(0)}–${text.right.toFixed(0)} in ${box.left.toFixed(0)}–${box.right.toFixed(0)}`]
          : [];
      }),
    );
    expect(outside).toEqual([]);
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
    const context = await portal.browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    const audience = await context.newPage();
    const errors: string[] = [];
    audience.on('pageerror', (error) => errors.push(error.message));
    await audience.goto(`${portal.origin}/present-sample.html#slide=3`);
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
    // Every slide, in its place: the trend's too, before the closing slide.
    const list = await presenter.locator('fz-dashboard .presenter-list li').allInnerTexts();
    expect(list).toHaveLength(10);
    expect(list[2]).toBe('信访件按渠道分布');
    expect(list[8]).toBe('历年数据');
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
    // The trend's slide has no words of its own; the closing slide's are its own, not shifted onto the slide before.
    await presenter.locator('fz-dashboard .presenter-list li button').nth(8).click();
    await expect.poll(now).toBe('9 / 10');
    await expect.poll(() => presenter.locator('fz-dashboard .presenter-notes').innerText()).toContain('本页没有讲稿。');
    await presenter.keyboard.press('PageDown');
    await expect.poll(now).toBe('10 / 10');
    await expect.poll(() => presenter.locator('fz-dashboard .presenter-notes').innerText()).not.toContain('本页没有讲稿。');
    // The audience's screen changes shape (the laptop's own, the projector unplugged): the presenter's view follows it, no key pressed.
    await audience.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => presenter.locator('fz-dashboard .console.shape-16x9').count()).toBe(1);
    expect(await presenter.locator('fz-dashboard .console.shape-4x3').count()).toBe(0);
    expect(await now()).toBe('10 / 10');
    // A slide turned in the presenter's window as the audience's changes shape again: both stay on it.
    await Promise.all([audience.setViewportSize({ width: 1024, height: 768 }), presenter.keyboard.press('PageUp')]);
    await expect.poll(() => presenter.locator('fz-dashboard .console.shape-4x3').count()).toBe(1);
    await expect.poll(() => slideShown(audience)).toBe(slideNamed(9, 10));
    expect(await now()).toBe('9 / 10');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in the presenter’s window the slide keys turn the slides whatever was clicked last, Esc leaves nothing, and an audience that left is said and brought back', async () => {
    const context = await portal.browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    const audience = await context.newPage();
    const errors: string[] = [];
    audience.on('pageerror', (error) => errors.push(error.message));
    await audience.goto(`${portal.origin}/present-sample.html#slide=3`);
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
    const deck = await deckOf(new Uint8Array(await readFile(await download.path())));
    expect(await deck.text('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"');
    const cover = await deck.text('ppt/slides/slide1.xml');
    for (const words of ['北洋镇第十八届人民代表大会第五次会议', '汇报单位：北洋镇司法所', '汇报人：王明', '2025年3月10日'])
      expect(cover).toContain(words);
    const layouts = await Promise.all(
      Object.keys((await JSZip.loadAsync(await readFile(await download.path()))).files)
        .filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name))
        .map((name) => deck.text(name)),
    );
    // The band names the reporting unit, in the red theme's red: the deck's theme colour.
    expect(layouts.some((xml) => xml.includes('北洋镇司法所') && xml.includes('<a:schemeClr val="accent1"/>'))).toBe(true);
    expect(await deck.text('ppt/theme/theme1.xml')).toContain('<a:accent1><a:srgbClr val="B3141B"/></a:accent1>');
    expect(errors).toEqual([]);
    await close();
  });
});
