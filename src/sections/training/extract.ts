import { NUMBER } from '../../data/numerals.js';
import { type Extracted, type Found, figureIn, N, partOf, type Reading, SESSIONS, type ToCheckItem, unsure } from '../../extract/found.js';
import { idOf } from '../../extract/words.js';
import type { Training } from './schema.js';

/** Verbs that name a kind of session after them: what comes before the last of them (who, where, in what form) is not its name. */
const NAMING_VERBS = '开展|组织|举办|召开|进行|讲授|参加';
/**
 * What may stand before a kind of session: any words up to a verb naming it (以专题研讨、现场调研等多种形式开展…,
 * 邀请市办领导到区委党校开展…), or the year (the report's, else the figure is another year's), 全年, 共, 累计.
 */
const LEAD = `(?:.*(?:${NAMING_VERBS})|(?:\\d{4}年度?)?(?:全年)?(?:共|累计)?)?`;
/**
 * A kind of study or training session, its holder's words before it: 集中学习, 理论学习中心组学习, 会前学法,
 * 专题培训会, 法治讲座, 法治课; a book title counts as one word (《信访工作条例》专题讲座), and so does a name in
 * quotes (“法治大讲堂”专题讲座), or is the kind's whole name (‘法治能力提升专项培训’12期): such a count goes to the check list.
 */
const KIND_WORD = '(?:学习|学法|培训会|培训|讲座|轮训|研讨|法治课|专题辅导)';
const KIND = `(?!的)(?:《[^《》]{1,30}》|[“‘「][^“”‘’「」]{1,20}[”’」]|[\\u4e00-\\u9fa5]){0,12}?(?:${KIND_WORD}|[“‘「][^“”‘’「」]{0,20}?${KIND_WORD}[”’」])`;
/** What was studied, after the kind: 专题学习习近平法治思想. */
const OBJECT = '(?:习近平法治思想|宪法|民法典|党内法规|法律法规)';
/**
 * A study of the law said as an activity: 集体学法活动12次, 4次全体镇干部学法活动 (the label is the kind's words before
 * it; one with no words of its own, 中心组开展学法活动10次, is left to a person, who names it better than 学法; other
 * activities, 法治宣传学习活动, 主题党日学习活动, are no training of the unit's).
 */
const ACTIVITY = '(?:(?<=学法)活动)?';
/** The counter again in brackets, as some reports count: 320场(次). */
const RECOUNTED = '(?:[(（](?:次|场次|场|期|轮)[)）])?';
/** A count of sessions of a kind, the whole clause: the kind and what was studied are its label. */
const SESSIONS_OF_KIND = `^${LEAD}(?<label>${KIND}${OBJECT}?)${ACTIVITY}(?:共|累计)?${N}(?!人)${SESSIONS}${RECOUNTED}$`;
/** Sessions of publicity, the whole clause (村(社区)集中宣传16场, 开展普法活动30场): for the public, no training of the unit's. */
const PUBLICITY_SESSIONS = `(?:宣传|普法)(?:活动)?(?:共|累计)?${N}${SESSIONS}${RECOUNTED}$`;
/**
 * The same with the number before the kind, the kind ending the clause: 通过开展8次中心组专题学习,
 * 7次支部集中学习研讨.
 */
const SESSIONS_BEFORE_KIND = `^${LEAD}${N}${SESSIONS}${RECOUNTED}(?<label>${KIND}${OBJECT}?)${ACTIVITY}$`;
/** The books a kind was on, after it: 《中华人民共和国行政复议法》等相关法律法规, 《民法典》《信访工作条例》. */
const STUDIED = '(?:《[^《》]{1,30}》[、和及与]?){1,4}(?:等(?:相关)?(?:法律法规|法规|内容|知识))?';
/** A count of sessions of a kind followed by the books it was on: 理论学习中心组专题学习《…》等相关法律法规11次 (the kind is the label). */
const SESSIONS_STUDIED = `^${LEAD}(?<label>${KIND})${STUDIED}(?:共|累计)?${N}(?!人)${SESSIONS}${RECOUNTED}$`;
/** Words of a rhythm, not a count of the year's sessions: 每周开展集中学习1次, 每月至少开展一次集中学法. */
const RHYTHM = /每[周月日天季年]|每半[月年]|每两[周月]|至少|不少于/;
/** Holders whose sessions the unit guides but does not hold (指导推动基层进行学习38次), or people it holds them for (为辖区企业开展法治讲座). */
const NOT_THE_UNIT = /基层|各村|村级|各社区|村\((?:居|社区)\)|企业|群众|村民|居民|学生|青少年|商户|市民|家长/;
/** Others who may be the sentence's subject: the villages' and the town's legal advisers hold talks of their own (镇、村(社区)法律顾问…开展《民法典》专题培训会2次). */
const OTHER_HOLDERS = /法律顾问|各村|村\((?:居|社区)\)/;
/** Things a publicity campaign counts beside its talks (挂宣传横幅12条、发放小册子2000余册): the talks are for the public. */
const PUBLICITY = /横幅|海报|展板|宣传册|宣传单|宣传资料|小册子|传单/;
/**
 * A campaign of political education, named in the sentence before a count (since the count before it): 主题教育集中学习, 结合主题教育，开展集中学习,
 * 党纪学习教育, 落实“第一议题”制度，开展专题学习 (a report may count its sessions beside its law study; a person says
 * whether they are). A kind that names the law (主题教育法治专题学习, 集中学法) is counted.
 */
const CAMPAIGN = /主题教育|党史学习教育|党纪学习教育|精神学习教育|第一议题/;
/** A verb that starts the kind's own words, whatever comes before it. */
const NAMING_VERB = new RegExp(NAMING_VERBS);
/** A number with its counter: a clause holding one counts something of its own, it is no name in a list. */
const COUNT = new RegExp(`${NUMBER}\\s*[次场期轮件起条批宗个人项份名家]`);
/** A place before whose body the label would start (鹤龙街党工委会议…): the unit is the report's, not part of the kind's name. */
const PLACE = /^[\u4e00-\u9fa5]{2,5}?(?:街道|街|镇|乡|县|区)(?=党|区委|县委|镇委|机关|领导|理论|政府)/;

/**
 * Study and training: every clause that counts sessions of a kind (集中学习12次, 专题培训会3场),
 * each quoted by its clause; attendance (人次) is never a count of sessions and goes to the check list. A
 * 业务培训 in a sentence about law enforcement is named 执法业务培训, as the report means it.
 * Sessions of the grass roots the unit guides, talks of a publicity campaign (beside its banners and
 * leaflets), a kind that goes on from a list of names with no verb of its own, and a part of a count
 * before it (其中专题学习3次) go to the check list.
 */
export function extract(reading: Reading): Extracted<Training> {
  const { clauses, plain } = reading;
  const placed: Found[] = [];
  const toCheck: ToCheckItem[] = [];
  const training: Training = [];
  const kinds: { item: Training[number]; found: Found }[] = [];
  for (const [index, clause] of clauses.entries()) {
    const text = clause.text;
    const ofKind = figureIn(reading, clause, SESSIONS_OF_KIND) ?? figureIn(reading, clause, SESSIONS_BEFORE_KIND);
    const matched = ofKind ?? figureIn(reading, clause, SESSIONS_STUDIED);
    const kind = matched?.groups.label ?? '';
    const found = kind === '学法' && text.includes('学法活动') ? undefined : matched;
    if (!found) {
      const attendance = figureIn(reading, clause, `${KIND}\\D{0,6}?${N}人次`);
      if (attendance) toCheck.push(unsure(reading, clause, attendance.at, 'attendance', 'training', attendance.value));
      const publicity = figureIn(reading, clause, PUBLICITY_SESSIONS);
      if (publicity)
        toCheck.push(unsure(reading, clause, publicity.at, publicity.doubt ?? 'not-unit-training', 'training', publicity.value));
      continue;
    }
    // 学法6次，其中专题学习3次: the 3 are among the 6, no kind beside them (the year's sessions would count them twice).
    if (partOf(reading, index) >= 0) {
      toCheck.push(unsure(reading, clause, found.at, 'subset', 'training', found.value));
      continue;
    }
    // The rhythm words since the clause's last count before this one (以每两月1次频次开展…学习5次 counts 5 in the year).
    const lead = plain.slice(clause.start, found.at[0]).replace(/^.*(?:\d|[一二两三四五六七八九十])\s*(?:次|场|期|轮)/, '');
    const doubt = found.doubt ?? (RHYTHM.test(lead) ? 'rhythm' : undefined);
    if (doubt) {
      toCheck.push(unsure(reading, clause, found.at, doubt, 'training', found.value));
      continue;
    }
    const sentence = plain.slice(clause.sentence.start, clause.sentence.end);
    const holders = plain.slice(clause.sentence.start, clause.start);
    // Who holds them, or for whom: in the clause's words before the count, or after it (8次村级培训).
    // 普法讲座, 普法培训: law taught to the public.
    const forThePublic = /普法/.test(found.groups.label ?? '');
    if (
      NOT_THE_UNIT.test(plain.slice(clause.start, clause.end)) ||
      OTHER_HOLDERS.test(holders) ||
      PUBLICITY.test(sentence) ||
      forThePublic
    ) {
      toCheck.push(unsure(reading, clause, found.at, 'not-unit-training', 'training', found.value));
      continue;
    }
    // The campaign named in the sentence's words before the count, since the count before it.
    const sinceCount = plain.slice(clause.sentence.start, found.at[0]).replace(/^.*(?:\d|[一二两三四五六七八九十])\s*(?:次|场|期|轮)/, '');
    if (CAMPAIGN.test(sinceCount) && !/法/.test(found.groups.label ?? '')) {
      toCheck.push(unsure(reading, clause, found.at, 'political-study', 'training', found.value));
      continue;
    }
    // A name in quotes may be a campaign's, a slogan's or one held for the public (“三会一课”学习, “法律明白人”培训): a person says.
    if (/[“‘「]/.test(found.groups.label ?? '')) {
      toCheck.push(
        unsure(reading, clause, found.at, 'quoted-kind', 'training', found.value, (found.groups.label ?? '').replace(/[“”‘’「」]/g, '')),
      );
      continue;
    }
    // 参加国家信访局、市信访办专题视频学习培训11次: the clause goes on from a list of names, and its kind would name the last one only.
    const before = clauses[index - 1];
    const listed =
      plain[clause.start - 1] === '、' &&
      before?.sentence.start === clause.sentence.start &&
      !COUNT.test(plain.slice(before.start, before.end));
    if (listed && !NAMING_VERB.test(plain.slice(clause.start, found.at[0]))) {
      toCheck.push(unsure(reading, clause, found.at, 'names-list', 'training', found.value));
      continue;
    }
    // The kind without the verbs before it, the place, who holds it or the books it was on: 全年开展党组会会前学法 → 会前学法,
    // 《信访工作条例》专题讲座 → 专题讲座 (a kind is compared from year to year; its topic changes).
    let label = (found.groups.label ?? text)
      .replace(new RegExp(`^.*(?:${NAMING_VERBS})`), '')
      .replace(PLACE, '')
      .replace(/^(?:《[^《》]*》)+/, '')
      .replace(/[“”‘’「」]/g, '')
      .replace(/^.*(会前学法)$/, '$1');
    if (label === '业务培训' && /执法/.test(sentence)) label = '执法业务培训';
    // Followed by the books it was on, a kind of no words of its own (组织学习《民法典》…5次) is left to a person, who names it better.
    if (!ofKind && label.length < 4) continue;
    kinds.push({ item: { id: idOf(label), label, value: found.value, quote: clause.text }, found });
  }
  // A kind counted twice: which count is the year's a person decides; neither goes in by itself.
  for (const { item, found } of kinds) {
    if (kinds.filter((other) => other.item.label === item.label).length > 1) {
      toCheck.push(unsure(reading, found.clause, found.at, 'kind-twice', 'training', found.value, String(item.label)));
    } else {
      training.push(item);
      placed.push(found);
    }
  }
  return { data: training.length ? training : undefined, placed, toCheck };
}
