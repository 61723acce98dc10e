import { CHINESE_PERCENT } from '../../data/numerals.js';
import { type Extracted, type Found, figureIn, N, partOf, type Reading, type ToCheckItem, unsure } from '../../extract/found.js';
import type { Why } from '../../extract/reasons.js';
import type { Clause } from '../../extract/report-text.js';
import { REVIEW_COUNTS, type Reviews } from './schema.js';

type Part = 'reconsideration' | 'litigation';
type Field = 'received' | 'decided' | 'corrected' | 'lost' | 'headAppearanceRate';

/** Words that name each part: a sentence's figures are the part it named last. */
const NAMES: Record<Part, RegExp> = {
  reconsideration: /行政复议|复议/,
  litigation: /行政诉讼|行政应诉|应诉|诉讼案件/,
};

/** A part named with its count alone, starting its clause (其中…，行政诉讼14起, 行政复议8起): nothing before it but these. */
const ALONE = '^(?:\\d{4}年度?)?(?:全年)?(?:其中)?';
/** The counter of cases: 件, or 起 (行政诉讼14起). */
const CASE_COUNTER = '[件起]';
/**
 * Cases received: 共收到行政复议申请168件, 被申请行政复议3件; 发生行政诉讼案件12件, 行政应诉案件6件, 行政诉讼14起. Cases
 * handled (办理行政复议案件141件) count those carried over from the year before too (`HANDLED`).
 */
const RECEIVED: Record<Part, string> = {
  reconsideration: `(?:(?:收到|受理|办理|新收|接收|被申请)\\D{0,6}?行政复议(?:申请|案件)?|行政复议(?:申请|案件)|${ALONE}行政复议)(?:共)?${N}${CASE_COUNTER}`,
  litigation: `(?:(?:发生|收到|受理|办理|新收|被诉)\\D{0,6}?(?:行政诉讼|行政应诉)(?:案件)?|(?:行政诉讼|行政应诉)案件|${ALONE}(?:行政诉讼|行政应诉))(?:共)?${N}${CASE_COUNTER}`,
};
/** Cases received and decided in one count: 受理并审结行政复议案件3件, 收到并办结行政诉讼案件2件. */
const RECEIVED_AND_DECIDED = /(?:收到|受理|新收|接收)(?:并|且|和|及)(?:审结|办结|结案)/;
/** Words that make a count of cases received one of cases handled or heard (办理, 审理), unless they say it was received. */
const HANDLED = /办理|审理/;
const RECEIVED_WORDS = /收到|受理|新收|接收|被申请|被诉|发生/;
/** Words after a count of cases, in its sentence, that say it holds cases carried over from the year before (含2件结转, 其中上年结转1件). */
const CARRIED_OVER = /结转|上年遗留|旧存/;
/** Words that make a count of cases the new ones of the year (新收, 新发生, 新受理). */
const NEW_WORDS = /新收|新发生|新受理|新增/;
/** Cases decided (审结24件, 行政诉讼结案521件), reconsiderations corrected (纠错3件), lawsuits lost (败诉38件; never 败诉率). */
const DECIDED = `(?:审结|办结|结案)(?:共)?${N}${CASE_COUNTER}`;
const CORRECTED = `纠错(?:案件)?(?:共)?${N}${CASE_COUNTER}`;
const LOST = `败诉(?:案件)?(?:共)?${N}${CASE_COUNTER}`;
/** The courts counting every suit against the area's bodies (各级法院共受理以市政府…为被告的行政诉讼案件115件): not the unit's. */
const COURTS = /法院[^，,；;。]{0,6}?(?:受理|收案|审结|立案|一审)/;
/**
 * A verb before the cases that makes them no count of cases received (审结行政复议案件3件): decided
 * (审结, 办结, 结案), corrected (纠错), lost (败诉), or another count (化解, 调解…), for a person.
 */
const VERB_BEFORE = /审结|办结|结案|纠错|败诉|胜诉|化解|调解|和解|撤回|驳回|维持|撤销|终止/;
const VERB_FIELD: Partial<Record<string, Field>> = { 审结: 'decided', 办结: 'decided', 结案: 'decided', 纠错: 'corrected', 败诉: 'lost' };
/** The rate of agency heads appearing in court: 行政机关负责人出庭应诉率100%, 出庭应诉率达百分之百, 行政负责人出庭率100%. */
const RATE_WORDS = '出庭(?:应诉)?率(?:达到|达|为|是)?';
/** Others in court, whose rate is not the agency heads': 律师出庭应诉率, 法律顾问代理出庭应诉率, 工作人员出庭应诉率. */
const OTHERS_IN_COURT = /律师|法律顾问|工作人员|代理人|干部/;
/**
 * The agency heads named in the rate's own clause (行政机关负责人出庭应诉率, 一把手出庭应诉率, 领导出庭应诉率; not the 领导 of
 * 在区委领导下), or their appearing in court named before it in its sentence (落实负责人出庭应诉制度，出庭应诉率…).
 */
const HEAD_NAMES = '负责人|一把手|首长';
const HEADS = new RegExp(`${HEAD_NAMES}|领导出庭`);
const HEADS_IN_COURT = new RegExp(`(?:${HEAD_NAMES}|领导)出庭`);
/** A kind of case ending a clause that lists it before another's count: 行政复议、行政诉讼案件8件, 民事、刑事、行政诉讼14件. */
const NAME_LISTED = /(?:行政复议|复议|行政诉讼|行政应诉|应诉|民事|刑事)(?:诉讼)?(?:案件)?$/;
const RATES = [`${RATE_WORDS}${N}%`, `${RATE_WORDS}${CHINESE_PERCENT}`];

/** A figure found, where it goes. */
interface Read {
  part: Part;
  field: Field;
  found: Found & { doubt?: Why };
}

/** The figure a clause states for `part`, if any: the rate, the cases received, decided, corrected (reconsideration) or lost (litigation). */
function figureOf(reading: Reading, clause: Clause, part: Part): Read | undefined {
  const tries: [Field, string][] =
    part === 'litigation'
      ? [
          ...RATES.map((pattern): [Field, string] => ['headAppearanceRate', pattern]),
          ['received', RECEIVED.litigation],
          ['lost', LOST],
          ['decided', DECIDED],
        ]
      : [
          ['received', RECEIVED.reconsideration],
          ['corrected', CORRECTED],
          ['decided', DECIDED],
        ];
  for (const [field, pattern] of tries) {
    const found = figureIn(reading, clause, pattern);
    if (!found) continue;
    // The courts' counts, said before the number in its sentence, are none of the unit's: a rate of its heads in court is.
    if (field !== 'headAppearanceRate' && COURTS.test(reading.plain.slice(clause.sentence.start, found.at[0])))
      return { part, field, found: { ...found, doubt: found.doubt ?? 'court-count' } };
    // Cases handled, with those carried over, are not the cases received: 办理行政复议案件141件, or a count its
    // sentence says holds some carried over (全年行政复议案件4件，其中上年结转1件; 新收, 新发生: the new ones).
    const before = reading.plain.slice(clause.start, found.at[0]);
    const after = reading.plain.slice(found.at[1], clause.sentence.end);
    const handled = (HANDLED.test(before) && !RECEIVED_WORDS.test(before)) || (CARRIED_OVER.test(after) && !NEW_WORDS.test(before));
    // 不予受理行政复议申请3件: applications refused, none received.
    if (field === 'received' && /不予受理/.test(before)) return { part, field, found: { ...found, doubt: found.doubt ?? 'not-received' } };
    if (field === 'received' && handled) return { part, field, found: { ...found, doubt: found.doubt ?? 'handled' } };
    // 审结行政复议案件3件: decided, not received; 化解行政复议案件3件: for a person.
    const verb = field === 'received' && !RECEIVED_WORDS.test(before) ? VERB_BEFORE.exec(before)?.[0] : undefined;
    if (verb) {
      const named = VERB_FIELD[verb];
      // Corrected is a count of reconsideration's, lost of litigation's.
      return named && (REVIEW_COUNTS[part] as readonly Field[]).includes(named)
        ? { part, field: named, found }
        : { part, field, found: { ...found, doubt: found.doubt ?? 'not-received' } };
    }
    if (field === 'headAppearanceRate' && OTHERS_IN_COURT.test(before) && !/负责人/.test(before))
      return { part, field, found: { ...found, doubt: found.doubt ?? 'not-heads' } };
    // A rate in court of no one named (出庭应诉率100%, 行政机关出庭应诉率): the agency heads' only if a person says so.
    if (
      field === 'headAppearanceRate' &&
      !HEADS.test(before) &&
      !HEADS_IN_COURT.test(reading.plain.slice(clause.sentence.start, clause.start))
    )
      return { part, field, found: { ...found, doubt: found.doubt ?? 'heads-unnamed' } };
    return { part, field, found };
  }
  return undefined;
}

/**
 * 行政复议 and 行政应诉: in each sentence, each clause's figure is of the part the sentence named
 * last (行政复议 or 行政诉讼/应诉): cases received, decided, corrected on reconsideration, lost in
 * court, and the rate of agency heads appearing in court, each quoted by its clause. A number of
 * both parts together, another year's, a change, an approximate one, a figure stated twice with two
 * numbers, a part of the same figure before it (其中…), or more lost or corrected than decided goes
 * to the check list.
 */
export function extract(reading: Reading): Extracted<Reviews> {
  const { clauses, plain } = reading;
  const toCheck: ToCheckItem[] = [];
  const read: Read[] = [];
  let part: Part | undefined;
  let sentence = -1;
  for (const [index, clause] of clauses.entries()) {
    if (clause.sentence.start !== sentence) {
      sentence = clause.sentence.start;
      part = undefined;
    }
    const text = plain.slice(clause.start, clause.end);
    const named = (['reconsideration', 'litigation'] as const).filter((candidate) => NAMES[candidate].test(text));
    if (named.length === 2) {
      // 行政复议和行政诉讼案件12件: both together, no figure of either.
      const both = figureIn(reading, clause, `${N}${CASE_COUNTER}`);
      if (both) toCheck.push(unsure(reading, clause, both.at, 'kinds-together', 'reviews', both.value));
      part = undefined;
      continue;
    }
    // 行政复议、行政诉讼案件8件, 民事、刑事、行政诉讼14件: another kind listed in the clause before, and one count of them all.
    const previous = clauses[index - 1];
    const listedBefore =
      named.length === 1 &&
      previous?.sentence.start === clause.sentence.start &&
      plain.slice(previous.end, clause.start).trim() === '、' &&
      NAME_LISTED.test(plain.slice(previous.start, previous.end)) &&
      !NAMES[named[0]].test(plain.slice(previous.start, previous.end));
    if (listedBefore) {
      const both = figureIn(reading, clause, `${N}${CASE_COUNTER}`);
      if (both) toCheck.push(unsure(reading, clause, both.at, 'kinds-together', 'reviews', both.value));
      part = undefined;
      continue;
    }
    if (named.length === 1) part = named[0];
    if (!part) continue;
    const figure = figureOf(reading, clause, part);
    if (!figure) continue;
    // 共受理行政复议案件26件，其中新收行政复议案件20件: a part of the figure before it, not the figure stated twice.
    const whole = partOf(reading, index);
    // Those received of the cases handled before them are the cases received.
    const of = (other: Read) =>
      other.part === figure.part &&
      other.field === figure.field &&
      other.found.doubt !== 'handled' &&
      other.found.doubt !== 'heads-unnamed' &&
      other.found.clause.sentence.start === clause.sentence.start;
    if (whole >= 0 && read.some(of)) {
      const { found } = figure;
      toCheck.push(unsure(reading, clause, found.at, 'subset', `reviews.${figure.part}.${figure.field}`, found.value));
    } else {
      read.push(figure);
      // 受理并审结行政复议案件3件: as many decided as received.
      const before = plain.slice(clause.start, figure.found.at[0]);
      if (figure.field === 'received' && RECEIVED_AND_DECIDED.test(before)) read.push({ ...figure, field: 'decided' });
    }
  }
  const item = ({ part, field, found }: Read, why: Why) =>
    unsure(reading, found.clause, found.at, why, `reviews.${part}.${field}`, found.value);
  const sure = read.filter((figure) => {
    if (figure.found.doubt) toCheck.push(item(figure, figure.found.doubt));
    return !figure.found.doubt;
  });
  // Each figure once: the same figure stated twice with two numbers is for a person.
  const kept: Read[] = [];
  for (const figure of sure) {
    const same = sure.filter((other) => other.part === figure.part && other.field === figure.field);
    if (same.some((other) => other.found.value !== figure.found.value)) toCheck.push(item(figure, 'stated-twice'));
    else if (same[0] === figure) kept.push(figure);
  }
  // Lost or corrected are among those decided: more of them is a slip, or another count.
  for (const [part, among] of [
    ['litigation', 'lost'],
    ['reconsideration', 'corrected'],
  ] as const) {
    const decided = kept.find((figure) => figure.part === part && figure.field === 'decided');
    const subset = kept.find((figure) => figure.part === part && figure.field === among);
    if (decided && subset && subset.found.value > decided.found.value) {
      const why = among === 'lost' ? 'lost-above-decided' : 'corrected-above-decided';
      for (const figure of [decided, subset]) {
        toCheck.push(item(figure, why));
        kept.splice(kept.indexOf(figure), 1);
      }
    }
  }
  if (kept.length === 0) return { placed: [], toCheck };
  const reviews: Record<string, Record<string, { value: number; quote: string }>> = {};
  for (const { part, field, found } of kept) {
    const value = field === 'headAppearanceRate' ? Number((found.value / 100).toPrecision(12)) : found.value;
    // A rate over 100 % is no rate: its number stays on the list as one not placed.
    if (field === 'headAppearanceRate' && value > 1) continue;
    reviews[part] = { ...reviews[part], [field]: { value, quote: found.clause.text } };
  }
  const placed = kept.filter(({ part, field }) => reviews[part]?.[field]).map(({ found }) => found);
  // In the order the schema lists them.
  const ordered = Object.fromEntries(
    (['reconsideration', 'litigation'] as const)
      .filter((key) => reviews[key])
      .map((key) => [
        key,
        Object.fromEntries(
          (['received', 'decided', 'corrected', 'lost', 'headAppearanceRate'] as const)
            .filter((field) => reviews[key][field])
            .map((field) => [field, reviews[key][field]]),
        ),
      ]),
  ) as Reviews;
  return { data: Object.keys(ordered).length ? ordered : undefined, placed, toCheck };
}
