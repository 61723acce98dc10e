import { CHINESE_PERCENT } from '../../data/numerals.js';
import { CASES, type Extracted, type Found, figureIn, N, partOf, type Reading, type ToCheckItem, unsure } from '../../extract/found.js';
import type { Mediation } from './schema.js';

/** Cases accepted: 受理（矛盾纠纷/调解）案件99起, 受理各类纠纷99件, 排查调处矛盾纠纷99起. */
const ACCEPTED = `(?:受理|排查|收到)\\D{0,12}?(?:案件|纠纷|案)\\D{0,2}?${N}${CASES}`;
/**
 * Cases resolved: 成功调解98起, 调解成功98起, 化解98起, 调处成功98件, 成功化98起 (as a report once wrote
 * it); never a kind of dispute (其中成功调解邻里纠纷30起, 化解历史遗留问题3件 are subsets or other things).
 */
const RESOLVED = `^(?!其中)\\D{0,8}?(?:成功(?:调解|化解|调处|化)?|调解成功|化解成功|调处成功|化解|调结)(?:矛盾纠纷|各类纠纷|纠纷|案件)?${N}${CASES}`;
/** The success rate: 成功率达99%, 调解成功率为98.5%, 化解率99%, 调处成功率达百分之九十七点七. */
const RATE_WORDS = '(?:成功率|化解率|调处率|调解率)(?:达到|达|为|是)?';
const RATES = [`${RATE_WORDS}${N}%`, `${RATE_WORDS}${CHINESE_PERCENT}`];

/** Whether a sentence speaks of disputes mediated, and not of petitions' backlog or legal aid, which have their own counts. */
const ABOUT = /调解|纠纷|调处/;
const NOT_ABOUT = /信访|积案|法律援助|行政复议|诉讼/;

/**
 * Mediation: in the first sentence about disputes that gives cases accepted, those accepted, those
 * resolved and the rate as stated, each quoted by its clause. Without both counts there is no
 * section: a lone figure goes to the check list, and so does a count of disputes that is part of
 * a count before it (其中受理…).
 */
export function extract(reading: Reading): Extracted<Mediation> {
  const { clauses, plain } = reading;
  const placed: Found[] = [];
  const toCheck: ToCheckItem[] = [];
  const candidates = clauses.flatMap((clause, index) => {
    const sentence = plain.slice(clause.sentence.start, clause.sentence.end);
    return ABOUT.test(sentence) && !NOT_ABOUT.test(sentence) && figureIn(reading, clause, ACCEPTED) ? [{ clause, index }] : [];
  });
  // 共调解各类纠纷300件，其中受理婚姻家庭纠纷120起: a part of the disputes before it is no count of the cases accepted.
  const parts = candidates.filter(({ index }) => partOf(reading, index) >= 0);
  for (const { clause } of parts) {
    const part = figureIn(reading, clause, ACCEPTED);
    if (part) toCheck.push(unsure(reading, clause, part.at, 'subset', 'mediation.accepted', part.value));
  }
  const acceptedClause = candidates.find((candidate) => !parts.includes(candidate))?.clause;
  if (!acceptedClause) return { placed, toCheck };
  const accepted = figureIn(reading, acceptedClause, ACCEPTED);
  const sentence = clauses.filter(
    (clause) => clause.sentence.start === acceptedClause.sentence.start && clause.start > acceptedClause.start,
  );
  const resolvedClause = sentence.find((clause) => figureIn(reading, clause, RESOLVED));
  const resolved = resolvedClause && figureIn(reading, resolvedClause, RESOLVED);
  const rateOf = (clause: (typeof sentence)[number]) => RATES.map((pattern) => figureIn(reading, clause, pattern)).find(Boolean);
  const rateClause = sentence.find(rateOf);
  const rate = rateClause && rateOf(rateClause);
  if (!accepted || !resolved || !resolvedClause || accepted.doubt || resolved.doubt || resolved.value > accepted.value) {
    const reason = accepted?.doubt ?? resolved?.doubt ?? 'unpaired';
    if (accepted) toCheck.push(unsure(reading, acceptedClause, accepted.at, reason, 'mediation.accepted', accepted.value));
    if (resolved && resolvedClause)
      toCheck.push(unsure(reading, resolvedClause, resolved.at, reason, 'mediation.resolved', resolved.value));
    return { placed, toCheck };
  }
  placed.push(accepted, resolved);
  const mediation: Mediation = {
    accepted: { value: accepted.value, quote: acceptedClause.text },
    resolved: { value: resolved.value, quote: resolvedClause.text },
  };
  if (rate && rateClause) {
    // A stated rate far from what the counts give (more than a point) is another rate, or a slip: a person decides.
    const computed = (resolved.value / accepted.value) * 100;
    const doubt = rate.doubt ?? (rate.value > 100 || Math.abs(rate.value - computed) > 1 ? 'rate-mismatch' : undefined);
    if (doubt) toCheck.push(unsure(reading, rateClause, rate.at, doubt, 'mediation.statedRate', rate.value));
    else {
      mediation.statedRate = { value: Number((rate.value / 100).toPrecision(12)), quote: rateClause.text };
      placed.push(rate);
    }
  }
  return { data: mediation, placed, toCheck };
}
