import { type Extracted, type Found, figureIn, N, type Reading, type ReviewItem, SESSIONS, unsure } from '../../extract/found.js';
import { idOf } from '../../extract/words.js';
import type { Training } from './schema.js';

/** Verbs before a kind of session, not part of its name. */
const VERBS = '(?:开展|组织|举办|召开|进行|累计进行|累计开展|共开展|共组织|共举办|先后开展|先后组织)?';
/** A kind of study or training session: 集中学习, 理论学习中心组学习, 会前学法, 专题培训会, 法治讲座… */
const KIND = '(?<label>[\\u4e00-\\u9fa5]{0,12}?(?:学习|学法|培训会|培训|讲座|轮训|研讨))';

/**
 * Study and training: every clause that counts sessions of a kind (集中学习12次, 专题培训会3场),
 * each quoted by its clause; attendance (人次) is never a count of sessions and goes to review. A
 * 业务培训 in a sentence about law enforcement is named 执法业务培训, as the report means it.
 */
export function extract(reading: Reading): Extracted<Training> {
  const { clauses, plain } = reading;
  const placed: Found[] = [];
  const review: ReviewItem[] = [];
  const training: Training = [];
  const kinds: { item: Training[number]; found: Found }[] = [];
  for (const clause of clauses) {
    const text = clause.text;
    const found = figureIn(reading, clause, `^${VERBS}${KIND}(?:共|累计)?${N}(?!人)${SESSIONS}$`);
    if (!found) {
      const attendance = figureIn(reading, clause, `${KIND}\\D{0,6}?${N}人次`);
      if (attendance) review.push(unsure(reading, clause, attendance.at, 'attendance', 'training', attendance.value));
      continue;
    }
    if (found.doubt) {
      review.push(unsure(reading, clause, found.at, found.doubt, 'training', found.value));
      continue;
    }
    // The kind without who holds it or the verbs before it: 全年开展党组会会前学法 → 会前学法.
    let label = (found.groups.label ?? text).replace(/^.*(?:开展|组织|举办|召开|进行|参加)/, '').replace(/^.*(会前学法)$/, '$1');
    const sentence = plain.slice(clause.sentence.start, clause.sentence.end);
    if (label === '业务培训' && /执法/.test(sentence)) label = '执法业务培训';
    kinds.push({ item: { id: idOf(label), label, value: found.value, quote: clause.text }, found });
  }
  // A kind counted twice: which count is the year's a person decides; neither goes in by itself.
  for (const { item, found } of kinds) {
    if (kinds.filter((other) => other.item.label === item.label).length > 1) {
      review.push(unsure(reading, found.clause, found.at, 'kind-twice', 'training', found.value, String(item.label)));
    } else {
      training.push(item);
      placed.push(found);
    }
  }
  return { data: training.length ? training : undefined, placed, review };
}
