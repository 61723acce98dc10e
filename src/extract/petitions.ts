import type { Petitions } from '../sections/petitions/schema.js';
import { APPROXIMATE, CASES, type Found, figureIn, N, type Reading, type ReviewItem, unsure } from './found.js';
import { idOf } from './ids.js';

/** A channel petitions come by, as reports name it: a hotline by its number, visits, letters, online… */
const CHANNEL = '(?<label>(?:\\d{4,5}|市长|便民服务)?热线|来访|来信|网信|网上信访|网上来信|信访信息系统|人民建议征集|领导信箱|电话)';
/** A subset reports name among petitions: provincial letters, repeat cases, petitions beyond the level… */
const FLAG = '(?<label>(?:省级|市级|区级|县级|中央|国家)(?:来信|来访|交办件?|信访件?)|重复(?:件|信访|访)|越级访?|集体访|初信初访)';

/** What the petitions of a report came to, and what of them must be looked at. */
export interface PetitionsFound {
  petitions?: Petitions;
  placed: Found[];
  review: ReviewItem[];
}

/** The sentence holding the total: 信访总量, 受理信访, 共收到信访件… */
const TOTAL = `(?:信访总量|受理(?:群众)?信访(?:件|案件|事项)?(?:共)?|收到(?:群众)?信访(?:件|事项)?(?:共)?|信访(?:件|事项)(?:共)?)\\D{0,4}?${N}${CASES}`;

/**
 * Petitions: the total where a clause states it, each channel and each subset in the clauses of
 * the same sentence (after 其中 the channels, after 涉及 the subsets), each quoted by its clause.
 * An approximate figure is never a count: it goes to review.
 */
export function petitionsIn(reading: Reading): PetitionsFound {
  const { clauses, plain } = reading;
  const placed: Found[] = [];
  const review: ReviewItem[] = [];
  const totalClause = clauses.find((clause) => figureIn(clause, plain, TOTAL));
  if (!totalClause) return { placed, review };
  const total = figureIn(totalClause, plain, TOTAL);
  if (!total) return { placed, review };
  const sentence = clauses.filter((clause) => clause.sentence.start === totalClause.sentence.start && clause.start >= totalClause.start);
  const channels: Petitions['channels'] = [];
  const flags: NonNullable<Petitions['flags']> = [];
  let inFlags = false;
  for (const clause of sentence.slice(1)) {
    const text = plain.slice(clause.start, clause.end);
    if (/^涉及/.test(text)) inFlags = true;
    const flag = figureIn(clause, plain, `^(?:其中|涉及|含)?${FLAG}${N}${CASES}`);
    const channel = !flag && figureIn(clause, plain, `^(?:其中|另有)?(?:通过)?${CHANNEL}(?:渠道)?(?:受理|反映)?${N}${CASES}`);
    const found = flag || channel;
    if (!found) continue;
    const label = found.groups.label ?? '';
    if (found.approximate) {
      review.push(unsure(reading, clause, found.at, APPROXIMATE, 'petitions', found.value));
      continue;
    }
    const item = { id: idOf(label), label, value: found.value, quote: clause.text };
    if (flag || inFlags) flags.push(item);
    else channels.push(item);
    placed.push(found);
  }
  if (total.approximate || channels.length === 0) {
    review.push(
      unsure(
        reading,
        totalClause,
        total.at,
        total.approximate ? APPROXIMATE : '信访总量之后没有找到各渠道的件数',
        'petitions.total',
        total.value,
      ),
    );
    return { placed, review };
  }
  placed.push(total);
  return {
    petitions: { total: { value: total.value, quote: totalClause.text }, channels, ...(flags.length ? { flags } : {}) },
    placed,
    review,
  };
}
