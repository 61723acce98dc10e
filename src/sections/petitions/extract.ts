import { CASES, type Extracted, type Found, figureIn, N, partOf, type Reading, type ToCheckItem, unsure } from '../../extract/found.js';
import type { Clause } from '../../extract/report-text.js';
import { alternatives, idOf, reportWords } from '../../extract/words.js';
import type { Petitions } from './schema.js';

const { petitionChannels, petitionFlags } = reportWords;
const channelLabels: Record<string, string> = petitionChannels.labels;
/**
 * A channel petitions come by, as reports name it (`data/report-words.json`): a hotline by its
 * number or name, visits (to the county: 来县访), letters, online…; or a hotline's number before the requests
 * it brought (8890诉求).
 */
const CHANNEL = `(?:(?<label>(?:\\d{4,5}|${alternatives(petitionChannels.hotlinePrefixes)})?热线|${alternatives(petitionChannels.words)})|(?<hotline>\\d{4,5})(?=诉求|工单))`;
/** A subset reports name among petitions: a level's letters or visits, collective visits, petitions beyond the level… */
const FLAG = `(?<label>(?:${alternatives(petitionFlags.levels)})(?:${alternatives(petitionFlags.kinds)})|${alternatives(petitionFlags.words)})`;
/** Words a clause may open with before its channel: 其中, 全年共接待群众, 全区, 通过, 受理答复… */
const CHANNEL_LEAD = '(?:其中|另有|全年|共|全(?:区|县|市|镇|乡|街道)|通过|受理(?:答复)?|接待(?:群众)?)*';
/** A channel's count, at the start of its clause: 其中8890热线120件, 网上受理信访事项682件, 全区网上信访1564件次. */
const CHANNEL_COUNT = `^${CHANNEL_LEAD}${CHANNEL}(?:渠道)?(?:受理|反映)?(?:诉求|信访事项|信访件|信访)?${N}${CASES}`;
const FLAG_COUNT = `^(?:其中|涉及|含)?${FLAG}${N}${CASES}`;

/** The sentence holding the total: 信访总量, 受理信访, 共收到信访件… */
const TOTAL = `(?:信访总量|受理(?:群众)?信访(?:件|案件|事项)?(?:共)?|收到(?:群众)?信访(?:件|案件|事项)?(?:共)?|信访(?:件|事项)(?:共)?)\\D{0,4}?${N}${CASES}`;
/** A sentence about petitions, where a channel's count is one without a total before it. */
const ABOUT_PETITIONS = /信访|访|诉求|热线/;

type Counted = Petitions['channels'][number] & { found: Found };

/** A channel or a subset counted in a clause, with why it may be no count (approximate, another year's, batches of visitors). */
function countIn(reading: Reading, clause: Clause) {
  const flag = figureIn(reading, clause, FLAG_COUNT);
  const found = flag || figureIn(reading, clause, CHANNEL_COUNT);
  if (!found) return undefined;
  // Visits counted in batches (批) are groups of people, not cases.
  const doubt = found.doubt ?? (/^批/.test(reading.plain.slice(found.at[1], clause.end)) ? ('batches' as const) : undefined);
  const written = found.groups.label ?? `${found.groups.hotline}热线`;
  const label = channelLabels[written] ?? written;
  return { found, flag: Boolean(flag), doubt, label };
}

/**
 * Petitions: the total where a clause states it, each channel and each subset in the clauses of
 * the same sentence (after 其中 the channels, after 涉及 the subsets), each quoted by its clause. A
 * channel's own part (网上信访60件，其中领导信箱20件) is no channel beside it: it goes to the check list.
 * An approximate figure is never a count: it goes to the check list. Without a total, no channel is
 * placed: each one a sentence about petitions counts goes to the check list, named.
 */
export function extract(reading: Reading): Extracted<Petitions> {
  const { clauses, plain } = reading;
  const placed: Found[] = [];
  const toCheck: ToCheckItem[] = [];
  // A clause counting one channel (网上受理信访事项682件) states no total.
  const totals = clauses.flatMap((clause) => (countIn(reading, clause) ? [] : (figureIn(reading, clause, TOTAL) ?? [])));
  const sure = totals.filter((total) => !total.doubt);
  for (const total of totals)
    if (total.doubt) toCheck.push(unsure(reading, total.clause, total.at, total.doubt, 'petitions.total', total.value));
  const total = sure[0];
  if (!total) {
    for (const clause of clauses) {
      if (!ABOUT_PETITIONS.test(plain.slice(clause.sentence.start, clause.sentence.end))) continue;
      const counted = countIn(reading, clause);
      if (!counted) continue;
      const { found, flag, doubt, label } = counted;
      toCheck.push(
        unsure(reading, clause, found.at, doubt ?? 'no-total', flag ? 'petitions.flags' : 'petitions.channels', found.value, label),
      );
    }
    return { placed, toCheck };
  }
  // Stated twice with two numbers: a person decides which.
  if (sure.some((other) => other.value !== total.value)) {
    for (const other of sure) toCheck.push(unsure(reading, other.clause, other.at, 'totals-differ', 'petitions.total', other.value));
    return { placed, toCheck };
  }
  const totalClause = total.clause;
  const sentence = clauses.filter((clause) => clause.sentence.start === totalClause.sentence.start && clause.start > totalClause.start);
  const channels: Counted[] = [];
  const flags: Counted[] = [];
  let inFlags = false;
  for (const clause of sentence) {
    if (/^涉及/.test(plain.slice(clause.start, clause.end))) inFlags = true;
    const counted = countIn(reading, clause);
    if (!counted) continue;
    const { found, flag, doubt, label } = counted;
    if (doubt) {
      toCheck.push(unsure(reading, clause, found.at, doubt, 'petitions', found.value, label));
      continue;
    }
    // 网上信访60件，其中领导信箱20件: a part of a channel, no channel beside it (the channels would count it twice).
    const whole = partOf(reading, clauses.indexOf(clause));
    if (!flag && !inFlags && whole >= 0 && channels.some((channel) => channel.found.clause === clauses[whole])) {
      toCheck.push(unsure(reading, clause, found.at, 'subset', 'petitions.channels', found.value, label));
      continue;
    }
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
  const bare = ({ found: _, ...item }: Counted) => item;
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
