import { CASES, type Extracted, type Found, figureIn, N, type Reading, type ToCheckItem, unsure } from '../../extract/found.js';
import { alternatives, idOf, reportWords } from '../../extract/words.js';
import type { Petitions } from './schema.js';

const { petitionChannels, petitionFlags } = reportWords;
/** A channel petitions come by, as reports name it (`data/report-words.json`): a hotline by its number or name, visits, letters, online… */
const CHANNEL = `(?<label>(?:\\d{4,5}|${alternatives(petitionChannels.hotlinePrefixes)})?热线|${alternatives(petitionChannels.words)})`;
/** A subset reports name among petitions: a level's letters or visits, collective visits, petitions beyond the level… */
const FLAG = `(?<label>(?:${alternatives(petitionFlags.levels)})(?:${alternatives(petitionFlags.kinds)})|${alternatives(petitionFlags.words)})`;

/** The sentence holding the total: 信访总量, 受理信访, 共收到信访件… */
const TOTAL = `(?:信访总量|受理(?:群众)?信访(?:件|案件|事项)?(?:共)?|收到(?:群众)?信访(?:件|事项)?(?:共)?|信访(?:件|事项)(?:共)?)\\D{0,4}?${N}${CASES}`;

/**
 * Petitions: the total where a clause states it, each channel and each subset in the clauses of
 * the same sentence (after 其中 the channels, after 涉及 the subsets), each quoted by its clause.
 * An approximate figure is never a count: it goes to the check list.
 */
export function extract(reading: Reading): Extracted<Petitions> {
  const { clauses, plain } = reading;
  const placed: Found[] = [];
  const toCheck: ToCheckItem[] = [];
  const totals = clauses.flatMap((clause) => figureIn(reading, clause, TOTAL) ?? []);
  const sure = totals.filter((total) => !total.doubt);
  for (const total of totals)
    if (total.doubt) toCheck.push(unsure(reading, total.clause, total.at, total.doubt, 'petitions.total', total.value));
  const total = sure[0];
  if (!total) return { placed, toCheck };
  // Stated twice with two numbers: a person decides which.
  if (sure.some((other) => other.value !== total.value)) {
    for (const other of sure) toCheck.push(unsure(reading, other.clause, other.at, 'totals-differ', 'petitions.total', other.value));
    return { placed, toCheck };
  }
  const totalClause = total.clause;
  const sentence = clauses.filter((clause) => clause.sentence.start === totalClause.sentence.start && clause.start > totalClause.start);
  const channels: (Petitions['channels'][number] & { found: Found })[] = [];
  const flags: (Petitions['channels'][number] & { found: Found })[] = [];
  let inFlags = false;
  for (const clause of sentence) {
    const text = plain.slice(clause.start, clause.end);
    if (/^涉及/.test(text)) inFlags = true;
    const flag = figureIn(reading, clause, `^(?:其中|涉及|含)?${FLAG}${N}${CASES}`);
    const channel = !flag && figureIn(reading, clause, `^(?:其中|另有)?(?:通过)?${CHANNEL}(?:渠道)?(?:受理|反映)?${N}${CASES}`);
    const found = flag || channel;
    if (!found) continue;
    // Visits counted in batches (批) are groups of people, not cases.
    const doubt = found.doubt ?? (/^批/.test(plain.slice(found.at[1], clause.end)) ? ('batches' as const) : undefined);
    if (doubt) {
      toCheck.push(unsure(reading, clause, found.at, doubt, 'petitions', found.value));
      continue;
    }
    const label = found.groups.label ?? '';
    const item = { id: idOf(label), label, value: found.value, quote: clause.text, found };
    (flag || inFlags ? flags : channels).push(item);
  }
  const channelSum = channels.reduce((sum, channel) => sum + channel.value, 0);
  const why = channels.length === 0 ? ('no-channels' as const) : channelSum > total.value ? ('channels-above-total' as const) : undefined;
  if (why) {
    // Nothing of the section is placed: every figure of it goes to a person.
    for (const item of [{ found: total }, ...channels, ...flags]) {
      toCheck.push(unsure(reading, item.found.clause, item.found.at, why, 'petitions', item.found.value));
    }
    return { placed, toCheck };
  }
  placed.push(total, ...channels.map(({ found }) => found), ...flags.map(({ found }) => found));
  const bare = ({ found: _, ...item }: (typeof channels)[number]) => item;
  return {
    data: {
      total: { value: total.value, quote: totalClause.text },
      channels: channels.map(bare),
      ...(flags.length ? { flags: flags.map(bare) } : {}),
    },
    placed,
    toCheck,
  };
}
