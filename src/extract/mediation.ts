import type { Mediation } from '../sections/mediation/schema.js';
import { APPROXIMATE, CASES, type Found, figureIn, N, type Reading, type ReviewItem, unsure } from './found.js';

export interface MediationFound {
  mediation?: Mediation;
  placed: Found[];
  review: ReviewItem[];
}

/** Cases accepted: 受理（矛盾纠纷/调解）案件99起, 受理各类纠纷99件, 排查调处矛盾纠纷99起. */
const ACCEPTED = `(?:受理|排查|收到)\\D{0,12}?(?:案件|纠纷|案)\\D{0,2}?${N}${CASES}`;
/** Cases resolved: 成功调解98起, 调解成功98起, 化解98起, 调处成功98件, 成功化98起 (as a report once wrote it). */
const RESOLVED = `(?:成功(?:调解|化解|调处|化)?|调解成功|化解成功|调处成功|化解|调结)\\D{0,6}?${N}${CASES}`;
/** The success rate: 成功率达99%, 调解成功率为98.5%, 化解率99%. */
const RATE = `(?:成功率|化解率|调处率|调解率)(?:达到|达|为|是)?${N}%`;

/** Whether a sentence speaks of disputes mediated. */
const ABOUT = /调解|化解|纠纷|调处/;

/**
 * Mediation: in the first sentence about disputes that gives cases accepted, those accepted, those
 * resolved and the rate as stated, each quoted by its clause. Without both counts there is no
 * section: a lone figure goes to review.
 */
export function mediationIn(reading: Reading): MediationFound {
  const { clauses, plain } = reading;
  const placed: Found[] = [];
  const review: ReviewItem[] = [];
  const acceptedClause = clauses.find(
    (clause) => ABOUT.test(plain.slice(clause.sentence.start, clause.sentence.end)) && figureIn(clause, plain, ACCEPTED),
  );
  if (!acceptedClause) return { placed, review };
  const accepted = figureIn(acceptedClause, plain, ACCEPTED);
  const sentence = clauses.filter(
    (clause) => clause.sentence.start === acceptedClause.sentence.start && clause.start > acceptedClause.start,
  );
  const resolvedClause = sentence.find((clause) => figureIn(clause, plain, RESOLVED));
  const resolved = resolvedClause && figureIn(resolvedClause, plain, RESOLVED);
  const rateClause = sentence.find((clause) => figureIn(clause, plain, RATE));
  const rate = rateClause && figureIn(rateClause, plain, RATE);
  if (!accepted || !resolved || !resolvedClause || accepted.approximate || resolved.approximate || resolved.value > accepted.value) {
    const reason = accepted?.approximate || resolved?.approximate ? APPROXIMATE : '受理与化解的件数不成对（缺一，或化解多于受理）';
    if (accepted) review.push(unsure(reading, acceptedClause, accepted.at, reason, 'mediation.accepted', accepted.value));
    if (resolved && resolvedClause) review.push(unsure(reading, resolvedClause, resolved.at, reason, 'mediation.resolved', resolved.value));
    return { placed, review };
  }
  placed.push(accepted, resolved);
  const mediation: Mediation = {
    accepted: { value: accepted.value, quote: acceptedClause.text },
    resolved: { value: resolved.value, quote: resolvedClause.text },
  };
  if (rate && rateClause) {
    if (rate.approximate || rate.value > 100)
      review.push(unsure(reading, rateClause, rate.at, APPROXIMATE, 'mediation.statedRate', rate.value));
    else {
      mediation.statedRate = { value: Math.round(rate.value * 100) / 10_000, quote: rateClause.text };
      placed.push(rate);
    }
  }
  return { mediation, placed, review };
}
