import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { barChart } from '../../src/charts/bar-chart.js';
import { platformsDiagram } from '../../src/charts/platforms-diagram.js';
import { mediationSections, petitionSections, platformPoints, trainingSections } from '../../src/charts/points.js';
import { textWidthEm, wrapText } from '../../src/charts/text.js';
import { deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';

const document = new Window().document as unknown as Document;
const figures = deriveYear(beiyang as Dataset);
const options = { width: 640, fontSize: 16, ariaLabel: 'chart', document };

const pointsOf = (svg: Element) => [...svg.querySelectorAll('.fz-point')];
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((text) => text.textContent);

describe('petitionSections', () => {
  it('words the hotline as "354件 · 90.1%" in Chinese and "354 · 90.1%" in English', () => {
    expect(petitionSections(figures.petitions!, 'zh-CN')[0].points[0].valueText).toBe('354件 · 90.1%');
    expect(petitionSections(figures.petitions!, 'en')[0].points[0]).toMatchObject({ label: '12345 hotline', valueText: '354 · 90.1%' });
  });

  it('puts the flagged subsets in a section of their own, drawn as subsets', () => {
    const [channels, flags] = petitionSections(figures.petitions!, 'zh-CN');
    expect(channels.style).toBe('part');
    expect(flags.style).toBe('subset');
    expect(flags.heading).toContain('不另计');
    expect(flags.points.map((point) => point.label)).toEqual(['省级来信', '市级来访', '重复件']);
  });
});

describe('barChart(petitions)', () => {
  const svg = barChart(petitionSections(figures.petitions!, 'zh-CN'), options);

  it('numbers the seven points 0–6 across both sections, one tab stop', () => {
    const points = pointsOf(svg);
    expect(points.map((point) => point.getAttribute('data-index'))).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(points.map((point) => point.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1', '-1']);
    expect(points[0].getAttribute('aria-label')).toBe('12345热线 354件 · 90.1%');
  });

  it('writes every label and value', () => {
    const all = texts(svg);
    for (const text of ['12345热线', '来访', '来信', '网信', '354件 · 90.1%', '8件 · 2.0%', '2件 · 0.5%', '29件 · 7.4%', '重复件', '5件 · 1.3%']) {
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
      const chart = barChart(petitionSections(figures.petitions!, 'en'), { ...options, width });
      expect(chart.getAttribute('width')).toBe(String(width));
      for (const rect of chart.querySelectorAll('.fz-bar-part rect')) {
        expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width);
      }
    }
  });

  it('grows with the text size', () => {
    const small = barChart(petitionSections(figures.petitions!, 'zh-CN'), options);
    const large = barChart(petitionSections(figures.petitions!, 'zh-CN'), { ...options, fontSize: 24 });
    expect(Number(large.getAttribute('height'))).toBeGreaterThan(Number(small.getAttribute('height')) * 1.4);
  });
});

describe('barChart(mediation) and barChart(training)', () => {
  it('shows 99 accepted and 98 resolved, with the computed rate in the tooltip details', () => {
    const sections = mediationSections(figures.mediation!, 'zh-CN');
    expect(sections[0].points.map((point) => [point.label, point.valueText])).toEqual([
      ['受理案件', '99起'],
      ['成功化解', '98起'],
    ]);
    expect(sections[0].points[1].details).toEqual(['按数计算 98.99%']);
    expect(pointsOf(barChart(sections, options))).toHaveLength(2);
  });

  it('shows 12, 13 and 16 sessions with their shares of 41', () => {
    const sections = trainingSections(figures.training!, 'zh-CN');
    expect(sections[0].points.map((point) => point.valueText)).toEqual(['12次 · 29.3%', '13次 · 31.7%', '16次 · 39.0%']);
    expect(sections[0].points[0].details).toEqual(['占总量 29.3%', '学习培训合计 41次']);
  });
});

describe('platformsDiagram', () => {
  const points = platformPoints(figures.platforms!, 'zh-CN');

  it('draws the hub and the four platforms, each reachable', () => {
    const svg = platformsDiagram(points, { ...options, hub: '基层智治' });
    expect(texts(svg)).toContain('基层智治');
    expect(pointsOf(svg).map((card) => card.getAttribute('aria-label'))).toEqual([
      '党建统领 报告未列数据',
      '经济生态 报告未列数据',
      '平安法治 报告未列数据',
      '公共服务 报告未列数据',
    ]);
  });

  it('sets the platforms side by side when wide and as a list when narrow', () => {
    const wide = platformsDiagram(points, { ...options, width: 1200, hub: '基层智治' });
    const narrow = platformsDiagram(points, { ...options, width: 300, hub: '基层智治' });
    const ys = (svg: Element) => new Set(pointsOf(svg).map((card) => card.getAttribute('transform')!.split(',')[1]));
    expect(ys(wide).size).toBe(1);
    expect(ys(narrow).size).toBe(4);
  });

  it('takes any number of platforms from the data', () => {
    const three = platformPoints(figures.platforms!.slice(0, 3), 'en');
    expect(pointsOf(platformsDiagram(three, { ...options, hub: 'Hub' }))).toHaveLength(3);
  });

  it('lists a platform’s metrics and notes when the report gives them', () => {
    const [point] = platformPoints(
      [{ id: 'x', label: '平安法治', metrics: [{ id: 'm', label: '巡查', value: 12, unit: '次', quote: '巡查12次' }], notes: ['说明'] }],
      'zh-CN',
    );
    expect(point.valueText).toBe('1项数据');
    expect(point.details).toEqual(['巡查：12次', '说明']);
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
