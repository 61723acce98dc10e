// The mediation section: the cases accepted and resolved, and the stated success rate beside the computed one.
import { describe, expect, it } from 'vitest';
import { drawnSvg } from '../../../tests/helpers/draw.js';
import { beiyangFigures, viewOf } from '../../../tests/helpers/sections.js';
import { mediation } from './section.js';

const options = { width: 640, fontSize: 16, ariaLabel: 'chart' };

describe('mediation(2024)', () => {
  it('shows 99 accepted and 98 resolved, with the computed rate in the tooltip details', () => {
    const view = viewOf(mediation);
    expect(view.points.map((point) => [point.label, point.markText])).toEqual([
      ['受理案件', '99起'],
      ['成功化解', '98起'],
    ]);
    expect(view.points[1].details).toEqual(['按数计算 98.99%']);
    expect(drawnSvg(view.chart, options).querySelectorAll('.fz-point')).toHaveLength(2);
  });

  it('shows the stated 99% alone above the chart when 98 ÷ 99 rounds to it; the computed 98.99% stays in the table and the speaker notes', () => {
    const view = viewOf(mediation);
    expect(view.headlines.map((rate) => [rate.label, rate.valueText, rate.quote])).toEqual([['报告所述调解成功率', '99%', '成功率达99%']]);
    expect(view.tableRows!.map((row) => [row.label, row.valueText, row.details])).toEqual([
      ['报告所述调解成功率', '99%', []],
      ['按数计算调解成功率', '98.99%', ['98 ÷ 99']],
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
        ['报告所述调解成功率', written],
        ['按数计算调解成功率', '98.99%'],
      ]);
      expect(view.after?.sentence).toBe('报告所述调解成功率为报告原文；按数计算调解成功率为成功化解件数除以受理件数。');
      expect(view.after?.sentence).not.toMatch(/核对|错误|有误/);
      expect(view.speakerNotes).toBeUndefined();
      expect(view.summary).toContain('98.99%');
      expect(view.summary).toContain(written);
    },
  );
});
