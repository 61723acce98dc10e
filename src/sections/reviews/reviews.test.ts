import { describe, expect, it } from 'vitest';
import sample from '../../../demo/data/sample-multi-year.json';
import { mutated } from '../../../tests/helpers/dataset.js';
import { drawnSvg } from '../../../tests/helpers/draw.js';
import { readPage } from '../../../tests/helpers/extract.js';
import { viewOf } from '../../../tests/helpers/sections.js';
import { expectSnapshot } from '../../../tests/helpers/snapshot.js';
import { deriveYear } from '../../data/derive.js';
import type { Dataset } from '../../data/schema.js';
import { formatPath } from '../../data/schema-kit.js';
import { datasetProblems } from '../../data/validate.js';
import { voiceOf } from '../section.js';
import { reviews } from './section.js';

const year = (y: number) => deriveYear(sample as Dataset, y);
const problemsOf = (value: unknown) => datasetProblems(value).map((p) => `${formatPath(p.path)} ${p.rule}`);

describe('行政复议与行政应诉 in the dataset', () => {
  it('is optional: the real 2024 report gives none, the sample gives 2022–2024', () => {
    expect(deriveYear(mutated(() => {}) as Dataset).reviews).toBeUndefined();
    expect([2021, 2022, 2023, 2024].map((y) => year(y).reviews !== undefined)).toEqual([false, true, true, true]);
  });

  it('needs reconsideration or litigation, each with a figure (any: a report may give lawsuits decided and lost only), and a rate between 0 and 1', () => {
    expect(problemsOf(mutated((d) => (d.years[0].reviews = {})))).toEqual(['years[0].reviews minProperties']);
    expect(problemsOf(mutated((d) => (d.years[0].reviews = { litigation: {} })))).toEqual(['years[0].reviews.litigation minProperties']);
    const decidedAndLost = { decided: { value: 521, quote: '行政诉讼结案521件' }, lost: { value: 38, quote: '败诉38件' } };
    expect(problemsOf(mutated((d) => (d.years[0].reviews = { litigation: decidedAndLost })))).toEqual([]);
    expect(problemsOf(mutated((d) => (d.years[0].reviews = { reconsideration: { corrected: { value: 3, quote: '纠错3件' } } })))).toEqual(
      [],
    );
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
      ['复议案件', '6件'],
      ['复议审结', '5件'],
      ['应诉案件', '6件'],
      ['应诉审结', '5件'],
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
    expect(view.summary).toBe('2024年行政复议案件6件，审结5件；发生行政应诉案件6件，审结5件，行政机关负责人出庭应诉率100%。');
    expect(viewOf(reviews, 'zh-CN', year(2024), year(2023)).summary).toBe(
      '2024年行政复议案件6件，比2023年增加2件（+50.0%），审结5件；发生行政应诉案件6件，与2023年持平，审结5件，行政机关负责人出庭应诉率100%。',
    );
    expect(viewOf(reviews, 'en', year(2024)).summary).toBe(
      'In 2024, the unit had 6 administrative reconsideration cases, and 5 decided. The unit answered 6 administrative lawsuits, and 5 were decided; agency heads appeared in court in 100% of them.',
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

describe('reviews with the figures real reports give: corrected, lost, and no cases received', () => {
  const given = (reviewsPart: object) => mutated((d) => (d.years[0].reviews = reviewsPart as never)) as Dataset;
  const countyOf2022 = given({
    reconsideration: { received: { value: 168, quote: '共收到行政复议申请168件' } },
    litigation: { decided: { value: 521, quote: '2022年我县行政诉讼结案521件' }, lost: { value: 38, quote: '败诉38件' } },
  });
  const withCorrected = given({
    reconsideration: {
      received: { value: 26, quote: '全年办理行政复议案件26件' },
      decided: { value: 24, quote: '审结24件' },
      corrected: { value: 3, quote: '纠错3件' },
    },
  });
  const at = (dataset: Dataset) => deriveYear(dataset, dataset.years[0].year);

  it('charts each figure the report gives, under its part: lost and corrected beside decided', () => {
    expect(viewOf(reviews, 'zh-CN', at(countyOf2022)).points.map((point) => [point.label, point.markText, point.quote])).toEqual([
      ['复议案件', '168件', '共收到行政复议申请168件'],
      ['应诉审结', '521件', '2022年我县行政诉讼结案521件'],
      ['应诉败诉', '38件', '败诉38件'],
    ]);
    expect(viewOf(reviews, 'en', at(withCorrected)).points.map((point) => [point.label, point.markText])).toEqual([
      ['Reconsiderations', '26'],
      ['Reconsiderations decided', '24'],
      ['Reconsiderations corrected', '3'],
    ]);
  });

  it('says what the report gives, in each language', () => {
    const year = countyOf2022.years[0].year;
    expect(viewOf(reviews, 'zh-CN', at(countyOf2022)).summary).toBe(`${year}年行政复议案件168件；行政应诉案件审结521件，败诉38件。`);
    expect(viewOf(reviews, 'en', at(countyOf2022)).summary).toBe(
      `In ${year}, the unit had 168 administrative reconsideration cases. 521 administrative lawsuits were decided, 38 of them lost.`,
    );
    expect(viewOf(reviews, 'zh-CN', at(withCorrected)).summary).toBe(`${year}年行政复议案件26件，审结24件，纠错3件。`);
    expect(viewOf(reviews, 'en', at(withCorrected)).summary).toBe(
      `In ${year}, the unit had 26 administrative reconsideration cases, 24 decided and 3 corrected.`,
    );
  });

  it('puts no count of cases on the dashboard when a part gives none received: decided is another measure', () => {
    const voice = voiceOf(reviews, 'zh-CN');
    expect(reviews.keyFigure(at(countyOf2022).reviews!, undefined, voice)).toBeUndefined();
    expect(reviews.keyFigure(at(withCorrected).reviews!, undefined, voice)).toEqual({
      label: '行政复议与应诉',
      value: '26件',
      change: undefined,
    });
  });
});

describe('行政复议 and 行政应诉 as real reports write them', () => {
  it('reads lawsuits decided and lost, never the rate lost: 行政诉讼结案521件,败诉38件,败诉率7.29%', () => {
    const { year } = readPage('2022年我县行政诉讼结案521件,败诉38件,败诉率7.29%,行政诉讼“双下降”工作考核位居全市第二。', 2022);
    expect(year.reviews).toEqual({
      litigation: { decided: { value: 521, quote: '2022年我县行政诉讼结案521件' }, lost: { value: 38, quote: '败诉38件' } },
    });
  });

  it('reads applications received, never a change or an approximate count: 共收到行政复议申请168件', () => {
    const { year, unsure } = readPage(
      '2022年,共收到行政复议申请168件,同比增加40%。通过行政复议纠错、调解撤回等手段避免近50件高败诉风险案件流入诉讼程序。',
      2022,
    );
    expect(year.reviews).toEqual({ reconsideration: { received: { value: 168, quote: '共收到行政复议申请168件' } } });
    expect(unsure).toEqual([]);
  });

  it('reads each part of a sentence on both: received, decided, corrected; lawsuits, decided, lost, heads in court', () => {
    const { year } = readPage(
      '全年行政复议案件26件，审结24件，纠错3件；发生行政诉讼案件12件，审结10件，败诉1件，行政机关负责人出庭应诉率100%。',
    );
    expect(year.reviews).toEqual({
      reconsideration: {
        received: { value: 26, quote: '全年行政复议案件26件' },
        decided: { value: 24, quote: '审结24件' },
        corrected: { value: 3, quote: '纠错3件' },
      },
      litigation: {
        received: { value: 12, quote: '发生行政诉讼案件12件' },
        decided: { value: 10, quote: '审结10件' },
        lost: { value: 1, quote: '败诉1件' },
        headAppearanceRate: { value: 1, quote: '行政机关负责人出庭应诉率100%' },
      },
    });
  });

  it('takes no count of cases handled (办理, with those carried over) for those received: a person looks at it; the new ones of it are those received', () => {
    const handled = readPage('2024年办理行政复议案件141件，调解75件。县政府办理行政诉讼案件18件，已结案件11件。');
    expect(handled.year.reviews).toBeUndefined();
    expect(handled.unsure).toEqual(['reviews.reconsideration.received 141 handled', 'reviews.litigation.received 18 handled']);
    const withNew = readPage('共办理行政复议案件26件，其中新收行政复议案件20件，审结24件。');
    expect(withNew.year.reviews).toEqual({
      reconsideration: { received: { value: 20, quote: '其中新收行政复议案件20件' }, decided: { value: 24, quote: '审结24件' } },
    });
    expect(withNew.unsure).toEqual(['reviews.reconsideration.received 26 handled']);
  });

  it('reads a bureau’s own reconsideration (被申请行政复议) as received', () => {
    expect(readPage('全年本局被申请行政复议3件，复议机关均维持原行政行为。').year.reviews).toEqual({
      reconsideration: { received: { value: 3, quote: '全年本局被申请行政复议3件' } },
    });
  });

  it('reads the verb before the cases: 审结, 办结 decided; 纠错 corrected; another (化解, 调解) no count of cases received', () => {
    expect(readPage('全年审结行政复议案件3件。').year.reviews).toEqual({
      reconsideration: { decided: { value: 3, quote: '全年审结行政复议案件3件' } },
    });
    expect(readPage('办结行政应诉案件4件。').year.reviews).toEqual({ litigation: { decided: { value: 4, quote: '办结行政应诉案件4件' } } });
    expect(readPage('审结行政诉讼案件5件。').year.reviews).toEqual({ litigation: { decided: { value: 5, quote: '审结行政诉讼案件5件' } } });
    expect(readPage('纠错行政复议案件1件。').year.reviews).toEqual({
      reconsideration: { corrected: { value: 1, quote: '纠错行政复议案件1件' } },
    });
    // A count the sentence says holds cases carried over (含…结转, 其中上年结转…) is no count of those received; new ones are.
    for (const [text, field] of [
      ['全年行政应诉案件5件（含2024年结转2件）。', 'reviews.litigation.received 5 handled'],
      ['全年行政复议案件4件，其中上年结转1件。', 'reviews.reconsideration.received 4 handled'],
      ['本年度发生行政诉讼案件5件，其中上年结转2件。', 'reviews.litigation.received 5 handled'],
    ]) {
      const read = readPage(text);
      expect(read.year.reviews, text).toBeUndefined();
      expect(read.unsure, text).toContain(field);
    }
    expect(readPage('2024年新发生行政复议案件3件，上年结转1件。').year.reviews).toEqual({
      reconsideration: { received: { value: 3, quote: '2024年新发生行政复议案件3件' } },
    });
    // 审理 (heard), as 办理: those carried over among them.
    expect(readPage('审理行政复议案件4件。').unsure).toEqual(['reviews.reconsideration.received 4 handled']);
    const other = readPage('化解行政复议案件3件。调解行政复议案件2件。');
    expect(other.year.reviews).toBeUndefined();
    expect(other.unsure).toEqual(['reviews.reconsideration.received 3 not-received', 'reviews.reconsideration.received 2 not-received']);
  });

  it('sends both kinds listed before one count (行政复议、行政诉讼案件8件) to a person', () => {
    for (const text of ['全年行政复议、行政诉讼案件8件。', '全年行政复议、行政诉讼案件共8件。']) {
      const listed = readPage(text);
      expect(listed.year.reviews, text).toBeUndefined();
      expect(listed.unsure, text).toEqual(['reviews 8 kinds-together']);
    }
  });

  it('takes no one else’s rate in court for the agency heads’: 律师出庭应诉率, 法律顾问出庭应诉率', () => {
    const others = readPage('律师出庭应诉率100%。法律顾问出庭应诉率100%。律师代理出庭应诉率100%。法律顾问参与出庭应诉率100%。');
    expect(others.year.reviews).toBeUndefined();
    expect(others.unsure).toEqual(Array(4).fill('reviews.litigation.headAppearanceRate 100 not-heads'));
    expect(readPage('负责人出庭应诉率达100%。').year.reviews?.litigation?.headAppearanceRate?.value).toBe(1);
    // 百分之百 in words, as some reports write it.
    const inWords = readPage('行政机关负责人出庭应诉率百分之百。');
    expect(inWords.year.reviews).toEqual({
      litigation: { headAppearanceRate: { value: 1, quote: '行政机关负责人出庭应诉率百分之百' } },
    });
    // Placed, so not listed again as a number left out.
    expect(inWords.words).toEqual([]);
  });

  it('counts cases in 起 as in 件, takes a part named with its count alone (行政诉讼14起, 行政复议8起) as cases received, and 负责人出庭率 as the heads’ rate', () => {
    // 杭州市余杭区五常街道's 2024 report (www.yuhang.gov.cn/art/2025/2/20/art_1229175915_4333185.html).
    const street = readPage('2024年街道诉讼案件72起,其中民事诉讼50起,行政诉讼14起,行政复议8起。');
    expect(street.year.reviews).toEqual({
      reconsideration: { received: { value: 8, quote: '行政复议8起' } },
      litigation: { received: { value: 14, quote: '行政诉讼14起' } },
    });
    expect(readPage('受理行政复议案件5起，审结3起，纠错1起。').year.reviews?.reconsideration).toEqual({
      received: { value: 5, quote: '受理行政复议案件5起' },
      decided: { value: 3, quote: '审结3起' },
      corrected: { value: 1, quote: '纠错1起' },
    });
    // Its heads' rate in court as it writes it (出庭率, of the heads it names).
    expect(readPage('行政诉讼调撤率达到83.33%,行政负责人出庭率100%。').year.reviews).toEqual({
      litigation: { headAppearanceRate: { value: 1, quote: '行政负责人出庭率100%' } },
    });
    // A part named alone starts its clause: suits the unit acted in or took part in, or the heads appeared in, are none
    // of its cases received; nor suits of several kinds listed with it (民事、刑事、行政诉讼14件).
    for (const text of [
      '全年代理行政诉讼8件。',
      '参与行政诉讼5件。',
      '协助上级处理行政复议6件。',
      '行政机关负责人出庭应诉行政诉讼12起。',
      '全年共审理民事、行政诉讼案件12起。',
    ])
      expect(readPage(text).year.reviews, text).toBeUndefined();
    const listed = readPage('2024年街道诉讼案件72起，其中民事、刑事、行政诉讼14件。');
    expect(listed.year.reviews).toBeUndefined();
    expect(listed.unsure).toEqual(['reviews 14 kinds-together']);
    // 起 in the other counts, and in a count of both parts together.
    expect(readPage('发生行政诉讼案件5起，败诉1起。').year.reviews?.litigation?.lost).toEqual({ value: 1, quote: '败诉1起' });
    expect(readPage('全年办理行政复议和行政诉讼案件12起。').unsure).toEqual(['reviews 12 kinds-together']);
    // Neither the suits of every kind (诉讼案件72起) nor a civil one's.
    expect(readPage('2024年街道诉讼案件72起，其中民事诉讼50起。').year.reviews).toBeUndefined();
  });

  it('reads cases received and decided together (受理并审结行政复议案件3件) as both, from the one clause', () => {
    const both = readPage('受理并审结行政复议案件3件。全年收到并办结行政诉讼案件2件。');
    expect(both.year.reviews).toEqual({
      reconsideration: {
        received: { value: 3, quote: '受理并审结行政复议案件3件' },
        decided: { value: 3, quote: '受理并审结行政复议案件3件' },
      },
      litigation: {
        received: { value: 2, quote: '全年收到并办结行政诉讼案件2件' },
        decided: { value: 2, quote: '全年收到并办结行政诉讼案件2件' },
      },
    });
    expect(both.unsure).toEqual([]);
    // Not received (不予受理并审结…): neither.
    expect(readPage('不予受理行政复议申请3件。').year.reviews).toBeUndefined();
    expect(readPage('不予受理并审结行政复议案件3件。').year.reviews).toBeUndefined();
    // A received-and-decided count in doubt: both for a person.
    expect(readPage('2023年受理并审结行政复议案件3件。').unsure).toEqual([
      'reviews.reconsideration.received 3 other-year',
      'reviews.reconsideration.decided 3 other-year',
    ]);
    // Received alone, or received and then decided: each its own.
    expect(readPage('受理行政复议案件3件。').year.reviews?.reconsideration?.decided).toBeUndefined();
    expect(readPage('受理行政复议案件5件，审结3件。').year.reviews?.reconsideration).toEqual({
      received: { value: 5, quote: '受理行政复议案件5件' },
      decided: { value: 3, quote: '审结3件' },
    });
  });

  it('asks a person whose rate in court it is when its sentence names no agency head (出庭应诉率100%, 行政机关出庭应诉率)', () => {
    for (const text of [
      '全年发生行政诉讼案件3件，出庭应诉率100%。',
      '行政机关出庭应诉率达100%。',
      '应诉案件出庭应诉率百分之百。',
      '在区委领导下，全年行政应诉案件出庭应诉率100%。',
    ]) {
      const unnamed = readPage(text);
      expect(unnamed.year.reviews?.litigation?.headAppearanceRate, text).toBeUndefined();
      expect(unnamed.unsure, text).toContain('reviews.litigation.headAppearanceRate 100 heads-unnamed');
    }
    // Heads of bodies named for something else before it in its sentence: still no one's rate in court.
    const others = readPage('各部门负责人参加法治培训，行政应诉案件出庭应诉率100%。');
    expect(others.year.reviews?.litigation?.headAppearanceRate).toBeUndefined();
    expect(others.unsure).toContain('reviews.litigation.headAppearanceRate 100 heads-unnamed');
    // An unnamed rate, then the heads': theirs is its own figure, no part of the first.
    const then = readPage('行政应诉案件出庭应诉率100%，其中负责人出庭率80%。');
    expect(then.year.reviews?.litigation?.headAppearanceRate).toEqual({ value: 0.8, quote: '其中负责人出庭率80%' });
    // Named in its clause, or their appearing in court named before it in its sentence: theirs.
    for (const text of [
      '落实行政机关负责人出庭应诉制度，出庭应诉率100%。',
      '行政机关主要领导出庭应诉率100%。',
      '一把手出庭应诉率100%。',
      '行政首长出庭应诉率100%。',
    ]) {
      const named = readPage(text);
      expect(named.year.reviews?.litigation?.headAppearanceRate?.value, text).toBe(1);
      expect(named.unsure, text).toEqual([]);
    }
  });

  it('sends cases of both kinds counted together, another year’s, or more lost than decided, to a person', () => {
    const together = readPage('全年办理行政复议和行政诉讼案件12件。');
    expect(together.year.reviews).toBeUndefined();
    expect(together.unsure).toEqual(['reviews 12 kinds-together']);
    const earlier = readPage('2023年共收到行政复议申请20件。');
    expect(earlier.year.reviews).toBeUndefined();
    expect(earlier.unsure).toEqual(['reviews.reconsideration.received 20 other-year']);
    const lost = readPage('行政诉讼结案5件，败诉8件。');
    expect(lost.year.reviews).toBeUndefined();
    expect(lost.unsure).toEqual(['reviews.litigation.decided 5 lost-above-decided', 'reviews.litigation.lost 8 lost-above-decided']);
  });
});
