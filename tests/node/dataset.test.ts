import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import collectionSchemaFile from '../../data/collection-schema.json';
import schemaFile from '../../data/schema.json';
import { collectionJsonSchema } from '../../src/data/collection.js';
import { quotedFigures, unquotedFigures } from '../../src/data/quoted.js';
import { datasetJsonSchema } from '../../src/data/schema.js';
import { formatPath } from '../../src/data/schema-kit.js';
import { DatasetError, datasetProblems, parseDataset, parseDatasetText } from '../../src/data/validate.js';
import { messages } from '../../src/i18n/messages.js';
import { mutated } from '../helpers/dataset.js';

const report = readFileSync(new URL('../../data/reports/beiyang-2024.txt', import.meta.url), 'utf8');

/** Every `{ value, quote }` in the dataset, with its JSON path as written. */
const figuresIn = (value: unknown) => quotedFigures(value).map((figure) => ({ ...figure, path: formatPath(figure.path) }));

const problemsOf = (value: unknown) => datasetProblems(value).map((p) => `${formatPath(p.path)} ${p.rule}`);

describe('data/beiyang.json', () => {
  it('is valid against the schema', () => {
    expect(datasetProblems(beiyang)).toEqual([]);
  });

  it('quotes the 2024 report word for word for every figure', () => {
    const figures = figuresIn(beiyang);
    expect(figures.length).toBe(14);
    for (const figure of figures) expect(report, figure.path).toContain(figure.quote);
    for (const platform of beiyang.years[0].platforms) expect(report).toContain(platform.quote);
  });

  it('has each figure in the words quoted for it (0.99 as 99%)', () => {
    expect(unquotedFigures(beiyang)).toEqual([]);
    // The check sees a figure its words do not hold.
    expect(unquotedFigures(mutated((d) => (d.years[0].petitions.total.value = 394))).map((figure) => formatPath(figure.path))).toEqual([
      'years[0].petitions.total',
    ]);
  });

  it('holds the 2024 figures: 393 petitions (354, 8, 2, 29), flags 2, 4, 5, mediation 99/98, training 12, 13, 16', () => {
    const [year] = beiyang.years;
    expect(year.petitions.total.value).toBe(393);
    expect(year.petitions.channels.map((c) => c.value)).toEqual([354, 8, 2, 29]);
    expect(year.petitions.flags.map((c) => c.value)).toEqual([2, 4, 5]);
    expect([year.mediation.accepted.value, year.mediation.resolved.value, year.mediation.statedRate.value]).toEqual([99, 98, 0.99]);
    expect(year.training.map((t) => t.value)).toEqual([12, 13, 16]);
    expect(year.platforms.map((p) => (p.label as { 'zh-CN': string })['zh-CN'])).toEqual(['党建统领', '经济生态', '平安法治', '公共服务']);
    expect(beiyang.sample).toBe(false);
  });

  it('platform quotes name the platform', () => {
    for (const platform of beiyang.years[0].platforms) expect(platform.quote).toContain(platform.label['zh-CN']);
  });
});

describe('data/schema.json', () => {
  it('is the schema src/data/schema.ts defines (npm run schema rewrites it)', () => {
    expect(schemaFile).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });
});

describe('data/collection-schema.json', () => {
  it('is the schema src/data/collection.ts defines (npm run schema rewrites it)', () => {
    expect(collectionSchemaFile).toEqual(JSON.parse(JSON.stringify(collectionJsonSchema())));
  });
});

type Change = (dataset: any) => unknown;

describe('datasetProblems(value) names the field and the rule broken', () => {
  it.each<[string, Change, string]>([
    ['a count of the wrong type', (d) => (d.years[0].petitions.total.value = '393'), 'years[0].petitions.total.value type'],
    ['a missing required field', (d) => delete d.years[0].mediation.accepted.quote, 'years[0].mediation.accepted.quote required'],
    ['a negative count', (d) => (d.years[0].training[1].value = -13), 'years[0].training[1].value minimum'],
    ['a fractional count', (d) => (d.years[0].petitions.channels[2].value = 2.5), 'years[0].petitions.channels[2].value type'],
    ['an absurd count', (d) => (d.years[0].petitions.channels[0].value = 3_540_000_000), 'years[0].petitions.channels[0].value maximum'],
    ['a rate above 1', (d) => (d.years[0].mediation.statedRate.value = 99), 'years[0].mediation.statedRate.value maximum'],
    ['a rate below 0', (d) => (d.years[0].mediation.statedRate.value = -0.1), 'years[0].mediation.statedRate.value minimum'],
    ['an unknown schemaVersion', (d) => (d.schemaVersion = 2), 'schemaVersion const'],
    ['an empty list of channels', (d) => (d.years[0].petitions.channels = []), 'years[0].petitions.channels minItems'],
    ['an empty list of years', (d) => (d.years = []), 'years minItems'],
    ['an empty quote', (d) => (d.years[0].training[0].quote = ''), 'years[0].training[0].quote minLength'],
    ['a label with no Chinese name', (d) => (d.years[0].training[0].label = { en: 'Study' }), 'years[0].training[0].label.zh-CN required'],
    ['a label of the wrong type', (d) => (d.unit.name = 7), 'unit.name type'],
    ['a date not written YYYY-MM-DD', (d) => (d.years[0].source.date = '2025年2月24日'), 'years[0].source.date pattern'],
    ['a date no calendar has', (d) => (d.years[0].source.date = '2025-02-30'), 'years[0].source.date pattern'],
    ['a 29 February of a year that has none', (d) => (d.years[0].source.date = '2025-02-29'), 'years[0].source.date pattern'],
    ['a javascript: url', (d) => (d.years[0].source.url = 'javascript:alert(1)'), 'years[0].source.url pattern'],
    ['a duplicate year', (d) => d.years.push(structuredClone(d.years[0])), 'years[1].year duplicate'],
    [
      'a duplicate channel id',
      (d) => (d.years[0].petitions.channels[1].id = 'hotline-12345'),
      'years[0].petitions.channels[1].id duplicate',
    ],
  ])('%s', (_name, change, expected) => {
    expect(problemsOf(mutated(change))).toEqual([expected]);
  });

  it('NaN and Infinity, which a script can put in the data property, as what they are', () => {
    expect(problemsOf(mutated((d) => (d.years[0].mediation.statedRate.value = NaN)))).toEqual(['years[0].mediation.statedRate.value type']);
    expect(problemsOf(mutated((d) => (d.years[0].training[0].value = Infinity)))).toEqual(['years[0].training[0].value type']);
  });

  it('the root not an object', () => {
    expect(problemsOf([])).toEqual(['(root) type']);
    expect(problemsOf(null)).toEqual(['(root) type']);
  });

  it('lists every problem, not only the first', () => {
    const value = mutated((d) => {
      d.years[0].petitions.total.value = -1;
      delete d.unit.id;
    });
    expect(problemsOf(value)).toEqual(['unit.id required', 'years[0].petitions.total.value minimum']);
  });

  it('accepts a plain-string label, another town’s channels and a year without mediation', () => {
    const value = mutated((d) => {
      d.unit.name = '某镇';
      d.years[0].petitions.channels = [{ id: 'hotline-8890', label: '8890热线', value: 393, quote: '8890热线393件' }];
      delete d.years[0].mediation;
    });
    expect(datasetProblems(value)).toEqual([]);
  });
});

describe('datasetProblems(value) refuses a character no file can hold, naming it by its code', () => {
  const problemOf = (value: unknown) => datasetProblems(value).map((p) => `${formatPath(p.path)} ${p.rule} ${p.actual} at ${p.at}`);

  it.each<[string, Change, string]>([
    [
      'a vertical tab (Word’s Shift+Enter) in a label',
      (d) => (d.years[0].training[0].label['zh-CN'] = '集中\u000B学习'),
      'years[0].training[0].label.zh-CN character U+000B at 3',
    ],
    ['a NUL in the unit’s name', (d) => (d.unit.name['zh-CN'] = '北洋镇\u0000'), 'unit.name.zh-CN character U+0000 at 4'],
    [
      'a unit separator in the publisher',
      (d) => (d.years[0].source.publisher = '\u001F北洋镇'),
      'years[0].source.publisher character U+001F at 1',
    ],
    [
      'a DEL in a quote',
      (d) => (d.years[0].petitions.total.quote = '全年信访\u007F总量393条'),
      'years[0].petitions.total.quote character U+007F at 5',
    ],
    [
      'U+FFFE in a platform’s note',
      (d) => (d.years[0].platforms[0].notes = ['网格\uFFFE']),
      'years[0].platforms[0].notes[0] character U+FFFE at 3',
    ],
    ['U+FFFF in the title', (d) => (d.years[0].source.title = '\uFFFF'), 'years[0].source.title character U+FFFF at 1'],
    [
      'half of a surrogate pair in an English label',
      (d) => (d.years[0].petitions.channels[0].label.en = 'hotline \uD83D'),
      'years[0].petitions.channels[0].label.en character U+D83D at 9',
    ],
    [
      'a lone low surrogate in an id, said as such rather than as a bad id',
      (d) => (d.unit.id = 'bei\uDC00'),
      'unit.id character U+DC00 at 4',
    ],
    [
      'a line feed in a label, which is one line',
      (d) => (d.years[0].training[0].label['zh-CN'] = '集中\n学习'),
      'years[0].training[0].label.zh-CN character U+000A at 3',
    ],
    ['a tab in a date', (d) => (d.years[0].source.date = '2025-02-24\t'), 'years[0].source.date character U+0009 at 11'],
  ])('%s', (_name, change, expected) => {
    expect(problemOf(mutated(change))).toEqual([expected]);
  });

  it('counts the place as a reader does: an emoji before it is one character', () => {
    expect(problemOf(mutated((d) => (d.unit.name['zh-CN'] = '😀镇\u000B')))).toEqual(['unit.name.zh-CN character U+000B at 3']);
  });

  it('lets a quote keep the line breaks and tabs of the report’s words; emoji, marks of direction and CJK punctuation anywhere', () => {
    const value = mutated((d) => {
      d.years[0].petitions.total.quote = '全年信访总量\r\n393条\t（含重复）';
      d.unit.name = { 'zh-CN': '北洋镇「试点」😀', en: '\u200FBeiyang\u200E <&>"\' ]]>' };
    });
    expect(datasetProblems(value)).toEqual([]);
  });

  it('says the character’s code in both languages', () => {
    const [control, noncharacter, surrogate] = [
      (d: any) => (d.years[0].training[0].label['zh-CN'] = '集中\u000B学习'),
      (d: any) => (d.years[0].source.title = '\uFFFF'),
      (d: any) => (d.unit.name.en = 'x\uD83D'),
    ].map((change) => datasetProblems(mutated(change))[0]);
    expect(messages['zh-CN'].problem(control)).toBe('第 3 个字符 U+000B 是看不见的控制字符，请删除');
    expect(messages.en.problem(control)).toBe('character 3 is U+000B, an invisible control character; delete it');
    expect(messages['zh-CN'].problem(noncharacter)).toBe('第 1 个字符 U+FFFF 不是可用的字符，请删除');
    expect(messages.en.problem(noncharacter)).toBe('character 1 is U+FFFF, which is not a character; delete it');
    expect(messages['zh-CN'].problem(surrogate)).toBe('第 2 个字符 U+D83D 是残缺的字符（只有代理对的一半），请删除');
    expect(messages.en.problem(surrogate)).toBe('character 2 is U+D83D, half of a character (one of a surrogate pair); delete it');
  });

  it('refuses such a dataset given through the data property, as it would a file', () => {
    const error = catchError(() => parseDataset(mutated((d) => (d.years[0].training[0].label['zh-CN'] = '集中\u000B学习'))));
    expect(error.kind).toBe('invalid');
    expect(error.problems.map((p) => formatPath(p.path))).toEqual(['years[0].training[0].label.zh-CN']);
  });
});

describe('parseDatasetText', () => {
  it('turns a syntax error into a DatasetError of kind json', () => {
    const error = catchError(() => parseDatasetText('{"schemaVersion": 1,'));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.kind).toBe('json');
    expect(error.problems[0].actual).toMatch(/JSON/);
  });

  it('returns the dataset when it is valid', () => {
    expect(parseDatasetText(JSON.stringify(beiyang)).years[0].year).toBe(2024);
  });

  it('reads a dataset saved as UTF-8 with a BOM (as Windows Notepad saves it), and says where JSON breaks after one', () => {
    expect(parseDatasetText(`\uFEFF${JSON.stringify(beiyang)}`).years[0].year).toBe(2024);
    const error = catchError(() => parseDatasetText('\uFEFF{\n  "schemaVersion": 1,\n  unit: {}\n}'));
    expect(error.problems[0].actual).toMatch(/\(line 3, column 3\)$/);
  });

  it('throws kind invalid with every problem for a schema violation', () => {
    const error = catchError(() => parseDataset(mutated((d) => (d.sample = 'no'))));
    expect(error.kind).toBe('invalid');
    expect(error.problems.map((p) => formatPath(p.path))).toEqual(['sample']);
  });
});

describe('problem messages', () => {
  const negative = datasetProblems(mutated((d) => (d.years[0].training[1].value = -13)))[0];

  it('say what is wrong in Chinese', () => {
    expect(messages['zh-CN'].problem(negative)).toBe('不能小于 0（实际为 -13）');
  });

  it('say what is wrong in English', () => {
    expect(messages.en.problem(negative)).toBe('must be at least 0 (found -13)');
  });

  it('name an unsupported schema version as such', () => {
    const [problem] = datasetProblems(mutated((d) => (d.schemaVersion = 2)));
    expect(messages['zh-CN'].problem(problem)).toBe('不支持的数据格式版本 2，本组件读取版本 1');
    expect(messages.en.problem(problem)).toBe('schema version 2 is not supported; this version reads 1');
  });

  it('call a fraction where a count belongs "not a whole number"', () => {
    const [problem] = datasetProblems(mutated((d) => (d.years[0].petitions.channels[2].value = 2.5)));
    expect(messages.en.problem(problem)).toBe('must be a whole number, found 2.5');
    expect(messages['zh-CN'].problem(problem)).toBe('应为整数，实际为2.5');
  });
});

function catchError(run: () => unknown): DatasetError {
  try {
    run();
  } catch (error) {
    return error as DatasetError;
  }
  throw new Error('expected an error');
}
