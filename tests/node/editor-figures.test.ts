/**
 * The editor's table and where a number to check may go, made from what each report section's
 * folder declares (its `editor.ts`): every section of the registry is listed, editable and a target,
 * with nothing in the editor naming one.
 */
import { describe, expect, it } from 'vitest';
import sample from '../../demo/data/sample-multi-year.json';
import type { Dataset } from '../../src/data/schema.js';
import { datasetProblems } from '../../src/data/validate.js';
import {
  accepted,
  addable,
  added,
  breaksOf,
  type EditedDataset,
  firstChoice,
  groupsOf,
  numberInSentence,
  ownTarget,
  placeOf,
  removedItem,
  replacedBy,
  rowsOf,
  sectionEditors,
  targetsOf,
  unfilledRows,
  without,
} from '../../src/elements/fz-editor/figures.js';
import { editorVoice } from '../../src/elements/fz-editor/messages.js';
import { type Draft, extractReport, type ToCheckItem } from '../../src/extract/extract.js';
import { NOT_THE_FIGURE } from '../../src/extract/reasons.js';
import { sectionData } from '../../src/sections/data-registry.js';
import { judgeFolder } from '../helpers/report-scoring.js';

const zh = editorVoice('zh-CN');
const en = editorVoice('en');
/** The sample's 2024: every section of the registry, with invented figures. */
const year2024 = { ...sample, years: (sample as Dataset).years.filter((year) => year.year === 2024) } as unknown as EditedDataset;

const item = (text: string, value: number, field?: string, label?: string): ToCheckItem => ({
  kind: field ? 'unsure' : 'unplaced',
  text,
  why: field ? 'no-total' : 'unplaced',
  sentence: text,
  quote: text,
  at: [0, text.length],
  value,
  ...(field ? { field } : {}),
  ...(label ? { label } : {}),
});

describe('the editor’s rows, from each section’s folder', () => {
  it('has a description for every section of the registry, in its order', () => {
    expect(sectionEditors.map(({ key }) => key)).toEqual(sectionData.map(({ key }) => key));
    for (const { key, fields, messages, heading } of sectionEditors) {
      expect(fields?.length, key).toBeGreaterThan(0);
      expect(typeof heading?.(messages?.['zh-CN']), key).toBe('string');
    }
    expect(groupsOf(zh).map(({ heading }) => heading)).toEqual([
      '单位',
      '报告来源',
      '信访',
      '矛盾纠纷调解',
      '法治学习与培训',
      '基层智治平台',
      '行政复议与行政应诉',
      '合法性审查',
    ]);
  });

  it('lists 行政复议/应诉 and 合法性审查 figures with their words, in the reader’s language', () => {
    const rows = rowsOf(year2024, zh, []);
    const of = (group: string) => rows.filter((row) => row.group === group).map((row) => `${row.key} ${row.name} ${row.value}`);
    expect(of('reviews')).toEqual([
      'years[0].reviews.reconsideration.received 行政复议案件 6',
      'years[0].reviews.reconsideration.decided 行政复议审结 5',
      'years[0].reviews.litigation.received 行政应诉案件 6',
      'years[0].reviews.litigation.decided 行政应诉审结 5',
      'years[0].reviews.litigation.headAppearanceRate 行政机关负责人出庭应诉率 100',
    ]);
    expect(of('legality').map((row) => row.split(' ').slice(0, 2).join(' '))).toEqual([
      'years[0].legality.decisions 重大行政决策',
      'years[0].legality.documents 行政规范性文件',
      'years[0].legality.contracts 合同',
    ]);
    expect(rowsOf(year2024, en, []).find((row) => row.key === 'years[0].reviews.litigation.decided')?.name).toBe('Lawsuits decided');
  });

  it('shows where an inferred year was read, beside it', () => {
    const rows = rowsOf(year2024, zh, [], { from: 'first-lines', words: '2024年' });
    expect(rows.find((row) => row.key === 'years[0].year')).toMatchObject({ value: '2024', note: '按报告开头推断：2024年' });
    expect(
      rowsOf(year2024, en, [], { from: 'url', words: 'https://x.gov.cn/art/2025/2/24/art_1.html' }).find((row) => row.kind === 'year')
        ?.note,
    ).toBe('Inferred from the page’s address: https://x.gov.cn/art/2025/2/24/art_1.html');
  });
});

describe('where a number to check may go', () => {
  const draft = extractReport('青山镇2024年度法治政府建设年度报告\n全年开展集中学法12次。').draft;
  const rows = rowsOf(draft, zh, []);

  it('puts a percentage into any section’s rate, the one its words name first: reviews’ rate of heads in court, mediation’s stated rate', () => {
    const names = (text: string) => targetsOf(item(text, 100), rows, zh).map((target) => `${target.key} ${target.name}`);
    expect(names('出庭应诉率100%')).toEqual([
      'years[0].reviews.litigation.headAppearanceRate 行政复议与行政应诉 · 行政机关负责人出庭应诉率',
      'years[0].mediation.statedRate 矛盾纠纷调解 · 报告所述调解成功率',
    ]);
    expect(names('调解成功率100%')[0]).toBe('years[0].mediation.statedRate 矛盾纠纷调解 · 报告所述调解成功率');
  });

  it('shows which number of its sentence an item is, in its own clause: the second 2次 of 论述2次，组织…学习2次', () => {
    const sentence = '今年以来专题传达学习重要论述2次，组织干部职工集中开展法治理论学习2次，村(社区)集中宣传16场。';
    expect(numberInSentence({ sentence, quote: '组织干部职工集中开展法治理论学习2次', text: '2次' })).toEqual([
      '今年以来专题传达学习重要论述2次，组织干部职工集中开展法治理论学习',
      '2次',
      '，村(社区)集中宣传16场。',
    ]);
    expect(numberInSentence({ sentence, quote: '今年以来专题传达学习重要论述2次', text: '2次' })?.[0]).toBe('今年以来专题传达学习重要论述');
    expect(numberInSentence({ sentence, quote: '', text: '' })).toBeUndefined();
  });

  it('puts a count into any section’s figure, one the draft lacks yet among them, or a new item of a list', () => {
    const keys = targetsOf(item('审查合同39份', 39), rows, zh).map((target) => target.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'years[0].petitions.total',
        'years[0].reviews.litigation.lost',
        'years[0].reviews.reconsideration.corrected',
        'years[0].legality.contracts',
        'years[0].training[0]',
        'new:training',
        'new:petitions.channels',
        'new:petitions.flags',
      ]),
    );
    expect(keys).not.toContain('years[0].mediation.statedRate');
    // Taken, it makes the section it needs, quoted by the item's words: a valid dataset.
    const target = targetsOf(item('全年共审查重大合同39份', 39), rows, zh).find((each) => each.key === 'years[0].legality.contracts')!;
    const taken = accepted(draft, item('全年共审查重大合同39份', 39), target, '');
    expect(taken.years[0].legality).toEqual({ contracts: { value: 39, quote: '全年共审查重大合同39份' } });
    expect(datasetProblems(taken)).toEqual([]);
  });

  it('says which figure taking a number would replace by another: 10 documents reviewed, by 100', () => {
    const reviewed = extractReport('青山镇2024年度法治政府建设年度报告\n2024年合法性审核规范性文件10件。').draft;
    const targets = targetsOf(item('清理规范性文件100件', 100), rowsOf(reviewed, zh, []), zh);
    const documents = targets.find((target) => target.key === 'years[0].legality.documents')!;
    expect(replacedBy(reviewed, item('清理规范性文件100件', 100), documents)).toEqual({
      value: '10',
      quote: '2024年合法性审核规范性文件10件',
    });
    // The same number, or a place that holds none, replaces nothing.
    expect(replacedBy(reviewed, item('审查规范性文件10件', 10), documents)).toBeUndefined();
    expect(
      replacedBy(reviewed, item('审查合同39份', 39), targets.find((target) => target.key === 'years[0].legality.contracts')!),
    ).toBeUndefined();
  });

  it('gives back the number of a row taken out, as the table writes it, its words where they stand, its place first; none for a row with no number', () => {
    const text = '青山镇2024年度法治政府建设年度报告\n2024年合法性审核规范性文件10件。全年开展党委理论中心组学习6次。';
    const draft = extractReport(text).draft;
    const rows = rowsOf(draft, zh, []);
    const byKey = (key: string) => rows.find((row) => row.key === key)!;
    const documents = removedItem(byKey('years[0].legality.documents'), text)!;
    expect([documents.why, documents.label, documents.field, documents.text, documents.value, text.slice(...documents.at)]).toEqual([
      'removed',
      '行政规范性文件',
      'legality.documents',
      '10',
      10,
      '2024年合法性审核规范性文件10件',
    ]);
    // An item of a list goes back to its list, under its own name: taken again, it is the item it was.
    const kind = removedItem(byKey('years[0].training[0]'), text)!;
    expect([kind.label, kind.field]).toEqual(['党委理论中心组学习', 'training']);
    const left = without(draft, ['years', 0, 'training', 0]);
    const targets = targetsOf(kind, rowsOf(left, zh, []), zh);
    const own = firstChoice(left, kind, targets, zh);
    expect(own).toBe('new:training');
    const back = accepted(left, kind, targets.find((target) => target.key === own)!, kind.label!, text);
    expect(back.years[0].training).toEqual(draft.years[0].training);
    // Put back where it stood among the others, the order the slides show: first of two kinds, first again.
    const two = `${text}组织执法业务培训3次。`;
    const both = extractReport(two).draft;
    expect(both.years[0].training?.map((each) => each.label)).toEqual(['党委理论中心组学习', '执法业务培训']);
    const first = removedItem(rowsOf(both, zh, []).find((row) => row.key === 'years[0].training[0]')!, two)!;
    const rest = without(both, ['years', 0, 'training', 0]);
    const again = accepted(
      rest,
      first,
      targetsOf(first, rowsOf(rest, zh, []), zh).find((target) => target.key === 'new:training')!,
      first.label!,
      two,
    );
    expect(again.years[0].training).toEqual(both.years[0].training);
    // A rate goes back as the report writes it, a percentage.
    const rate = { ...byKey('years[0].legality.documents'), kind: 'rate' as const, value: '99', quote: '调解成功率达99%' };
    expect([removedItem(rate, text)!.text, removedItem(rate, text)!.value, removedItem(rate, text)!.at]).toEqual(['99%', 99, [0, 0]]);
    // A name only (a platform), a field of text, or a figure with no words: nothing to give back.
    const platform = {
      ...byKey('years[0].legality.documents'),
      kind: 'none' as const,
      name: '党建统领',
      value: '',
      quote: '“党建统领”平台',
    };
    expect(removedItem(platform, text)).toBeUndefined();
    expect(removedItem({ ...byKey('years[0].legality.documents'), quote: '' }, text)).toBeUndefined();
    expect(removedItem({ ...byKey('years[0].legality.documents'), kind: 'text' }, text)).toBeUndefined();
  });

  it('offers an approximate number no place: 20余次 is no count of 20', () => {
    const approximate = { ...item('全年落实“第一议题”学习20余次', 20), why: 'approximate' as const, approximate: true as const };
    expect(targetsOf(approximate, rows, zh)).toEqual([]);
    const { toCheck } = extractReport('青山镇2024年度法治政府建设年度报告\n清理规范性文件100余件，开展集中学法约12次。');
    const numbers = toCheck.filter((each) => each.value !== undefined);
    expect(numbers.map((each) => [each.text, each.why, each.approximate, targetsOf(each, rows, zh).length])).toEqual([
      ['100余件', 'approximate', true, 0],
      ['12次', 'approximate', true, 0],
    ]);
    // A number beside an approximate one is no approximate number: 成功调解98起 may be placed, by a person.
    const paired = extractReport('某镇2024年度法治政府建设年度报告\n全年受理矛盾纠纷约100起，成功调解98起。').toCheck.filter(
      (each) => each.value !== undefined,
    );
    expect(paired.map((each) => [each.text, each.approximate ?? false, targetsOf(each, rows, zh).length > 0])).toEqual([
      ['全年受理矛盾纠纷约100起', true, false],
      ['成功调解98起', false, true],
    ]);
  });

  it('offers an unsure figure its own place first: a channel with no total its list', () => {
    const channel = item('网上受理信访事项682件', 682, 'petitions.channels', '网上信访');
    expect(ownTarget(channel, targetsOf(channel, rows, zh))).toBe('new:petitions.channels');
    const lost = item('败诉38件', 38, 'reviews.litigation.lost');
    expect(ownTarget(lost, targetsOf(lost, rows, zh))).toBe('years[0].reviews.litigation.lost');
    // Reviews of several kinds counted together: the total the report states, one step away.
    const together = item('对重大合同、行政规范性文件、重大行政决策等合法性审核98件', 98, 'legality.total');
    expect(ownTarget(together, targetsOf(together, rows, zh))).toBe('years[0].legality.total');
  });
});

describe('what is left to fill in', () => {
  it('names the rows still holding （待填写）, the date 0001-01-01 or the unit code the extractor writes for one (unit)', () => {
    const { draft } = extractReport('全年开展集中学法12次。', { year: 2024 });
    expect(unfilledRows(rowsOf(draft as Draft, zh, [])).map((row) => row.name)).toEqual([
      '单位代码',
      '单位名称',
      '报告标题',
      '发布机构',
      '成文日期（YYYY-MM-DD）',
    ]);
    expect(unfilledRows(rowsOf(year2024, zh, []))).toEqual([]);
  });
});

describe('the place an item of the check list is offered first', () => {
  const reports = [
    ...judgeFolder(new URL('../fixtures/real-reports/', import.meta.url)),
    ...judgeFolder(new URL('../fixtures/reports/', import.meta.url)),
  ];

  it('never leaves a problem once taken, and is never one the item’s own reason doubts, in any written or real report', () => {
    const offered: string[] = [];
    const wrong: string[] = [];
    for (const { id, extraction } of reports) {
      const { draft, toCheck } = extraction;
      const rows = rowsOf(draft, zh, []);
      for (const item of toCheck) {
        const targets = targetsOf(item, rows, zh);
        const chosen = firstChoice(draft, item, targets, zh);
        if (!chosen) continue;
        offered.push(`${id} ${item.text}`);
        const target = targets.find((each) => each.key === chosen)!;
        // A new item is named as the report names it, or as the person types (any name).
        const taken = accepted(draft, item, target, target.kind === 'new' ? item.label || '名称' : '');
        if (datasetProblems(taken).length > 0 || NOT_THE_FIGURE.has(item.why)) wrong.push(`${id} ${item.text} → ${chosen}`);
      }
    }
    expect(wrong).toEqual([]);
    // Some are offered: the rule is no rule that offers nothing.
    expect(offered.length).toBeGreaterThan(0);
  });

  it('is none for a figure stated twice with two numbers (出庭应诉率100%, 出庭应诉率99.3%): a person chooses which, if either', () => {
    const { draft, toCheck } = extractReport(
      '青山区司法局2024年法治政府建设年度报告\n区政府负责人出庭应诉率100%，区级部门和镇街负责人出庭应诉率99.3%。',
    );
    const rates = toCheck.filter((each) => each.field === 'reviews.litigation.headAppearanceRate');
    expect(rates.map((each) => each.why)).toEqual(['stated-twice', 'stated-twice']);
    for (const rate of rates) expect(firstChoice(draft, rate, targetsOf(rate, rowsOf(draft, zh, []), zh), zh)).toBe('');
  });

  it('is the agency heads’ rate in court for a rate whose sentence names no one: a person takes it in one step once sure', () => {
    const { draft, toCheck } = extractReport('青山镇2024年度法治政府建设年度报告\n全年发生行政诉讼案件3件，出庭应诉率100%。');
    const rate = toCheck.find((each) => each.why === 'heads-unnamed')!;
    expect(draft.years[0].reviews?.litigation?.headAppearanceRate).toBeUndefined();
    expect(firstChoice(draft, rate, targetsOf(rate, rowsOf(draft, zh, []), zh), zh)).toBe('years[0].reviews.litigation.headAppearanceRate');
  });

  it('is none for a channel with no petitions total, whose taking would leave 信访 without its total, and says so', () => {
    const { draft, toCheck } = extractReport('青山镇2024年度法治政府建设年度报告\n受理答复8890诉求655件。');
    const hotline = toCheck.find((each) => each.field === 'petitions.channels')!;
    const targets = targetsOf(hotline, rowsOf(draft, zh, []), zh);
    expect(ownTarget(hotline, targets)).toBe('new:petitions.channels');
    expect(firstChoice(draft, hotline, targets, zh)).toBe('');
    const channel = targets.find((each) => each.key === 'new:petitions.channels')!;
    expect(breaksOf(draft, hotline, channel, '8890热线', zh)).toEqual(['信访 · 信访总量：缺少必填字段']);
    expect(breaksOf(draft, hotline, channel, '8890热线', en)).toEqual(['Petitions · Petitions in total: is required but missing']);
  });
});

describe('rows a person adds and removes', () => {
  const { draft } = extractReport('青山镇2024年度法治政府建设年度报告\n全年信访总量400件，其中来访193件，来信207件。');

  it('removes an item, and a section left empty with it', () => {
    const one = without(draft, ['years', 0, 'petitions', 'channels', 0]);
    expect(one.years[0].petitions?.channels.map(({ label }) => label)).toEqual(['来信']);
    const total = without(draft, ['years', 0, 'petitions', 'total']);
    expect(total.years[0].petitions?.total).toBeUndefined();
    const none = without(without(without(draft, ['years', 0, 'petitions', 'total']), ['years', 0, 'petitions', 'channels', 0]), [
      'years',
      0,
      'petitions',
      'channels',
      0,
    ]);
    expect('petitions' in none.years[0]).toBe(false);
    expect(datasetProblems(none)).toEqual([]);
    // The dataset given is left as it was.
    expect(draft.years[0].petitions?.channels).toHaveLength(2);
  });

  it('adds a figure a section lacks, empty for a person to fill in, or a new item named', () => {
    const options = addable(draft, 'mediation', zh).map((target) => `${target.key} ${target.name}`);
    expect(options).toEqual([
      'years[0].mediation.accepted 受理案件',
      'years[0].mediation.resolved 成功化解',
      'years[0].mediation.statedRate 报告所述调解成功率',
    ]);
    expect(addable(draft, 'petitions', zh).map((target) => target.key)).toEqual(['new:petitions.channels', 'new:petitions.flags']);
    // A platform is a name only.
    const [platform] = addable(draft, 'platforms', zh);
    expect(platform.name).toBe('新的平台');
    expect(added(draft, platform, '综合信息指挥室').years[0].platforms).toEqual([
      { id: expect.stringMatching(/^item-/), label: '综合信息指挥室' },
    ]);
    const accepted = addable(draft, 'mediation', zh)[0];
    expect(added(draft, accepted, '').years[0].mediation).toEqual({ accepted: { value: null, quote: '' } });
    const channel = addable(draft, 'petitions', zh)[0];
    expect(added(draft, channel, '网上信访').years[0].petitions?.channels[2]).toEqual({
      id: 'online',
      label: '网上信访',
      value: null,
      quote: '',
    });
  });
});

describe('where a problem is, in words', () => {
  const { draft } = extractReport(
    '青山镇2024年度法治政府建设年度报告\n全年信访总量400件，其中来访193件，来信207件。全年开展集中学法12次。',
  );

  it('names the group, the row and the field, never a JSON path', () => {
    expect(placeOf(['years', 0, 'petitions', 'channels', 1, 'value'], draft, zh)).toBe('信访 · 渠道“来信” · 数值');
    expect(placeOf(['years', 0, 'petitions', 'total'], draft, zh)).toBe('信访 · 信访总量');
    expect(placeOf(['years', 0, 'training', 0, 'quote'], draft, zh)).toBe('法治学习与培训 · “集中学法” · 报告原文');
    expect(placeOf(['years', 0, 'source', 'date'], draft, zh)).toBe('报告来源 · 成文日期（YYYY-MM-DD）');
    expect(placeOf(['unit', 'name', 'zh-CN'], draft, zh)).toBe('单位 · 单位名称 · zh-CN');
    const unnamed = structuredClone(draft);
    (unnamed.years[0].petitions?.channels[0] as { label: string }).label = '';
    expect(placeOf(['years', 0, 'petitions', 'channels', 0, 'label'], unnamed, zh)).toBe('信访 · 第1个渠道 · 名称');
    expect(placeOf(['years', 0, 'petitions', 'channels', 0, 'label'], unnamed, en)).toBe('Petitions · channel 1 · name');
  });
});
