import { describe, expect, it } from 'vitest';
import { type CompareInput, compareModel, type UnitState } from '../../src/comparing/compare-model.js';
import type { Collection } from '../../src/data/collection.js';
import { parseCollection } from '../../src/data/collection.js';
import { DatasetError } from '../../src/data/validate.js';
import { figureAsked } from '../../src/elements/fz-compare/compare-data.js';

/** A collection of towns, each with a population unless `without` names it; the datasets are not read here. */
function collectionOf(names: Record<string, string>, without: string[] = []): Collection {
  return parseCollection({
    schemaVersion: 1,
    name: { 'zh-CN': '某区', en: 'Some District' },
    sample: true,
    units: Object.entries(names).map(([id, name]) => ({
      id,
      name: { 'zh-CN': name, en: `${id[0].toUpperCase()}${id.slice(1)} Town` },
      kind: 'town',
      parent: '某区',
      ...(without.includes(id) ? {} : { population: { value: 50_000, year: 2020, source: '第七次全国人口普查（示例）' } }),
      dataset: `${id}.json`,
    })),
  });
}

const petitions = { key: 'petitions.total', section: 'petitions', role: 'headline', measure: 'count', label: '信访总量' } as const;

/** Each unit's petitions by year. */
const unitsOf = (values: Record<string, Record<number, number>>): Map<string, UnitState> =>
  new Map(
    Object.entries(values).map(([id, years]) => [
      id,
      {
        status: 'ready',
        values: new Map(Object.entries(years).map(([year, value]) => [Number(year), { value, quote: `（示例）${id}信访${value}件` }])),
      },
    ]),
  );

const towns = { a: '甲镇', b: '乙镇', c: '丙镇', d: '丁镇', e: '戊镇' };
const input = (more: Partial<CompareInput> = {}): CompareInput => ({
  collection: collectionOf(towns),
  lang: 'zh-CN',
  figure: petitions,
  years: [2023, 2024],
  units: unitsOf({
    a: { 2023: 500, 2024: 400 },
    b: { 2023: 100, 2024: 350 },
    c: { 2023: 300, 2024: 350 },
    d: { 2023: 200, 2024: 100 },
    e: { 2023: 50, 2024: 90 },
  }),
  perCapita: false,
  ...more,
});

describe('compareModel: places', () => {
  it('ranks largest first; equal figures share a place and the next place is skipped (1, 2, 2, 4)', () => {
    const model = compareModel(input());
    expect(model.ranked.map((row) => [row.name, row.rank, row.tied])).toEqual([
      ['甲镇', 1, false],
      ['乙镇', 2, true],
      ['丙镇', 2, true],
      ['丁镇', 4, false],
      ['戊镇', 5, false],
    ]);
  });

  it('says the host unit’s place in words, with the places it moved: 乙镇：信访总量并列第2位（共5个镇街），较上年上升2位', () => {
    expect(compareModel(input({ host: 'b' })).summary).toBe('乙镇：信访总量并列第2位（共5个镇街），较上年上升2位');
    // The place is what held, not the figure (400件 against 500件): 名次与上年持平.
    expect(compareModel(input({ host: 'a' })).summary).toBe('甲镇：信访总量第1位（共5个镇街），名次与上年持平');
    expect(compareModel(input({ host: 'd' })).summary).toBe('丁镇：信访总量第4位（共5个镇街），较上年下降1位');
  });

  it('says it in English too', () => {
    const english = { ...petitions, label: 'Petitions in total' };
    expect(compareModel(input({ host: 'b', lang: 'en', figure: english })).summary).toBe(
      'B Town: joint 2nd of 5 towns and streets in petitions in total, up 2 places on the year before',
    );
    expect(compareModel(input({ host: 'd', lang: 'en', figure: english })).summary).toBe(
      'D Town: 4th of 5 towns and streets in petitions in total, down 1 place on the year before',
    );
  });

  it('counts places moved among the units ranked both years: a unit that starts reporting moves no one', () => {
    // 戊镇 gave no figure in 2023; in 2024 it comes in third, above 丙镇 and 丁镇, whose order among the rest held.
    const units = unitsOf({
      a: { 2023: 500, 2024: 400 },
      b: { 2023: 300, 2024: 350 },
      c: { 2023: 200, 2024: 150 },
      d: { 2023: 100, 2024: 90 },
      e: { 2024: 200 },
    });
    const moved = compareModel(input({ units })).ranked.map((row) => [row.name, row.rank, row.moved]);
    expect(moved).toEqual([
      ['甲镇', 1, 0],
      ['乙镇', 2, 0],
      ['戊镇', 3, 'unranked'],
      ['丙镇', 4, 0],
      ['丁镇', 5, 0],
    ]);
    expect(compareModel(input({ units, host: 'c' })).summary).toBe(
      '丙镇：信访总量第4位（共5个镇街），名次与上年持平（按两年都排名的4个镇街计）',
    );
    // Among those ranked both years, a real move is still one: 丁镇 above 丙镇.
    const swapped = unitsOf({ a: { 2023: 500, 2024: 400 }, c: { 2023: 200, 2024: 80 }, d: { 2023: 100, 2024: 90 }, e: { 2024: 200 } });
    // Counted so, the sentence says so, and so does the note under the table.
    const model = compareModel(input({ units: swapped, host: 'd' }));
    expect(model.summary).toBe('丁镇：信访总量第3位（5个镇街中4个排名），较上年上升1位（按两年都排名的3个镇街计）');
    expect(model.movedNote).toBe('名次变化按两年都排名的3个镇街计。');
    expect(
      compareModel(input({ units: swapped, host: 'd', lang: 'en', figure: { ...petitions, label: 'Petitions in total' } })).summary,
    ).toBe(
      'D Town: 3rd of the 4 towns and streets ranked (5 in all) in petitions in total, up 1 place on the year before (among the 3 ranked both years)',
    );
    // Every unit ranked both years: nothing to say.
    expect(compareModel(input()).movedNote).toBeUndefined();
  });

  it('says how many units of the collection are ranked when some are not: （12个镇街中8个排名）', () => {
    const units = unitsOf({ a: { 2024: 400 }, b: { 2024: 350 }, c: { 2024: 300 } });
    expect(compareModel(input({ units, years: [2024], host: 'c' })).summary).toBe('丙镇：信访总量第3位（5个镇街中3个排名）');
    const english = { ...petitions, label: 'Petitions in total' };
    expect(compareModel(input({ units, years: [2024], host: 'c', lang: 'en', figure: english })).summary).toBe(
      'C Town: 3rd of the 3 towns and streets ranked (5 in all) in petitions in total',
    );
  });

  it('says a place is no judgement, and of one unit ranked that it is the only one', () => {
    expect(compareModel(input()).placeNote).toBe('名次只表示数字的大小，不表示工作的好坏。');
    expect(compareModel(input({ lang: 'en' })).placeNote).toBe('A place says which figure is larger, not which unit did better.');
    // One unit ranked — whatever the others' reports, files or populations — is the only one ranked.
    const one = input({ units: unitsOf({ b: { 2024: 450 } }), years: [2024] });
    expect(compareModel(one).summary).toBe('2024年5个镇街中只有乙镇排名：信访总量450件');
    expect(compareModel({ ...one, lang: 'en', figure: { ...petitions, label: 'Petitions in total' } }).summary).toBe(
      'Petitions in total in 2024: only B Town of the 5 towns and streets is ranked (450)',
    );
    expect(compareModel({ ...one, host: 'b' }).summary).toBe('乙镇：信访总量第1位（5个镇街中只有它排名）');
    expect(compareModel({ ...one, host: 'b', lang: 'en', figure: { ...petitions, label: 'Petitions in total' } }).summary).toBe(
      'B Town: 1st, the only one of the 5 towns and streets ranked, in petitions in total',
    );
    // Without a host unit, how many were ranked of how many.
    const two = input({ units: unitsOf({ a: { 2024: 400 }, b: { 2024: 300 } }), years: [2024] });
    expect(compareModel(two).summary).toBe('2024年5个镇街中2个排名，信访总量最多的是甲镇（400件），最少的是乙镇（300件）');
    const same = input({ units: unitsOf({ a: { 2024: 400 }, b: { 2024: 400 } }), years: [2024] });
    expect(compareModel(same).summary).toBe('2024年5个镇街中2个排名，信访总量均为400件');
    expect(compareModel({ ...two, lang: 'en', figure: { ...petitions, label: 'Petitions in total' } }).summary).toBe(
      'Petitions in total in 2024, of the 2 towns and streets ranked (5 in all): highest A Town (400), lowest B Town (300)',
    );
  });

  it('with no host unit, names every unit that shares the most or the least, and says 最高 of a rate', () => {
    expect(compareModel(input()).summary).toBe('2024年5个镇街中，信访总量最多的是甲镇（400件），最少的是戊镇（90件）');
    const tied = input({ units: unitsOf({ a: { 2024: 90 }, b: { 2024: 350 }, c: { 2024: 350 }, d: { 2024: 90 }, e: { 2024: 120 } }) });
    expect(compareModel(tied).summary).toBe(
      '2024年5个镇街中，信访总量并列最多的是乙镇和丙镇（均为350件），并列最少的是甲镇和丁镇（均为90件）',
    );
    const four = input({ units: unitsOf({ a: { 2024: 9 }, b: { 2024: 9 }, c: { 2024: 9 }, d: { 2024: 9 }, e: { 2024: 1 } }) });
    expect(compareModel(four).summary).toBe('2024年5个镇街中，信访总量并列最多的是甲镇、乙镇、丙镇和丁镇（均为9件），最少的是戊镇（1件）');
    // Past five, the first two and how many.
    const seven = { ...towns, f: '己镇', g: '庚镇' };
    const many = input({
      collection: collectionOf(seven),
      units: unitsOf(Object.fromEntries(Object.keys(seven).map((id) => [id, { 2024: id === 'g' ? 1 : 9 }]))),
    });
    expect(compareModel(many).summary).toBe('2024年7个镇街中，信访总量并列最多的是甲镇、乙镇等6个镇街（均为9件），最少的是庚镇（1件）');
    const same = input({ units: unitsOf({ a: { 2024: 9 }, b: { 2024: 9 }, c: { 2024: 9 }, d: { 2024: 9 }, e: { 2024: 9 } }) });
    expect(compareModel(same).summary).toBe('2024年5个镇街的信访总量均为9件');
    const rate = { key: 'mediation.statedRate', section: 'mediation', role: 'headline', measure: 'rate', label: '调解成功率' } as const;
    const rates = input({
      figure: rate,
      units: unitsOf({ a: { 2024: 1 }, b: { 2024: 1 }, c: { 2024: 0.98 }, d: { 2024: 0.95 }, e: { 2024: 0.99 } }),
    });
    expect(compareModel(rates).summary).toBe('2024年5个镇街中，调解成功率并列最高的是甲镇和乙镇（均为100%），最低的是丁镇（95%）');
    const english = compareModel({ ...rates, lang: 'en', figure: { ...rate, label: 'Mediation success' } }).summary;
    expect(english).toBe('Mediation success in 2024, of 5 towns and streets: highest A Town and B Town (joint, 100%), lowest D Town (95%)');
  });

  it('says which units a slide had no room for: named with their places, up to eight; more, counted', async () => {
    const { comparingMessages } = await import('../../src/comparing/messages.js');
    const zh = comparingMessages['zh-CN'].compare;
    const units = (n: number) => Array.from({ length: n }, (_, i) => zh.notShownUnit(`镇${i + 1}`, zh.rankCell(i + 3, false)));
    expect(zh.notShown(units(2), 12, '镇街')).toBe('本页未列出的2个镇街（共12个）：镇1（第3位）、镇2（第4位）');
    expect(zh.notShown(units(9), 100, '镇街')).toBe('本页未列出其余9个镇街（共100个）');
    const en = comparingMessages.en.compare;
    expect(en.notShown([en.notShownUnit('云峰乡', en.rankCell(6, false))], 12, 'towns and streets')).toBe(
      'Not shown here, 1 of 12: 云峰乡 (6th)',
    );
  });

  it('gives each unit its change since the year before, as a count and a percentage', () => {
    const row = compareModel(input()).ranked.find((candidate) => candidate.id === 'a');
    expect(row).toMatchObject({ valueText: '400件', compared: { value: 500, valueText: '500件' }, moved: 0 });
    expect(row?.change?.text).toBe('▼ −100，−20.0%');
  });

  it('lists a unit whose report of the year does not give the figure, and ranks it not: never a zero', () => {
    const model = compareModel(
      input({
        host: 'e',
        units: unitsOf({ a: { 2023: 500, 2024: 400 }, b: { 2024: 350 }, c: { 2023: 300 }, d: { 2024: 100 }, e: { 2023: 50 } }),
      }),
    );
    expect(model.ranked.map((row) => row.id)).toEqual(['a', 'b', 'd']);
    expect(model.missing).toEqual(['丙镇', '戊镇']);
    expect(model.summary).toBe('戊镇：2024年报告未列出信访总量，未排名');
    // Ranked per 10 000 residents, what the report leaves out is still the figure itself, not one per resident.
    const perCapita = { host: 'e', perCapita: true, units: unitsOf({ a: { 2024: 400 }, b: { 2024: 350 }, e: { 2023: 50 } }) };
    expect(compareModel(input(perCapita)).summary).toBe('戊镇：2024年报告未列出信访总量，未排名');
    // Not ranked the year before: said so, not counted as moving.
    expect(model.ranked.find((row) => row.id === 'b')?.moved).toBe('unranked');
    expect(model.rows.find((row) => row.label === '丙镇')).toMatchObject({ reported: false, valueText: '报告未列出' });
  });

  it('says a unit has no report of the year where it has none, and that its report does not give the figure only where it does not', () => {
    const units = unitsOf({ a: { 2023: 500, 2024: 400 }, b: { 2024: 350 }, c: { 2023: 300 }, d: { 2024: 100 }, e: { 2023: 50 } });
    const reportsOf = (id: string, years: number[]) => {
      const state = units.get(id);
      if (state?.status === 'ready') units.set(id, { ...state, reported: new Set(years) });
    };
    // 丙镇's report of 2024 leaves petitions out; 戊镇 has no report of 2024 at all.
    reportsOf('c', [2023, 2024]);
    reportsOf('e', [2023]);
    const model = compareModel(input({ host: 'e', units }));
    expect(model.missing).toEqual(['丙镇']);
    expect(model.noReport).toEqual(['戊镇']);
    expect(model.summary).toBe('戊镇：无2024年报告，未排名');
    expect(model.rows.find((row) => row.label === '丙镇')).toMatchObject({ reported: false, valueText: '报告未列出' });
    expect(model.rows.find((row) => row.label === '戊镇')).toMatchObject({ reported: false, valueText: '无2024年报告' });
    expect(compareModel(input({ host: 'c', units })).summary).toBe('丙镇：2024年报告未列出信访总量，未排名');
  });

  it('says plainly of a figure worked out from the reports (a sum of their parts) that no report states it', () => {
    const total = {
      key: 'training.total',
      section: 'training',
      role: 'headline',
      measure: 'count',
      label: '学习培训合计',
      computed: true,
    } as const;
    const units = new Map<string, UnitState>([
      ['a', { status: 'ready', values: new Map([[2024, { value: 30 }]]) }],
      ['b', { status: 'ready', values: new Map([[2024, { value: 20 }]]) }],
    ]);
    const model = compareModel(input({ figure: total, units, years: [2024] }));
    expect(model.computedNote).toBe('学习培训合计不是报告原文中的数字，是按各单位报告所列数字计算的。');
    expect(model.title).toBe('学习培训合计（计算值）：各镇街排名');
    expect(compareModel(input({ figure: total, units, years: [2024], host: 'a' })).summary).toBe(
      '甲镇：学习培训合计（计算值）第1位（5个镇街中2个排名）',
    );
    expect(model.rows[0].details).toContain('按报告所列数字计算，报告未直接列出');
    expect(compareModel(input()).computedNote).toBeUndefined();
  });

  it('says so of a share or a rate worked out from the counts too, beside the words of the count it comes from', () => {
    const share = {
      key: 'petitions.hotline-12345.share',
      section: 'petitions',
      role: 'share',
      measure: 'share',
      label: '12345热线占比',
      computed: true,
    } as const;
    const units = new Map<string, UnitState>([
      ['a', { status: 'ready', values: new Map([[2024, { value: 0.888, quote: '12345热线239件' }]]) }],
      ['b', { status: 'ready', values: new Map([[2024, { value: 0.8 }]]) }],
    ]);
    const model = compareModel(input({ figure: share, units, years: [2024] }));
    // Its name says what it is (占比), not （计算值）; the note says no report states it.
    expect(model.title).toBe('12345热线占比：各镇街排名');
    expect(model.computedNote).toBe('12345热线占比不是报告原文中的数字，是按各单位报告所列数字计算的。');
    // Each row says it is worked out, the count's words beside it where there are some.
    expect(model.rows[0].details).toContain('按报告所列数字计算，报告未直接列出');
    expect(model.rows[0].quote).toBe('12345热线239件');
    expect(model.rows[1].details).toContain('按报告所列数字计算，报告未直接列出');
    // Its change is between the shares as written (82.5% and 80.8%): +1.7个百分点, not +1.69.
    const changed = new Map<string, UnitState>([
      [
        'a',
        {
          status: 'ready',
          values: new Map([
            [2023, { value: 0.8082 }],
            [2024, { value: 0.8251 }],
          ]),
        },
      ],
    ]);
    const row = compareModel(input({ figure: share, units: changed })).ranked[0];
    expect([row.valueText, row.compared?.valueText, row.change?.text]).toEqual(['82.5%', '80.8%', '▲ +1.7个百分点']);
  });

  it('names a unit whose data could not be read, and ranks the rest', () => {
    const units = unitsOf({ a: { 2024: 400 }, b: { 2024: 350 } });
    units.set('c', { status: 'broken', error: new DatasetError('http', [], { status: 404, url: 'https://example.gov.cn/c.json' }) });
    const model = compareModel(input({ units, years: [2024] }));
    expect(model.ranked.map((row) => row.id)).toEqual(['a', 'b']);
    expect(model.broken).toEqual([{ name: '丙镇', why: '无法加载数据（https://example.gov.cn/c.json）：服务器返回 404。' }]);
  });
});

describe('compareModel: per 10 000 residents', () => {
  it('divides each count by the unit’s population and says which year’s population it is', () => {
    const model = compareModel(input({ perCapita: true, host: 'a' }));
    expect(model.perCapita).toBe(true);
    expect(model.ranked[0]).toMatchObject({ id: 'a', value: 80, valueText: '80.00件/万人' });
    expect(model.title).toBe('每万人信访总量：各镇街排名');
    expect(model.summary).toBe('甲镇：每万人信访总量第1位（共5个镇街），名次与上年持平');
    expect(model.populationNote).toBe('每万人数值按各单位常住人口计算（2020年，第七次全国人口普查（示例））。');
  });

  it('ranks only the units whose population is given, and lists the others as such', () => {
    const model = compareModel(input({ perCapita: true, host: 'c', collection: collectionOf(towns, ['c', 'e']) }));
    expect(model.ranked.map((row) => row.id)).toEqual(['a', 'b', 'd']);
    expect(model.noPopulation).toEqual(['丙镇', '戊镇']);
    expect(model.summary).toBe('丙镇：未提供人口数，未按每万人排名');
    // Their own figures stay in the table and the CSV; the source counts every report, theirs too.
    expect(model.rows.find((row) => row.label === '丙镇')?.valueText).toBe('350件（未提供人口数，未按每万人排名）');
    expect(model.unranked).toContainEqual({ name: '戊镇', why: '90件（未提供人口数，未按每万人排名）' });
    expect(model.source).toBe('来源：某区各单位2024年度法治政府建设年度报告（5份）');
    expect(model.ranks).toEqual([1, 2, 3, undefined, undefined]);
  });

  it('writes every figure per 10 000 residents with two decimals, and files them as written', () => {
    const units = unitsOf({ a: { 2024: 428 }, b: { 2024: 1 } });
    const model = compareModel(input({ perCapita: true, units, years: [2024] }));
    expect(model.ranked.map((row) => row.valueText)).toEqual(['85.60件/万人', '0.20件/万人']);
    expect(model.rows.map((row) => row.value)).toEqual([85.6, 0.2]);
    const odd = compareModel(
      input({ perCapita: true, units: unitsOf({ a: { 2024: 7 } }), years: [2024], collection: collectionOf({ a: '甲镇' }) }),
    );
    expect(odd.rows[0].value).toBe(1.4);
    // The year compared with is filed as written too (it was 207.2639225181598).
    const compared = compareModel(input({ perCapita: true, units: unitsOf({ a: { 2023: 1036.3196, 2024: 1107.35 } }) }));
    expect(compared.rows[0].compared?.value).toBe(207.26);
  });

  it('is refused for a figure that is not a count (a rate per resident means nothing)', () => {
    const rate = {
      key: 'mediation.stated-rate',
      section: 'mediation',
      role: 'headline',
      measure: 'rate',
      label: '报告所述成功率',
    } as const;
    const model = compareModel(
      input({ perCapita: true, figure: rate, units: unitsOf({ a: { 2024: 0.98 }, b: { 2024: 0.99 } }), years: [2024] }),
    );
    expect(model.canPerCapita).toBe(false);
    expect(model.perCapita).toBe(false);
    expect(model.ranked.map((row) => row.valueText)).toEqual(['99%', '98%']);
  });

  it('is not offered when no unit has a population', () => {
    expect(compareModel(input({ collection: collectionOf(towns, Object.keys(towns)) })).canPerCapita).toBe(false);
  });
});

describe('compareModel: years', () => {
  it('shows the latest year by default and compares it with the year before that the data has', () => {
    const model = compareModel(input({ years: [2021, 2023, 2024] }));
    expect(model).toMatchObject({ year: 2024, comparedYear: 2023 });
  });

  it('refuses a year the collection has no report of, naming the years there are', () => {
    expect(() => compareModel(input({ year: 2019 }))).toThrow(DatasetError);
  });
});

describe('the figure ranked when none is asked for', () => {
  const figure = (key: string, given: number, computed = false) =>
    ({ key, section: key.split('.')[0], role: 'headline', measure: 'count', label: key, given, computed }) as const;

  it('is the first the reports state that most of them give, never a sum we work out, while a stated one is there', () => {
    expect(
      figureAsked([figure('training.total', 31, true), figure('training.study', 12), figure('petitions.total', 18)], undefined)?.key,
    ).toBe('petitions.total');
    expect(figureAsked([figure('petitions.total', 12), figure('petitions.online', 12)], undefined)?.key).toBe('petitions.total');
    // Only worked-out figures: the first of them.
    expect(figureAsked([figure('training.total', 3, true)], undefined)?.key).toBe('training.total');
    expect(figureAsked([figure('training.total', 3, true)], 'petitions.total')).toBeUndefined();
  });
});
