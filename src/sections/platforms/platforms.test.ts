// The platforms section: the hub and the four grassroots governance platforms, drawn and named.
import { describe, expect, it } from 'vitest';
import { drawnSvg } from '../../../tests/helpers/draw.js';
import { beiyangFigures as figures, viewOf } from '../../../tests/helpers/sections.js';
import { voiceOf } from '../section.js';
import { platforms } from './section.js';
import { platformsView } from './view.js';

const options = { width: 640, fontSize: 16, ariaLabel: 'chart' };

const pointsOf = (svg: Element) => [...svg.querySelectorAll('.fz-point')];
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((text) => text.textContent);

describe('the platforms diagram', () => {
  const view = viewOf(platforms);

  it('keeps within a height to fill that is smaller than it needs (a small preview of a slide), drawn smaller, never over what follows', () => {
    const narrow = { ...options, width: 240, fontSize: 12 };
    const needed = Number(drawnSvg(view.chart, narrow).getAttribute('height'));
    const small = drawnSvg(view.chart, { ...narrow, height: needed / 2 });
    expect(Number(small.getAttribute('height'))).toBe(needed / 2);
    expect(small.getAttribute('viewBox')).toBe(`0 0 240 ${needed}`);
    // A taller box: the diagram sits in the middle of it, at its own size.
    const tall = drawnSvg(view.chart, { ...narrow, height: needed * 2 });
    expect([tall.getAttribute('height'), tall.getAttribute('viewBox')]).toEqual([String(needed * 2), `0 0 240 ${needed * 2}`]);
  });

  it('draws the hub and the four platforms, each reachable', () => {
    const svg = drawnSvg(view.chart, options);
    expect(texts(svg)).toContain('基层智治');
    // The report gives no platform's figures: on the screen said once, under the diagram, not on every card.
    expect(pointsOf(svg).map((card) => card.getAttribute('aria-label'))).toEqual([
      '党建统领，报告未列数据',
      '经济生态，报告未列数据',
      '平安法治，报告未列数据',
      '公共服务，报告未列数据',
    ]);
    expect(texts(svg).filter((text) => text?.includes('未列'))).toEqual([]);
    expect(view.after?.sentence).toBe('本年度报告未列出各平台的具体数据。');
    expect(view.summary).not.toContain('未列');
  });

  it('sets the platforms side by side when wide and as a list when narrow', () => {
    const wide = drawnSvg(view.chart, { ...options, width: 1200 });
    const narrow = drawnSvg(view.chart, { ...options, width: 300 });
    const ys = (svg: Element) => new Set(pointsOf(svg).map((card) => card.getAttribute('transform')!.split(',')[1]));
    expect(ys(wide).size).toBe(1);
    expect(ys(narrow).size).toBe(4);
  });

  it('takes any number of platforms from the data', () => {
    const three = platformsView(figures.platforms!.slice(0, 3), 2024, undefined, voiceOf(platforms, 'en'));
    expect(pointsOf(drawnSvg(three.chart, options))).toHaveLength(3);
  });

  it('lists a platform’s metrics and notes when the report gives them', () => {
    const given = [
      { id: 'x', label: '平安法治', metrics: [{ id: 'm', label: '巡查', value: 12, unit: '次', quote: '巡查12次' }], notes: ['说明'] },
    ];
    const [point] = platformsView(given, 2024, undefined, voiceOf(platforms, 'zh-CN')).points;
    expect(point.markText).toBe('1项数据');
    expect(point.details).toEqual(['巡查：12次', '说明']);
    // Its figures' words are the report's words for it, where the platform has none of its own: the table, the handout and the notes quote them.
    expect(point.quote).toBe('巡查12次');
    const two = [
      {
        id: 'x',
        label: '平安法治',
        metrics: [
          { id: 'm', label: '巡查', value: 12, unit: '次', quote: '巡查12次' },
          { id: 'n', label: '调解', value: 3, unit: '件', quote: '调解纠纷3件' },
        ],
      },
    ];
    expect(platformsView(two, 2024, undefined, voiceOf(platforms, 'zh-CN')).points[0].quote).toBe('巡查12次；调解纠纷3件');
    // One sentence giving both is quoted once.
    const once = [{ ...two[0], metrics: two[0].metrics.map((metric) => ({ ...metric, quote: '巡查12次、调解纠纷3件' })) }];
    expect(platformsView(once, 2024, undefined, voiceOf(platforms, 'zh-CN')).points[0].quote).toBe('巡查12次、调解纠纷3件');
    // A platform's own words stay its quote.
    const named = [{ ...given[0], quote: '平安法治平台运行良好' }];
    expect(platformsView(named, 2024, undefined, voiceOf(platforms, 'zh-CN')).points[0].quote).toBe('平安法治平台运行良好');
  });

  it('calls the hub by the region’s own word when the dataset gives one', () => {
    const regional = platformsView(
      figures.platforms!,
      2024,
      undefined,
      voiceOf(platforms, 'zh-CN', { hub: '四平台', title: '基层治理四平台' }),
    );
    expect(texts(drawnSvg(regional.chart, options))).toContain('四平台');
    expect(regional.summary).toContain('列出4个基层治理四平台');
    const english = platformsView(figures.platforms!, 2024, undefined, voiceOf(platforms, 'en', { hub: { 'zh-CN': '四平台' } }));
    expect(texts(drawnSvg(english.chart, options))).toContain('Grassroots governance');
  });
});
