import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import beiao from '../../demo/data/sample-district/beiao.json';
import dongxi from '../../demo/data/sample-district/dongxi.json';
import xiling from '../../demo/data/sample-district/xiling.json';
import type { FzCompare } from '../../src/elements/fz-compare/fz-compare.js';
import { readCsv } from '../helpers/csv.js';
import { unitsLikeBeiao } from '../helpers/dataset.js';
import { catchDownloads, cleanup, mount, pointAt, pointerAway, textElements } from './helpers.js';

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
});

const DISTRICT = '/demo/data/sample-district.json';

/** Resolves once the ranking is drawn (or says why it cannot be). */
async function drawn(element: Element): Promise<ShadowRoot> {
  await expect
    .poll(() => element.shadowRoot?.querySelector('.chart .plot svg.fz-plot, [role="alert"]') != null, { timeout: 10_000 })
    .toBe(true);
  await (element as FzCompare).updateComplete;
  return element.shadowRoot as ShadowRoot;
}

const names = (root: ShadowRoot) => [...root.querySelectorAll('.overlay .fz-point')].map((point) => point.getAttribute('aria-label'));
const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const announced = (root: ShadowRoot) => text(root, '[aria-live]');
const focused = (root: ShadowRoot) => Number((root.activeElement as SVGElement | null)?.dataset.index);

describe('<fz-compare> with the index npm run collect writes', () => {
  it('loads the collection, the list of figures and the one figure it ranks: no unit’s dataset', async () => {
    // Room for every entry: the page's modules, loaded first when their code has just changed, would fill the default 250.
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    await drawn(element);
    const loaded = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/demo/data/'))
        .sort();
    // An entry is listed once its response has ended, a moment after the figure is drawn (a busy machine's moment).
    await expect
      .poll(loaded, { timeout: 5000 })
      .toEqual([
        '/demo/data/sample-district.json',
        '/demo/data/sample-district/index/figures.json',
        '/demo/data/sample-district/index/petitions.total.json',
      ]);
  });

  it('ranks every unit largest first, the host unit highlighted and its place said in words', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    expect(text(root, '.title')).toContain('信访总量：各镇街排名');
    expect(text(root, '.summary')).toBe('北岙镇：信访总量第8位（共12个镇街），名次与上年持平');
    expect(names(root)).toHaveLength(12);
    expect(names(root)[0]).toBe('红桥街道，722件，第1位');
    expect(root.querySelectorAll('.fz-rank-bar-host rect')).toHaveLength(1);
    expect(root.querySelector('.fz-rank-name-host text')?.textContent).toBe('北岙镇');
  });

  it('gives equal figures one place: 并列第2位, and the next unit the 4th', async () => {
    const element = mount('fz-compare', { src: DISTRICT }, 900);
    const root = await drawn(element);
    expect(names(root).slice(1, 4)).toEqual(['南塘镇，686件，并列第2位', '白鹭街道，686件，并列第2位', '石桥镇，598件，第4位']);
    // Without a host unit, what is largest and smallest.
    expect(text(root, '.summary')).toBe('2024年12个镇街中，信访总量最多的是红桥街道（722件），最少的是西岭镇（177件）');
  });

  it('walks the ranking with the arrows, to its ends with Home and End, and back to the host unit with H', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!.focus();
    expect(focused(root)).toBe(0);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(root)).toBe(1);
    // Its place among all the units once (no 第2项，共12项 after 第2位（共12个镇街）).
    await expect.poll(() => announced(root)).toBe('南塘镇：信访总量并列第2位（共12个镇街），较上年下降1位，▼ −6，−0.9%');
    await userEvent.keyboard('{End}');
    expect(focused(root)).toBe(11);
    await userEvent.keyboard('{Home}');
    expect(focused(root)).toBe(0);
    await userEvent.keyboard('h');
    expect(focused(root)).toBe(7);
    await expect.poll(() => announced(root)).toContain('北岙镇：信访总量第8位（共12个镇街），名次与上年持平');
    expect(text(root, '.tooltip')).toContain('2023年：367件');
    expect(text(root, '.tooltip')).toContain('（示例）全年信访总量367件');
    expect(text(root, '.note')).toBe('方向键逐项查看，Home、End 到首尾，H 键回到北岙镇。');
  });

  it('draws the last row’s tooltip over what follows the chart, not under it', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    await pointerAway(element, async () => {
      root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!.focus();
      await userEvent.keyboard('{End}');
    });
    expect(focused(root)).toBe(11);
    await expect.poll(() => root.querySelector('.tooltip')?.textContent).toContain('西岭镇');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const tooltip = root.querySelector<HTMLElement>('.tooltip')!;
    const tip = tooltip.getBoundingClientRect();
    // It reaches down over the summaries after the chart (查看数据表, 各单位报告情况, 导出)…
    const under = [...root.querySelectorAll('summary')]
      .map((summary) => summary.getBoundingClientRect())
      .filter((box) => box.top < tip.bottom && box.bottom > tip.top && box.left < tip.right && box.right > tip.left);
    expect(under.length).toBeGreaterThan(0);
    // …and is drawn over them: hit-testing follows the painting order once the tooltip takes the pointer.
    tooltip.style.pointerEvents = 'auto';
    for (const box of under) {
      const x = Math.max(box.left, tip.left) + 4;
      const y = (Math.max(box.top, tip.top) + Math.min(box.bottom, tip.bottom)) / 2;
      expect(root.elementFromPoint(x, y)?.closest('.tooltip'), `${x}, ${y}`).not.toBeNull();
    }
  });

  it('says its keys only to whom has the keyboard in the ranking: no H key promised to a phone reader who has none', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 360);
    const root = await drawn(element);
    const keys = root.querySelector<HTMLElement>('.keys');
    expect(keys?.textContent).toBe('方向键逐项查看，Home、End 到首尾，H 键回到北岙镇。');
    expect(keys?.getBoundingClientRect().height).toBe(0);
    // A tap on a bar gives the ranking focus, but no keyboard: no keys said.
    await userEvent.click(root.querySelectorAll<SVGElement>('.fz-point')[2]);
    expect(root.querySelector('.fz-point:focus')).not.toBeNull();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(keys?.getBoundingClientRect().height).toBe(0);
    // A key moves along the ranking: now the keys are said.
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => keys?.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it('keeps the keyboard’s place when another year is drawn, and says the unit there', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'beiao', group: 'keys' }, 900);
    const root = await drawn(element);
    root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused(root)).toBe(2);
    const before = root.querySelector('.plot-drawing svg');
    element.year = 2023;
    await expect.poll(() => root.querySelector('.plot-drawing svg') !== before).toBe(true);
    await expect.poll(() => focused(root)).toBe(2);
    expect(root.querySelectorAll('.fz-point[tabindex="0"]')).toHaveLength(1);
    expect(root.querySelector('.fz-point[tabindex="0"]')).toBe(root.activeElement);
  });

  it('keeps the keyboard’s place when its box is resized and the ranking drawn anew for the new width', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    // The pointer off the chart: what moves under it would be the pointer's tooltip, not the keyboard's.
    await pointerAway(element, async () => root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!.focus());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused(root)).toBe(2);
    const before = root.querySelector('.plot-drawing svg');
    const tip = text(root, '.tooltip');
    expect(tip).not.toBe('');
    element.parentElement!.style.width = '700px';
    await expect.poll(() => root.querySelector('.plot-drawing svg') !== before).toBe(true);
    await element.updateComplete;
    expect(focused(root)).toBe(2);
    expect(root.querySelector('.fz-point[tabindex="0"]')).toBe(root.activeElement);
    // Its tooltip with it.
    expect(text(root, '.tooltip')).toBe(tip);
    // The next key goes on from there, in the chart: not to the page around it.
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(root)).toBe(3);
  });

  it('counts the places moved among the units ranked both years, and says so: 云峰乡 reports from 2023 and moves no one', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'beiao', year: '2023' }, 900);
    const root = await drawn(element);
    expect(text(root, '.summary')).toBe('北岙镇：信访总量第8位（共12个镇街），名次与上年持平（按两年都排名的11个镇街计）');
    expect(text(root, '.moved-note')).toBe('名次变化按两年都排名的11个镇街计。');
    element.year = 2024;
    await expect.poll(() => text(root, '.summary')).toBe('北岙镇：信访总量第8位（共12个镇街），名次与上年持平');
    expect(root.querySelector('.moved-note')).toBeNull();
  });

  it('shows a unit’s figure, last year’s and the report’s words on hover', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    const drawing = root.querySelector('.plot-drawing svg');
    await pointAt(element, root.querySelectorAll('.overlay .fz-point')[0]);
    await expect.poll(() => text(root, '.tooltip')).toContain('红桥街道');
    // A tooltip is no reason to rank and draw again.
    expect(root.querySelector('.plot-drawing svg')).toBe(drawing);
    expect(text(root, '.tooltip')).toContain('722件');
    expect(text(root, '.tooltip')).toContain('2023年：690件');
  });

  it('ranks any figure chosen, loading that figure alone', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    const select = root.querySelector('select')!;
    expect([...select.querySelectorAll('optgroup')].map((group) => group.label)).toContain('矛盾纠纷调解');
    select.focus();
    select.value = 'mediation.stated-rate';
    select.dispatchEvent(new Event('change'));
    // While that figure loads, the ranking shown stays, and the list keeps focus.
    expect(root.querySelector('.chart .plot svg.fz-plot')).not.toBeNull();
    await expect.poll(() => text(root, '.title')).toBe('报告所述调解成功率：各镇街排名示例数据');
    expect(root.activeElement).toBe(root.querySelector('select'));
    expect(element.getAttribute('figure')).toBe('mediation.stated-rate');
    // A rate: no figure per resident.
    expect(root.querySelector('.measure')).toBeNull();
    expect(names(root).every((name) => /\d+%，/.test(name ?? ''))).toBe(true);
  });

  it('ranks per 10 000 residents the units whose population is given, says whose is not, and which year’s it is', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'yunfeng' }, 900);
    const root = await drawn(element);
    root.querySelectorAll<HTMLInputElement>('.measure input')[1].click();
    await expect.poll(() => element.perCapita).toBe(true);
    await expect.poll(() => text(root, '.summary')).toBe('云峰乡：未提供人口数，未按每万人排名');
    expect(names(root)).toHaveLength(10);
    expect(names(root)[0]).toMatch(/^.+，[\d.]+件\/万人，第1位$/);
    const notes = [...root.querySelectorAll('.note')].map((note) => note.textContent);
    expect(notes).toContain('未提供人口数，未按每万人排名：云峰乡、柳岸街道');
    expect(notes).toContain('每万人数值按各单位常住人口计算（2020年，第七次全国人口普查（示例））。');
  });

  it('follows its group’s year; a unit without a report of that year is listed, not ranked', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, group: 'district' }, 900);
    const root = await drawn(element);
    element.year = 2022;
    await expect.poll(() => text(root, '.subtitle')).toBe('示例区（虚构） · 2022年');
    expect(names(root)).toHaveLength(11);
    // 云峰乡 has no report of 2022: it left no figure out.
    expect([...root.querySelectorAll('.note')].map((note) => note.textContent)).toContain('无2022年报告，未排名：云峰乡');
    expect([...root.querySelectorAll('.note')].map((note) => note.textContent).join()).not.toContain('报告未列出');
    // A report of 2024 that gives no mediation figures is said to leave the figure out.
    element.year = 2024;
    element.figure = 'mediation.stated-rate';
    await expect.poll(() => text(root, '.title')).toContain('报告所述调解成功率');
    const notes = () => [...root.querySelectorAll('.note')].map((note) => note.textContent ?? '');
    await expect.poll(() => notes().some((note) => note.startsWith('2024年报告未列出此项，未排名：'))).toBe(true);
    expect(notes().join()).not.toContain('无2024年报告');
  });

  /** A ranking of the district `width` wide, its report lens opened and filled. */
  const lensOpen = async (width: number) => {
    const root = await drawn(mount('fz-compare', { src: DISTRICT }, width));
    const lens = root.querySelector<HTMLDetailsElement>('details.lens')!;
    lens.querySelector('summary')!.click();
    await expect.poll(() => lens.querySelectorAll('tbody tr').length).toBe(12);
    return { root, lens };
  };

  it('opens the report lens, a table sorted by any column: facts, not a score', async () => {
    const { root, lens } = await lensOpen(1100);
    const heads = [...lens.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(heads).toEqual([
      '单位 ▲',
      '信访',
      '矛盾纠纷调解',
      '学习培训',
      '行政复议与应诉',
      '合法性审查',
      '标题写明年度',
      '发布日期',
      '与4月1日相比',
    ]);
    const dates = lens.querySelectorAll<HTMLButtonElement>('thead button')[7];
    dates.click();
    await expect.poll(() => lens.querySelectorAll('thead th')[7].getAttribute('aria-sort')).toBe('descending');
    const firstRow = () => [...lens.querySelectorAll('tbody tr')[0].children].map((cell) => cell.textContent?.trim());
    expect(firstRow()).toEqual(['白鹭街道', '有', '有', '有', '—', '有', '是', '2025年4月18日', '晚17天']);
    dates.click();
    await expect.poll(() => lens.querySelectorAll('thead th')[7].getAttribute('aria-sort')).toBe('ascending');
    expect(firstRow()[0]).toBe('青石镇');
    expect(text(root, '.lens-intro')).toContain('只列事实，不作评分');
  });

  it('opens the report lens on a phone as a table that scrolls sideways in its box, each name and date on one line', async () => {
    const { lens } = await lensOpen(360);
    const lines = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    const broken = [...lens.querySelectorAll('tbody th, tbody td')].filter((cell) => lines(cell) > 1).map((cell) => cell.textContent);
    expect(broken).toEqual([]);
    // Its headings too, each a word or two of Chinese (矛盾纠纷调解, never one character a line): the lines of their text.
    const textLines = (cell: Element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
      }
      return tops.size;
    };
    expect([...lens.querySelectorAll('thead th')].filter((cell) => textLines(cell) > 1).map((cell) => cell.textContent?.trim())).toEqual(
      [],
    );
    const box = lens.querySelector('.table-scroll')!;
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  it('lists every unit in its table with its figure, place, change and the report’s words', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    // A thousand units' rows are many: they are made when the table opens.
    expect(root.querySelectorAll('.data-table tbody tr')).toHaveLength(0);
    root.querySelector<HTMLElement>('.data-table summary')!.click();
    await expect.poll(() => root.querySelectorAll('.data-table tbody tr').length).toBe(12);
    const rows = [...root.querySelectorAll('.data-table tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows[7]).toEqual(['北岙镇', '367件', '第8位', '● 0，持平', '持平', '“（示例）全年信访总量367件”']);
    // A share worked out from the counts: said so where the report's words would be, the count's words under it.
    element.setAttribute('figure', 'petitions.hotline-12345.share');
    await expect
      .poll(() => root.querySelector('.data-table tbody tr td.quote')?.textContent)
      .toMatch(/^按报告所列数字计算，报告未直接列出“（示例）12345热线\d+件”$/);
  });

  it('exports its ranking as CSV, SVG and PNG', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    await drawn(element);
    const csv = readCsv(await (await element.toBlob('csv')).text());
    // Its units under 单位, each unit's place a number a spreadsheet sorts by.
    expect(csv.find((row) => row[0] === '单位')?.slice(0, 3)).toEqual(['单位', '排名', '2024年']);
    const beiaoRow = csv.find((row) => row[0] === '北岙镇');
    expect(beiaoRow?.slice(0, 4)).toEqual(['北岙镇', '8', '367', '367件']);
    expect(beiaoRow?.join(' ')).toContain('第8位');
    const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.documentElement.textContent).toContain('北岙镇：信访总量第8位（共12个镇街）');
    expect(svg.documentElement.textContent).toContain('红桥街道');
    // A picture away from the page says what its bars, its dashed lines and its dark bar are.
    expect(svg.documentElement.textContent).toContain('图中条形为2024年数值，虚线为2023年数值，深色条形为北岙镇（本单位）');
    // And that a place is no judgement, as the page says under the chart.
    expect(svg.documentElement.textContent).toContain('名次只表示数字的大小，不表示工作的好坏。');
    expect(element.shadowRoot!.querySelector('.place-note')?.textContent).toBe('名次只表示数字的大小，不表示工作的好坏。');
    expect((await element.toBlob('png')).type).toBe('image/png');
    // Per 10 000 residents, each figure as written, two decimals: no number of sixteen digits.
    element.perCapita = true;
    await expect.poll(() => element.shadowRoot?.querySelector('.subtitle')?.textContent).toContain('每万人');
    const perCapita = readCsv(await (await element.toBlob('csv')).text());
    const figures = perCapita.filter((row) => /^\d+$/.test(row[1] ?? '')).map((row) => row[2]);
    expect(figures.length).toBe(10);
    for (const figure of figures) expect(figure).toMatch(/^\d+(\.\d{1,2})?$/);
    // Saved under a name of its own beside the counts' file.
    const downloads = catchDownloads();
    try {
      await element.download('csv');
      element.perCapita = false;
      await expect.poll(() => element.shadowRoot?.querySelector('.subtitle')?.textContent).not.toContain('每万人');
      await element.download('csv');
      expect(downloads.names).toEqual(['beiao-2024-petitions.total-per-capita.csv', 'beiao-2024-petitions.total.csv']);
    } finally {
      downloads.restore();
    }
  });

  it('writes each figure right after its own bar, past last year’s tick only where the tick would cross it', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    const boxes = (selector: string) => [...root.querySelectorAll(selector)].map((mark) => mark.getBoundingClientRect());
    const middle = (box: DOMRect) => box.top + box.height / 2;
    const bars = boxes('.fz-rank-bar rect, .fz-rank-bar-host rect');
    const ticks = boxes('.fz-rank-compared rect, .fz-rank-compared line');
    const values = boxes('.fz-rank-value text');
    expect(values.length).toBe(bars.length);
    let afterTick = 0;
    for (const value of values) {
      const bar = bars.find((box) => Math.abs(middle(box) - middle(value)) < 2)!;
      const tick = ticks.find((box) => Math.abs(middle(box) - middle(value)) < 4);
      const crossing = tick && tick.left > bar.right && tick.left < bar.right + value.width + 16;
      if (crossing) {
        afterTick++;
        expect(value.left).toBeGreaterThanOrEqual(tick.right);
      } else expect(value.left - bar.right).toBeLessThan(16);
    }
    // Some ticks stand past their bars, far enough that a figure is written before them (柳岸街道 554件, its 621 of 2023 past it).
    expect(ticks.length).toBeGreaterThan(0);
    const beyond = values.filter((value) => ticks.some((tick) => Math.abs(middle(tick) - middle(value)) < 4 && tick.left > value.right));
    expect(beyond.length).toBeGreaterThan(0);
    expect(afterTick).toBeLessThan(values.length);
  });

  it('speaks English', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao', lang: 'en' }, 900);
    const root = await drawn(element);
    expect(text(root, '.summary')).toBe('北岙镇: 8th of 12 towns and streets in petitions in total, unchanged on the year before');
    expect(text(root, '.title')).toContain('Petitions in total: towns and streets ranked');
  });

  it('says so when `unit` names no unit of the collection, and ranks them all', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiyang' }, 900);
    const root = await drawn(element);
    expect(text(root, '.warning')).toBe('unit 属性的值“beiyang”不是本集合中的单位代码。');
    expect(names(root)).toHaveLength(12);
  });

  it('says so in words when the figure asked for is one no report gives', async () => {
    const element = mount('fz-compare', { src: DISTRICT, figure: 'petitions.carrier-pigeon' }, 900);
    const root = await drawn(element);
    expect(text(root, '[role="alert"]')).toBe('figure 属性的值“petitions.carrier-pigeon”不是各单位报告列出的数据项。');
  });
});

describe('<fz-compare> of a collection without an index', () => {
  const collection = {
    schemaVersion: 1,
    name: '示例区（虚构）',
    sample: true,
    units: [
      { id: 'beiao', name: '北岙镇', kind: 'town', parent: '示例区', dataset: beiao },
      { id: 'dongxi', name: '东溪镇', kind: 'town', parent: '示例区', dataset: dongxi },
      { id: 'xiling', name: '西岭镇', kind: 'town', parent: '示例区', dataset: '/demo/data/sample-district/xiling.json' },
      { id: 'broken', name: '坏数据镇', kind: 'town', parent: '示例区', dataset: { ...xiling, years: [{ year: '2024' }] } },
      { id: 'gone', name: '无文件镇', kind: 'town', parent: '示例区', dataset: '/demo/data/sample-district/no-such-unit.json' },
    ],
  };

  it('reads each unit’s dataset on its own: names the broken ones, ranks the rest', async () => {
    const element = mount('fz-compare', { unit: 'beiao' }, 900, { data: collection });
    const root = await drawn(element);
    await expect.poll(() => root.querySelectorAll('.warning li').length).toBe(2);
    await expect.poll(() => names(root).map((name) => name?.split('，')[0])).toEqual(['北岙镇', '东溪镇', '西岭镇']);
    const broken = [...root.querySelectorAll('.warning li')].map((item) => item.textContent);
    expect(broken[0]).toBe('坏数据镇：数据文件有 2 处错误');
    expect(broken[1]).toContain('无文件镇：无法加载数据（');
    expect(broken[1]).toContain('404');
    // Each bullet inside the box: an item stands far enough in for its bullet to.
    const box = root.querySelector('.warning')!.getBoundingClientRect();
    const item = root.querySelector('.warning li')!;
    expect(item.getBoundingClientRect().left - box.left).toBeGreaterThan(parseFloat(getComputedStyle(item).fontSize) * 1.5);
    expect(text(root, '.summary')).toBe('北岙镇：信访总量第1位（5个镇街中3个排名），名次与上年持平');
  });
});

describe('<fz-compare>, axe-core (WCAG 2.1 A and AA) and layout', () => {
  const violations = async (element: Element) =>
    (await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );

  async function opened(element: Element): Promise<void> {
    const root = await drawn(element);
    for (const details of root.querySelectorAll('details')) details.open = true;
    await expect.poll(() => root.querySelectorAll('.lens tbody tr').length).toBeGreaterThan(0);
    await expect.poll(() => root.querySelectorAll('.data-table tbody tr').length).toBe(12);
  }

  it.each(['light', 'dark', 'contrast'])('finds nothing wrong in the %s theme, its table and lens open', async (theme) => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao', theme }, 900);
    await opened(element);
    expect(await violations(element)).toEqual([]);
  });

  it('finds nothing wrong under forced colours', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    await opened(element);
    expect(await violations(element)).toEqual([]);
  });

  it('sets every text at 18 px or more in large-text mode (适老化), the chart’s too', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao', 'large-text': '' }, 1280);
    const root = await drawn(element);
    for (const each of [...textElements(element), ...root.querySelectorAll('.plot-drawing text')])
      expect(parseFloat(getComputedStyle(each).fontSize), each.textContent ?? '').toBeGreaterThanOrEqual(18);
  });

  it('makes the table’s rows for paper when the browser prints, and shows it open there', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 900);
    const root = await drawn(element);
    dispatchEvent(new Event('beforeprint'));
    expect(root.querySelectorAll('.data-table tbody tr')).toHaveLength(12);
    dispatchEvent(new Event('afterprint'));
  });

  it('lays out at 360 px with no text under 12 px and nothing wider than its box', async () => {
    const element = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 360);
    const root = await drawn(element);
    for (const each of [...textElements(element), ...root.querySelectorAll('.plot-drawing text')])
      expect(parseFloat(getComputedStyle(each).fontSize), each.textContent ?? '').toBeGreaterThanOrEqual(12);
    expect(element.scrollWidth).toBeLessThanOrEqual(360);
    // The summary's aside is one piece: never （共12个镇 / 街） (as it was in a 320-px column).
    const narrow = mount('fz-compare', { src: DISTRICT, unit: 'beiao' }, 320);
    const summary = (await drawn(narrow)).querySelector('.summary')!;
    const range = document.createRange();
    const at = summary.textContent!.indexOf('（共12个镇街）');
    const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
    let seen = 0;
    const tops = new Set<number>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      for (let i = Math.max(at - seen, 0); i < Math.min(at + 7 - seen, length); i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        tops.add(Math.round(range.getBoundingClientRect().top));
      }
      seen += length;
    }
    expect(tops.size).toBe(1);
  });

  it('scrolls its table sideways at 360 px, every figure on one line (1.47件/万人, −0.9%, 第8位)', async () => {
    const element = mount<FzCompare>('fz-compare', { src: DISTRICT, unit: 'beiao', 'per-capita': '' }, 360);
    const root = await drawn(element);
    const details = root.querySelector<HTMLDetailsElement>('.data-table')!;
    details.open = true;
    await expect.poll(() => root.querySelectorAll('.data-table tbody tr').length).toBe(12);
    const scroller = root.querySelector<HTMLElement>('.table-scroll')!;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    expect(element.scrollWidth).toBeLessThanOrEqual(360);
    // A cell's words on one line: its box no taller than one line of its text (a population and the report's words
    // wrap, each figure in them whole).
    const split = [...root.querySelectorAll('tbody th, tbody td:not(.quote, .population)')].flatMap((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const { height } = range.getBoundingClientRect();
      return height > parseFloat(getComputedStyle(cell).fontSize) * 1.8 ? [cell.textContent] : [];
    });
    expect(split).toEqual([]);
    // Its headings on one line each (名次变化, never 名次变 / 化).
    const headings = [...root.querySelectorAll('.data-table thead th')].filter((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
    });
    expect(headings.map((cell) => cell.textContent)).toEqual([]);
    expect([...root.querySelectorAll('tbody .nb')].filter((figure) => figure.getClientRects().length > 1)).toEqual([]);
    expect(root.querySelector('tbody td')?.textContent).toMatch(/^\d+\.\d+件\/万人$/);
  });
});

describe('<fz-compare> of many units', () => {
  // 120 units, each with the figures of 北岙镇 (all share the first place): a ranking of three bands.
  const collection = unitsLikeBeiao(120);
  const boxes = (root: ShadowRoot) => [...root.querySelectorAll('.plot-band')];
  const drawnBands = (root: ShadowRoot) => boxes(root).map((box) => box.querySelector('svg.fz-plot') !== null);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  it('draws the bands near the viewport, the others as the reader scrolls to them; every row is a point from the start', async () => {
    const element = mount('fz-compare', { unit: 'unit-1' }, 900, { data: collection });
    const root = await drawn(element);
    await expect.poll(() => names(root)).toHaveLength(120);
    expect(boxes(root)).toHaveLength(3);
    await frame();
    await frame();
    expect(drawnBands(root)[0]).toBe(true);
    expect(drawnBands(root)[2]).toBe(false);
    boxes(root)[2].scrollIntoView();
    await expect.poll(() => drawnBands(root)).toEqual([true, true, true]);
    // Each box as tall as its band: the rows lie under their points.
    const last = root.querySelectorAll('.overlay .fz-point')[119].getBoundingClientRect();
    const bars = [...boxes(root)[2].querySelectorAll('.fz-rank-bar rect, .fz-rank-bar-host rect')];
    const bar = bars[bars.length - 1].getBoundingClientRect();
    expect(bar.top).toBeGreaterThan(last.top);
    expect(bar.bottom).toBeLessThan(last.bottom);
  });

  it('draws its bands as they come near after the element is moved on the page', async () => {
    const element = mount('fz-compare', { unit: 'unit-1' }, 900, { data: collection });
    const root = await drawn(element);
    await frame();
    element.parentElement!.append(element);
    await frame();
    expect(drawnBands(root)[2]).toBe(false);
    boxes(root)[2].scrollIntoView();
    await expect.poll(() => drawnBands(root)[2]).toBe(true);
  });

  it('draws the band in view with a year switch, in the update that shows the new year', async () => {
    const element = mount('fz-compare', { unit: 'unit-1', year: '2024' }, 900, { data: collection });
    const root = await drawn(element);
    boxes(root)[2].scrollIntoView();
    await expect.poll(() => drawnBands(root)[2]).toBe(true);
    const before = boxes(root)[2];
    element.setAttribute('year', '2023');
    await (element as FzCompare).updateComplete;
    expect(boxes(root)[2]).not.toBe(before);
    expect(drawnBands(root)[2]).toBe(true);
  });

  it('shows the last row’s tooltip whole in the window: over the row when there is no room under it', async () => {
    const element = mount('fz-compare', { unit: 'unit-1' }, 900, { data: collection });
    const root = await drawn(element);
    await pointerAway(element, async () => {
      root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!.focus();
      await userEvent.keyboard('{End}');
    });
    expect(focused(root)).toBe(119);
    await expect.poll(() => root.querySelector('.tooltip')).not.toBeNull();
    await frame();
    const tip = root.querySelector('.tooltip')!.getBoundingClientRect();
    expect(tip.top).toBeGreaterThanOrEqual(0);
    expect(tip.bottom).toBeLessThanOrEqual(innerHeight);
    const points = root.querySelectorAll('.overlay .fz-point');
    expect(tip.bottom).toBeLessThanOrEqual(points[points.length - 1].getBoundingClientRect().top);
  });

  it('draws every band before the page prints, and into its pictures', async () => {
    const element = mount('fz-compare', { unit: 'unit-1' }, 900, { data: collection });
    const root = await drawn(element);
    await frame();
    expect(drawnBands(root)[2]).toBe(false);
    const svg = await (await (element as FzCompare).toBlob('svg')).text();
    const picture = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect([...picture.querySelectorAll('text')].filter((each) => each.textContent === '367件')).toHaveLength(120);
    try {
      dispatchEvent(new Event('beforeprint'));
      expect(drawnBands(root)).toEqual([true, true, true]);
    } finally {
      dispatchEvent(new Event('afterprint'));
    }
  });
});
