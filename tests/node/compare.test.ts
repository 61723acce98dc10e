import { describe, expect, it } from 'vitest';
import sample from '../../demo/data/sample-multi-year.json';
import { comparisonYear, deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { datasetProblems } from '../../src/data/validate.js';
import { countChange, rateChange } from '../../src/i18n/change.js';
import { type Lang, numberFormat } from '../../src/i18n/format.js';
import { messages } from '../../src/i18n/messages.js';
import { mediation } from '../../src/sections/mediation/section.js';
import { petitions } from '../../src/sections/petitions/section.js';
import { platforms } from '../../src/sections/platforms/section.js';
import { voiceOf } from '../../src/sections/section.js';
import { training } from '../../src/sections/training/section.js';
import { beiyangFigures as real, viewOf } from '../helpers/sections.js';

const dataset = sample as Dataset;
const year = (y: number) => deriveYear(dataset, y);
const change = (current: number, compared: number, lang: Lang) => countChange(current, compared, messages[lang], numberFormat(lang));
const pointsChange = (current: number, compared: number, lang: Lang) => rateChange(current, compared, messages[lang], numberFormat(lang));

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

describe('countChange', () => {
  it('marks a fall with ▼ and a minus sign: 478 → 354 is ▼ −124, −25.9%', () => {
    expect(change(354, 478, 'zh-CN')).toEqual({ direction: 'down', text: '▼ −124，−25.9%' });
    expect(change(354, 478, 'en')).toEqual({ direction: 'down', text: '▼ −124, −25.9%' });
  });

  it('marks a rise with ▲ and a plus sign: 50 → 62 is ▲ +12, +24.0%', () => {
    expect(change(62, 50, 'en')).toEqual({ direction: 'up', text: '▲ +12, +24.0%' });
  });

  it('says no change with ● and words', () => {
    expect(change(12, 12, 'zh-CN')).toEqual({ direction: 'same', text: '● 0，持平' });
  });

  it('gives no percentage from zero', () => {
    expect(change(5, 0, 'en').text).toBe('▲ +5');
  });
});

describe('rateChange', () => {
  it('speaks in percentage points: 95% → 98.99% is ▲ +3.99个百分点', () => {
    expect(pointsChange(98 / 99, 0.95, 'zh-CN')).toEqual({ direction: 'up', text: '▲ +3.99个百分点' });
    expect(pointsChange(0.9, 0.95, 'en')).toEqual({ direction: 'down', text: '▼ −5 pp' });
  });
});

describe('a change in words, for key figures, headlines, tables, slides, the deck and the handout', () => {
  const said = (year: number, comparedYear: number, count?: (n: string) => string) => ({ year, comparedYear, count });
  const piece = (n: string) => `${n}件`;

  it('says 比上年减少62件（−11.5%） against the year before, and names any other year', () => {
    const zh = messages['zh-CN'];
    const n = numberFormat('zh-CN');
    expect(countChange(478, 540, zh, n, said(2023, 2022, piece))).toEqual({
      direction: 'down',
      text: '▼ −62，−11.5%',
      words: '比上年减少62件（−11.5%）',
    });
    expect(countChange(478, 540, zh, n, said(2023, 2021, piece)).words).toBe('比2021年减少62件（−11.5%）');
    expect(countChange(12, 12, zh, n, said(2024, 2023)).words).toBe('与上年持平');
    expect(rateChange(0.98, 0.97, zh, n, said(2024, 2023)).words).toBe('比上年提高1个百分点');
  });

  it('says 62 fewer than in 2022 (−11.5%) in English, naming the year before too', () => {
    const n = numberFormat('en');
    expect(countChange(478, 540, messages.en, n, said(2023, 2022)).words).toBe('62 fewer than in 2022 (−11.5%)');
    expect(rateChange(0.9, 0.95, messages.en, n, said(2023, 2021)).words).toBe('5 pp lower than in 2021');
  });

  it('is what the key figure and the figure above the chart say when comparing', () => {
    const years = { year: 2023, comparedYear: 2022 };
    const figure = petitions.keyFigure(year(2023).petitions!, year(2022).petitions, voiceOf(petitions, 'zh-CN', undefined, years));
    expect(figure?.change?.words).toBe('比上年减少62件（−11.5%）');
    const view = petitions.view(
      year(2023).petitions!,
      2023,
      { year: 2022, figures: year(2022).petitions },
      voiceOf(petitions, 'en', undefined, years),
    );
    expect(view.headlines[0].change?.words).toBe('62 fewer than in 2022 (−11.5%)');
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
  it('carry the compared value and the change', () => {
    const [hotline] = viewOf(petitions, 'zh-CN', year(2023), year(2022)).points;
    expect(hotline).toMatchObject({
      label: '12345热线',
      markText: '410件',
      compared: { value: 452, valueText: '452件' },
      change: { direction: 'down', text: '▼ −42，−9.3%' },
    });
  });

  it('never take a kind the compared report lacks for zero', () => {
    const earlier = year(2022);
    const lacking = { ...earlier, training: { ...earlier.training!, items: earlier.training!.items.slice(1) } };
    const [first] = viewOf(training, 'en', year(2023), lacking).points;
    expect(first.compared).toBeUndefined();
    expect(first.change).toEqual({ direction: 'none', text: 'not in the compared year’s report' });
  });
});

describe('rates compared with a year whose report lacks them', () => {
  it('say so, above the chart and in the table, instead of leaving the change out', () => {
    const lacking = { ...year(2022), mediation: { ...year(2022).mediation!, statedRate: undefined } };
    const view = viewOf(mediation, 'zh-CN', year(2023), lacking);
    expect(view.headlines[0]).toMatchObject({
      label: '报告所述调解成功率',
      valueText: '97%',
      change: { direction: 'none', text: '对比年份未列出' },
    });
    expect(view.tableRows![0].change).toEqual({ direction: 'none', text: '对比年份未列出' });
    // 89 ÷ 92 rounds to the stated 97%: the computed rate and its change are in the table.
    expect(view.headlines).toHaveLength(1);
    expect(view.tableRows![1].change?.text).toBe('▲ +1.5个百分点');
  });
});

describe('summaries', () => {
  it('say the 2024 petitions in one sentence', () => {
    expect(viewOf(petitions).summary).toBe(
      '2024年信访总量393件；其中12345热线354件（占90.1%）、来访8件（占2.0%）、来信2件（占0.5%）、网信29件（占7.4%）。涉及省级来信2件、市级来访4件、重复件5件。',
    );
  });

  it('state the change when comparing', () => {
    expect(viewOf(petitions, 'zh-CN', year(2023), year(2022)).summary).toMatch(/^2023年信访总量478件，比2022年减少62件（−11\.5%）；/);
    expect(viewOf(petitions, 'en', year(2023), year(2022)).summary).toMatch(
      /^In 2023 there were 478 petitions, 62 fewer than in 2022 \(−11\.5%\): /,
    );
  });

  it('give the stated mediation rate alone when the counts round to it', () => {
    expect(viewOf(mediation).summary).toBe('2024年受理矛盾纠纷案件99起，成功化解98起，成功率99%。');
  });

  it('count training sessions, their sum said to be of the kinds the report lists (no report of ours states one), and compare it', () => {
    expect(viewOf(training).summary).toBe('2024年度报告列出的学习培训：集中学习12次、理论学习中心组学习13次、执法业务培训16次，合计41次。');
    expect(viewOf(training, 'en').summary).toBe(
      'Study and training sessions listed in the 2024 report: Group study sessions 12, Theory study group sessions 13, Law-enforcement training 16; 41 in all.',
    );
    expect(viewOf(training, 'en', year(2024), year(2023)).summary).toMatch(/; 43 in all, 6 more than in 2023 \(/);
    // One kind is its own sum: no 合计 that says it again.
    const one = { ...real, training: { ...real.training!, total: 12, items: real.training!.items.slice(0, 1) } };
    expect(viewOf(training, 'zh-CN', one).summary).toBe('2024年度报告列出的学习培训：集中学习12次。');
  });

  it('name the platforms (that no figures are given is said once, under the diagram)', () => {
    expect(viewOf(platforms, 'zh-CN', real).summary).toBe('2024年报告列出4个基层智治平台：党建统领、经济生态、平安法治、公共服务。');
  });
});
