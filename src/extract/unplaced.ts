import { CHINESE_PERCENT, COUNT_UNIT, NUMBER, parseNumber } from '../data/numerals.js';
import { approximateAt, doubtAt, type Found, type Reading, type ToCheckItem } from './found.js';

/** A counted thing after a number: what a person may want in the dataset. */
export const COUNTED = new RegExp(`^\\s*(?:余|多)?${COUNT_UNIT}`);

/** Numbers that are names, dates or labels, never figures. */
function isName(plain: string, start: number, end: number): boolean {
  const number = plain.slice(start, end);
  const before = plain.slice(Math.max(0, start - 6), start);
  const after = plain.slice(end, end + 6);
  return (
    /^\s*(?:年|月|日|届|大|中全会|号)/.test(after) || // a year, a date, 二十大, 〔2025〕37号
    /^\s*(?:项制度|张清单)/.test(after) || // 三项制度, 两张清单
    // A slogan's number (两个确立, 四个意识, “三个年”活动, “八个新突破”, “五个坚决防止”), never a count (“三个示范点” is one).
    (/^[一二两三四五六七八九十]$/.test(number) && /^个(?:确立|维护|意识|自信|全面|结合|务必|必须|坚持|坚决|新|年[”"])/.test(after)) ||
    (number === '一' && /[查跑]\s*$/.test(before) && /^\s*次/.test(after)) || // 综合查一次, 最多跑一次
    /届\s*$/.test(before) || // 六届五次全会
    (/届[一二三四五六七八九十\d]+次[、和及]\s*$/.test(before) && /^\s*次/.test(after)) || // 六届五次、六次全会
    (/^\d{4,5}$/.test(number) && /^\s*(?:热线|平台|专线)/.test(after)) || // 8890热线
    /[第〔[(（]\s*$/.test(before) || // 第一, 〔2025〕
    (/^[一二三四五六七八九十]+$/.test(number) && /^\s*[是、）)]/.test(after)) || // 一是, 一、, （一）
    /^\s*[-/.]\s*\d/.test(after) ||
    /\d\s*[-/.:]\s*$/.test(before) // 2025-02-24, 4.15, 001008/2025
  );
}

/**
 * Every number of the text with a counted thing after it that the draft does not use, with its
 * sentence: what a person looks at before a draft becomes a dataset (an approximate one said to be
 * one). Names and dates are left out, and so are the numbers already on the check list with their
 * reason (`listed`).
 */
export function unplaced(
  { text, plain, clauses, year }: Reading,
  placed: readonly Found[],
  listed: readonly ToCheckItem[] = [],
): ToCheckItem[] {
  // An item of no place (a missing title: [0, 0]) holds no number.
  const used = new Set([...placed, ...listed.filter(({ at }) => at[1] > at[0])].map(({ at }) => at[0]));
  const items: ToCheckItem[] = [];
  for (const match of plain.matchAll(new RegExp(NUMBER, 'g'))) {
    const start = match.index;
    const end = start + match[0].length;
    if (used.has(start) || isName(plain, start, end) || !COUNTED.test(plain.slice(end, end + 4))) continue;
    const clause = clauses.find((candidate) => candidate.start <= start && end <= candidate.end);
    const sentence = clause ? text.slice(clause.sentence.start, clause.sentence.end).trim() : text.slice(start, end);
    const counted = COUNTED.exec(plain.slice(end, end + 4))?.[0].trim() ?? '';
    const quote = clause?.text ?? text.slice(start, end);
    // 20余次, 约30场: no count, and said so (a person can put no approximate number in the data); 较上年增加23件, 同比提高3%:
    // a change, said so too, and offered no place first.
    // Another year's only by its own clause (与去年同期相比，今年共审查合同58份 is this year's).
    const doubt = clause ? doubtAt({ plain, year }, clause, [start, end], { years: 'clause' }) : undefined;
    const approximate = doubt === 'approximate' || approximateAt(plain, [start, end]);
    items.push({
      kind: 'unplaced',
      text: text.slice(start, end) + counted,
      why: approximate ? 'approximate' : (doubt ?? 'unplaced'),
      sentence,
      quote,
      at: [start, end],
      value: parseNumber(match[0]),
      ...(approximate ? { approximate: true as const } : {}),
    });
  }
  // Percentages in words (百分之九十七点七): counted, whatever follows.
  for (const match of plain.matchAll(new RegExp(CHINESE_PERCENT, 'dg'))) {
    // The number's own place (百分之百: the second 百).
    const start = match.indices?.groups?.n?.[0] ?? match.index;
    if (used.has(start)) continue;
    const clause = clauses.find((candidate) => candidate.start <= start && start <= candidate.end);
    const sentence = clause ? text.slice(clause.sentence.start, clause.sentence.end).trim() : match[0];
    const doubt = clause
      ? doubtAt({ plain, year }, clause, [start, start + (match.groups?.n.length ?? 0)], { years: 'clause' })
      : undefined;
    items.push({
      kind: 'unplaced',
      text: text.slice(match.index, match.index + match[0].length),
      why: doubt ?? 'unplaced',
      sentence,
      quote: clause?.text ?? match[0],
      at: [start, start + (match.groups?.n.length ?? 0)],
    });
  }
  return items;
}
