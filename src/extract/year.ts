import { NUMBER } from '../data/numerals.js';
import type { Clause, ReportText } from './report-text.js';
import { type Dated, PUBLISHER_FIELDS, type SourceFound } from './source.js';
import { COUNTED } from './unplaced.js';

/**
 * Where a report's year was read: its title; its first lines (2022年，在县委…; 2024年以来; 一年来 with
 * the date the page gives); the page's date (成文日期, the date signed, 发布日期); the page's address
 * (/art/2025/2/24/…); or the year most of its figures are stated for.
 */
export type YearFrom = 'title' | 'first-lines' | 'field' | 'url' | 'figures';

export interface YearFound {
  year: number;
  from: YearFrom;
  /** The words it was read from, as published, and where they stand. */
  text: string;
  at: [number, number];
  /** The line or sentence they stand in. */
  sentence: string;
}

/** A year as reports write it: 2024, or 二〇二四. */
const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const yearOf = (written: string) =>
  Number(
    /^\d+$/.test(written) ? written : [...written].map((char) => '〇一二三四五六七八九'.indexOf(char === '零' ? '〇' : char)).join(''),
  );

/**
 * The year a report's opening words give it: 2022年，…; 2021年度，…; 2024年以来… (2024以来，… too, 年 left out);
 * 2024年是…之年; 现将我镇2022年度法治政府建设情况报告如下.
 */
const OPENING_YEAR = new RegExp(
  `(?<![自从起])${YEAR}\\s*(?:年(?:度)?(?=\\s*[,，]|以来|是)|(?=以来\\s*[,，]))|现将[^。\\n]{0,20}?${YEAR}\\s*年(?:度)?[^。\\n]{0,40}?(?:报告|汇报|总结)如下`,
  'g',
);
/** The report's first heading naming its year: 一、2022年法治政府建设主要举措和成效 (never a later one: 三、2025年工作打算 is of plans). */
const HEADING_YEAR = new RegExp(`(?:^|\\n)[ \\t]*一\\s*[、.]\\s*${YEAR}\\s*年(?:度)?[^\\n]{0,24}?(?:法治政府建设|主要举措|成效)`, 'g');
/** Words that give the year only with a date: 一年来, 今年以来, 今年, 本年度. */
const THIS_YEAR = /一年来|今年以来|今年|本年度|过去一年/g;

/** How much of the report's first words is its opening: a few sentences. */
const OPENING_LENGTH = 300;

/** A line of the page's own furniture (a field of its metadata, a breadcrumb), not the report's words. */
const FURNITURE = new RegExp(
  `[|【】]|^\\s*[•·]|索\\s*引\\s*号|${PUBLISHER_FIELDS}|成文日期|发布日期|发布时间|来源|字号|字体|分享|打印|当前位置|所在的位置|浏览次数|访问次数|^\\s*\\[`,
);

/** Whether the place is inside a book title's marks or brackets of its line: 《…纲要（2021—2025年）》 names no year of the report. */
function enclosed(plain: string, index: number): boolean {
  const before = plain.slice(plain.lastIndexOf('\n', index - 1) + 1, index);
  const open = (char: string, close: string) => before.split(char).length - before.split(close).length;
  return open('《', '》') > 0 || open('(', ')') > 0 || open('〔', '〕') > 0 || open('[', ']') > 0;
}

/** Whether a year ends a span (2021—2025年, 2023-2027年) or begins a date (2022年11月7日). */
function spanOrDate(plain: string, start: number, end: number): boolean {
  return /[-—–~至到]\s*$/.test(plain.slice(Math.max(0, start - 2), start)) || /^\s*年\s*\d{1,2}\s*月/.test(plain.slice(end, end + 6));
}

/** The year a page's date stands for: a report published in the first half of a year is about the year before; a summary at the end of a year, about that year. */
const yearDatedBy = (iso: string) => {
  const [year, month] = iso.split('-').map(Number);
  return month <= 6 ? year - 1 : year;
};

/** The report's opening: from the first line of its own words, a few sentences. */
function openingOf(plain: string): { start: number; end: number } {
  let start = 0;
  for (const line of plain.split('\n')) {
    const words = line.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
    if (words >= 8 && !FURNITURE.test(line)) break;
    start += line.length + 1;
  }
  const cut = plain.slice(start + OPENING_LENGTH).search(/[。!?！？\n]/);
  return { start, end: cut === -1 ? plain.length : start + OPENING_LENGTH + cut + 1 };
}

/** The line around a place, as published. */
function lineAround(text: string, at: [number, number]): string {
  const start = text.lastIndexOf('\n', at[0] - 1) + 1;
  const end = text.indexOf('\n', at[1]);
  return text.slice(start, end === -1 ? text.length : end).trim();
}

/** The sentence around a place, as published: a page may run a whole section together on one line. */
export function sentenceAround(text: string, at: [number, number]): string {
  const before = text.slice(0, at[0]);
  const start = Math.max(...['。', '！', '？', '\n'].map((mark) => before.lastIndexOf(mark))) + 1;
  const rest = text.slice(at[1]).search(/[。！？\n]/);
  const end = rest === -1 ? text.length : at[1] + rest + (text[at[1] + rest] === '\n' ? 0 : 1);
  return text.slice(start, end).trim();
}

/** The date the page gives: written, signed, published, in that order. */
const pageDate = ({ written, signed, published }: SourceFound['dates']): Dated | undefined => written ?? signed ?? published;

/** A date in a portal's address: /art/2025/2/24/…, /202403/t20240326_…, /doc/2025/03/04/…, /2026/03/…; as YYYY-MM-DD (day 01 when the address has none). */
function addressDate(url: string): string | undefined {
  const patterns: [RegExp, (match: RegExpExecArray) => string[]][] = [
    [/\/t(20\d{2})(\d{2})(\d{2})_/, (match) => match.slice(1, 4)],
    [/\/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})\//, (match) => match.slice(1, 4)],
    [/\/(20\d{2})(\d{2})(\d{2})\//, (match) => match.slice(1, 4)],
    [/\/(20\d{2})(\d{2})\//, (match) => [match[1], match[2], '1']],
    [/\/(20\d{2})\/(\d{1,2})\//, (match) => [match[1], match[2], '1']],
  ];
  for (const [pattern, parts] of patterns) {
    const match = pattern.exec(url);
    if (!match) continue;
    const [year, month, day] = parts(match);
    if (Number(month) >= 1 && Number(month) <= 12) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return undefined;
}

/** The year of the opening: the first year it states; else its first heading's; else 一年来, 今年以来… with the page's date. */
function fromOpening({ text, plain }: ReportText, source: SourceFound): YearFound | undefined {
  const { start, end } = openingOf(plain);
  const opening = plain.slice(start, end);
  const stated = [...opening.matchAll(OPENING_YEAR)]
    .map((match) => {
      const written = match[1] ?? match[2];
      const at = start + match.index + match[0].indexOf(written);
      return { written, at: [at, at + written.length] as [number, number] };
    })
    .find(({ at }) => !enclosed(plain, at[0]) && !spanOrDate(plain, at[0], at[1]));
  if (stated) {
    const { written, at } = stated;
    // Quoted as written: 2024年, or 2024 where 年 was left out (2024以来，…).
    const words = `${text.slice(...at)}${/^\s*年/.test(plain.slice(at[1])) ? '年' : ''}`;
    return { year: yearOf(written), from: 'first-lines', text: words, at, sentence: sentenceAround(text, at) };
  }
  const heading = [...opening.matchAll(HEADING_YEAR)][0];
  if (heading) {
    const at: [number, number] = [start + heading.index + heading[0].indexOf(heading[1]), 0];
    at[1] = at[0] + heading[1].length;
    return { year: yearOf(heading[1]), from: 'first-lines', text: `${text.slice(...at)}年`, at, sentence: lineAround(text, at) };
  }
  const relative = [...opening.matchAll(THIS_YEAR)][0];
  const date = pageDate(source.dates);
  if (!relative || !date) return undefined;
  const at: [number, number] = [start + relative.index, start + relative.index + relative[0].length];
  return { year: yearDatedBy(date.iso), from: 'first-lines', text: text.slice(...at), at, sentence: sentenceAround(text, at) };
}

/**
 * The year most of the report's figures are stated for: each counted number (件, 次…) is given to
 * the last year its sentence names before it; the year given most, if it is given at least twice and
 * more than any other.
 */
function fromFigures({ text, plain }: ReportText, clauses: readonly Clause[]): YearFound | undefined {
  const tally = new Map<number, { count: number; at: [number, number] }>();
  const sentences = new Map(clauses.map(({ sentence }) => [sentence.start, sentence]));
  for (const { start, end } of sentences.values()) {
    const sentence = plain.slice(start, end);
    const years = [...sentence.matchAll(new RegExp(`${YEAR}\\s*年`, 'g'))]
      .map((match) => ({ at: [start + match.index, start + match.index + match[1].length] as [number, number], year: yearOf(match[1]) }))
      .filter(({ at }) => !enclosed(plain, at[0]) && !spanOrDate(plain, at[0], at[1]));
    if (years.length === 0) continue;
    for (const match of sentence.matchAll(new RegExp(NUMBER, 'g'))) {
      const after = start + match.index + match[0].length;
      if (!COUNTED.test(plain.slice(after, after + 4)) || /^\s*年/.test(plain.slice(after, after + 2))) continue;
      const stated = years.filter(({ at }) => at[1] <= start + match.index).pop();
      if (!stated) continue;
      const entry = tally.get(stated.year) ?? { count: 0, at: stated.at };
      entry.count++;
      tally.set(stated.year, entry);
    }
  }
  const [first, second] = [...tally.entries()].sort((a, b) => b[1].count - a[1].count);
  if (!first || first[1].count < 2 || (second && second[1].count === first[1].count)) return undefined;
  const [year, { at }] = first;
  return { year, from: 'figures', text: `${text.slice(...at)}年`, at, sentence: sentenceAround(text, at) };
}

/**
 * The report's year, from where real reports hold it: the title; else the first lines; else the
 * page's date (a report published January to June is about the year before); else a date in the
 * page's address; else the year most of its figures are stated for. Undefined when nothing holds it.
 */
export function yearIn(report: ReportText, source: SourceFound, clauses: readonly Clause[]): YearFound | undefined {
  const { text } = report;
  if (source.year !== undefined && source.titleAt) {
    const at = source.titleAt;
    return { year: source.year, from: 'title', text: text.slice(...at), at, sentence: text.slice(...at) };
  }
  const opening = fromOpening(report, source);
  if (opening) return opening;
  const date = pageDate(source.dates);
  if (date)
    return { year: yearDatedBy(date.iso), from: 'field', text: text.slice(...date.at), at: date.at, sentence: lineAround(text, date.at) };
  const addressed = source.address && addressDate(source.address.url);
  if (source.address && addressed) {
    const { at } = source.address;
    return { year: yearDatedBy(addressed), from: 'url', text: text.slice(...at), at, sentence: text.slice(...at) };
  }
  return fromFigures(report, clauses);
}
