import { describe, expect, it } from 'vitest';
import type { ChartPoint } from '../../src/charts/types.js';
import { BOM, csvOf } from '../../src/export/csv.js';
import { messages } from '../../src/i18n/messages.js';

const t = messages['zh-CN'];

const point = (over: Partial<ChartPoint>): ChartPoint => ({
  id: 'x',
  label: '来访',
  value: 8,
  valueText: '8件',
  markText: '8件',
  name: '来访，8件',
  details: [],
  ...over,
});

const rowsOf = (text: string) => text.slice(BOM.length).split('\r\n');

describe('csvOf(tables)', () => {
  it('starts with a byte-order mark and ends each line with CRLF', () => {
    const text = csvOf([{ rows: [point({})] }], t);
    expect(text.startsWith('\uFEFF项目,数值,显示为,说明,报告原文\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    const text = csvOf([{ rows: [point({ quote: '来访8件，其中"重复"2件\n另计' })] }], t);
    expect(rowsOf(text)[1]).toBe('来访,8,8件,,"来访8件，其中""重复""2件\n另计"');
  });

  it('puts an apostrophe before words a spreadsheet would run as a formula, never before a number', () => {
    const text = csvOf([{ rows: [point({ label: '=HYPERLINK("http://x")', quote: '+1', details: ['@A1'] })] }], t);
    expect(rowsOf(text)[1]).toBe(`"'=HYPERLINK(""http://x"")",8,8件,'@A1,'+1`);
  });

  it('holds what a file can: a vertical tab becomes a space; other controls, U+FFFE, U+FFFF and half a surrogate pair go', () => {
    const text = csvOf(
      [
        {
          rows: [point({ label: '集中\u000B学习\u0000', quote: '\uFFFE来访\uD800\u001F8件\uFFFF😀', details: ['\uDC00说明'] })],
          caption: '标题\u0001',
        },
      ],
      t,
    );
    expect(rowsOf(text).slice(0, 3)).toEqual(['标题', '项目,数值,显示为,说明,报告原文', '集中 学习,8,8件,说明,来访8件😀']);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
    [' =1+1', "' =1+1"],
    ['  @A1', "'  @A1"],
    ['\u3000-1', "'\u3000-1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠A1', "'＠A1"],
    [' ＝1', "' ＝1"],
  ])('guards %j, which a spreadsheet may read as a formula, with an apostrophe', (quote, field) => {
    expect(
      rowsOf(csvOf([{ rows: [point({ quote })] }], t))
        .slice(1, -1)
        .join('\r\n'),
    ).toBe(`来访,8,8件,,${field}`);
  });

  it.each(['a=1', '１２', '−9.3%', '▼ −42', ' 来访', '（=1）'])('leaves %j as it is', (quote) => {
    expect(rowsOf(csvOf([{ rows: [point({ quote })] }], t))[1]).toBe(`来访,8,8件,,${quote}`);
  });

  it('leaves the number out of a value that is no figure of the report', () => {
    const text = csvOf([{ rows: [point({ label: '党建统领', value: 0, valueText: '报告未列数据', reported: false })] }], t);
    expect(rowsOf(text)[1]).toBe('党建统领,,报告未列数据,,');
  });

  it('writes each table under its caption, an empty line between', () => {
    const text = csvOf(
      [
        { rows: [point({})], caption: '信访件按渠道分布（北洋镇 · 2024年）' },
        { rows: [point({ label: '受理案件', value: 99, valueText: '99起' })], caption: '矛盾纠纷调解（北洋镇 · 2024年）' },
      ],
      t,
    );
    expect(rowsOf(text).slice(0, 5)).toEqual([
      '信访件按渠道分布（北洋镇 · 2024年）',
      '项目,数值,显示为,说明,报告原文',
      '来访,8,8件,,',
      '',
      '矛盾纠纷调解（北洋镇 · 2024年）',
    ]);
  });
});
