import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import { figuresAndWordsKept, unbreakable } from '../../src/runtime/unbreakable.js';
import { allFz, CHART_TAGS, cleanup, DATA_URL, mount, SAMPLE_URL, settled, sourceFor, textElements } from './helpers.js';

afterEach(cleanup);

const TAGS = ['fz-dashboard', ...CHART_TAGS];

interface Placed {
  element: Element;
  rect: DOMRect;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 1 && y > 1;
}

const describeText = ({ element, rect }: Placed) =>
  `"${element.textContent?.trim()}" at ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;

describe.each([320, 1920])('at %i px', (width) => {
  describe.each(['zh-CN', 'en'])('in %s', (lang) => {
    it.each(TAGS)('<%s>, data tables open, has no text under 12 px, none outside the element, no chart labels overlapping', async (tag) => {
      const element = mount(tag, { src: sourceFor(tag), lang }, width);
      await settled(element);
      for (const el of allFz(element)) for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const host = element.getBoundingClientRect();
      const placed: Placed[] = textElements(element)
        .map((el) => ({ element: el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0);
      expect(placed.length).toBeGreaterThan(10);

      for (const item of placed) {
        expect(parseFloat(getComputedStyle(item.element).fontSize), describeText(item)).toBeGreaterThanOrEqual(12);
        expect(item.rect.left, describeText(item)).toBeGreaterThanOrEqual(host.left - 0.5);
        expect(item.rect.right, describeText(item)).toBeLessThanOrEqual(host.right + 0.5);
      }

      const inSvg = placed.filter(({ element }) => element.closest('svg'));
      expect(inSvg.length).toBeGreaterThan(3);
      for (let i = 0; i < inSvg.length; i++) {
        for (let j = i + 1; j < inSvg.length; j++) {
          const [a, b] = [inSvg[i], inSvg[j]];
          if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
          expect(overlaps(a.rect, b.rect), `${describeText(a)} overlaps ${describeText(b)}`).toBe(false);
        }
      }
    });
  });
});

const LONG = 'x'.repeat(300);

/** The real dataset with 300 letters and no space in every kind of text a report may bring. */
function longWords(): unknown {
  const data = structuredClone(beiyang) as any;
  const year = data.years[0];
  data.unit.name = { 'zh-CN': `北洋镇${LONG}`, en: `Beiyang${LONG}` };
  year.source.title = `报告${LONG}`;
  year.source.publisher = `政府${LONG}`;
  year.petitions.channels[0].label = { 'zh-CN': `热线${LONG}`, en: `Hotline${LONG}` };
  year.petitions.flags[0].quote = `涉及${LONG}`;
  year.training[0].label = `学习${LONG}`;
  year.platforms[0].label = `党建${LONG}`;
  year.platforms[1].notes = [`说明${LONG}`];
  year.platforms[2].metrics = [{ id: 'm', label: `巡查${LONG}`, value: 12, unit: '次', quote: `巡查${LONG}` }];
  data.labels = { platforms: { hub: `智治${LONG}`, title: `平台${LONG}` } };
  return data;
}

describe('long unbroken words in the data', () => {
  describe.each([320, 1280])('at %i px', (width) => {
    it.each(['fz-dashboard', ...CHART_TAGS])('<%s> keeps every text inside itself, and the page does not scroll sideways', async (tag) => {
      const element = mount(tag, {}, width, { data: longWords() });
      await settled(element);
      for (const el of allFz(element)) for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const host = element.getBoundingClientRect();
      for (const text of textElements(element)) {
        const rect = text.getBoundingClientRect();
        if (rect.width === 0) continue;
        const what = `"${text.textContent?.trim().slice(0, 30)}…" ${Math.round(rect.left)}–${Math.round(rect.right)}`;
        expect(rect.left, what).toBeGreaterThanOrEqual(host.left - 0.5);
        expect(rect.right, what).toBeLessThanOrEqual(host.right + 0.5);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  });

  it('<fz-petitions> ends a long label with an ellipsis and gives it whole in the tooltip and the table', async () => {
    const element = mount('fz-petitions', {}, 320, { data: longWords() });
    await settled(element);
    const label = element.shadowRoot!.querySelector('.fz-label text')!;
    expect(label.textContent!.endsWith('…')).toBe(true);
    expect(element.shadowRoot!.querySelector('table')!.textContent).toContain(`热线${LONG}`);
    element.shadowRoot!.querySelector<SVGElement>('.fz-point')!.focus();
    await expect.poll(() => element.shadowRoot!.querySelector('.tooltip')?.textContent).toContain(`热线${LONG}`);
  });
});

describe('a change of 999,999,998 at 320 px', () => {
  it('stays inside the chart', async () => {
    const data = structuredClone(beiyang) as any;
    const earlier = structuredClone(data.years[0]);
    earlier.year = 2023;
    earlier.training[0].value = 1;
    data.years[0].training[0].value = 999_999_999;
    data.years.unshift(earlier);
    const element = mount('fz-training', { compare: 'previous', group: 'big' }, 320, { data });
    await settled(element);
    const chart = element.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    for (const text of element.shadowRoot!.querySelectorAll('.chart text')) {
      const rect = text.getBoundingClientRect();
      expect(rect.right, text.textContent!).toBeLessThanOrEqual(chart.right + 0.5);
      expect(rect.left, text.textContent!).toBeGreaterThanOrEqual(chart.left - 0.5);
    }
  });
});

/** The text of `element`, and how many lines the characters from `start` to `end` of it are laid out on. */
function textOf(element: Element): { text: string; lines: (start: number, end: number) => number } {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    nodes.push({ node: walker.currentNode as Text, start: text.length });
    text += (walker.currentNode as Text).data;
  }
  const at = (offset: number): [Text, number] => {
    const found = [...nodes].reverse().find((each) => each.start <= offset) as { node: Text; start: number };
    return [found.node, Math.min(offset - found.start, found.node.length)];
  };
  const lines = (start: number, end: number) => {
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(end));
    return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  };
  return { text, lines };
}

/** Where each word of `cell` (as the word segmenter of `lang` finds them) is broken across lines: the words that are. */
function wordsBroken(cell: Element, lang: string): string[] {
  const { text, lines } = textOf(cell);
  const broken: string[] = [];
  for (const { segment, index, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (!isWordLike || [...segment].length < 2) continue;
    if (lines(index, index + segment.length) > 1) broken.push(segment);
  }
  return broken;
}

describe('a figure kept whole', () => {
  /** The text of each span no line breaks in what `kept` renders. */
  const keptOf = (kept: unknown) => {
    const holder = document.createElement('div');
    render(kept, holder);
    return [...holder.querySelectorAll('.nb')].map((span) => span.textContent);
  };

  it('takes every closing mark right after it, none of which may start a line', () => {
    // A figure's span holds the space before it, where there is one (FIGURE); the words are the browser's segmenter's.
    expect(keptOf(figuresAndWordsKept('占总量 29.3%）；学习培训合计41次。', 'zh-CN'))).toEqual([
      '占总量',
      ' 29.3%）；',
      '学习',
      '培训',
      '合计',
      '41次。',
    ]);
    expect(keptOf(unbreakable('通过“12345”热线受理354件，占90.1%'))).toEqual(['“12345”', '354件，', '90.1%']);
  });

  it('takes every opening mark right before it, none of which may end a line: （−11.5%）, never （ / −11.5%）', () => {
    expect(keptOf(unbreakable('比上年减少62件（−11.5%）'))).toEqual(['62件', '（−11.5%）']);
    expect(keptOf(unbreakable('（2025年2月24日）'))).toEqual(['（2025年', '2月', '24日）']);
  });

  it('keeps a word of one character with the word after it: 占总量, never 占 / 总量', () => {
    expect(keptOf(figuresAndWordsKept('占总量 2.3%', 'zh-CN'))).toEqual(['占总量', ' 2.3%']);
    // Not with a figure, nor with a word of another script; nor past eight characters.
    expect(keptOf(figuresAndWordsKept('共41次', 'zh-CN'))).toEqual(['41次']);
    expect(keptOf(figuresAndWordsKept('占total', 'zh-CN'))).toEqual([]);
  });

  it('in English too: a comma, a full stop, a bracket after a figure go with it', () => {
    expect(keptOf(unbreakable('rose 11.5%, then 393 cases (2024).'))).toEqual([' 11.5%,', ' 393', '(2024).']);
  });
});

describe('a source line', () => {
  it.each([280, 300, 320, 360])('keeps the report’s date whole at %i px: （2025年2月24日）, never （2025年2月 / 24日）', async (width) => {
    const element = mount('fz-mediation', { src: DATA_URL }, width);
    await settled(element);
    const { text, lines } = textOf(element.shadowRoot!.querySelector('.source')!);
    const date = text.indexOf('（2025年2月24日）');
    expect(date).toBeGreaterThan(0);
    expect(lines(date, date + '（2025年2月24日）'.length)).toBe(1);
  });
});

describe('a subtitle comparing two years', () => {
  it.each([200, 240, 280, 320])('keeps the year compared with whole at %i px: （对比2023年）, never （对比 / 2023年）', async (width) => {
    const element = mount('fz-mediation', { src: SAMPLE_URL, compare: 'previous' }, width);
    await settled(element);
    const subtitle = element.shadowRoot!.querySelector('.subtitle')!;
    const { text, lines } = textOf(subtitle);
    expect(text).toBe('示例镇（虚构） · 2024年（对比2023年）');
    expect(lines(0, text.length), 'the subtitle is on more than one line at this width').toBeGreaterThan(1);
    const aside = text.indexOf('（对比');
    expect(lines(aside, text.length)).toBe(1);
  });
});

describe('a data table on a phone', () => {
  /** `tag` at 360 px in `lang`, its table opened as a reader opens it: in the frame that shows it, its words are kept. */
  async function opened(tag: string, lang?: string): Promise<Element> {
    const element = mount(tag, { src: sourceFor(tag), ...(lang ? { lang } : {}) }, 360);
    await settled(element);
    await userEvent.click(element.shadowRoot!.querySelector<HTMLElement>('details.data-table > summary')!);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return element;
  }

  it.each(CHART_TAGS.filter((tag) => !['fz-reviews', 'fz-legality'].includes(tag)))(
    '<%s> breaks its row names and notes between words, never inside one (占总量, not 占总 / 量)',
    async (tag) => {
      const element = await opened(tag);
      const cells = [...element.shadowRoot!.querySelectorAll('tbody th, tbody td:nth-last-child(2)')];
      expect(cells.length).toBeGreaterThan(2);
      expect(cells.flatMap((cell) => wordsBroken(cell, 'zh'))).toEqual([]);
    },
  );

  it.each(CHART_TAGS)(
    '<%s> in English breaks no word inside it (Alread / y), scrolling sideways where its columns need more room',
    async (tag) => {
      const element = await opened(tag, 'en');
      const cells = [...element.shadowRoot!.querySelectorAll('caption, tbody th, tbody td:not(:last-child)')];
      expect(cells.length).toBeGreaterThan(2);
      expect(cells.flatMap((cell) => wordsBroken(cell, 'en'))).toEqual([]);
      // The table scrolls in its own box, never past the chart's.
      const scroll = element.shadowRoot!.querySelector('.table-scroll')!;
      expect(scroll.getBoundingClientRect().right).toBeLessThanOrEqual(element.getBoundingClientRect().right + 0.5);
    },
  );

  it.each([300, 330, 360])(
    'at %i px starts no line with closing punctuation (；，。、）: a figure takes the mark after it to its line',
    async (width) => {
      const starts: string[] = [];
      let marks = 0;
      for (const tag of ['fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms']) {
        const element = mount(tag, { src: DATA_URL }, width);
        await settled(element);
        for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        for (const cell of element.shadowRoot!.querySelectorAll('tbody th, tbody td')) {
          const { text, lines } = textOf(cell);
          for (const { index } of text.matchAll(/[；，。、：）]/gu)) {
            if (/\d[%件起次个]?$/u.test(text.slice(0, index))) marks++;
            if (index > 0 && lines(index - 1, index + 1) > 1) starts.push(`${tag}: ${text.slice(Math.max(0, index - 8), index + 8)}`);
          }
        }
        element.parentElement!.remove();
      }
      // The real report's tables have figures with a mark after them (占总量 29.3%；) for a line to start with.
      expect(marks).toBeGreaterThan(5);
      expect(starts).toEqual([]);
    },
  );

  // 330: a phone 360 px wide, less a portal's margins.
  it.each([330, 360])(
    'has every table of the real report inside its scroll box at %i px: its right border shown, nothing to scroll',
    async (width) => {
      for (const tag of CHART_TAGS) {
        const element = mount(tag, { src: sourceFor(tag) }, width);
        await settled(element);
        for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const boxes = [...element.shadowRoot!.querySelectorAll('.table-scroll')];
        expect(boxes.length, tag).toBeGreaterThan(0);
        for (const box of boxes) expect(box.scrollWidth, tag).toBeLessThanOrEqual(box.clientWidth);
        element.parentElement!.remove();
      }
    },
  );
});
