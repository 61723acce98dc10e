/**
 * The extractor on the ways real reports write their figures: each clause here is a published
 * report's (tests/fixtures/real-reports/), set in an invented page of the same year so that each way
 * of writing is tried alone. What a careful person takes is in the draft; what they would hesitate
 * over is on the check list with its reason; nothing else is placed.
 */
import { describe, expect, it } from 'vitest';
import { datasetProblems } from '../../src/data/validate.js';
import { extractReport, reasonText } from '../../src/extract/extract.js';

/** A page of an invented town's report of `year` holding `body`, read. */
function read(body: string, year = 2024) {
  const { draft, toCheck } = extractReport(`青山镇${year}年度法治政府建设年度报告\n${body}\n${year + 1}年3月1日`);
  expect(datasetProblems(draft)).toEqual([]);
  const figures = toCheck.filter((item) => !item.field?.startsWith('source.'));
  return {
    year: draft.years[0],
    /** The unsure items: field, value, reason code. */
    unsure: figures.filter((item) => item.kind === 'unsure').map((item) => `${item.field} ${item.value} ${item.why}`),
    /** Every item's words and reason, in Chinese. */
    words: figures.map((item) => `${item.quote} ${reasonText(item, 'zh-CN')}`),
  };
}

const kinds = (training: { label: unknown; value: number; quote: string }[] | undefined) =>
  training?.map(({ label, value, quote }) => `${label} ${value} «${quote}»`);

describe('study and training as real reports write it', () => {
  it('reads a count with the report’s year before its verb: 2022年共开展中心组学法4次', () => {
    const { year } = read('组织党委中心学习组深入学习贯彻习近平法治思想，2022年共开展中心组学法4次。', 2022);
    expect(kinds(year.training)).toEqual(['中心组学法 4 «2022年共开展中心组学法4次»']);
  });

  it('never reads another year’s count so: 2021年共开展中心组学法4次 in the 2022 report', () => {
    const { year, unsure } = read('2021年共开展中心组学法4次。', 2022);
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 4 other-year']);
  });

  it('reads the kind followed by what was studied: 专题学习习近平法治思想', () => {
    expect(kinds(read('组织专题学习习近平法治思想3次。').year.training)).toEqual([
      '专题学习习近平法治思想 3 «组织专题学习习近平法治思想3次»',
    ]);
    // Whose meeting it was stays in the name; the place before it does not.
    expect(kinds(read('2024年，鹤龙街党工委会议专题学习习近平法治思想5次。').year.training)).toEqual([
      '党工委会议专题学习习近平法治思想 5 «鹤龙街党工委会议专题学习习近平法治思想5次»',
    ]);
  });

  it('reads a kind after a long run of words when a verb names it: …等多种形式开展理论学习中心组学习14次', () => {
    expect(kinds(read('以专题研讨、现场调研等多种形式开展理论学习中心组学习14次。').year.training)).toEqual([
      '理论学习中心组学习 14 «现场调研等多种形式开展理论学习中心组学习14次»',
    ]);
    expect(kinds(read('邀请市办领导到区委党校开展信访知识专题培训2次。').year.training)).toEqual([
      '信访知识专题培训 2 «邀请市办领导到区委党校开展信访知识专题培训2次»',
    ]);
  });

  it('reads law lectures given (讲授法治课), and a kind named with a book title by its kind (《信访工作条例》专题讲座)', () => {
    expect(kinds(read('开展区委理论学习中心组专题学法3次，讲授法治课2次。').year.training)).toEqual([
      '区委理论学习中心组专题学法 3 «开展区委理论学习中心组专题学法3次»',
      '法治课 2 «讲授法治课2次»',
    ]);
    expect(kinds(read('邀请市信访办主要领导莅梁开展《信访工作条例》专题讲座1次。').year.training)).toEqual([
      '专题讲座 1 «邀请市信访办主要领导莅梁开展《信访工作条例》专题讲座1次»',
    ]);
  });

  it('counts no talk the legal advisers of the town and its villages gave: 镇、村(社区)法律顾问…开展《民法典》专题培训会2次', () => {
    const { year, unsure } = read(
      '镇、村(社区)法律顾问全年起草、审查、修改各种法律文书32份,出具法律意见书1次,开展《民法典》专题培训会2次。',
    );
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 2 not-unit-training']);
  });

  it('still counts no session held for the public: 为辖区企业开展法治讲座6场', () => {
    const { year, unsure } = read('为辖区企业开展法治讲座6场。');
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 6 not-unit-training']);
  });
});

describe('petitions as real reports write them', () => {
  it('sends a channel with no total anywhere to a person, named: 网上受理信访事项682件', () => {
    const { year, unsure, words } = read('网上受理信访事项682件，较往年同期下降43.58%。');
    expect(year.petitions).toBeUndefined();
    expect(unsure).toEqual(['petitions.channels 682 no-total']);
    expect(words[0]).toBe('网上受理信访事项682件 报告没有写信访总量：这个渠道的件数请核对后再放入');
  });

  it('sends visits counted in batches to a person, as batches: 来县访839批3326人次', () => {
    const { year, unsure } = read('全年共接待群众来县访839批3326人次（其中：个访689批1062人次，集体访150批2264人次）。');
    expect(year.petitions).toBeUndefined();
    expect(unsure).toContain('petitions.channels 839 batches');
  });

  it('reads cases counted in 件次 and a channel after 全区: 全区网上信访1564件次', () => {
    expect(read('2024年，全区网上信访1564件次，网上信访占比77.66%。').unsure).toEqual(['petitions.channels 1564 no-total']);
    const { year } = read('全年受理信访件1600件次，其中全区网上信访1564件次，来访36件次。');
    expect(year.petitions?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['网上信访 1564', '来访 36']);
  });

  it('reads a hotline’s requests as its channel: 受理答复8890诉求655件', () => {
    expect(read('聚焦群众诉求办理质量，受理答复8890诉求655件，掌上基层流转12089件。').unsure).toEqual(['petitions.channels 655 no-total']);
  });
});

const reviewsOf = (body: string, year?: number) => read(body, year);

describe('行政复议 and 行政应诉 as real reports write them', () => {
  it('reads lawsuits decided and lost, never the rate lost: 行政诉讼结案521件,败诉38件,败诉率7.29%', () => {
    const { year } = reviewsOf('2022年我县行政诉讼结案521件,败诉38件,败诉率7.29%,行政诉讼“双下降”工作考核位居全市第二。', 2022);
    expect(year.reviews).toEqual({
      litigation: { decided: { value: 521, quote: '2022年我县行政诉讼结案521件' }, lost: { value: 38, quote: '败诉38件' } },
    });
  });

  it('reads applications received, never a change or an approximate count: 共收到行政复议申请168件', () => {
    const { year, unsure } = reviewsOf(
      '2022年,共收到行政复议申请168件,同比增加40%。通过行政复议纠错、调解撤回等手段避免近50件高败诉风险案件流入诉讼程序。',
      2022,
    );
    expect(year.reviews).toEqual({ reconsideration: { received: { value: 168, quote: '共收到行政复议申请168件' } } });
    expect(unsure).toEqual([]);
  });

  it('reads each part of a sentence on both: received, decided, corrected; lawsuits, decided, lost, heads in court', () => {
    const { year } = reviewsOf(
      '全年办理行政复议案件26件，审结24件，纠错3件；发生行政诉讼案件12件，审结10件，败诉1件，行政机关负责人出庭应诉率100%。',
    );
    expect(year.reviews).toEqual({
      reconsideration: {
        received: { value: 26, quote: '全年办理行政复议案件26件' },
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

  it('reads a bureau’s own reconsideration (被申请行政复议) as received', () => {
    expect(reviewsOf('全年本局被申请行政复议3件，复议机关均维持原行政行为。').year.reviews).toEqual({
      reconsideration: { received: { value: 3, quote: '全年本局被申请行政复议3件' } },
    });
  });

  it('sends cases of both kinds counted together, another year’s, or more lost than decided, to a person', () => {
    const together = reviewsOf('全年办理行政复议和行政诉讼案件12件。');
    expect(together.year.reviews).toBeUndefined();
    expect(together.unsure).toEqual(['reviews 12 kinds-together']);
    const earlier = reviewsOf('2023年共收到行政复议申请20件。');
    expect(earlier.year.reviews).toBeUndefined();
    expect(earlier.unsure).toEqual(['reviews.reconsideration.received 20 other-year']);
    const lost = reviewsOf('行政诉讼结案5件，败诉8件。');
    expect(lost.year.reviews).toBeUndefined();
    expect(lost.unsure).toEqual(['reviews.litigation.decided 5 lost-above-decided', 'reviews.litigation.lost 8 lost-above-decided']);
  });
});

describe('合法性审查 as real reports write it', () => {
  it('reads decisions and contracts reviewed: 组织行政决策合法性审查13次,审查监督合同文书43份', () => {
    const { year } = read('今年组织行政决策合法性审查13次,审查监督合同文书43份,发现整改法律问题135个。');
    expect(year.legality).toEqual({
      decisions: { value: 13, quote: '今年组织行政决策合法性审查13次' },
      contracts: { value: 43, quote: '审查监督合同文书43份' },
    });
  });

  it('reads normative documents and the town’s review of its and its villages’ contracts, never the kinds counted together', () => {
    const { year, unsure } = read(
      '全年对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查1090件，覆盖率达100%。其中，行政规范性文件审查2件，重大行政执法决定审查10件，其他事项审查1件，镇村合同审查1077件。',
    );
    expect(year.legality).toEqual({
      documents: { value: 2, quote: '行政规范性文件审查2件' },
      contracts: { value: 1077, quote: '镇村合同审查1077件' },
    });
    expect(unsure).toEqual(['legality 1090 kinds-together']);
  });

  it('reads contracts reviewed with 全年共: 全年共审查重大合同39份', () => {
    expect(read('为重大项目建设提供合法性审查“专班服务”,全年共审查重大合同39份,办理区级征求法律意见335件次。').year.legality).toEqual({
      contracts: { value: 39, quote: '全年共审查重大合同39份' },
    });
  });

  it('sends a village’s count and a legal adviser’s to a person, and takes no document made for one reviewed', () => {
    const village = read('指导各村审查村级合同56份。');
    expect(village.year.legality).toBeUndefined();
    expect(village.unsure).toEqual(['legality.contracts 56 not-unit-review']);
    const adviser = read('街道法律顾问全年审查合同协议87份，出具法律意见书24份。');
    expect(adviser.year.legality).toBeUndefined();
    expect(adviser.unsure).toEqual(['legality.contracts 87 legal-adviser']);
    expect(read('2024年我镇新制发规范性文件1件，并报司法局备案。').year.legality).toBeUndefined();
    expect(read('街道共作出重大行政决策16项，均严格履行了法定程序。').year.legality).toBeUndefined();
  });
});
