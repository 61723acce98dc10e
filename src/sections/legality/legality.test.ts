// The legality section: its view of the sample's years, and its extraction rules on the ways real reports write them.
import { describe, expect, it } from 'vitest';
import sample from '../../../demo/data/sample-multi-year.json';
import { drawnSvg } from '../../../tests/helpers/draw.js';
import { readPage } from '../../../tests/helpers/extract.js';
import { viewOf } from '../../../tests/helpers/sections.js';
import { deriveYear } from '../../data/derive.js';
import type { Dataset } from '../../data/schema.js';
import { legality } from './section.js';

const year = (y: number) => deriveYear(sample as Dataset, y);

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
      { label: '合法性审查合计', valueText: '77件', compared: { valueText: '68件' }, change: { text: '▲ +9，+13.2%' } },
    ]);
    expect(view.tableRows).toEqual(view.headlines);
    expect(view.summary).toBe('2024年合法性审查77件，比2023年增加9件（+13.2%）：重大行政决策12件、行政规范性文件4件、合同61件。');
    expect(viewOf(legality, 'en', year(2024), year(2023)).summary).toBe(
      'In 2024, 77 documents were reviewed for legality, 9 more than in 2023 (+13.2%): Major administrative decisions 12, Normative documents 4, Contracts 61.',
    );
  });

  it('takes a kind a report leaves out for unknown, not zero: no bar for it, and totals of different kinds are not compared', () => {
    const figures = structuredClone(year(2024));
    delete figures.legality!.documents;
    const partial = viewOf(legality, 'zh-CN', figures, year(2023));
    expect(partial.points.map((point) => [point.label, point.markText, point.share])).toEqual([
      ['重大行政决策', '12件', '占总量 16.4%'],
      ['合同', '61件', '占总量 83.6%'],
    ]);
    expect(partial.headlines).toHaveLength(1);
    expect(partial.headlines[0]).toMatchObject({ label: '合法性审查合计', valueText: '73件' });
    expect(partial.headlines[0]).not.toHaveProperty('compared');
    expect(partial.headlines[0]).not.toHaveProperty('change');
    expect(partial.summary).toBe('2024年合法性审查73件：重大行政决策12件、合同61件。');
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
    expect(unsure).toEqual(['legality 1090 kinds-together']);
  });

  it('reads contracts reviewed with 全年共: 全年共审查重大合同39份', () => {
    expect(readPage('为重大项目建设提供合法性审查“专班服务”,全年共审查重大合同39份,办理区级征求法律意见335件次。').year.legality).toEqual({
      contracts: { value: 39, quote: '全年共审查重大合同39份' },
    });
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
