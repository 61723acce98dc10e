import { readFileSync } from 'node:fs';
/**
 * The report's year, found where real reports hold it: the title, the first lines, the page's
 * dates, its address, the year most figures are stated for. Every report here is invented, in the
 * shapes portals publish.
 */
import { describe, expect, it } from 'vitest';
import { extractReport, reasonText } from '../../src/extract/extract.js';

/** A body with figures of no year, for reports whose year must come from elsewhere. */
const BODY = '一、主要举措和成效\n（一）强化学法用法。全年开展集中学法12次，举办专题培训会3场。';

/** The year read, where from, and the check-list item saying so (if any), worded in both languages. */
function yearOf(report: string) {
  const { draft, toCheck, yearFrom } = extractReport(report);
  const item = toCheck.find((entry) => entry.field === 'year');
  return {
    year: draft.years[0].year,
    from: yearFrom,
    item: item && { text: item.text, why: item.why, zh: reasonText(item, 'zh-CN'), en: reasonText(item, 'en') },
    source: draft.years[0].source,
  };
}

/** The unit's name the extractor reads from a report, the year given for one that names none. */
const unitIn = (year: number) => (report: string) => (extractReport(report, { year }).draft.unit.name as { 'zh-CN': string })['zh-CN'];

describe('extractReport finds the year in the title', () => {
  it('as most titles write it, and asks nothing about it', () => {
    const { year, from, item } = yearOf(`青山镇2024年度法治政府建设年度报告\n${BODY}`);
    expect({ year, from, item }).toEqual({ year: 2024, from: 'title', item: undefined });
  });

  it('with the year before the unit (2020年青山区法治政府建设情况报告)', () => {
    const { draft } = extractReport(`2020年青山区法治政府建设情况报告\n${BODY}`);
    expect(draft.years[0].year).toBe(2020);
    expect(draft.unit.name).toEqual({ 'zh-CN': '青山区' });
  });

  it('broken over two lines, and taken whole as the title', () => {
    const { year, from, source } = yearOf(`青山乡人民政府关于2023年度法治政府建设\n工作的报告\n${BODY}`);
    expect({ year, from, title: source.title }).toEqual({
      year: 2023,
      from: 'title',
      title: '青山乡人民政府关于2023年度法治政府建设工作的报告',
    });
  });

  it('without 年, or called a 工作总结', () => {
    expect(yearOf(`青山街道2024法治政府建设年度报告\n${BODY}`).year).toBe(2024);
    expect(yearOf(`青山镇2022年法治政府建设工作总结\n${BODY}`).year).toBe(2022);
  });

  it('over every other year the body names', () => {
    const { year, from } = yearOf(
      '青山镇2024年度法治政府建设年度报告\n2023年受理信访件420件，其中来访200件，来信220件。2023年，全镇开展学法10次。',
    );
    expect({ year, from }).toEqual({ year: 2024, from: 'title' });
  });
});

describe('extractReport takes the page’s source as real pages give it', () => {
  it('takes a title line whole, never with the column name or the notice on the line before it', () => {
    expect(yearOf(`法治政府建设年报\n八街街道办事处2021年度法治政府建设工作报告\n${BODY}`).source.title).toBe(
      '八街街道办事处2021年度法治政府建设工作报告',
    );
    expect(yearOf(`    主动公开\n\n澧浦镇2023年度法治政府建设工作报告\n${BODY}`).source.title).toBe('澧浦镇2023年度法治政府建设工作报告');
  });

  it('ends a field’s value where the next bracketed field begins on its line ([ 发布机构 ] 某乡人民政府 [ 有效性 ])', () => {
    const { source } = yearOf(
      `[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]\n[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]\n[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10\n${BODY}`,
    );
    expect({ publisher: source.publisher, indexNo: source.indexNo, date: source.date }).toEqual({
      publisher: '丰都县栗子乡人民政府',
      indexNo: '11500230008689762A/2026-00004',
      date: '2026-01-22',
    });
  });

  it('takes 发文机构 for the publisher, and a date on a line of its own under the title (2026.03.05) for the date', () => {
    const { source } = yearOf(
      '噶尔县左左乡2025年法治政府建设工作年度报告\n- 索引号:grsxx/2026-00000\n- 发文机构:噶尔县左左乡\n- 发布日期:2026-01-21\n开展集中学法6次。',
    );
    expect({ publisher: source.publisher, date: source.date }).toEqual({ publisher: '噶尔县左左乡', date: '2026-01-21' });
    // A code in the field names no publisher: the next field that names a body does.
    expect(yearOf('青山镇2025年法治政府建设工作年度报告\n- 发文机构:gyz1\n来源：白石镇人民政府\n开展集中学法6次。').source.publisher).toBe(
      '白石镇人民政府',
    );
    // The field names the unit too, where nothing else does.
    expect(unitIn(2025)('法治政府建设年度报告\n- 发文机构:噶尔县左左乡\n一、开展集中学法6次。')).toBe('左左乡');
    // A date alone on its line far below the title (a related page's, under 相关链接) is not the report's: its signature is.
    expect(
      yearOf('青山镇2024年度法治政府建设年度报告\n开展集中学法6次。\n青山镇人民政府\n2025年1月5日\n相关链接\n2023.10.11').source.date,
    ).toBe('2025-01-05');
    // Nor a day no calendar has.
    expect(yearOf('2025年重固镇法治政府建设报告\n\n2026.13.45\n\n2025年，重固镇坚持依法行政，开展集中学法6次。').source.date).toBe(
      '0001-01-01',
    );
    // 重固镇's page: its column's words, the title, a notice, then the date alone on its line.
    const dotted = yearOf(
      '返回上一级\n\n字号\n\n打印\n\n2025年重固镇法治政府建设报告\n\n主动公开\n\n2026.03.05\n\n2025年，重固镇坚持依法行政，开展集中学法6次。',
    );
    expect(dotted.source.date).toBe('2026-03-05');
  });

  it('takes the publisher from a title that names the body publishing it (冷水镇人民政府关于…), never a place for one', () => {
    expect(yearOf(`冷水镇人民政府关于2023年度法治政府建设工作的报告\n${BODY}`).source.publisher).toBe('冷水镇人民政府');
    // Over two lines the first may be a portal's banner: a person says who published it.
    expect(yearOf(`大河乡人民政府\n关于法治政府建设的情况报告\n2025年，大河乡开展集中学法6次。`).source.publisher).toBe('（待填写）');
    expect(yearOf(`青山区人民政府\n关于法治政府建设的情况报告\n2025年，大河乡开展集中学法6次。`).source.publisher).toBe('（待填写）');
    // 关于 is no body's name.
    expect(yearOf(`关于青山镇人民政府2023年度法治政府建设工作的报告\n${BODY}`).source.publisher).not.toMatch(/^关于/);
    expect(yearOf(`八街街道办事处2021年度法治政府建设工作报告\n${BODY}`).source.publisher).toBe('八街街道办事处');
    // A portal's banner above a column's name is no title's body.
    expect(yearOf(`青山区人民政府\n法治政府建设年度报告\n2025年，大河乡开展集中学法6次。`).source.publisher).toBe('（待填写）');
    // A place is no body: 冷水镇 published nothing, its government did; a person fills it in.
    expect(yearOf(`冷水镇2023年度法治政府建设工作报告\n${BODY}`).source.publisher).toBe('（待填写）');
    // A field that names the publisher comes first.
    expect(yearOf(`冷水镇人民政府关于2023年度法治政府建设工作的报告\n- 发布机构:某县冷水镇\n${BODY}`).source.publisher).toBe('某县冷水镇');
  });

  it('takes no next field for the value of an empty one (来源:       发布日期:2021-03-30)', () => {
    const { source } = yearOf(`有庆镇2020年度法治政府建设工作情况报告\n\n来源:       发布日期:2021-03-30     点击数: 人次\n${BODY}`);
    expect({ publisher: source.publisher, date: source.date }).toEqual({ publisher: '（待填写）', date: '2021-03-30' });
  });
});

describe('extractReport finds the year in the first lines when the title does not give it', () => {
  it('after the addressee and 一年来: 2022年，在县委…', () => {
    const { year, from, item } = yearOf(
      '中共青山县委、青山县人民政府：\n现将一年来的法治政府建设工作情况报告如下：\n2022年，在县委、县政府的正确领导下，我局坚持依法行政。\n' +
        BODY,
    );
    expect({ year, from }).toEqual({ year: 2022, from: 'first-lines' });
    expect(item).toEqual({
      text: '2022年',
      why: 'year-from-first-lines',
      zh: '未从标题读到年度：按报告开头的“2022年”定为2022年度，请核对',
      en: 'No year read from a title: 2022 is taken from the report’s opening words (“2022年”): check it',
    });
  });

  it('never takes the addressee for the unit: 城中区委全面依法治区委员会： above 人民街街道办事处坚持…', () => {
    const { draft } = extractReport(
      '城中区委全面依法治区委员会：\n在全面建设社会主义现代化国家新征程上，人民街街道办事处坚持以习近平法治思想为根本遵循，系统推进法治政府建设。现将2025年工作情况总结如下：\n一、全年工作完成情况\n2025年，开展集中学法6次。',
    );
    expect(draft.unit.name).toEqual({ 'zh-CN': '人民街街道' });
  });

  it('keeps a place name that holds 和, 与 or 将 whole: 仁和镇, 和平镇, 中和街道, 将乐县', () => {
    const unitOf = unitIn(2024);
    expect(
      unitOf('仁和镇人民政府\n关于2024年度法治政府建设工作的报告\n2024年,仁和镇在上级党委、政府的坚强领导下,深入学习贯彻习近平法治思想。'),
    ).toBe('仁和镇');
    expect(unitOf('2024年,仁和镇在上级党委、政府的坚强领导下,深入学习贯彻习近平法治思想。')).toBe('仁和镇');
    expect(unitOf('和平镇人民政府2024年法治政府建设工作报告\n开展集中学法6次。')).toBe('和平镇');
    expect(unitOf('中和街道办事处2024年法治政府建设工作报告\n开展集中学法6次。')).toBe('中和街道');
    expect(unitOf('将乐县人民政府2024年法治政府建设工作报告\n开展集中学法6次。')).toBe('将乐县');
  });

  it('reads the unit from a title a party committee and the government send together (中共黄湾镇委员会黄湾镇人民政府关于报送…)', () => {
    const unitOf = unitIn(2024);
    // 海宁市黄湾镇's report, its title on a line of its own as its page shows it.
    const title = '中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告';
    expect(unitOf(`${title}\n中共海宁市委、海宁市人民政府：\n2024年，全年领导班子会议学法8次。`)).toBe('黄湾镇');
    expect(unitOf('中共青山镇委员会青山镇人民政府关于2024年法治政府建设工作情况的报告\n开展集中学法6次。')).toBe('青山镇');
    // The committee named without 中共 (冷水镇党委), or the two bodies apart by a space, as a page sets them.
    expect(unitOf('冷水镇党委冷水镇人民政府关于2024年法治政府建设情况的报告\n开展集中学法6次。')).toBe('冷水镇');
    for (const spaced of ['中共冷水镇委员会 冷水镇人民政府', '中共冷水镇委员会\u3000冷水镇人民政府']) {
      const { source } = yearOf(`${spaced}关于2024年度法治政府建设情况的报告\n开展集中学法6次。`);
      expect([unitOf(`${spaced}关于2024年度法治政府建设情况的报告\n开展集中学法6次。`), source.title, source.publisher]).toEqual([
        '冷水镇',
        `${spaced}关于2024年度法治政府建设情况的报告`,
        spaced,
      ]);
    }
    // A space sets apart only a committee and the government: a breadcrumb, a banner before the title is no part of it.
    expect(unitOf('首页 政务公开 2024年度法治政府建设情况报告\n青山镇2024年度法治政府建设情况报告\n开展集中学法6次。')).toBe('青山镇');
    expect(unitOf('青山区人民政府门户网站 青山镇2024年度法治政府建设情况报告\n开展集中学法6次。')).not.toContain('门户网站');
    expect(unitOf('青山区人民政府 青山区司法局2024年法治政府建设情况报告\n开展集中学法6次。')).not.toContain('人民政府');
    // A title whose words name no unit the extractor can read leaves the name for a person, never a piece of the title.
    expect(unitOf('关于报送我单位2024年度法治政府建设的报告\n开展集中学法6次。')).toBe('（待填写）');
  });

  it('reads a title that names no year and says 建设的情况报告 (大河乡人民政府关于法治政府建设的情况报告)', () => {
    const { draft } = extractReport(
      '大河乡人民政府关于法治政府建设的情况报告\n2025年，是法治政府建设的关键之年。大河乡始终坚持以习近平法治思想为根本遵循，开展集中学法6次。',
    );
    expect(draft.years[0].source.title).toBe('大河乡人民政府关于法治政府建设的情况报告');
    expect(draft.unit.name).toEqual({ 'zh-CN': '大河乡' });
  });

  it('reads a title that names no year over two lines (大河乡人民政府 / 关于法治政府建设的情况报告)', () => {
    const { draft } = extractReport(
      '大河乡人民政府\n关于法治政府建设的情况报告\n2025年，是法治政府建设的关键之年。大河乡始终坚持以习近平法治思想为根本遵循，开展集中学法6次。',
    );
    expect(draft.years[0].source.title).toBe('大河乡人民政府关于法治政府建设的情况报告');
    expect(draft.unit.name).toEqual({ 'zh-CN': '大河乡' });
    // Its first line may be a portal's banner: the unit is read from the body, and checked.
    const banner = extractReport('青山区人民政府\n关于法治政府建设的情况报告\n2024年，白石镇坚持依法行政，开展集中学法6次。');
    expect(banner.draft.unit.name).toEqual({ 'zh-CN': '白石镇' });
    expect(banner.toCheck.some((entry) => entry.field === 'unit.name')).toBe(true);
  });

  it('keeps a name that holds 市, 区 or 县 whole (新市街道, 新区镇), the places above it left out', () => {
    const unitOf = unitIn(2023);
    // 广州市白云区新市街道's report, its opening as its portal shows it.
    expect(
      unitOf('2023年,在区委、区政府的正确领导下,新市街道办事处坚持以习近平新时代中国特色社会主义思想为指导,认真统筹法治政府建设。'),
    ).toBe('新市街道');
    expect(unitOf('广州市白云区新市街道办事处2023年法治政府建设工作报告\n开展集中学法6次。')).toBe('新市街道');
    expect(unitOf('某某县新区镇人民政府2023年法治政府建设工作报告\n开展集中学法6次。')).toBe('新区镇');
    expect(unitOf('2023年，城区街道坚持依法行政，开展集中学法6次。')).toBe('城区街道');
    expect(unitOf('眉山市彭山区公义镇人民政府2023年法治政府建设工作报告\n开展集中学法6次。')).toBe('公义镇');
    // A name that begins with 市 or 区 right after the place above it (番禺区 | 市桥街道, 济南市 | 市中区): a name has two characters or more before its level.
    expect(unitOf('广州市番禺区市桥街道办事处2023年法治政府建设工作报告\n开展集中学法6次。')).toBe('市桥街道');
    expect(unitOf('济南市市中区人民政府2023年法治政府建设工作报告\n开展集中学法6次。')).toBe('市中区');
    expect(unitOf('某某市区庄镇人民政府2023年法治政府建设工作报告\n开展集中学法6次。')).toBe('区庄镇');
  });

  it('takes the publisher’s line above the title for the unit, never 我镇 in a sentence (完善我镇法治政府建设工作领导小组)', () => {
    const unitOf = unitIn(2021);
    const report = readFileSync(new URL('../fixtures/real-reports/town-gongyi-2021.txt', import.meta.url), 'utf8');
    expect(unitOf(report)).toBe('公义镇');
    expect(unitOf('2021年法治政府建设工作情况报告\n一、完善我镇法治政府建设工作领导小组，开展集中学法6次。')).toBe('（待填写）');
    // A portal's banner is no publisher: the body naming itself comes first, the line only when the body never does.
    expect(
      unitOf(
        '重庆市铜梁区人民政府\n首页 > 政务公开 > 法治政府建设年度报告\n2021年法治政府建设工作报告\n2021年，东城街道坚持依法行政，开展集中学法6次。东城街道深入推进法治政府建设。\n东城街道办事处',
      ),
    ).toBe('东城街道');
    expect(unitOf('重庆市铜梁区人民政府\n首页 > 政务公开\n2021年法治政府建设工作报告\n一、开展集中学法6次。\n东城街道办事处')).toBe(
      '东城街道',
    );
  });

  it('reads no verb into the name: 有效推动岩山镇法治政府建设迈上新台阶 → 岩山镇, and asks a person to check a name read from the body', () => {
    const unitOf = unitIn(2024);
    // 岩山镇's report (its opening as its page shows it): the only place it names itself.
    const opening = '，认真落实县委、县政府关于法治政府建设的各项部署，有效推动岩山镇法治政府建设迈上新台阶。开展集中学法6次。';
    expect(unitOf(`2024年以来${opening}`)).toBe('岩山镇');
    for (const verb of ['推动', '切实推动', '进一步推动', '有效推进', '持续促进', '着力推动', '扎实推动', '助力'])
      expect(unitOf(`2024年，${verb}白石镇法治政府建设。开展集中学法6次。`), verb).toBe('白石镇');
    const { toCheck } = extractReport(`2024年以来${opening}`, { year: 2024 });
    const item = toCheck.find((entry) => entry.field === 'unit.name');
    expect(item && { why: item.why, text: item.text, quote: item.quote }).toEqual({
      why: 'unit-from-text',
      text: '岩山镇',
      quote: '2024年以来，认真落实县委、县政府关于法治政府建设的各项部署，有效推动岩山镇法治政府建设迈上新台阶。',
    });
    expect(reasonText(item!, 'zh-CN')).toBe('标题未写单位：按正文的“岩山镇”填写了单位名称，请核对');
    expect(reasonText(item!, 'en')).toBe('No unit read from a title: “岩山镇” is taken from the report’s text: check it');
    // A place's generic word is no unit's name (县城区, 市辖区).
    for (const generic of ['县城区', '市辖区', '城区'])
      expect(unitOf(`2024年，有效推动${generic}法治政府建设。开展集中学法6次。`), generic).toBe('（待填写）');
    // The item quotes the sentence the name stands in, never the addressee's line above the first sentence.
    const addressed = extractReport(
      `关于2024年法治政府建设情况的报告\n中共某某县委全面依法治县委员会、某某县人民政府办公室：\n2024年以来，青山镇坚持依法行政。开展集中学法6次。`,
      { year: 2024 },
    ).toCheck.find((entry) => entry.field === 'unit.name');
    expect(addressed?.quote).toBe('2024年以来，青山镇坚持依法行政。');
    // Read from the title: nothing to check.
    expect(
      extractReport('岩山镇2024年法治政府建设工作报告\n开展集中学法6次。').toCheck.filter((entry) => entry.field === 'unit.name'),
    ).toEqual([]);
  });

  it('still finds the unit speaking of itself in a line that ends with a colon: 2024年，青山镇坚持依法行政，主要做了以下工作：', () => {
    expect(extractReport('2024年，青山镇坚持依法行政，主要做了以下工作：\n一、开展集中学法6次。').draft.unit.name).toEqual({
      'zh-CN': '青山镇',
    });
  });

  it('as 2024年以来, 2021年度，…, 2024年是…之年, and 二〇二四年，…', () => {
    expect(yearOf(`2024年以来，青山镇坚持依法行政，扎实推进法治政府建设。\n${BODY}`).year).toBe(2024);
    // 年 left out, as a report may: 2024以来，… — quoted as written.
    const left = yearOf(`2024以来，在县委、县政府的精心指导下，青山镇认真落实各项部署。\n${BODY}`);
    expect([left.year, left.item?.text]).toEqual([2024, '2024']);
    // 自2019以来, 自2019年以来: since a year, many years; the report's own comes after.
    for (const since of ['自2019以来', '自2019年以来', '从2019年以来'])
      expect(yearOf(`${since}，青山镇坚持依法行政。2024年，开展集中学法6次。\n${BODY}`).year, since).toBe(2024);
    expect(yearOf(`2021年度，在县委、县政府领导下，青山镇认真贯彻决策部署。\n${BODY}`).year).toBe(2021);
    expect(yearOf(`2024年是全面贯彻落实党的二十大精神的关键之年，青山街道扎实推进法治政府建设。\n${BODY}`).year).toBe(2024);
    expect(yearOf(`二〇二四年，石门镇党委、政府坚持以习近平法治思想为指导。\n${BODY}`).year).toBe(2024);
  });

  it('past a year in a document’s name or a span (《…纲要（2021—2025年）》), to the report’s own', () => {
    const { year } = yearOf(
      `根据《法治政府建设实施纲要（2021—2025年）》和《全面深化法治领域改革纲要（2023—2027年）》的部署，2023年，青山街道扎实推进依法行政。\n${BODY}`,
    );
    expect(year).toBe(2023);
  });

  it('quoting the sentence it was read from, not a whole paragraph a page runs together on one line', () => {
    const { toCheck } = extractReport(
      `2022年,永嘉县司法局在县委、县政府的正确领导下,促进司法行政工作迈上新水平。现将我局2022年法治政府建设工作报告如下: 一、主要举措和成效 (一)全力化解行政争议。2022年我县行政诉讼结案521件。\n${BODY}`,
    );
    expect(toCheck.find((item) => item.field === 'year')?.sentence).toBe(
      '2022年,永嘉县司法局在县委、县政府的正确领导下,促进司法行政工作迈上新水平。',
    );
  });

  it('from the first heading (一、2022年法治政府建设主要举措和成效) when the first sentence names none, never from a later one of plans', () => {
    const opening = '通州区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，法治建设的保障作用全面彰显。';
    const { year, from, item } = yearOf(`${opening}\n一、2022年法治政府建设主要举措和成效\n${BODY}`);
    expect({
      year,
      from,
      text: item?.text,
      sentence:
        item &&
        extractReport(`${opening}\n一、2022年法治政府建设主要举措和成效\n${BODY}`).toCheck.find((entry) => entry.field === 'year')
          ?.sentence,
    }).toEqual({
      year: 2022,
      from: 'first-lines',
      text: '2022年',
      sentence: '一、2022年法治政府建设主要举措和成效',
    });
    expect(() => extractReport(`${opening}\n三、2025年工作打算\n${BODY}`)).toThrow(/names no year/);
  });

  it('as 现将我镇2022年度法治政府建设情况报告如下 when the first sentence names no year', () => {
    expect(yearOf(`青山镇坚持依法行政，推进法治政府建设。现将我镇2022年度法治政府建设情况报告如下：\n${BODY}`).year).toBe(2022);
  });

  it('as the year before, for 一年来 published in January (the field block’s 发布日期)', () => {
    const { year, from, item } = yearOf(`发布日期：2024-01-31\n一年来，青山镇坚持依法行政，扎实推进法治政府建设。\n${BODY}`);
    expect({ year, from, text: item?.text, why: item?.why }).toEqual({
      year: 2023,
      from: 'first-lines',
      text: '一年来',
      why: 'year-from-first-lines',
    });
  });

  it('as that year, for 今年以来 signed in December', () => {
    expect(yearOf(`今年以来，青山镇坚持依法行政，扎实推进法治政府建设。\n${BODY}\n青山镇人民政府\n2023年12月20日`).year).toBe(2023);
  });

  it('and not from a date in a sentence (2022年11月7日，我镇召开…)', () => {
    expect(() => extractReport(`2022年11月7日，青山镇召开学习大会，传达会议精神。\n${BODY}`)).toThrow(/names no year/);
  });
});

describe('extractReport infers the year from the page when the report does not state it', () => {
  it('from the field block’s date, the year before for a date in the first half of a year', () => {
    const { year, from, item } = yearOf(`索引号：11330000/2025-00041\n成文日期：2025-02-17\n${BODY}`);
    expect({ year, from, text: item?.text, why: item?.why }).toEqual({
      year: 2024,
      from: 'field',
      text: '2025-02-17',
      why: 'year-from-field',
    });
    expect(item?.zh).toContain('推断为2024年度');
  });

  it('from the field block written as table cells (| 成文日期 | 2025-03-06 |, [ 成文日期 ] | … |), which is also the source’s date', () => {
    const cells = yearOf(`| 索 引 号 | 1137/2026-00538 | 公开方式 | 主动公开 |\n| 成文日期 | 2026-03-06 | 废止日期 | |\n${BODY}`);
    expect({ year: cells.year, date: cells.source.date }).toEqual({ year: 2025, date: '2026-03-06' });
    const brackets = yearOf(
      `| [ 发布机构 ] | 青山镇人民政府 | [ 有效性 ] | |\n| [ 成文日期 ] | 2025-12-28 | [ 发布日期 ] | 2026-01-05 |\n${BODY}`,
    );
    expect({ year: brackets.year, date: brackets.source.date }).toEqual({ year: 2025, date: '2025-12-28' });
  });

  it('from a date in the page’s address copied with it (/art/2025/2/24/…, /202403/t20240326_…), kept as the source’s address', () => {
    const art = yearOf(`https://www.qingshan.gov.cn/art/2025/2/24/art_1588307_59138456.html\n${BODY}`);
    expect({ year: art.year, from: art.from, why: art.item?.why, url: art.source.url }).toEqual({
      year: 2024,
      from: 'url',
      why: 'year-from-url',
      url: 'https://www.qingshan.gov.cn/art/2025/2/24/art_1588307_59138456.html',
    });
    expect(yearOf(`${BODY}\nhttp://www.qingshan.gov.cn/zwgk/202403/t20240326_6583952.html`).year).toBe(2023);
  });

  it('from the address a saved page names for itself (the browser’s saved-from mark, or its canonical link)', () => {
    const page = (head: string) =>
      `${head}<html><head><title>青山镇</title></head><body><article><p>一、主要举措和成效</p><p>全年开展集中学法12次。</p></article></body></html>`;
    const saved = yearOf(page('<!-- saved from url=(0066)https://www.qingshan.gov.cn/art/2025/2/24/art_1588307_59138456.html -->\n'));
    expect({ year: saved.year, from: saved.from, url: saved.source.url }).toEqual({
      year: 2024,
      from: 'url',
      url: 'https://www.qingshan.gov.cn/art/2025/2/24/art_1588307_59138456.html',
    });
    const canonical = page('').replace(
      '<title>',
      '<link rel="canonical" href="http://www.qingshan.gov.cn/zwgk/202403/t20240326_65839.html"><title>',
    );
    expect(yearOf(canonical).year).toBe(2023);
  });

  it('from the year most of its figures are stated for, when nothing else holds it', () => {
    const { year, from, item } = yearOf(
      '一、主要举措和成效\n2022年我镇新制发规范性文件1件，并报司法局备案。2022年共开展行政执法检查220次，作出行政处罚7件。\n二、下一步打算\n2023年计划开展学法12次。',
    );
    expect({ year, from, why: item?.why }).toEqual({ year: 2022, from: 'figures', why: 'year-from-figures' });
  });

  it('and refuses, as before, when nothing holds it; a year given always wins', () => {
    expect(() => extractReport(BODY)).toThrow(/names no year/);
    const given = extractReport(`青山镇2024年度法治政府建设年度报告\n${BODY}`, { year: 2021 });
    expect({ year: given.draft.years[0].year, from: given.yearFrom }).toEqual({ year: 2021, from: 'option' });
    expect(given.toCheck.some((item) => item.field === 'year')).toBe(false);
  });
});
