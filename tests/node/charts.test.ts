import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import sampleMultiYear from '../../demo/data/sample-multi-year.json';
import { platformsDiagram } from '../../src/charts/platforms-diagram.js';
import { textWidthEm, wrapText } from '../../src/charts/text.js';
import { deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { mediation } from '../../src/sections/mediation/section.js';
import { petitions } from '../../src/sections/petitions/section.js';
import { platforms } from '../../src/sections/platforms/section.js';
import { platformsView } from '../../src/sections/platforms/view.js';
import { reviews } from '../../src/sections/reviews/section.js';
import type { SectionView } from '../../src/sections/section.js';
import { voiceOf } from '../../src/sections/section.js';
import { training } from '../../src/sections/training/section.js';
import { beiyangFigures, beiyangFigures as figures, viewOf } from '../helpers/sections.js';

const document = new Window().document as unknown as Document;
const options = { width: 640, fontSize: 16, ariaLabel: 'chart', document };

const pointsOf = (svg: Element) => [...svg.querySelectorAll('.fz-point')];
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((text) => text.textContent);

describe('petitions(2024)', () => {
  it('writes the hotline as "354件 · 90.1%" beside its bar in Chinese and "354 · 90.1%" in English', () => {
    expect(viewOf(petitions).points[0].markText).toBe('354件 · 90.1%');
    expect(viewOf(petitions, 'en').points[0]).toMatchObject({ label: '12345 hotline', markText: '354 · 90.1%' });
  });

  it('names each point once, with its value and share: "12345热线，354件，占总量 90.1%"', () => {
    expect(viewOf(petitions).points[0]).toMatchObject({
      name: '12345热线，354件，占总量 90.1%',
      valueText: '354件',
      share: '占总量 90.1%',
      details: [],
    });
    expect(viewOf(petitions, 'en').points[0].name).toBe('12345 hotline, 354, 90.1% of total');
  });

  it('puts the flagged subsets after the channels, drawn as outlined subsets under their own heading', () => {
    const view = viewOf(petitions);
    expect(view.points.slice(4).map((point) => point.label)).toEqual(['省级来信', '市级来访', '重复件']);
    expect(view.points[4].details).toEqual(['已含在上述渠道中，不另计']);
    const svg = view.draw(options);
    expect(svg.querySelectorAll('.fz-bar-subset rect')).toHaveLength(3);
    expect(texts(svg).join('')).toContain('不另计');
  });
});

describe('the petitions chart', () => {
  const svg = viewOf(petitions).draw(options);

  it('numbers the seven points 0–6 across both sections, one tab stop', () => {
    const points = pointsOf(svg);
    expect(points.map((point) => point.getAttribute('data-index'))).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(points.map((point) => point.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1', '-1']);
    expect(points[0].getAttribute('aria-label')).toBe('12345热线，354件，占总量 90.1%');
  });

  it('writes every label and value', () => {
    const all = texts(svg);
    for (const text of [
      '12345热线',
      '来访',
      '来信',
      '网信',
      '354件 · 90.1%',
      '8件 · 2.0%',
      '2件 · 0.5%',
      '29件 · 7.4%',
      '重复件',
      '5件 · 1.3%',
    ]) {
      expect(all).toContain(text);
    }
  });

  it('draws bar lengths in proportion: 354 is 354/29 times 29', () => {
    const bars = [...svg.querySelectorAll('.fz-bar-part rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(bars).toHaveLength(4);
    expect(bars[0] / bars[3]).toBeCloseTo(354 / 29, 1);
  });

  it('outlines the subsets on the same scale as the channels', () => {
    const part = [...svg.querySelectorAll('.fz-bar-part rect')].map((rect) => Number(rect.getAttribute('width')));
    const subset = [...svg.querySelectorAll('.fz-bar-subset rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(subset).toHaveLength(3);
    expect(subset[0]).toBeCloseTo(part[2], 5); // 2 provincial letters, 2 letters
  });

  it('leaves no inline <style> for a strict Content-Security-Policy', () => {
    expect(svg.querySelectorAll('style')).toHaveLength(0);
  });

  it('keeps bars and values inside the width', () => {
    for (const width of [288, 640, 1888]) {
      const chart = viewOf(petitions, 'en').draw({ ...options, width });
      expect(chart.getAttribute('width')).toBe(String(width));
      for (const rect of chart.querySelectorAll('.fz-bar-part rect')) {
        expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width);
      }
    }
  });

  it('grows with the text size', () => {
    const small = viewOf(petitions).draw(options);
    const large = viewOf(petitions).draw({ ...options, fontSize: 24 });
    expect(Number(large.getAttribute('height'))).toBeGreaterThan(Number(small.getAttribute('height')) * 1.4);
  });
});

describe('mediation(2024) and training(2024)', () => {
  it('shows 99 accepted and 98 resolved, with the computed rate in the tooltip details', () => {
    const view = viewOf(mediation);
    expect(view.points.map((point) => [point.label, point.markText])).toEqual([
      ['受理案件', '99起'],
      ['成功化解', '98起'],
    ]);
    expect(view.points[1].details).toEqual(['按数计算 98.99%']);
    expect(pointsOf(view.draw(options))).toHaveLength(2);
  });

  it('writes the stated rate as stated and the computed one to two decimals, above the chart and in the table alike', () => {
    const view = viewOf(mediation);
    expect(view.rates.map((rate) => [rate.label, rate.valueText, rate.quote ?? rate.details[0]])).toEqual([
      ['报告所述成功率', '99%', '成功率达99%'],
      ['按数计算', '98.99%', '98 ÷ 99'],
    ]);
    expect(view.tableRows!.map((row) => row.valueText)).toEqual(['99%', '98.99%']);
  });

  it('shows 12, 13 and 16 sessions with their shares of 41', () => {
    const view = viewOf(training);
    expect(view.points.map((point) => point.markText)).toEqual(['12次 · 29.3%', '13次 · 31.7%', '16次 · 39.0%']);
    expect(view.points[0]).toMatchObject({ share: '占总量 29.3%', details: ['学习培训合计 41次'] });
  });
});

describe('the platforms diagram', () => {
  const view = viewOf(platforms);

  it('draws the hub and the four platforms, each reachable', () => {
    const svg = view.draw(options);
    expect(texts(svg)).toContain('基层智治');
    expect(pointsOf(svg).map((card) => card.getAttribute('aria-label'))).toEqual([
      '党建统领，报告未列数据',
      '经济生态，报告未列数据',
      '平安法治，报告未列数据',
      '公共服务，报告未列数据',
    ]);
  });

  it('sets the platforms side by side when wide and as a list when narrow', () => {
    const wide = platformsDiagram(view.points, { ...options, width: 1200, hub: '基层智治' });
    const narrow = platformsDiagram(view.points, { ...options, width: 300, hub: '基层智治' });
    const ys = (svg: Element) => new Set(pointsOf(svg).map((card) => card.getAttribute('transform')!.split(',')[1]));
    expect(ys(wide).size).toBe(1);
    expect(ys(narrow).size).toBe(4);
  });

  it('takes any number of platforms from the data', () => {
    const three = platformsView(figures.platforms!.slice(0, 3), 2024, undefined, voiceOf(platforms, 'en'));
    expect(pointsOf(three.draw(options))).toHaveLength(3);
  });

  it('lists a platform’s metrics and notes when the report gives them', () => {
    const given = [
      { id: 'x', label: '平安法治', metrics: [{ id: 'm', label: '巡查', value: 12, unit: '次', quote: '巡查12次' }], notes: ['说明'] },
    ];
    const [point] = platformsView(given, 2024, undefined, voiceOf(platforms, 'zh-CN')).points;
    expect(point.markText).toBe('1项数据');
    expect(point.details).toEqual(['巡查：12次', '说明']);
  });

  it('calls the hub by the region’s own word when the dataset gives one', () => {
    const regional = platformsView(
      figures.platforms!,
      2024,
      undefined,
      voiceOf(platforms, 'zh-CN', { hub: '四平台', title: '基层治理四平台' }),
    );
    expect(texts(regional.draw(options))).toContain('四平台');
    expect(regional.summary).toContain('列出4个基层治理四平台');
    const english = platformsView(figures.platforms!, 2024, undefined, voiceOf(platforms, 'en', { hub: { 'zh-CN': '四平台' } }));
    expect(texts(english.draw(options))).toContain('Grassroots governance');
  });
});

describe('text estimates', () => {
  it('count a CJK character as 1 em and Latin as less', () => {
    expect(textWidthEm('信访总量')).toBe(4);
    expect(textWidthEm('abc')).toBeLessThan(2);
  });

  it('wrap at spaces and between CJK characters within the width', () => {
    const lines = wrapText('Of which (counted in the channels above)', 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Of which (counted in the channels above)');
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(12);
    expect(wrapText('其中已含在上述渠道中不另计', 6)).toEqual(['其中已含在上', '述渠道中不另', '计']);
  });

  it('never start a line with closing punctuation', () => {
    expect(wrapText('其中（已含在上述渠道中，不另计）', 15)).toEqual(['其中（已含在上述渠道中，不另', '计）']);
  });
});

describe('a bar chart moved in place to another year', () => {
  const sample = sampleMultiYear as unknown as Dataset;
  const yearOf = (year: number) => deriveYear(sample, year);
  /** The drawing as written: the two ways of getting there write the same numbers. */
  const shape = (svg: Element) => svg.outerHTML;
  const bars = [petitions, mediation, training, reviews] as const;

  it.each(bars.map((section) => [section.key, section] as const))(
    '%s: is the chart drawn for that year, mark for mark',
    (_key, section) => {
      for (const [from, to, compare] of [
        [2022, 2024, false],
        [2024, 2023, false],
        [2023, 2024, true],
      ] as const) {
        const before = viewOf(section as never, 'zh-CN', yearOf(from), compare ? yearOf(from - 1) : undefined) as SectionView;
        const after = viewOf(section as never, 'zh-CN', yearOf(to), compare ? yearOf(to - 1) : undefined) as SectionView;
        const drawn = before.draw(options);
        const fresh = after.draw(options);
        expect(after.move?.(drawn, options), `${from} → ${to}`).toBe(true);
        expect(shape(drawn), `${from} → ${to}`).toBe(shape(fresh));
      }
    },
  );

  it('moves each bar, also where a subset shares its id with a channel', () => {
    const shared = structuredClone(sampleMultiYear) as unknown as Dataset;
    for (const year of shared.years) if (year.petitions?.flags?.[0]) year.petitions.flags[0].id = 'visits';
    const [before, after] = [2022, 2024].map((year) => viewOf(petitions, 'zh-CN', deriveYear(shared, year)) as SectionView);
    const drawn = before.draw(options);
    expect(after.move?.(drawn, options)).toBe(true);
    expect(shape(drawn)).toBe(shape(after.draw(options)));
  });

  it('refuses when the new figures lay out otherwise (a year with another row), and leaves the drawing as it was', () => {
    const withFlags = viewOf(petitions, 'zh-CN', beiyangFigures) as SectionView;
    const without = viewOf(petitions, 'zh-CN', yearOf(2021)) as SectionView;
    const drawn = withFlags.draw(options);
    const before = drawn.outerHTML;
    expect(without.move?.(drawn, options)).toBe(false);
    expect(drawn.outerHTML).toBe(before);
    // Another width is another layout too.
    expect(withFlags.move?.(drawn, { ...options, width: 500 })).toBe(false);
  });
});

describe('the platforms diagram for another year', () => {
  it('is kept when that year’s platforms are worded the same, and drawn anew when not', () => {
    const sample = sampleMultiYear as unknown as Dataset;
    const [of2023, of2024] = [2023, 2024].map((year) => viewOf(platforms, 'zh-CN', deriveYear(sample, year)) as SectionView);
    const drawn = of2023.draw(options);
    const same = JSON.stringify(of2023.points) === JSON.stringify(of2024.points);
    expect(of2024.move?.(drawn, options)).toBe(same);
    expect(of2023.move?.(drawn, options)).toBe(true);
    expect(of2023.move?.(drawn, { ...options, width: 320 })).toBe(false);
    const other = viewOf(platforms, 'zh-CN', beiyangFigures) as SectionView;
    expect(other.move?.(drawn, options)).toBe(false);
  });
});
