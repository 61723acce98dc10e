import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import sample from '../../demo/data/sample-multi-year.json';
import { offeredFigures } from '../../src/comparing/figures.js';
import { deriveYear } from '../../src/data/derive.js';
import { parseDataset } from '../../src/data/validate.js';
import type { FzTrend } from '../../src/elements/fz-trend/fz-trend.js';
import { readCsv } from '../helpers/csv.js';
import { cleanup, deepText, mount, pointAt, SAMPLE_URL, textElements } from './helpers.js';

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
});

/** Resolves once the trend has drawn its charts (or says why it cannot). */
async function drawn(element: Element): Promise<ShadowRoot> {
  await expect
    .poll(() => element.shadowRoot?.querySelector('.chart .plot svg.fz-plot, [role="alert"]') != null, { timeout: 10_000 })
    .toBe(true);
  await (element as FzTrend).updateComplete;
  return element.shadowRoot as ShadowRoot;
}

const dataset = parseDataset(sample);
const panelTitles = (root: ShadowRoot) => [...root.querySelectorAll('.panel-title')].map((title) => title.textContent);
const announced = (root: ShadowRoot) => root.querySelector('[aria-live]')?.textContent ?? '';

describe('<fz-trend>', () => {
  it('draws every figure of every year of the multi-year sample, in its charts and in its table', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL }, 1280);
    const root = await drawn(element);
    const names = [...root.querySelectorAll('.overlay .fz-point')].map((point) => point.getAttribute('aria-label'));
    // The table: a row per figure (审结 of each part named with it), a column per year.
    const rows = new Map(
      [...root.querySelectorAll('table tbody tr')].map((row) => [
        row.querySelector('th')?.textContent,
        [...row.querySelectorAll('td')].map((cell) => cell.querySelector(':scope > .nb')?.textContent ?? cell.textContent?.trim()),
      ]),
    );
    for (const [i, year] of [2021, 2022, 2023, 2024].entries())
      for (const figure of offeredFigures(deriveYear(dataset, year), 'zh-CN')) {
        // A sum worked out from the report's figures says so: 学习培训合计（计算值）.
        const name = figure.computed && figure.measure === 'count' ? `${figure.label}（计算值）` : figure.label;
        expect(rows.get(name)?.[i], `${figure.key} ${year}`).toBe(figure.valueText);
        if (figure.role === 'share') continue;
        // Each count and rate of each year is a dot of Plot's and a point over it, named by its year and value
        // (审结 of reconsideration and of litigation each named with its part: 复议审结, 应诉审结).
        expect(panelTitles(root)).toContain(name);
        expect(
          names.some((name) => name?.startsWith(`${year}年，${figure.valueText}`)),
          `${figure.key} ${year}`,
        ).toBe(true);
      }
    expect(root.querySelectorAll('.fz-trend-dot circle').length).toBeGreaterThan(60);
  });

  it('says how each headline figure moved: 2021年至2024年信访总量由612件降至431件，下降29.6%', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL }, 900);
    const root = await drawn(element);
    expect(root.querySelector('.summary')?.textContent).toContain('2021年至2024年信访总量由612件降至431件，下降29.6%');
    expect(root.querySelector('.overlay')?.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('draws a year whose report does not give a figure as missing: no dot, a dotted rule and 未列出', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, figures: 'mediation.accepted' }, 640);
    const root = await drawn(element);
    expect(panelTitles(root)).toEqual(['受理案件']);
    expect(root.querySelectorAll('.fz-trend-dot circle')).toHaveLength(3);
    expect(root.querySelectorAll('.fz-trend-missing line')).toHaveLength(1);
    expect(root.querySelector('.fz-trend-missing-label text')?.textContent).toBe('未列出');
    expect(root.querySelector('.overlay .fz-point')?.getAttribute('aria-label')).toBe('2021年，未列出');
    expect(root.querySelector('.panel-sentence')?.textContent).toBe('2022年至2024年受理案件由84起升至101起，上升20.2%。');
  });

  it('walks along each line with ← →, to the next line with ↑ ↓, to its ends with Home and End, saying each point', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, figures: 'headlines' }, 900);
    const root = await drawn(element);
    const first = root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!;
    expect(first.dataset.index).toBe('0');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect((root.activeElement as SVGElement).dataset.index).toBe('1');
    await expect.poll(() => announced(root)).toBe('信访总量，2022年，540件，▼ −72，−11.8%，2021年：612件，第2项，共4项');
    await userEvent.keyboard('{End}');
    expect((root.activeElement as SVGElement).dataset.index).toBe('3');
    await userEvent.keyboard('{ArrowDown}');
    // The line below (the stated mediation rate), the same year.
    expect((root.activeElement as SVGElement).dataset.index).toBe('7');
    await userEvent.keyboard('{Home}');
    await expect.poll(() => announced(root)).toBe('报告所述调解成功率，2021年，未列出，2021年报告未列出，第1项，共4项');
    await userEvent.keyboard('{ArrowUp}');
    expect((root.activeElement as SVGElement).dataset.index).toBe('0');
    // The tooltip follows focus: the year's value and the report's words.
    expect(root.querySelector('.tooltip')?.textContent).toContain('2021年：612件');
    expect(root.querySelector('.tooltip')?.textContent).toContain('（示例）全年信访总量612件');
  });

  it('keeps the keyboard’s place when its group shows another year, the charts drawn anew', async () => {
    const element = mount<FzTrend>('fz-trend', { src: SAMPLE_URL, figures: 'headlines', group: 'keys' }, 900);
    const root = await drawn(element);
    root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect((root.activeElement as SVGElement).dataset.index).toBe('5');
    const before = root.querySelector('.plot-drawing svg');
    element.year = 2022;
    await expect.poll(() => root.querySelector('.plot-drawing svg') !== before).toBe(true);
    await expect.poll(() => (root.activeElement as SVGElement | null)?.dataset.index).toBe('5');
    expect(root.querySelectorAll('.fz-point[tabindex="0"]')).toHaveLength(1);
  });

  it('keeps the keyboard’s place when its box is resized and the charts drawn anew for the new width', async () => {
    const element = mount<FzTrend>('fz-trend', { src: SAMPLE_URL, figures: 'headlines' }, 900);
    const root = await drawn(element);
    root.querySelector<SVGElement>('.fz-point[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect((root.activeElement as SVGElement).dataset.index).toBe('5');
    const before = root.querySelector('.plot-drawing svg');
    element.parentElement!.style.width = '700px';
    await expect.poll(() => root.querySelector('.plot-drawing svg') !== before).toBe(true);
    await element.updateComplete;
    expect((root.activeElement as SVGElement | null)?.dataset.index).toBe('5');
    await userEvent.keyboard('{ArrowRight}');
    expect((root.activeElement as SVGElement | null)?.dataset.index).toBe('6');
  });

  it('shows a point’s tooltip on hover, with the report’s words', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, figures: 'petitions.total' }, 640);
    const root = await drawn(element);
    await pointAt(element, root.querySelectorAll('.overlay .fz-point')[3]);
    await expect.poll(() => root.querySelector('.tooltip')?.textContent ?? '').toContain('2024年：431件');
    expect(root.querySelector('.tooltip')?.textContent).toContain('（示例）全年信访总量431件');
  });

  it('marks the year its group shows on every line, and bold on its axis', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, figures: 'headlines', year: '2022' }, 900);
    const root = await drawn(element);
    expect(root.querySelectorAll('.fz-trend-year line').length).toBe(root.querySelectorAll('.panel').length);
    // The rule stands where the year's point is.
    const ruleAt = () => {
      const rule = root.querySelector('.fz-trend-year line')!.getBoundingClientRect();
      return rule.left + rule.width / 2;
    };
    const pointAtYear = (i: number) => {
      const point = root.querySelectorAll('.overlay .fz-point')[i].getBoundingClientRect();
      return point.left + point.width / 2;
    };
    expect(Math.abs(ruleAt() - pointAtYear(1))).toBeLessThan(2);
    // And on the axis: the year is written bold under every line, the other years as they were.
    const boldYears = () =>
      [...root.querySelectorAll('.panel')].map((panel) =>
        [...panel.querySelectorAll('text')]
          .filter((text) => /^\d{4}$/.test(text.textContent ?? '') && Number(getComputedStyle(text).fontWeight) >= 700)
          .map((text) => text.textContent)
          .join(),
      );
    expect(boldYears()).toEqual(Array(root.querySelectorAll('.panel').length).fill('2022'));
    (element as FzTrend).year = 2024;
    await expect.poll(() => Math.abs(ruleAt() - pointAtYear(3))).toBeLessThan(2);
    expect(boldYears()).toEqual(Array(root.querySelectorAll('.panel').length).fill('2024'));
  });

  it('never draws the year’s line through a value written on the chart', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, year: '2024' }, 1280);
    const root = await drawn(element);
    const crossings: string[] = [];
    for (const panel of root.querySelectorAll('.panel')) {
      const rule = panel.querySelector('.fz-trend-year line')!.getBoundingClientRect();
      for (const value of panel.querySelectorAll('.fz-trend-value text')) {
        const box = value.getBoundingClientRect();
        const across = rule.left >= box.left && rule.right <= box.right;
        const between = rule.top < box.bottom && rule.bottom > box.top;
        if (across && between) crossings.push(value.textContent ?? '');
      }
    }
    expect(root.querySelectorAll('.panel').length).toBeGreaterThan(4);
    expect(crossings).toEqual([]);
  });

  it('speaks English on an English page', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, lang: 'en', figures: 'headlines' }, 900);
    const root = await drawn(element);
    expect(root.querySelector('.title')?.textContent).toContain('Over the years');
    expect(root.querySelector('.summary')?.textContent).toContain('From 2021 to 2024, petitions in total fell from 612 to 431, down 29.6%');
  });

  it('exports its table as CSV, and itself as an SVG and a PNG', async () => {
    const element = mount<FzTrend>('fz-trend', { src: SAMPLE_URL, figures: 'headlines' }, 900);
    await drawn(element);
    const csv = readCsv(await (await element.toBlob('csv')).text());
    expect(csv.some((row) => row[0] === '信访总量（2021年）' && row[1] === '612' && row.at(-1) === '（示例）全年信访总量612件')).toBe(true);
    const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    const text = svg.documentElement.textContent ?? '';
    expect(text).toContain('历年数据');
    expect(text).toContain('报告所述调解成功率');
    expect(svg.querySelector('[style], style, [class]')).toBeNull();
    const png = await element.toBlob('png');
    expect(png.type).toBe('image/png');
    expect((await createImageBitmap(png)).width).toBeGreaterThan(900);
  });

  it('exports every chart with the words shown among them: the sections’ titles, each chart’s name and its sentence', async () => {
    const element = mount<FzTrend>('fz-trend', { src: SAMPLE_URL }, 1280);
    const root = await drawn(element);
    const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml');
    const lines = [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '');
    const text = lines.join('');
    for (const title of root.querySelectorAll('.section-title, .panel-title, .panel-sentence'))
      expect(text, title.textContent ?? '').toContain(title.textContent?.replace(/\s+/g, ''));
    expect(lines).toContain('信访件按渠道分布');
    expect(lines).toContain('复议审结');
    expect(lines).toContain('应诉审结');
    const csv = readCsv(await (await element.toBlob('csv')).text());
    expect(csv.some((row) => row[0] === '应诉审结（2024年）')).toBe(true);
  });

  it('is drawn again for the paper’s width as soon as the browser says it prints', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, figures: 'headlines' }, 1280);
    const root = await drawn(element);
    const widest = () => Math.max(...[...root.querySelectorAll('.plot-drawing svg')].map((svg) => Number(svg.getAttribute('width'))));
    expect(widest()).toBeGreaterThan(250);
    const columns = () => root.querySelector('.panels')?.className;
    expect(columns()).toBe('panels columns-4');
    dispatchEvent(new Event('beforeprint'));
    // At once: the browser lays the page out for paper (680 px at most) as soon as the event returns.
    expect(columns()).not.toBe('panels columns-4');
    expect(widest()).toBeLessThanOrEqual(340);
    dispatchEvent(new Event('afterprint'));
  });

  it('shows the data’s problem, in words, for a dataset that cannot be read', async () => {
    const element = mount('fz-trend', { src: '/data/no-such-file.json' }, 640);
    const root = await drawn(element);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('404');
  });

  it('sets every text at 18 px or more in large-text mode (适老化), the charts’ too', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL, 'large-text': '', figures: 'headlines' }, 1280);
    const root = await drawn(element);
    for (const text of [...textElements(element), ...root.querySelectorAll('.plot-drawing text')])
      expect(parseFloat(getComputedStyle(text).fontSize), text.textContent ?? '').toBeGreaterThanOrEqual(18);
  });

  it('lays out at 360 px with no text under 12 px and nothing wider than its box', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL }, 360);
    const root = await drawn(element);
    for (const text of [...textElements(element), ...root.querySelectorAll('.plot-drawing text')])
      expect(parseFloat(getComputedStyle(text).fontSize), text.textContent ?? '').toBeGreaterThanOrEqual(12);
    expect(element.scrollWidth).toBeLessThanOrEqual(360);
    expect(deepText(element)).toContain('信访总量');
  });

  it('tabulates a figure a row and a year a column, scrolling sideways at 360 px, no figure split, a page or two tall', async () => {
    const element = mount('fz-trend', { src: SAMPLE_URL }, 360);
    const root = await drawn(element);
    root.querySelector<HTMLDetailsElement>('.data-table')!.open = true;
    const table = root.querySelector<HTMLTableElement>('.data-table table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      '项目',
      '2021年',
      '2022年',
      '2023年',
      '2024年',
    ]);
    const total = [...table.querySelectorAll('tbody tr')].find((row) => row.querySelector('th')?.textContent === '信访总量')!;
    expect([...total.querySelectorAll('td')].map((cell) => cell.querySelector(':scope > .nb')?.textContent)).toEqual([
      '612件',
      '540件',
      '478件',
      '431件',
    ]);
    expect(total.querySelector('td .report-quote')?.textContent).toBe('“（示例）全年信访总量612件”');
    const scroller = root.querySelector<HTMLElement>('.table-scroll')!;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    expect(table.getBoundingClientRect().height).toBeLessThan(4000);
    const split = [...table.querySelectorAll('.nb')]
      .filter((figure) => figure.getClientRects().length > 1)
      .map((figure) => figure.textContent);
    expect(split).toEqual([]);
  });
});

describe('<fz-trend>, axe-core (WCAG 2.1 A and AA)', () => {
  const violations = async (element: Element) =>
    (await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );

  it.each(['light', 'dark', 'contrast'])('finds nothing wrong in the %s theme, its table open', async (theme) => {
    const element = mount('fz-trend', { src: SAMPLE_URL, theme, figures: 'petitions mediation' }, 900);
    const root = await drawn(element);
    for (const details of root.querySelectorAll('details')) details.open = true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(await violations(element)).toEqual([]);
  });

  it('finds nothing wrong under forced colours', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const element = mount('fz-trend', { src: SAMPLE_URL, figures: 'headlines' }, 900);
    await drawn(element);
    expect(await violations(element)).toEqual([]);
  });
});
