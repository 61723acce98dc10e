import { type Extracted, type Found, figureIn, N, partOf, type Reading, type ToCheckItem, unsure } from '../../extract/found.js';
import type { Why } from '../../extract/reasons.js';
import type { Clause } from '../../extract/report-text.js';
import { LEGALITY_KINDS, type Legality } from './schema.js';

type Kind = (typeof LEGALITY_KINDS)[number];

/** What a review counts: 件, 份, 项, 个, 起 or 次 (组织行政决策合法性审查13次, 重大行政合同合法性审查11起). */
const COUNTED = '(?:件|份|项|个|起|次)';
const REVIEWED = '(?:审查|审核)';
/**
 * Each kind reviewed, as reports write it: the kind before 审查 (行政决策合法性审查13次, 行政规范性文件审查2件,
 * 镇村合同审查1077件) or after it (审查监督合同文书43份, 全年共审查重大合同39份).
 */
const KINDS: Record<Kind, string> = {
  decisions: `(?:(?:重大)?(?:行政)?决策(?:事项)?(?:合法性)?${REVIEWED}|${REVIEWED}\\D{0,4}?重大(?:行政)?决策(?:事项)?)(?:共)?${N}${COUNTED}`,
  documents: `(?:(?:行政)?规范性文件(?:合法性)?${REVIEWED}|${REVIEWED}\\D{0,4}?(?:行政)?规范性文件)(?:共)?${N}${COUNTED}`,
  contracts: `(?:合同(?:合法性)?${REVIEWED}|${REVIEWED}(?:监督|把关)?\\D{0,4}?合同(?:文书|协议)?)(?:共)?${N}${COUNTED}`,
};
/** A count of reviews whatever they were of (全流程审查1090件): a figure of one kind only when its words name one. */
const ANY_REVIEWED = `${REVIEWED}(?:共)?${N}${COUNTED}`;
/** The kinds' names, to tell a count of several together. */
const NAMED = [/决策/, /规范性文件/, /合同/, /执法决定/];
/** A village's or a community's own review (村级合同, 各村); a town and its villages reviewed by the town (镇村合同) are the town's. */
const VILLAGE = /(?<![镇乡街])村|社区|居委/;

/** The clause with the clauses before it in the same list (重大行政决策、规范性文件、…及镇村合同开展全流程审查1090件). */
function listOf(clauses: readonly Clause[], index: number, plain: string): string {
  let first = index;
  while (first > 0 && plain[clauses[first].start - 1] === '、' && clauses[first - 1].sentence.start === clauses[index].sentence.start)
    first--;
  return plain.slice(clauses[first].start, clauses[index].end);
}

/**
 * Legality review (合法性审查): the major administrative decisions, normative documents and
 * contracts reviewed, each where a clause counts one kind, quoted by its clause. A count of several
 * kinds together, a village's, one the legal adviser gives, another year's, a change or an
 * approximate one, a part of the count of its kind before it (其中…), and a kind stated twice with
 * two numbers go to the check list.
 */
export function extract(reading: Reading): Extracted<Legality> {
  const { clauses, plain } = reading;
  const toCheck: ToCheckItem[] = [];
  const read: { kind: Kind; found: Found }[] = [];
  for (const [index, clause] of clauses.entries()) {
    const kinds = LEGALITY_KINDS.flatMap((kind) => {
      const found = figureIn(reading, clause, KINDS[kind]);
      return found ? [{ kind, found }] : [];
    });
    const any = kinds[0]?.found ?? figureIn(reading, clause, ANY_REVIEWED);
    if (!any) continue;
    const list = listOf(clauses, index, plain);
    if (NAMED.filter((name) => name.test(list)).length > 1 || kinds.length > 1) {
      toCheck.push(unsure(reading, clause, any.at, 'kinds-together', 'legality.total', any.value));
      continue;
    }
    const [one] = kinds;
    if (!one) continue;
    const sentence = plain.slice(clause.sentence.start, one.found.at[0]);
    const why: Why | undefined =
      one.found.doubt ??
      (VILLAGE.test(plain.slice(clause.start, one.found.at[0]))
        ? 'not-unit-review'
        : /法律顾问/.test(sentence)
          ? 'legal-adviser'
          : undefined);
    // 审查合同120份，其中重大合同审查39份: a part of the count of its kind before it, not the kind stated twice.
    const part =
      partOf(reading, index) >= 0 &&
      read.some((other) => other.kind === one.kind && other.found.clause.sentence.start === clause.sentence.start);
    if (why ?? part) toCheck.push(unsure(reading, clause, one.found.at, why ?? 'subset', `legality.${one.kind}`, one.found.value));
    else read.push(one);
  }
  const legality: Legality = {};
  const placed: Found[] = [];
  for (const kind of LEGALITY_KINDS) {
    const stated = read.filter((figure) => figure.kind === kind);
    if (stated.some(({ found }) => found.value !== stated[0].found.value)) {
      for (const { found } of stated)
        toCheck.push(unsure(reading, found.clause, found.at, 'stated-twice', `legality.${kind}`, found.value));
    } else if (stated[0]) {
      legality[kind] = { value: stated[0].found.value, quote: stated[0].found.clause.text };
      placed.push(stated[0].found);
    }
  }
  return { data: placed.length ? legality : undefined, placed, toCheck };
}
