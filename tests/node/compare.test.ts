import { describe, expect, it } from 'vitest';
import sample from '../../demo/data/sample-multi-year.json';
import { petitionSections, trainingSections } from '../../src/charts/points.js';
import { comparisonYear, deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { datasetProblems } from '../../src/data/validate.js';
import { formatChange, formatRateChange } from '../../src/i18n/format.js';
import { mediationSummary, petitionsSummary, platformsSummary, trainingSummary } from '../../src/i18n/summaries.js';
import beiyang from '../../data/beiyang.json';

const dataset = sample as Dataset;
const year = (y: number) => deriveYear(dataset, y);

describe('the sample multi-year dataset', () => {
  it('is valid, marked as sample, and says its figures are invented', () => {
    expect(datasetProblems(sample)).toEqual([]);
    expect(sample.sample).toBe(true);
    expect(sample.note).toContain('虚构');
    expect(sample.unit.name['zh-CN']).toContain('虚构');
  });

  it('has channels adding up to each year’s total', () => {
    for (const entry of dataset.years) expect(deriveYear(dataset, entry.year).warnings).toEqual([]);
  });
});

describe('formatChange', () => {
  it('marks a fall with ▼ and a minus sign: 478 → 354 is ▼ −124, −25.9%', () => {
    expect(formatChange(354, 478, 'zh-CN')).toEqual({ direction: 'down', text: '▼ −124，−25.9%' });
    expect(formatChange(354, 478, 'en')).toEqual({ direction: 'down', text: '▼ −124, −25.9%' });
  });

  it('marks a rise with ▲ and a plus sign: 50 → 62 is ▲ +12, +24.0%', () => {
    expect(formatChange(62, 50, 'en')).toEqual({ direction: 'up', text: '▲ +12, +24.0%' });
  });

  it('says no change with ● and words', () => {
    expect(formatChange(12, 12, 'zh-CN')).toEqual({ direction: 'same', text: '● 0，持平' });
  });

  it('gives no percentage from zero', () => {
    expect(formatChange(5, 0, 'en').text).toBe('▲ +5');
  });
});

describe('formatRateChange', () => {
  it('speaks in percentage points: 95% → 98.99% is ▲ +3.99个百分点', () => {
    expect(formatRateChange(98 / 99, 0.95, 'zh-CN')).toEqual({ direction: 'up', text: '▲ +3.99个百分点' });
    expect(formatRateChange(0.9, 0.95, 'en')).toEqual({ direction: 'down', text: '▼ −5 pp' });
  });
});

describe('comparisonYear', () => {
  it('takes previous as the latest earlier year', () => {
    expect(comparisonYear(dataset, 2023, 'previous')).toBe(2022);
    expect(comparisonYear(dataset, 2021, 'previous')).toBeUndefined();
  });

  it('takes a year written out only when the dataset has it and it is another year', () => {
    expect(comparisonYear(dataset, 2024, '2021')).toBe(2021);
    expect(comparisonYear(dataset, 2024, '2019')).toBeUndefined();
    expect(comparisonYear(dataset, 2024, '2024')).toBeUndefined();
    expect(comparisonYear(dataset, 2024, undefined)).toBeUndefined();
  });
});

describe('points compared with an earlier year', () => {
  it('carry the earlier value and the change', () => {
    const [channels] = petitionSections(year(2023).petitions!, 'zh-CN', year(2022).petitions);
    expect(channels.points[0]).toMatchObject({
      label: '12345热线',
      valueText: '410件',
      previous: { value: 452, valueText: '452件' },
      change: { direction: 'down', text: '▼ −42，−9.3%' },
    });
  });

  it('never take a kind the earlier report lacks for zero', () => {
    const earlier = year(2022).training!;
    const [section] = trainingSections(year(2023).training!, 'en', { ...earlier, items: earlier.items.slice(1) });
    expect(section.points[0].previous).toBeUndefined();
    expect(section.points[0].change).toEqual({ direction: 'none', text: 'not in the earlier report' });
  });
});

describe('summaries', () => {
  const real = deriveYear(beiyang as Dataset);

  it('say the 2024 petitions in one sentence', () => {
    expect(petitionsSummary(real.petitions!, 2024, 'zh-CN')).toBe(
      '2024年信访总量393件；其中12345热线354件（占90.1%）、来访8件（占2.0%）、来信2件（占0.5%）、网信29件（占7.4%）。涉及省级来信2件、市级来访4件、重复件5件。',
    );
  });

  it('state the change when comparing', () => {
    const summary = petitionsSummary(year(2023).petitions!, 2023, 'zh-CN', { year: 2022, figures: year(2022).petitions! });
    expect(summary).toMatch(/^2023年信访总量478件，比2022年减少62件（−11\.5%）；/);
    const english = petitionsSummary(year(2023).petitions!, 2023, 'en', { year: 2022, figures: year(2022).petitions! });
    expect(english).toMatch(/^In 2023 there were 478 petitions, 62 fewer than in 2022 \(−11\.5%\): /);
  });

  it('give both mediation rates, stated and computed', () => {
    expect(mediationSummary(real.mediation!, 2024, 'zh-CN')).toBe('2024年受理矛盾纠纷案件99起，成功化解98起，按数计算成功率98.99%，报告所述成功率99%。');
  });

  it('count training sessions and compare the total', () => {
    expect(trainingSummary(real.training!, 2024, 'zh-CN')).toBe('2024年开展法治学习培训共41次：集中学习12次、理论学习中心组学习13次、执法业务培训16次。');
    expect(trainingSummary(year(2024).training!, 2024, 'en', { year: 2023, figures: year(2023).training! })).toContain('6 more than in 2023');
  });

  it('name the platforms and say when no figures are given', () => {
    expect(platformsSummary(real.platforms!, 2024, 'zh-CN')).toBe('2024年报告列出4个基层智治平台：党建统领、经济生态、平安法治、公共服务。报告未列出各平台的具体数据。');
  });
});
