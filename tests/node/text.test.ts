import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapBalanced, wrapText } from '../../src/charts/text.js';

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

  it('balance their lines when asked: as many as greedy wrapping needs, each as long as the others', () => {
    expect(wrapBalanced('其中已含在上述渠道中不另计', 6)).toEqual(['其中已含在', '上述渠道中', '不另计']);
    expect(wrapBalanced('行政机关负责人出庭应诉率', 11)).toEqual(['行政机关负责', '人出庭应诉率']);
    expect(wrapBalanced('Mediation success as stated', 12)).toEqual(['Mediation success', 'as stated']);
    // One line stays one line.
    expect(wrapBalanced('信访总量', 11)).toEqual(['信访总量']);
  });

  it('keep a figure with its unit of two characters (人次, 件次, 场次, 批次, 户次, 万元): never 1564件 / 次', () => {
    for (const unit of ['人次', '件次', '场次', '批次', '户次', '万元']) {
      // Room for 信访1564 and one character more: the unit's first would end the line, its second start the next.
      const lines = wrapText(`信访1564${unit}，同比下降`, 5.6);
      expect(
        lines.some((line) => line.includes(`1564${unit}`)),
        lines.join('|'),
      ).toBe(true);
    }
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
    'In 2023 there were 478 petitions, 62 fewer than in 2022 (−11.5%): 12345 hotline 354 (90.1%).',
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
