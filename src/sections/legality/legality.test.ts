// The legality section: its view of the sample's years, and its extraction rules on the ways real reports write them.
import { describe, expect, it } from 'vitest';
import sample from '../../../demo/data/sample-multi-year.json';
import { drawnSvg } from '../../../tests/helpers/draw.js';
import { readPage } from '../../../tests/helpers/extract.js';
import { viewOf } from '../../../tests/helpers/sections.js';
import { deriveYear } from '../../data/derive.js';
import type { Dataset } from '../../data/schema.js';
import { warningText } from '../registry.js';
import { voiceOf } from '../section.js';
import type { Legality } from './schema.js';
import { legality } from './section.js';

const year = (y: number) => deriveYear(sample as Dataset, y);
/** The key figure of a year's figures (against `compared`), as the dashboard shows it in Chinese. */
const keyFigureOf = (figures: ReturnType<typeof year>, compared?: Legality) =>
  legality.keyFigure(
    figures.legality as Legality,
    compared,
    voiceOf(legality, 'zh-CN', undefined, { year: figures.year, comparedYear: 2023 }),
  );

describe('legality(2024, sample)', () => {
  const view = viewOf(legality, 'zh-CN', year(2024), year(2023));

  it('charts each kind reviewed with its share of all 77: 12 decisions, 4 normative documents, 61 contracts', () => {
    expect(view.points.map((point) => [point.label, point.markText, point.share])).toEqual([
      ['重大行政决策', '12件', '占总量 15.6%'],
      ['行政规范性文件', '4件', '占总量 5.2%'],
      ['合同', '61件', '占总量 79.2%'],
    ]);
    const svg = drawnSvg(view.chart, { width: 640, fontSize: 16, ariaLabel: 'chart' });
    expect([...svg.querySelectorAll('.fz-point')].map((point) => point.getAttribute('aria-label'))).toEqual([
      '重大行政决策，12件，占总量 15.6%',
      '行政规范性文件，4件，占总量 5.2%',
      '合同，61件，占总量 79.2%',
    ]);
  });

  it('puts the total above the chart, against 2023’s 68, and says it in the summary with each kind', () => {
    expect(view.headlines).toMatchObject([
      { label: '合法性审查（三类合计）', valueText: '77件', compared: { valueText: '68件' }, change: { text: '▲ +9，+13.2%' } },
    ]);
    expect(view.tableRows).toEqual(view.headlines);
    // The three kinds added up, said so: the report states no total.
    expect(view.summary).toBe('2024年合法性审查三类合计77件，比2023年增加9件（+13.2%）：重大行政决策12件、行政规范性文件4件、合同61件。');
    expect(viewOf(legality, 'en', year(2024), year(2023)).summary).toBe(
      'In 2024, the three kinds reviewed for legality add up to 77 documents, 9 more than in 2023 (+13.2%): Major administrative decisions 12, Normative documents 4, Contracts 61.',
    );
  });

  it('takes a kind a report leaves out for unknown, not zero: no bar for it, the kinds listed added up as such, and totals of different kinds not compared', () => {
    const figures = structuredClone(year(2024));
    delete figures.legality!.documents;
    const partial = viewOf(legality, 'zh-CN', figures, year(2023));
    // No share of a sum of some kinds: that is no share of the unit's reviews.
    expect(partial.points.map((point) => [point.label, point.markText, point.share])).toEqual([
      ['重大行政决策', '12件', undefined],
      ['合同', '61件', undefined],
    ]);
    // Not the unit's total of reviews: the kinds the report lists, added up, named, and a figure of their own.
    expect(partial.headlines).toHaveLength(1);
    expect(partial.headlines[0]).toMatchObject({ id: 'sum-decisions-contracts', label: '重大行政决策、合同合计', valueText: '73件' });
    expect(partial.headlines[0]).not.toHaveProperty('compared');
    expect(partial.headlines[0]).not.toHaveProperty('change');
    expect(partial.summary).toBe('2024年报告所列合法性审查73件：重大行政决策12件、合同61件。');
    expect(viewOf(legality, 'en', figures).summary).toBe(
      'In 2024, the kinds the report lists add up to 73 documents reviewed for legality: Major administrative decisions 12, Contracts 61.',
    );
    expect(keyFigureOf(figures)).toMatchObject({ label: '合法性审查（所列各类）', value: '73件' });
    expect(keyFigureOf(year(2024))).toMatchObject({ label: '合法性审查（三类合计）', value: '77件' });
    // Every kind added up is a figure of its own too, apart from a total a report states.
    expect(viewOf(legality, 'zh-CN', year(2024)).headlines[0]).toMatchObject({ id: 'sum', label: '合法性审查（三类合计）' });
  });

  it('charts a total stated alone as its one bar, once in the table', () => {
    const figures = { ...structuredClone(year(2024)), legality: { total: { value: 98, quote: '合法性审核98件' } } };
    const view = viewOf(legality, 'zh-CN', figures);
    expect(view.points.map((point) => [point.id, point.label, point.markText])).toEqual([['total', '合法性审查合计', '98件']]);
    expect(view.headlines.map((point) => point.label)).toEqual(['合法性审查合计']);
    expect(view.tableRows).toEqual([]);
    expect(view.summary).toBe('2024年合法性审查98件。');
  });

  it('takes the total the report states, with its words, over any sum: its kinds are shares of it, and a year stating one compares with another that does', () => {
    const stated = (value: number, documents: number) =>
      ({
        total: { value, quote: `对重大合同、行政规范性文件、重大行政决策等合法性审核${value}件` },
        documents: { value: documents, quote: `合法性审核规范性文件${documents}件` },
      }) as const;
    const figures = { ...structuredClone(year(2024)), legality: stated(98, 10) };
    const before = { ...structuredClone(year(2023)), legality: stated(90, 12) };
    const view = viewOf(legality, 'zh-CN', figures, before);
    expect(view.points.map((point) => [point.label, point.markText, point.share])).toEqual([['行政规范性文件', '10件', '占总量 10.2%']]);
    expect(view.headlines).toMatchObject([
      {
        id: 'total',
        label: '合法性审查合计',
        valueText: '98件',
        quote: '对重大合同、行政规范性文件、重大行政决策等合法性审核98件',
        change: { text: '▲ +8，+8.9%' },
      },
    ]);
    expect(view.summary).toBe('2024年合法性审查98件，比2023年增加8件（+8.9%），其中行政规范性文件10件。');
    expect(keyFigureOf(figures, before.legality)).toMatchObject({ label: '合法性审查', value: '98件', change: { text: '▲ +8，+8.9%' } });
    // A stated total is not compared with a sum of kinds.
    expect(viewOf(legality, 'zh-CN', figures, year(2023)).headlines[0]).not.toHaveProperty('change');
  });

  it('warns when the kinds a report lists add up to more than the total it states', () => {
    const legalityOf = { total: { value: 20, quote: '合法性审查20件' }, contracts: { value: 30, quote: '审查合同30份' } };
    const { warnings } = deriveYear({ ...sample, years: [{ ...sample.years[3], legality: legalityOf }] } as Dataset, 2024);
    expect(warnings.map((warning) => [warning.code, warning.path.join('.'), warningText(warning, 'zh-CN')])).toEqual([
      ['kinds-exceed-total', 'years.0.legality', '所列各类合计30件，多于报告所述合计20件（相差10件）。'],
    ]);
  });
});

describe('合法性审查 as real reports write it', () => {
  it('reads decisions and contracts reviewed: 组织行政决策合法性审查13次,审查监督合同文书43份', () => {
    const { year } = readPage('今年组织行政决策合法性审查13次,审查监督合同文书43份,发现整改法律问题135个。');
    expect(year.legality).toEqual({
      decisions: { value: 13, quote: '今年组织行政决策合法性审查13次' },
      contracts: { value: 43, quote: '审查监督合同文书43份' },
    });
  });

  it('reads normative documents and the town’s review of its and its villages’ contracts, never the kinds counted together', () => {
    const { year, unsure } = readPage(
      '全年对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查1090件，覆盖率达100%。其中，行政规范性文件审查2件，重大行政执法决定审查10件，其他事项审查1件，镇村合同审查1077件。',
    );
    expect(year.legality).toEqual({
      documents: { value: 2, quote: '行政规范性文件审查2件' },
      contracts: { value: 1077, quote: '镇村合同审查1077件' },
    });
    // A count of several kinds together, offered to a person as the total the report states.
    expect(unsure).toEqual(['legality.total 1090 kinds-together']);
  });

  it('reads contracts reviewed with 全年共: 全年共审查重大合同39份', () => {
    expect(readPage('为重大项目建设提供合法性审查“专班服务”,全年共审查重大合同39份,办理区级征求法律意见335件次。').year.legality).toEqual({
      contracts: { value: 39, quote: '全年共审查重大合同39份' },
    });
  });

  it('sends a count of several years (近三年累计, 2022—2024年共, 2022年至2024年, 2023年12月至2024年11月) to a person', () => {
    /** Each text's count: none in the data, and on the check list for `why`. */
    const toPerson = (why: string, texts: string[]) => {
      for (const text of texts) {
        const read = readPage(text);
        expect(read.year.legality, text).toBeUndefined();
        expect(
          read.unsure.map((item) => item.split(' ').at(-1)),
          text,
        ).toEqual([why]);
      }
    };
    toPerson('several-years', [
      '近三年累计审查合同300份。',
      '2022—2024年共审查重大行政决策15件。',
      '2022年至2024年累计审查合同300份。',
      '2023年12月至2024年11月，审查合同50份。',
      '近两年审查合同100份。',
      '近2年审查合同100份。',
      '“十四五”期间审查合同300份。',
      '十四五以来审查合同300份。',
      '本届政府以来审查合同300份。',
      '《法治政府建设实施纲要（2021—2025年）》实施以来，累计审查合同300份。',
      '2023年、2024年分别审查合同40份、50份。',
    ]);
    // Part of the year, from one month to another; 1 to 12 is the whole year.
    toPerson('part-of-year', ['2024年3月至11月审查合同50份。', '2024年3—11月审查合同50份。']);
    for (const text of ['2024年1月至12月审查合同50份。', '2024年1—12月审查合同50份。', '今年以来审查合同50份。', '年初以来审查合同50份。'])
      expect(readPage(text).year.legality, text).toEqual({ contracts: { value: 50, quote: text.slice(0, -1) } });
    // The year's own, after them: 今年 brings it back.
    expect(readPage('近三年累计审查合同300份，今年审查合同50份。').year.legality).toEqual({
      contracts: { value: 50, quote: '今年审查合同50份' },
    });
  });

  it('reads 约 inside a word (民约, 契约) as no approximation', () => {
    for (const text of ['全年审查各类合同、契约15份。', '全年审查村规民约12件。']) {
      const read = readPage(text);
      expect(read.words.length, text).toBe(1);
      expect(read.words.join(), text).not.toContain('约数');
    }
  });

  it('sends a village’s count and a legal adviser’s to a person, and takes no document made for one reviewed', () => {
    const village = readPage('指导各村审查村级合同56份。');
    expect(village.year.legality).toBeUndefined();
    expect(village.unsure).toEqual(['legality.contracts 56 not-unit-review']);
    const adviser = readPage('街道法律顾问全年审查合同协议87份，出具法律意见书24份。');
    expect(adviser.year.legality).toBeUndefined();
    expect(adviser.unsure).toEqual(['legality.contracts 87 legal-adviser']);
    expect(readPage('2024年我镇新制发规范性文件1件，并报司法局备案。').year.legality).toBeUndefined();
    expect(readPage('街道共作出重大行政决策16项，均严格履行了法定程序。').year.legality).toBeUndefined();
  });
});
