/**
 * The extractor on what a town's clerk pasted (tests/fixtures/clerk/): a count inside another
 * (其中…), a sentence cut by Word's Shift+Enter or a line break, an empty report, a title naming no
 * year. Never a wrong figure: a part of a count is never a figure beside it, and a sentence cut in
 * two is read whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveYear } from '../../src/data/derive.js';
import { datasetProblems } from '../../src/data/validate.js';
import { EmptyReportError, extractReport, reasonText } from '../../src/extract/extract.js';
import { idOf } from '../../src/extract/words.js';
import { type Judged, judge, judgeFolder } from '../helpers/report-scoring.js';

const clerk = (name: string) => readFileSync(new URL(`../fixtures/clerk/${name}`, import.meta.url), 'utf8');

/** A report of an invented town holding `body`, read: the year's figures and the check list's figures (field, value, reason). */
function read(body: string, year = 2024) {
  const { draft, toCheck } = extractReport(`青山镇${year}年度法治政府建设年度报告\n${body}\n${year + 1}年3月1日`);
  expect(datasetProblems(draft)).toEqual([]);
  const figures = toCheck.filter((item) => !item.field?.startsWith('source.'));
  return {
    draft,
    year: draft.years[0],
    unsure: figures.filter((item) => item.kind === 'unsure').map((item) => `${item.field} ${item.value} ${item.why}`),
    words: figures.map((item) => `${item.quote} ${reasonText(item, 'zh-CN')}`),
  };
}

const kinds = (training: { label: unknown; value: number }[] | undefined) => training?.map(({ label, value }) => `${label} ${value}`);

describe('a count introduced by 其中, 内含 or 包括 after another count is part of it, never a figure beside it', () => {
  it('subset.txt: 学法6次，其中专题学习习近平法治思想3次 is 6 sessions, the 3 on the check list as a part of them', () => {
    const { draft, toCheck } = extractReport(clerk('subset.txt'));
    expect(kinds(draft.years[0].training)).toEqual(['党委理论学习中心组学法 6']);
    expect(deriveYear(draft).training?.total).toBe(6);
    const part = toCheck.find((item) => item.quote === '其中专题学习习近平法治思想3次');
    expect(part && { why: part.why, field: part.field, value: part.value }).toEqual({ why: 'subset', field: 'training', value: 3 });
    expect(reasonText(part ?? { why: 'subset' }, 'zh-CN')).toBe('这是前一个数字中的一部分（其中、内含、包括…），不另算一项');
    expect(reasonText(part ?? { why: 'subset' }, 'en')).toBe('Part of the count before it (其中, 内含, 包括…): not a count of its own');
  });

  it('hard.txt: 集中学法4次，其中专题学习习近平法治思想2次 is 4 sessions', () => {
    const { draft } = extractReport(clerk('hard.txt'));
    expect(kinds(draft.years[0].training)).toEqual(['集中学法 4']);
    expect(deriveYear(draft).training?.total).toBe(4);
  });

  it('in every way a report writes it: 其中 as a clause of its own, 内含, 包括, and after a count of another kind', () => {
    expect(kinds(read('开展集中学法8次，其中，专题学法3次。').year.training)).toEqual(['集中学法 8']);
    expect(kinds(read('开展集中学法8次，内含专题学法3次。').year.training)).toEqual(['集中学法 8']);
    expect(kinds(read('开展集中学法8次，包括专题学法3次。').year.training)).toEqual(['集中学法 8']);
    expect(read('开展集中学法8次，其中专题学法3次。').unsure).toEqual(['training 3 subset']);
    // Two kinds side by side are two kinds; 其中 only in another sentence leaves them so.
    expect(kinds(read('开展集中学法8次，专题培训会3场。其中，领导干部带头。').year.training)).toEqual(['集中学法 8', '专题培训会 3']);
  });

  it('reviews: 共受理行政复议案件26件，其中新收行政复议案件20件 received 26, the 20 a part of them', () => {
    const { year, unsure } = read('共受理行政复议案件26件，其中新收行政复议案件20件，审结24件。');
    expect(year.reviews?.reconsideration?.received?.value).toBe(26);
    expect(year.reviews?.reconsideration?.decided?.value).toBe(24);
    expect(unsure).toEqual(['reviews.reconsideration.received 20 subset']);
  });

  it('legality: 审查合同120份，其中重大合同审查39份 is 120 contracts, the 39 a part of them', () => {
    const { year, unsure } = read('全年审查合同120份，其中重大合同审查39份。');
    expect(year.legality?.contracts?.value).toBe(120);
    expect(unsure).toEqual(['legality.contracts 39 subset']);
  });

  it('petitions: a channel after 其中 is part of the total, but one inside another channel is no channel beside it', () => {
    const plain = read('全年信访总量100件，其中网上信访60件，来访40件。').year.petitions;
    expect(plain?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['网上信访 60', '来访 40']);
    const nested = read('全年信访总量100件，其中网上信访60件，其中12345热线20件，来访40件。');
    expect(nested.year.petitions?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['网上信访 60', '来访 40']);
    expect(nested.unsure).toEqual(['petitions.channels 20 subset']);
  });

  it('mediation: a count of disputes after 其中 is never the cases accepted', () => {
    const { year } = read('共调解各类纠纷300件，其中受理婚姻家庭纠纷120起，成功调解118起。');
    expect(year.mediation).toBeUndefined();
  });
});

describe('a comparison with the year before (较上年减少20件) names no other year for the counts after it', () => {
  const channels = (year: ReturnType<typeof read>['year']) => year.petitions?.channels.map(({ label, value }) => `${label} ${value}`);

  it('hard.txt: 其中网上信访60件，较上年减少20件，来访38件: the 38 visits are the year’s', () => {
    const { draft, toCheck } = extractReport(clerk('hard.txt'));
    expect(draft.years[0].petitions?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['网上信访 60', '来访 38']);
    expect(toCheck.filter((item) => item.value === 38)).toEqual([]);
    // The change stays on the check list as a change; the year before's total as another year's.
    expect(toCheck.filter((item) => item.value === 20 || item.value === 112).map((item) => `${item.value} ${item.why}`)).toEqual([
      '20 change',
      '112 other-year',
    ]);
  });

  it('in every way a report compares: 较上年, 比去年, 与上年相比, 较去年同期', () => {
    for (const compared of ['较上年减少20件', '比去年减少20件', '与上年相比减少20件', '较去年同期减少20件']) {
      const { year, words } = read(`全年受理信访件98件，其中网上信访60件，${compared}，来访38件。`);
      expect(channels(year), compared).toEqual(['网上信访 60', '来访 38']);
      expect(
        words.filter((said) => said.includes('38件')),
        compared,
      ).toEqual([]);
    }
  });

  it('a number in the clause of the comparison is still the other year’s, and so is a sentence that opens on the year before', () => {
    const own = read('全年受理信访件98件，其中网上信访60件，来访38件，较上年的112件减少14件。');
    expect(own.year.petitions?.total.value).toBe(98);
    expect(channels(own.year)).toEqual(['网上信访 60', '来访 38']);
    expect(own.words).toContain('较上年的112件减少14件 这是变化量（同比、较上年…），不是当年的数字');
    expect(JSON.stringify(own.year)).not.toContain('112');
    const opened = read('全年受理信访件98件，其中网上信访60件。上年受理信访件112件，较上年减少14件，来访38件。');
    expect(opened.year.petitions?.total.value).toBe(98);
    expect(channels(opened.year)).toEqual(['网上信访 60']);
  });
});

describe('a sentence cut in two by Word’s Shift+Enter (U+000B) or a line break is read whole', () => {
  it('vt.txt: U+000B is dropped, joining its two sides, and counted with the other control characters', () => {
    const { draft, text, dropped } = extractReport(clerk('vt.txt'));
    expect(text).not.toMatch(/[\v\0]/);
    expect(text).toContain('其中12345热线90件');
    // Three U+000B and one NUL.
    expect(dropped).toBe(4);
    const year = draft.years[0];
    expect(kinds(year.training)).toEqual(['集中学法 12', '专题培训会 3']);
    expect(year.petitions?.total.value).toBe(120);
    expect(year.petitions?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['12345热线 90', '来访 30']);
    expect(year.mediation && [year.mediation.accepted.value, year.mediation.resolved.value]).toEqual([80, 79]);
  });

  it('nl.txt: a line ending mid-sentence goes on with the next, the same figures as if it were one line', () => {
    const { draft, text } = extractReport(clerk('nl.txt'));
    expect(text).toContain('其中12345热线90件');
    const year = draft.years[0];
    expect(kinds(year.training)).toEqual(['集中学法 12', '专题培训会 3']);
    expect(year.petitions?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['12345热线 90', '来访 30']);
    expect(year.mediation && [year.mediation.accepted.value, year.mediation.resolved.value]).toEqual([80, 79]);
    // The title is a line of its own still.
    expect(year.source.title).toBe('某某镇2023年度法治政府建设工作报告');
  });

  it('never joins a title, a field, a heading or a list item to the line before it', () => {
    const { draft, text } = extractReport(
      '首页 > 政务公开\n发布机构：青山镇人民政府\n青山镇2024年度法治政府建设年度报告\n一、主要举措\n（一）强化学法\n全年开展集中学法12次，\n专题培训会3场\n1.推进依法决策\n2025年3月1日',
    );
    expect(text.split('\n')).toEqual([
      '首页 > 政务公开',
      '发布机构：青山镇人民政府',
      '青山镇2024年度法治政府建设年度报告',
      '一、主要举措',
      '（一）强化学法',
      '全年开展集中学法12次，专题培训会3场',
      '1.推进依法决策',
      '2025年3月1日',
    ]);
    expect(draft.years[0].source.publisher).toBe('青山镇人民政府');
    expect(kinds(draft.years[0].training)).toEqual(['集中学法 12', '专题培训会 3']);
  });
});

describe('every written and real report, copied with its lines wrapped (from a PDF, from Word), reads as it does whole', () => {
  const reports = [
    ...judgeFolder(new URL('../fixtures/reports/', import.meta.url)),
    ...judgeFolder(new URL('../fixtures/real-reports/', import.meta.url)),
  ].filter((report) => report.name.endsWith('.txt'));
  /** The text with each line cut every `width` characters, as a page's lines are. */
  const wrapped = (text: string, width: number) =>
    text
      .split('\n')
      .map((line) => line.match(new RegExp(`.{1,${width}}`, 'gsu'))?.join('\n') ?? line)
      .join('\n');
  const read = (report: Judged, width: number) => {
    const input = wrapped(report.input, width);
    try {
      return judge(report.expected, extractReport(input));
    } catch {
      return judge(report.expected, extractReport(input, { year: report.expected.year }));
    }
  };

  it('at 24 to 50 characters a line: the same figures right, none missed that was not, none wrong', () => {
    expect(reports.length).toBeGreaterThan(50);
    const worse: string[] = [];
    for (let width = 24; width <= 50; width++)
      for (const report of reports) {
        const { right, missed, wrong } = read(report, width);
        const lost = report.outcome.right.filter((figure) => !right.includes(figure));
        const newlyMissed = missed.filter((figure) => !report.outcome.missed.includes(figure));
        for (const figure of [...lost, ...newlyMissed, ...wrong]) worse.push(`${report.id} at ${width}: ${figure}`);
      }
    expect(worse).toEqual([]);
  });

  it('at any width from 12: never a wrong figure', () => {
    const wrong = reports.flatMap((report) =>
      Array.from({ length: 12 }, (_, index) => 12 + index).flatMap((width) =>
        read(report, width).wrong.map((figure) => `${report.id} at ${width}: ${figure}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe('an empty report is refused', () => {
  it('a file of no bytes, of blanks, of markup only or of control characters only: given a year or not', () => {
    for (const input of [clerk('empty.txt'), clerk('blank.txt'), '<html><body><script>x()</script></body></html>', '\0\v\u0001\n']) {
      expect(() => extractReport(input, { year: 2025 })).toThrow(EmptyReportError);
      expect(() => extractReport(input)).toThrow(EmptyReportError);
    }
  });
});

describe('a page’s fields as a copy wraps them', () => {
  it('an index number wrapped before its year and serial is read whole: 001008010002063 / /2026-00412', () => {
    const { draft } = extractReport(
      `索引号: | 001008010002063\n/2026-00412 | 文件编号: |\n发布机构: 青山镇人民政府\n青山镇2025年度法治政府建设年度报告\n全年开展集中学法12次。\n2026年3月1日`,
    );
    expect(draft.years[0].source.indexNo).toBe('001008010002063/2026-00412');
  });
});

describe('a title naming no year is a title', () => {
  it('url-only.txt: 某某街道法治政府建设情况报告, the year from the page’s address', () => {
    const { draft, toCheck, yearFrom } = extractReport(clerk('url-only.txt'));
    expect(draft.years[0].source.title).toBe('某某街道法治政府建设情况报告');
    expect(draft.unit.name).toEqual({ 'zh-CN': '某某街道' });
    expect(toCheck.map((item) => item.why)).not.toContain('missing-title');
    expect(yearFrom).not.toBe('title');
  });

  it('pubdate-only.txt: the title under the breadcrumb, not the breadcrumb’s column', () => {
    const { draft } = extractReport(clerk('pubdate-only.txt'));
    expect(draft.years[0].source.title).toBe('某某镇法治政府建设年度报告');
    expect(draft.years[0].year).toBe(2023);
  });

  it('noyear.txt: the title is read, and the year still asked for', () => {
    expect(() => extractReport(clerk('noyear.txt'))).toThrow(/names no year/);
    expect(extractReport(clerk('noyear.txt'), { year: 2024 }).draft.years[0].source.title).toBe('某某镇法治政府建设工作报告');
  });

  it('a title with its year is preferred to a column’s name above it', () => {
    const { draft, yearFrom } = extractReport('法治政府建设年度报告\n青山镇2024年度法治政府建设年度报告\n全年开展集中学法12次。');
    expect(draft.years[0].source.title).toBe('青山镇2024年度法治政府建设年度报告');
    expect(yearFrom).toBe('title');
  });
});

describe('a count of part of the year, or of the courts, is no figure of the unit’s year', () => {
  it('截至9月底, 截至目前, 上半年, 1-9月: each count after it goes to the check list as part of the year', () => {
    for (const part of ['截至9月底', '截至目前', '截止到10月', '上半年', '前三季度', '1-9月', '目前已', '至今已', '迄今']) {
      const { year, unsure, words } = read(`${part}，共受理行政复议申请12件，审结10件。全年开展集中学法8次。`);
      expect(year.reviews, part).toBeUndefined();
      expect(unsure, part).toEqual(['reviews.reconsideration.received 12 part-of-year', 'reviews.reconsideration.decided 10 part-of-year']);
      expect(words[0], part).toContain('这是年内部分时段的数字');
      // The sentence after it is the year's again.
      expect(kinds(year.training), part).toEqual(['集中学法 8']);
    }
    // The year's end, or the report's own day after it, is the whole year (截至今年年底 is no 至今).
    for (const whole of ['截至12月底', '截至年底', '截至2024年12月31日', '截至今年年底']) {
      const { year } = read(`${whole}，共受理行政复议申请12件。`);
      expect(year.reviews?.reconsideration?.received?.value, whole).toBe(12);
    }
  });

  it('the courts’ counts of suits against every body of a city are not the unit’s lawsuits', () => {
    const { year, unsure } = read(
      '指导全市行政诉讼工作，截至年底，各级法院共受理以市政府、部门、乡镇（街道）为被告的行政诉讼案件115件，审结117件，败诉12件，败诉率为10.26%。行政机关负责人出庭应诉率100%。',
    );
    expect(unsure).toEqual([
      'reviews.litigation.received 115 court-count',
      'reviews.litigation.decided 117 court-count',
      'reviews.litigation.lost 12 court-count',
    ]);
    expect(year.reviews).toEqual({ litigation: { headAppearanceRate: { value: 1, quote: '行政机关负责人出庭应诉率100%' } } });
  });

  it('names no unit 高规格举办 from a body that does not name its own: 办 after a verb is no office', () => {
    const { draft } = extractReport(
      '2024年，区司法局深入学习习近平法治思想。将依法行政教育培训列入领导干部教育培训要点，高规格举办坚持和发展新时代“枫桥经验”专题培训班，持续推动领导干部法治素养提升。',
    );
    expect(JSON.stringify(draft.unit.name)).not.toContain('举办');
    for (const verb of ['承办', '督办', '转办', '交办'])
      expect(extractReport(`2024年，${verb}坚持依法行政，全年开展集中学法12次。`).draft.unit.name).not.toEqual({ 'zh-CN': verb });
    expect(extractReport('2024年，青山镇综治办坚持依法行政，全年开展集中学法12次。').draft.unit.name).toEqual({ 'zh-CN': '青山镇综治办' });
  });
});

describe('counts as other towns write them', () => {
  it('合法性审查11起: contracts counted in 起', () => {
    const { year } = read('2024年，共完成重大行政合同合法性审查11起，均出具法律意见书。');
    expect(year.legality?.contracts?.value).toBe(11);
  });
});

describe('small things the clerk noticed', () => {
  it('says the year came from 2022年 when it did, and speaks of 一年来 only when it came from there', () => {
    const stated = extractReport(`2022年，青山镇坚持依法行政，全年开展集中学法12次。`).toCheck.find((item) => item.field === 'year');
    expect(stated && reasonText(stated, 'zh-CN')).toBe('未从标题读到年度：按报告开头的“2022年”定为2022年度，请核对');
    expect(stated && reasonText(stated, 'en')).not.toMatch(/一年来/);
    const relative = extractReport('一年来，青山镇坚持依法行政，全年开展集中学法12次。\n发布日期：2023-03-01').toCheck.find(
      (item) => item.field === 'year',
    );
    expect(relative && reasonText(relative, 'zh-CN')).toBe('未从标题读到年度：按报告开头的“一年来”和页面的日期推断为2022年度，请核对');
  });

  it('quotes a clause without the bracket it opens or closes for the clauses around it: …3326人次, not …3326人次(其中', () => {
    for (const [open, close] of [
      ['（', '）'],
      ['(', ')'],
    ]) {
      const { toCheck } = extractReport(
        `青山镇2024年度法治政府建设年度报告\n全年共接待群众来访83批326人次${open}其中：个访68批，集体访15批${close}，较上年下降2%。`,
      );
      const quotes = toCheck.filter((item) => item.why === 'batches').map((item) => item.quote);
      expect(quotes).toEqual(['全年共接待群众来访83批326人次', '集体访15批']);
    }
  });

  it('makes no id ending in a hyphen, however long the label', () => {
    for (let length = 1; length < 40; length++) expect(idOf('专题学习'.repeat(10).slice(0, length))).not.toMatch(/-$/);
  });
});
