import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapText } from '../../src/charts/text.js';
import { mediation } from '../../src/sections/mediation/section.js';
import { petitions } from '../../src/sections/petitions/section.js';
import { platforms } from '../../src/sections/platforms/section.js';
import { platformsView } from '../../src/sections/platforms/view.js';
import { voiceOf } from '../../src/sections/section.js';
import { training } from '../../src/sections/training/section.js';
import { drawnSvg } from '../helpers/draw.js';
import { beiyangFigures, beiyangFigures as figures, viewOf } from '../helpers/sections.js';

const options = { width: 640, fontSize: 16, ariaLabel: 'chart' };

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
    const svg = drawnSvg(view.chart, options);
    expect(svg.querySelectorAll('.fz-bar-subset rect')).toHaveLength(3);
    expect(texts(svg).join('')).toContain('不另计');
  });
});

describe('the petitions chart', () => {
  const svg = drawnSvg(viewOf(petitions).chart, options);

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
      const chart = drawnSvg(viewOf(petitions, 'en').chart, { ...options, width });
      expect(chart.getAttribute('width')).toBe(String(width));
      for (const rect of chart.querySelectorAll('.fz-bar-part rect')) {
        expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width);
      }
    }
  });

  it('on paper sets each label beside its bar, unless a label would be cut short there: then every label keeps a line of its own', () => {
    // Chinese at a printed page's width: beside, whole.
    const paper = drawnSvg(viewOf(petitions).chart, { ...options, width: 680, fontSize: 14, labels: 'beside' });
    const shown = drawnSvg(viewOf(petitions).chart, { ...options, width: 680, fontSize: 14 });
    expect(Number(paper.getAttribute('height'))).toBeLessThan(Number(shown.getAttribute('height')));
    // English in narrow columns: beside while the labels fit in half the width, else as on the screen; never cut short.
    for (const width of [240, 288, 360, 480]) {
      const narrow = drawnSvg(viewOf(petitions, 'en').chart, { ...options, width, fontSize: 14, labels: 'beside' });
      expect(
        texts(narrow).filter((text) => text?.includes('…')),
        `${width} px`,
      ).toEqual([]);
    }
    const narrowest = drawnSvg(viewOf(petitions, 'en').chart, { ...options, width: 240, fontSize: 14, labels: 'beside' });
    expect(narrowest.outerHTML).toBe(drawnSvg(viewOf(petitions, 'en').chart, { ...options, width: 240, fontSize: 14 }).outerHTML);
  });

  it('grows with the text size', () => {
    const small = drawnSvg(viewOf(petitions).chart, options);
    const large = drawnSvg(viewOf(petitions).chart, { ...options, fontSize: 24 });
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
    expect(pointsOf(drawnSvg(view.chart, options))).toHaveLength(2);
  });

  it('shows the stated 99% alone above the chart when 98 ÷ 99 rounds to it; the computed 98.99% stays in the table and the speaker notes', () => {
    const view = viewOf(mediation);
    expect(view.headlines.map((rate) => [rate.label, rate.valueText, rate.quote])).toEqual([['报告所述成功率', '99%', '成功率达99%']]);
    expect(view.tableRows!.map((row) => [row.label, row.valueText, row.details])).toEqual([
      ['报告所述成功率', '99%', []],
      ['按数计算', '98.99%', ['98 ÷ 99']],
    ]);
    expect(view.speakerNotes).toEqual(['按数计算成功率98.99%（98 ÷ 99）。']);
    expect(view.after).toBeUndefined();
    expect(view.summary).not.toContain('98.99%');
    expect(viewOf(mediation, 'en').headlines.map((rate) => rate.valueText)).toEqual(['99%']);
  });

  it.each([
    ['95%, stated to the percent', 0.95, '95%'],
    ['99.5%, stated to a tenth', 0.995, '99.5%'],
  ])(
    'shows both rates side by side, with a plain note, when the stated rate is %s and 98 ÷ 99 does not round to it',
    (_, stated, written) => {
      const figures = structuredClone(beiyangFigures);
      figures.mediation = { ...figures.mediation!, statedRate: { value: stated, quote: `成功率达${written}` } };
      const view = viewOf(mediation, 'zh-CN', figures);
      expect(view.headlines.map((rate) => [rate.label, rate.valueText])).toEqual([
        ['报告所述成功率', written],
        ['按数计算', '98.99%'],
      ]);
      expect(view.after?.sentence).toBe('报告所述成功率为报告原文；按数计算为成功化解件数除以受理件数。');
      expect(view.after?.sentence).not.toMatch(/核对|错误|有误/);
      expect(view.speakerNotes).toBeUndefined();
      expect(view.summary).toContain('98.99%');
      expect(view.summary).toContain(written);
    },
  );

  it('shows 12, 13 and 16 sessions with their shares of 41', () => {
    const view = viewOf(training);
    expect(view.points.map((point) => point.markText)).toEqual(['12次 · 29.3%', '13次 · 31.7%', '16次 · 39.0%']);
    expect(view.points[0]).toMatchObject({ share: '占总量 29.3%', details: ['学习培训合计 41次'] });
  });
});

describe('the platforms diagram', () => {
  const view = viewOf(platforms);

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

  /** Where a line ends and the next begins, against the rules of Chinese typesetting. */
  function badBreaks(lines: string[]): string[] {
    return lines.slice(1).flatMap((next, i) => {
      const end = lines[i];
      const bad =
        /^[）)」』”’。，、；：！？…%》〉】]/u.test(next) ||
        /[（(「『“‘《〈【]$/u.test(end) ||
        (/(\d[.,]?|[▲▼●+−±])$/u.test(end) && /^[\d%.,件起次个条人项年]/u.test(next));
      return bad ? [`${end}|${next}`] : [];
    });
  }

  it.each([
    '2023年信访总量478件，比2022年减少62件（−11.5%）；其中12345热线354件（占90.1%）、来访8件（占2.0%）。',
    '信访总量  393件  ▼ −62，−11.5%',
    '报告所述成功率 99%  比上年提高1.28个百分点（按数计算 98.99%）',
    'In 2023 there were 478 petitions, 62 fewer than the year before (−11.5%): 12345 hotline 354 (90.1%).',
  ])(
    'break %j only where Chinese typesetting allows: no opening bracket at a line’s end, no closing punctuation at its start, never inside a number',
    (text) => {
      // From 8 em, the narrowest a chart wraps text in (a platform's card); what no line holds is cut anyway.
      for (let width = 8; width <= 30; width++) {
        const lines = wrapText(text, width);
        expect(lines.join('').replace(/\s/g, ''), `width ${width}`).toBe(text.replace(/\s/g, ''));
        expect(badBreaks(lines), `width ${width}: ${JSON.stringify(lines)}`).toEqual([]);
        for (const line of lines) expect(textWidthEm(line), `width ${width}: ${line}`).toBeLessThanOrEqual(width);
      }
    },
  );
});
