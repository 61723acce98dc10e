import { describe, expect, it } from 'vitest';
import { daysFromDeadline, reportFacts, titleNamesYear } from '../../src/data/report-facts.js';

describe('the facts of a report', () => {
  it('knows whether its title names its year, in digits or Chinese numerals', () => {
    expect(titleNamesYear('北洋镇2024年度法治政府建设年度报告', 2024)).toBe(true);
    expect(titleNamesYear('关于二〇二三年法治政府建设工作情况的报告', 2023)).toBe(true);
    expect(titleNamesYear('关于二零二三年法治政府建设工作情况的报告', 2023)).toBe(true);
    expect(titleNamesYear('关于法治政府建设工作情况的报告', 2024)).toBe(false);
    expect(titleNamesYear('北洋镇2023年度法治政府建设年度报告', 2024)).toBe(false);
  });

  it('counts the days from 1 April of the following year: before it is on time, on it or after is late', () => {
    expect(daysFromDeadline(2024, '2025-03-31')).toBe(-1);
    expect(daysFromDeadline(2024, '2025-04-01')).toBe(0);
    expect(daysFromDeadline(2024, '2025-04-18')).toBe(17);
    expect(daysFromDeadline(2023, '2024-02-24')).toBe(-37);
  });

  it('leaves the date of a draft, not yet given, unknown rather than early', () => {
    const facts = reportFacts({ year: 2024, source: { title: '（待填写）', date: '0001-01-01' } }, ['petitions']);
    expect(facts).toEqual({ year: 2024, date: undefined, daysFromDeadline: undefined, titleNamesYear: false, sections: ['petitions'] });
  });
});
