import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { datasetProblems } from '../../src/data/validate.js';
import { extractReport, reasonText } from '../../src/extract/extract.js';

const beiyangReport = readFileSync(new URL('../../data/reports/beiyang-2024.txt', import.meta.url), 'utf8');

/** A dataset's items as the test compares them: ids and English labels aside. */
const items = (list: { label: unknown; value?: number; quote?: string }[] | undefined) =>
  list?.map(({ label, value, quote }) => ({
    label: typeof label === 'string' ? label : (label as { 'zh-CN': string })['zh-CN'],
    value,
    quote,
  }));

describe('extractReport(北洋镇2024年度法治政府建设年度报告)', () => {
  const { draft, toCheck, text } = extractReport(beiyangReport, { unitId: 'beiyang' });
  const [year] = draft.years;
  const expected = beiyang.years[0];

  it('is a draft dataset the schema accepts', () => {
    expect(datasetProblems(draft)).toEqual([]);
    expect(draft.draft).toBe(true);
    expect(draft.unit.name).toEqual({ 'zh-CN': '北洋镇' });
  });

  it('finds the source as the page gives it (the address is not in the text)', () => {
    const { url: _, ...source } = expected.source;
    expect(year.source).toEqual(source);
    expect(year.year).toBe(2024);
  });

  it('reproduces the petitions of data/beiyang.json, figure for figure and quote for quote', () => {
    expect(year.petitions?.total).toEqual(expected.petitions.total);
    expect(items(year.petitions?.channels)).toEqual(items(expected.petitions.channels));
    expect(items(year.petitions?.flags)).toEqual(items(expected.petitions.flags));
  });

  it('reproduces the mediation: accepted, resolved, the rate as stated', () => {
    expect(year.mediation).toEqual(expected.mediation);
  });

  it('reproduces the study and training sessions by kind', () => {
    expect(items(year.training)).toEqual(items(expected.training));
  });

  it('reproduces the four platforms with the words naming them', () => {
    expect(items(year.platforms)).toEqual(items(expected.platforms));
  });

  it('quotes only words of the report, verbatim', () => {
    const quotes = JSON.stringify(draft).match(/"quote":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(quotes.length).toBeGreaterThan(15);
    for (const quote of quotes) expect(text).toContain(JSON.parse(`{${quote}}`).quote);
  });

  it('puts on the check list the one counted number it does not place (the plans for 2025 name 四个平台 again), and no name or date', () => {
    expect(toCheck.map(({ kind, text }) => `${kind} ${text}`)).toEqual(['unplaced 四个']);
    expect(toCheck[0].sentence).toContain('继续推动“党建统领、经济生态、平安法治、公共服务”四个平台建设');
  });
});

/** A report of an invented town with `body` as its text. */
const invented = (body: string) => `青山镇2024年度法治政府建设年度报告\n${body}\n2025年3月1日`;

describe('extractReport never puts a figure it may misread in the draft', () => {
  const drafted = (body: string) => {
    const { draft, toCheck } = extractReport(invented(body));
    // The invented pages give no publisher: that item of the list is left aside here.
    const figures = toCheck.filter((item) => !item.field?.startsWith('source.'));
    return { year: draft.years[0], toCheck: figures.map((item) => `${item.kind} ${item.quote} ${reasonText(item, 'zh-CN')}`) };
  };

  it('leaves another year’s figures out: 2023 before 2024 in one sentence', () => {
    const { year, toCheck } = drafted('2023年受理信访件420件，其中来访200件，来信220件；2024年受理信访件393件，其中来访193件，来信200件。');
    expect(year.petitions?.total.value).toBe(393);
    expect(year.petitions?.channels.map((channel) => channel.value)).toEqual([193, 200]);
    expect(toCheck.some((item) => item.includes('2023年受理信访件420件') && item.includes('另一年度'))).toBe(true);
  });

  it('takes no count over its two-character counter for exact (300件次以上, 12场次以上), and no 上下 of a phrase for approximate', () => {
    const { year, toCheck } = drafted('全年受理信访事项300件次以上，其中来访100件次。开展普法12场次以上。组织开展2次上下联动演练。');
    expect(year.petitions).toBeUndefined();
    const said = toCheck.join('\n');
    expect(said).toMatch(/300件次以上.*约数/);
    expect(said).toMatch(/12场次以上.*约数/);
    expect(toCheck.find((item) => item.includes('2次上下联动'))).not.toMatch(/约数/);
  });

  it('takes no rate stated as a floor for the rate: 调解成功率达98%以上', () => {
    const { year, toCheck } = drafted('全年受理矛盾纠纷100起，成功调解98起，调解成功率达98%以上。');
    expect(year.mediation?.statedRate).toBeUndefined();
    expect(toCheck.join('\n')).toContain('约数');
  });

  it('lists no ordinal of a plenary session as a number (市委六届五次、六次全会精神), and still lists a count of plenary meetings', () => {
    const said = drafted('全面贯彻落实市委六届五次、六次全会精神，开展集中学法6次。全年召开2次全体会议。').toCheck.join('\n');
    expect(said).not.toMatch(/五次|六次/);
    expect(said).toMatch(/全年召开2次全体会议/);
  });

  it('lists no number of a name (三项制度, 两张清单, 综合查一次), and lists 件次 as the report writes it', () => {
    const said = drafted('落实行政执法三项制度，编制两张清单，推行综合查一次。举办3次法律咨询活动。').toCheck.join('\n');
    expect(said).not.toMatch(/三项|两张|一次/);
    // A count after 办 is still one: 举办3次.
    expect(said).toMatch(/举办3次法律咨询活动/);
    expect(extractReport(invented('提供法律咨询78件次。')).toCheck.find((item) => item.value === 78)?.text).toBe('78件次');
  });

  it('lists no number of a slogan (“两个确立”, 四个意识, “三个年”活动), and still lists a count in quotes (“10个网格”)', () => {
    const said = drafted(
      '深刻领悟“两个确立”的决定性意义，增强四个意识、坚定四个自信、做到两个维护，深化“三个年”活动。全镇划分“10个网格”，举办3次法律咨询活动。',
    ).toCheck.join('\n');
    expect(said).not.toMatch(/两个|四个|三个/);
    expect(said).toMatch(/“10个网格”/);
    // A count in words in quotes is still a count: 建成“三个示范点”.
    expect(drafted('建成“三个示范点”，创建“两个民主法治村”。').toCheck.join('\n')).toMatch(/三个示范点[\s\S]*两个民主法治村/);
    expect(said).toMatch(/举办3次法律咨询活动/);
  });

  it('says an approximate number it does not place is approximate: 学习20余次, 清理100余件, 约30场', () => {
    const { toCheck } = drafted('全年落实“第一议题”学习20余次。清理规范性文件2次、100余件。开展普法活动约30场，覆盖率达60%以上。');
    expect(toCheck).toEqual([
      // Read as sessions of a kind named in quotes, and approximate: nowhere.
      'unsure 全年落实“第一议题”学习20余次 约数（约、近、超过、余…）不是确切的数字，未放入数据',
      'unplaced 清理规范性文件2次 未放入数据的数字',
      'unplaced 100余件 约数（约、近、超过、余…）不是确切的数字，未放入数据',
      'unplaced 开展普法活动约30场 约数（约、近、超过、余…）不是确切的数字，未放入数据',
      'unplaced 覆盖率达60%以上 约数（约、近、超过、余…）不是确切的数字，未放入数据',
    ]);
  });

  it('says a change it does not place is a change, and offers it no place first: 较2023年增长23%, 较上年增加23件, 同比提高3%', () => {
    const { toCheck } = drafted(
      '全年组织法律顾问参与合同审查136件次，较2023年增长23%，重大决策合法性审查覆盖率达100%。行政机关负责人出庭应诉率较上年提高20%。办理信访件较上年增加23件。调解成功率同比提高3%。',
    );
    const why = (text: string) => toCheck.filter((item) => item.includes(text)).map((item) => item.split(' ').at(-1));
    for (const text of ['较2023年增长23%', '出庭应诉率较上年提高20%', '办理信访件较上年增加23件', '调解成功率同比提高3%'])
      expect(why(text), text).toEqual(['这是变化量（同比、较上年…），不是当年的数字']);
    const { toCheck: items } = extractReport(invented('出庭应诉率较上年提高20%。'));
    expect(items.find((item) => item.value === 0.2)?.why ?? items.find((item) => item.text.startsWith('20'))?.why).toBe('change');
    // Written in words too.
    const { toCheck: worded } = extractReport(invented('出庭应诉率较上年提高百分之二十。'));
    expect(worded.filter((item) => item.text.includes('百分之二十')).map((item) => item.why)).toEqual(['change']);
  });

  it('calls a number not placed another year’s only by its own clause, and 新增加 no change', () => {
    const { toCheck } = drafted(
      '与去年同期相比，今年共审查合同58份。比上年多开展普法讲座3场，全年开展普法讲座15场。全年新增加法律顾问12名。',
    );
    const why = (text: string) => toCheck.filter((item) => item.includes(text)).map((item) => item.split(' ').at(-1));
    // 与去年同期相比，今年…: this year's again, taken.
    expect(why('今年共审查合同58份')).toEqual([]);
    // A 普法 talk is for the public: no training of the unit's, whichever year.
    expect(why('全年开展普法讲座15场')).toEqual(['这不是本单位的学习培训：基层、村（社区）的学习，或面向群众的普法宣传']);
    expect(why('全年新增加法律顾问12名')).toEqual(['未放入数据的数字']);
  });

  it('takes no change for a total: 信访件同比下降12件', () => {
    const { year, toCheck } = drafted('信访件同比下降12件，其中来访8件，来信4件。');
    expect(year.petitions).toBeUndefined();
    expect(toCheck.join('\n')).toContain('变化量');
  });

  it('sends a total stated twice with two numbers to a person', () => {
    const { year, toCheck } = drafted('全年信访总量393件，其中来访193件，来信200件。全年信访总量400件。');
    expect(year.petitions).toBeUndefined();
    expect(toCheck.filter((item) => item.includes('不同的数字'))).toHaveLength(2);
  });

  it('never takes a kind of dispute or another matter for those resolved', () => {
    expect(drafted('共受理矛盾纠纷120起，其中成功调解邻里纠纷30起。').year.mediation).toBeUndefined();
    expect(drafted('受理矛盾纠纷120起，化解历史遗留问题3件。').year.mediation).toBeUndefined();
  });

  it('sends channels adding up to more than the total to a person', () => {
    const { year, toCheck } = drafted('受理信访件100件，其中来访120件，来信90件。');
    expect(year.petitions).toBeUndefined();
    expect(toCheck.filter((item) => item.includes('多于信访总量'))).toHaveLength(3);
  });

  it('sends a kind of session counted for another year, or twice, to a person', () => {
    const { year } = drafted('今年开展集中学习12次，上年集中学习10次。');
    expect(year.training?.map(({ label, value }) => `${label} ${value}`)).toEqual(['集中学习 12']);
    expect(drafted('开展集中学习12次。开展集中学习10次。').year.training).toBeUndefined();
  });

  it('finds platforms only in an announced list as long as the naming says', () => {
    expect(drafted('全镇建成三个平台，推进一体化改革，完善三项制度。').year.platforms).toBeUndefined();
    expect(drafted('建成“四平台”，即党建统领、经济生态、平安法治。').year.platforms).toBeUndefined();
  });

  it('counts no batches of visits as cases, and no approximate figure (余, 多) at all', () => {
    const { year, toCheck } = drafted('受理信访件393余件，其中来访120批次，来信273件。');
    expect(year.petitions).toBeUndefined();
    expect(toCheck.join('\n')).toContain('约数');
  });

  it('places a number right after a hotline’s name where it stands', () => {
    const { year, toCheck } = drafted('全年信访总量400件，其中12345热线345件，来访55件。');
    expect(year.petitions?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['12345热线 345', '来访 55']);
    expect(toCheck).toEqual([]);
  });

  it('counts no sessions of the grass roots, nor talks of a publicity campaign, as the unit’s own training', () => {
    const guided = drafted('组织专题学习3次，例会学习5次，指导推动基层进行学习38次。');
    expect(guided.year.training?.map(({ label, value }) => `${label} ${value}`)).toEqual(['专题学习 3', '例会学习 5']);
    expect(guided.toCheck).toContain(
      'unsure 指导推动基层进行学习38次 这不是本单位的学习培训：基层、村（社区）的学习，或面向群众的普法宣传',
    );
    const campaign = drafted('开展一系列的法制宣传活动。通过举办法治讲座4次、挂宣传横幅12条、发放小册子2000余册。');
    expect(campaign.year.training).toBeUndefined();
    expect(campaign.toCheck.filter((item) => item.startsWith('unsure 通过举办法治讲座4次'))).toHaveLength(1);
    // 学习宣传贯彻 is how study is written: it makes no publicity campaign.
    expect(drafted('学习宣传贯彻习近平法治思想，开展集中学法12次。').year.training?.map(({ value }) => value)).toEqual([12]);
    // Counted in 场(次), the grass roots' sessions are still theirs; the villages' publicity is no training at all.
    const street = drafted(
      '组织全街道干部职工集中开展法治理论学习2次，村(社区)集中宣传16场，各基层党组织结合“三会一课”、主题党日等开展集中学习320场(次)。',
    );
    expect(street.year.training?.map(({ label, value }) => `${label} ${value}`)).toEqual(['法治理论学习 2']);
    const notTheUnit = (text: string) => street.toCheck.filter((item) => item.includes(text) && item.endsWith('或面向群众的普法宣传'));
    expect(notTheUnit('集中宣传16场')).toHaveLength(1);
    expect(notTheUnit('开展集中学习320场(次)')).toHaveLength(1);
  });

  it('sends a session named after a list of holders to a person: its name would carry only the last of them', () => {
    const { year, toCheck } = drafted('组织全区信访干部参加国家信访局、市信访办专题视频学习培训11次。');
    expect(year.training).toBeUndefined();
    expect(toCheck).toContain('unsure 市信访办专题视频学习培训11次 学习培训的名称接在一串单位名称之后，可能只写了其中一个，请核对');
    // A verb before the kind names it whatever the list before it.
    const named = drafted('通过街道理论中心组、班子会等载体开展专题学法4次。');
    expect(named.year.training?.map(({ label, value }) => `${label} ${value}`)).toEqual(['专题学法 4']);
  });

  it('gives a page that names no date a draft the schema accepts, and asks a person for the date', () => {
    const { draft, toCheck } = extractReport('青山镇2024年度法治政府建设年度报告\n全年开展集中学法12次。');
    expect(datasetProblems(draft)).toEqual([]);
    expect(toCheck.filter((item) => item.why === 'missing-date')).toHaveLength(1);
  });

  it('lists each number once: a figure left out with its reason is not listed again as a number not placed', () => {
    const { toCheck } = drafted('全年受理矛盾纠纷约100起，成功调解98起。指导推动基层进行学习38次。');
    expect(toCheck).toEqual([
      'unsure 全年受理矛盾纠纷约100起 约数（约、近、超过、余…）不是确切的数字，未放入数据',
      'unsure 成功调解98起 约数（约、近、超过、余…）不是确切的数字，未放入数据',
      'unsure 指导推动基层进行学习38次 这不是本单位的学习培训：基层、村（社区）的学习，或面向群众的普法宣传',
    ]);
  });

  it('reads 1.2万 as 12 000 and a stated rate to the precision it is written', () => {
    const { year, toCheck } = drafted('受理矛盾纠纷800起，调解成功793起，调解成功率达99.125%。发放资料1.2万份。');
    expect(year.mediation?.statedRate?.value).toBe(0.99125);
    expect(toCheck.join('\n')).toContain('1.2万份');
  });
});
