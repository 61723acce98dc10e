// The training section: its view of the 2024 report, and its extraction rules on the ways real reports write them.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../tests/helpers/extract.js';
import { viewOf } from '../../../tests/helpers/sections.js';
import { training } from './section.js';

describe('training(2024)', () => {
  it('shows 12, 13 and 16 sessions with their shares of 41', () => {
    const view = viewOf(training);
    expect(view.points.map((point) => point.markText)).toEqual(['12次 · 29.3%', '13次 · 31.7%', '16次 · 39.0%']);
    expect(view.points[0]).toMatchObject({ share: '占总量 29.3%', details: ['学习培训合计 41次'] });
  });
});

const kinds = (training: { label: unknown; value: number; quote: string }[] | undefined) =>
  training?.map(({ label, value, quote }) => `${label} ${value} «${quote}»`);

describe('study and training as real reports write it', () => {
  it('reads a count with the report’s year before its verb: 2022年共开展中心组学法4次', () => {
    const { year } = readPage('组织党委中心学习组深入学习贯彻习近平法治思想，2022年共开展中心组学法4次。', 2022);
    expect(kinds(year.training)).toEqual(['中心组学法 4 «2022年共开展中心组学法4次»']);
  });

  it('reads a kind of 活动 (开展集体学法活动12次, 开展4次全体镇干部学法活动) and one after 全年 (全年党工委理论学习中心组法治学习4次)', () => {
    // 杜城街道, 黄宅镇 and 银杏大街街道's reports as their portals give them.
    expect(kinds(readPage('组织行政机关领导班子开展集体学法活动12次。').year.training)).toEqual([
      '集体学法 12 «组织行政机关领导班子开展集体学法活动12次»',
    ]);
    expect(kinds(readPage('开展4次全体镇干部学法活动。').year.training)).toEqual(['全体镇干部学法 4 «开展4次全体镇干部学法活动»']);
    // An activity of no words of its own is left to a person, who names it better than 学法 (each sentence on its own).
    for (const text of ['2023年度党政班子成员共计开展学法活动4次。', '镇党委理论学习中心组开展学法活动10次。']) {
      const bare = readPage(text, 2023);
      expect(bare.year.training, text).toBeUndefined();
      expect(bare.words.length, text).toBe(1);
    }
    expect(kinds(readPage('全年党工委理论学习中心组法治学习4次。').year.training)).toEqual([
      '党工委理论学习中心组法治学习 4 «全年党工委理论学习中心组法治学习4次»',
    ]);
    // Only a study of the law said as an activity: publicity (普法, 法治宣传学习活动) and a party day's study are none.
    for (const text of ['开展普法活动30场。', '全年开展法治宣传学习活动25场。', '开展主题党日学习活动12次。'])
      expect(readPage(text).year.training, text).toBeUndefined();
  });

  it('never reads another year’s count so: 2021年共开展中心组学法4次 in the 2022 report', () => {
    const { year, unsure } = readPage('2021年共开展中心组学法4次。', 2022);
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 4 other-year']);
  });

  it('reads the kind followed by what was studied: 专题学习习近平法治思想', () => {
    expect(kinds(readPage('组织专题学习习近平法治思想3次。').year.training)).toEqual([
      '专题学习习近平法治思想 3 «组织专题学习习近平法治思想3次»',
    ]);
    // Whose meeting it was stays in the name; the place before it does not.
    expect(kinds(readPage('2024年，鹤龙街党工委会议专题学习习近平法治思想5次。').year.training)).toEqual([
      '党工委会议专题学习习近平法治思想 5 «鹤龙街党工委会议专题学习习近平法治思想5次»',
    ]);
  });

  it('reads a kind followed by the books studied: 理论学习中心组专题学习《中华人民共和国行政复议法》等相关法律法规11次', () => {
    expect(kinds(readPage('2024年理论学习中心组专题学习《中华人民共和国行政复议法》等相关法律法规11次。').year.training)).toEqual([
      '理论学习中心组专题学习 11 «2024年理论学习中心组专题学习《中华人民共和国行政复议法》等相关法律法规11次»',
    ]);
    expect(kinds(readPage('开展党委中心组学习《民法典》《信访工作条例》4次。').year.training)).toEqual([
      '党委中心组学习 4 «开展党委中心组学习《民法典》《信访工作条例》4次»',
    ]);
    // A kind of no words of its own (组织学习…) is left to a person, who names it better.
    const bare = readPage('组织学习《民法典》《信访工作条例》等法律法规5次。');
    expect(bare.year.training).toBeUndefined();
    expect(bare.words).toEqual(['组织学习《民法典》《信访工作条例》等法律法规5次 未放入数据的数字']);
  });

  it('reads a kind after a long run of words when a verb names it: …等多种形式开展理论学习中心组学习14次', () => {
    expect(kinds(readPage('以专题研讨、现场调研等多种形式开展理论学习中心组学习14次。').year.training)).toEqual([
      '理论学习中心组学习 14 «现场调研等多种形式开展理论学习中心组学习14次»',
    ]);
    expect(kinds(readPage('邀请市办领导到区委党校开展信访知识专题培训2次。').year.training)).toEqual([
      '信访知识专题培训 2 «邀请市办领导到区委党校开展信访知识专题培训2次»',
    ]);
  });

  it('reads law lectures given (讲授法治课), and a kind named with a book title by its kind (《信访工作条例》专题讲座)', () => {
    expect(kinds(readPage('开展区委理论学习中心组专题学法3次，讲授法治课2次。').year.training)).toEqual([
      '区委理论学习中心组专题学法 3 «开展区委理论学习中心组专题学法3次»',
      '法治课 2 «讲授法治课2次»',
    ]);
    expect(kinds(readPage('邀请市信访办主要领导莅梁开展《信访工作条例》专题讲座1次。').year.training)).toEqual([
      '专题讲座 1 «邀请市信访办主要领导莅梁开展《信访工作条例》专题讲座1次»',
    ]);
  });

  it('counts no talk the legal advisers of the town and its villages gave: 镇、村(社区)法律顾问…开展《民法典》专题培训会2次', () => {
    const { year, unsure } = readPage(
      '镇、村(社区)法律顾问全年起草、审查、修改各种法律文书32份,出具法律意见书1次,开展《民法典》专题培训会2次。',
    );
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 2 not-unit-training']);
  });

  it('still counts no session held for the public: 为辖区企业开展法治讲座6场', () => {
    const { year, unsure } = readPage('为辖区企业开展法治讲座6场。');
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 6 not-unit-training']);
  });

  it('asks a person whether a campaign of political study is study of the law: 主题教育集中学习4次 beside 行政执法人员专题培训4次', () => {
    const { year, unsure } = readPage(
      '开展党委理论中心组学习6次、主题教育集中学习4次、行政执法人员专题培训4次,组织学习《习近平法治思想学习问答》、宪法、刑法等法律知识。',
    );
    expect(kinds(year.training)).toEqual([
      '党委理论中心组学习 6 «开展党委理论中心组学习6次»',
      '行政执法人员专题培训 4 «行政执法人员专题培训4次»',
    ]);
    expect(unsure).toEqual(['training 4 political-study']);
    for (const campaign of [
      '开展党纪学习教育集中学习3次。',
      '开展第一议题学习12次。',
      '组织“第一议题”学习15次。',
      '主题教育期间开展集中学习4次。',
      '结合主题教育，开展集中学习4次。',
      '落实第一议题制度，开展专题学习12次。',
    ]) {
      const read = readPage(campaign);
      expect(read.year.training, campaign).toBeUndefined();
      expect(read.unsure, campaign).toEqual([expect.stringMatching(/^training \d+ political-study$/)]);
    }
    // The campaign's count is its own: a kind after it in the sentence is counted.
    const after = readPage('开展主题教育集中学习4次、业务培训2次。');
    expect([kinds(after.year.training), after.unsure]).toEqual([['业务培训 2 «业务培训2次»'], ['training 4 political-study']]);
    // Study and training of no campaign's is counted: 学习教育培训 is no campaign's name.
    expect(kinds(readPage('开展学习教育培训3次。').year.training)).toEqual(['学习教育培训 3 «开展学习教育培训3次»']);
    // The law's own study, whatever campaign it is part of, is counted.
    expect(kinds(readPage('开展主题教育法治专题学习2次。').year.training)).toEqual([
      '主题教育法治专题学习 2 «开展主题教育法治专题学习2次»',
    ]);
  });

  it('asks a person about a kind named in quotes: a campaign’s, a slogan’s or one for the public as often as the unit’s own', () => {
    const { year, unsure } = readPage(
      '开展“法治大讲堂”专题讲座4场。组织镇村干部开展‘法治能力提升专项培训’12期。组织“三会一课”学习12次。开展“法律明白人”培训5期。',
    );
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 4 quoted-kind', 'training 12 quoted-kind', 'training 12 quoted-kind', 'training 5 quoted-kind']);
    // Named as the report names it, without the quotes, for the person who takes it.
    expect(readPage('组织镇村干部开展‘法治能力提升专项培训’12期。').words).toEqual([
      '组织镇村干部开展‘法治能力提升专项培训’12期 “法治能力提升专项培训”是引号里的名称，可能是活动、口号或面向群众的培训，不一定是本单位的学习培训，请核对',
    ]);
    // A campaign's name in quotes is a campaign's: political study.
    expect(readPage('组织“第一议题”学习15次。').unsure).toEqual(['training 15 political-study']);
  });

  it('reads the number before the kind too: 通过开展8次中心组专题学习、1期读书班、7次支部集中学习研讨', () => {
    const { year } = readPage('深学笃用习近平法治思想,通过开展8次中心组专题学习、1期读书班、7次支部集中学习研讨,班子成员讲授5次专题党课。');
    expect(kinds(year.training)).toEqual(['中心组专题学习 8 «通过开展8次中心组专题学习»', '支部集中学习研讨 7 «7次支部集中学习研讨»']);
  });

  it('takes no count of something else for sessions, whichever comes first: 开展2次上下联动演练, 为辖区企业开展6场法治讲座', () => {
    expect(readPage('组织开展2次上下联动演练。').year.training).toBeUndefined();
    expect(readPage('指导开展8次村级法治培训。').unsure).toEqual(['training 8 not-unit-training']);
    // A rhythm is no count, whichever comes first: 每月至少开展一次集中学法 beside the year's 集中学法十二次; 每周开展集中学习1次.
    const rhythm = readPage('全年开展集中学法十二次。一是坚持每月至少开展一次集中学法。每周开展集中学习1次。');
    expect(kinds(rhythm.year.training)).toEqual(['集中学法 12 «全年开展集中学法十二次»']);
    expect(rhythm.unsure).toEqual(['training 1 rhythm', 'training 1 rhythm']);
    const { year, unsure } = readPage('为辖区企业开展6场法治讲座。');
    expect(year.training).toBeUndefined();
    expect(unsure).toEqual(['training 6 not-unit-training']);
  });
});
