import { describe, expect, it } from 'vitest';
import sample from '../../demo/data/sample-multi-year.json';
import { deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { formatPath } from '../../src/data/schema-kit.js';
import { datasetProblems } from '../../src/data/validate.js';
import { reviews } from '../../src/sections/reviews/section.js';
import { voiceOf } from '../../src/sections/section.js';
import { mutated } from '../helpers/dataset.js';
import { drawnSvg } from '../helpers/draw.js';
import { viewOf } from '../helpers/sections.js';
import { expectSnapshot } from '../helpers/snapshot.js';

const year = (y: number) => deriveYear(sample as Dataset, y);
const problemsOf = (value: unknown) => datasetProblems(value).map((p) => `${formatPath(p.path)} ${p.rule}`);

describe('行政复议与行政应诉 in the dataset', () => {
  it('is optional: the real 2024 report gives none, the sample gives 2022–2024', () => {
    expect(deriveYear(mutated(() => {}) as Dataset).reviews).toBeUndefined();
    expect([2021, 2022, 2023, 2024].map((y) => year(y).reviews !== undefined)).toEqual([false, true, true, true]);
  });

  it('needs reconsideration or litigation, each with the cases received, and a rate between 0 and 1', () => {
    expect(problemsOf(mutated((d) => (d.years[0].reviews = {})))).toEqual(['years[0].reviews minProperties']);
    expect(problemsOf(mutated((d) => (d.years[0].reviews = { litigation: { decided: { value: 1, quote: '审结1件' } } })))).toEqual([
      'years[0].reviews.litigation.received required',
    ]);
    const rate = { received: { value: 2, quote: '应诉2件' }, headAppearanceRate: { value: 100, quote: '出庭应诉率100%' } };
    expect(problemsOf(mutated((d) => (d.years[0].reviews = { litigation: rate })))).toEqual([
      'years[0].reviews.litigation.headAppearanceRate.value maximum',
    ]);
  });
});

describe('reviews(2024, sample)', () => {
  const view = viewOf(reviews, 'zh-CN', year(2024));

  it('charts cases received and decided under 行政复议 and 行政应诉, on one scale', () => {
    expect(view.points.map((point) => [point.label, point.markText])).toEqual([
      ['收到申请', '6件'],
      ['审结', '5件'],
      ['应诉案件', '6件'],
      ['审结', '5件'],
    ]);
    const svg = drawnSvg(view.chart, { width: 640, fontSize: 16, ariaLabel: 'chart' });
    const headings = [...svg.querySelectorAll('.fz-heading text')].map((text) => text.textContent);
    expect(headings).toEqual(['行政复议', '行政应诉']);
    expect(svg.querySelectorAll('.fz-point')).toHaveLength(4);
  });

  it('states the rate of agency heads appearing in court as the report does, with its words', () => {
    expect(view.headlines[0]).toMatchObject({
      label: '行政机关负责人出庭应诉率',
      valueText: '100%',
      quote: '（示例）行政机关负责人出庭应诉率100%',
    });
    expect(view.tableRows).toEqual(view.headlines);
  });

  it('says it in one sentence, and the changes when comparing', () => {
    expect(view.summary).toBe('2024年收到行政复议申请6件，审结5件；办理行政应诉案件6件，审结5件，行政机关负责人出庭应诉率100%。');
    expect(viewOf(reviews, 'zh-CN', year(2024), year(2023)).summary).toBe(
      '2024年收到行政复议申请6件，比2023年增加2件（+50.0%），审结5件；办理行政应诉案件6件，与2023年持平，审结5件，行政机关负责人出庭应诉率100%。',
    );
    expect(viewOf(reviews, 'en', year(2024)).summary).toBe(
      'In 2024, 6 applications for administrative reconsideration were received, and 5 decided. The unit answered 6 administrative lawsuits, and 5 were decided; agency heads appeared in court in 100% of them.',
    );
  });

  it('compares each figure with the same figure of the compared year, and the rate in percentage points', () => {
    const compared = viewOf(reviews, 'zh-CN', year(2023), year(2022));
    expect(compared.points.map((point) => point.change?.text)).toEqual(['▲ +1，+33.3%', '▲ +1，+33.3%', '▲ +1，+20.0%', '▲ +2，+50.0%']);
    expect(compared.headlines[0]?.change?.text).toBe('▲ +20个百分点');
  });

  it('never compares with a year whose report lacks it', () => {
    const against2021 = viewOf(reviews, 'zh-CN', year(2022), year(2021));
    expect(against2021.points.every((point) => point.change === undefined && point.compared === undefined)).toBe(true);
  });

  it('puts the rate on the dashboard, or the cases when the report gives no rate', () => {
    const voice = voiceOf(reviews, 'zh-CN');
    expect(reviews.keyFigure(year(2024).reviews!, year(2023).reviews, voice)).toEqual({
      label: '负责人出庭应诉率',
      value: '100%',
      change: { direction: 'same', text: '● 0个百分点' },
    });
    const noRate = {
      litigation: { received: { value: 4, quote: '应诉4件' } },
      reconsideration: { received: { value: 2, quote: '复议2件' } },
    };
    expect(reviews.keyFigure(noRate, undefined, voice)).toEqual({ label: '行政复议与应诉', value: '6件', change: undefined });
    const litigationOnly = { litigation: { received: { value: 3, quote: '应诉3件' } } };
    expect(reviews.keyFigure(noRate, litigationOnly, voice)?.change).toBeUndefined();
    expect(
      reviews.keyFigure(noRate, { ...litigationOnly, reconsideration: { received: { value: 1, quote: '复议1件' } } }, voice)?.change?.text,
    ).toBe('▲ +2，+50.0%');
  });

  it('is drawn as its snapshot', () => {
    expectSnapshot(drawnSvg(view.chart, { width: 640, fontSize: 16, ariaLabel: 'chart' }), 'reviews');
  });
});
