import { httpAddress } from '../data/address.js';
import type { Source } from '../data/parts.js';

/** A date a page gives, as YYYY-MM-DD, and where it is written. */
export interface Dated {
  iso: string;
  /** Offsets of its words (the date as written) in the text. */
  at: [number, number];
}

/** What a report's page says of itself: its title, publisher, dates, index number and address, and the year and unit its title names. */
export interface SourceFound {
  source: Partial<Source>;
  /** The year the title names. */
  year?: number;
  /** The unit, as the title names it: "某镇". */
  unit?: string;
  /** Where the title stands in the text. */
  titleAt?: [number, number];
  /** The dates the page gives: written (成文日期), signed (a date line after the text), published (发布日期). */
  dates: { written?: Dated; signed?: Dated; published?: Dated };
  /** The page's address, when the text holds it on a line of its own, and where. */
  address?: { url: string; at: [number, number] };
}

/** A field's value as published, and where it stands. */
interface FieldValue {
  value: string;
  at: [number, number];
}

/**
 * The values of a field of a portal's metadata (`发布机构: | 某镇人民政府 |`, `发布机构：某镇人民政府`,
 * `【发布单位】云溪县信访局`, `| 成文日期 | 2025-03-06 |`, `[ 成文日期 ] | 2025-03-06 |`), first to last:
 * each ends at a cell's edge, at the line's end, or where the next field's name begins (`　浏览次数：…`,
 * `[ 发布机构 ] 某乡人民政府 [ 有效性 ]`).
 */
function* fields(plain: string, text: string, names: string): Generator<FieldValue> {
  const pattern = new RegExp(
    `(?:【(?:${names})】|\\[\\s*(?:${names})\\s*\\]|\\|\\s*(?:${names})\\s*\\||(?:${names})\\s*:)\\s*\\|?\\s*(?!\\S{2,8}:)(\\S.*?)(?=\\s*\\||\\s+\\S{2,8}:|\\s+【|\\s+\\[\\s*[\\u4e00-\\u9fff ]{2,8}\\s*\\]|\\s{2,}|\\n|$)`,
    'g',
  );
  for (const match of plain.matchAll(pattern)) {
    const start = match.index + match[0].lastIndexOf(match[1]);
    const value = text.slice(start, start + match[1].length).trim();
    if (value) yield { value, at: [start, start + match[1].length] };
  }
}

/** The first value of a field. */
const field = (plain: string, text: string, names: string): FieldValue | undefined => fields(plain, text, names).next().value ?? undefined;

/** A date as portals write it (2025-02-24, 2025年2月24日, 2025/2/24, 2025.2.24) as YYYY-MM-DD; none for a day no calendar has. */
function isoDate(written: string | undefined): string | undefined {
  const match = written && /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(written);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}

/** The first value of a field that is a date, as a date. */
function dateField(plain: string, text: string, names: string): Dated | undefined {
  for (const { value, at } of fields(plain, text, names)) {
    const iso = isoDate(value);
    if (iso) return { iso, at };
  }
  return undefined;
}

/** The lines of the text, each with where it starts. */
const linesOf = (plain: string) => {
  let offset = 0;
  return plain.split('\n').map((line) => {
    const at = offset;
    offset += line.length + 1;
    return { line, at };
  });
};

/** The date a report is signed with, on a line of its own after the text (or in brackets under its title). */
function signedOn(plain: string): Dated | undefined {
  const dated = /^\s*[（(]?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[）)]?\s*$/;
  // The last such line: a signature follows the text, a date under the title precedes it.
  const last = linesOf(plain)
    .filter(({ line }) => dated.test(line))
    .pop();
  const match = last && dated.exec(last.line);
  const iso = isoDate(match?.[1]);
  if (!last || !match || !iso) return undefined;
  const start = last.at + last.line.indexOf(match[1]);
  return { iso, at: [start, start + match[1].length] };
}

/** A date alone on one of the few lines under the title, as a page sets the day it published it (2026.03.05, 2026-03-05). */
function datedUnder(plain: string, titleAt: [number, number] | undefined): Dated | undefined {
  if (!titleAt) return undefined;
  const under = linesOf(plain)
    .filter(({ at, line }) => at > titleAt[1] && line.trim() !== '')
    .slice(0, 3);
  for (const { line, at } of under) {
    const match = /^\s*(\d{4}([-./])\d{1,2}\2\d{1,2})\s*$/.exec(line);
    const iso = isoDate(match?.[1]);
    if (match && iso) {
      const start = at + line.indexOf(match[1]);
      return { iso, at: [start, start + match[1].length] };
    }
  }
  return undefined;
}

/** A party committee sending the report with the government, set apart from it by a space (中共新田镇委员会 新田镇人民政府). */
const COMMITTEE_APART = '(?:中共)?[\\u4e00-\\u9fff]{2,20}?(?:委员会|党委|党工委)[ \\u3000]';
/** A year as titles write it: 2024, or 二〇二四. */
const YEAR = '(?<year>\\d{4}|[〇零一二三四五六七八九]{4})';
/** A unit's name: a run of words without blanks, punctuation or digits. */
const UNIT = '[^\\s|，。,：:；;、\\d]';

/** What a title calls the report: 法治政府建设(工作)(年度)(的)(情况)(的)报告, 工作总结, 情况. */
const REPORT_NAMED = '法治(?:政府)?建设(?:工作)?(?:年度)?(?:工作)?(?:的)?(?:情况)?(?:的)?(?:报告|工作报告|工作总结|总结|情况)';

/**
 * A report's title: a line of its own naming the year's rule-of-law government report, the unit
 * before the year or after it (2020年某区法治政府建设情况报告), 年 sometimes left out (某街道2024法治政府建设年度报告),
 * and the report called 报告, 工作总结 or 情况.
 */
const TITLE = new RegExp(
  `^(?<unit>(?:${COMMITTEE_APART})?${UNIT}{2,30}?)?\\s*(?:关于)?\\s*${YEAR}\\s*年?(?:度)?(?<unitAfter>${UNIT}{2,20}?)?${REPORT_NAMED}$`,
);

/** A title with its year in brackets after it: 塘栖镇法治政府建设年度报告(2024年度). */
const TITLE_YEAR_AFTER = new RegExp(
  `^(?<unit>${UNIT}{2,30}?)\\s*(?:关于)?\\s*${REPORT_NAMED}` + `\\s*[（(]\\s*${YEAR}\\s*年?度?\\s*[)）]$`,
);

/** How a unit's name ends: a place (镇, 街道, 县…), a department (局, 办…) or a government. */
const UNIT_END = '(?:省|市|区|县|旗|镇|乡|街道|办事处|政府|局|委|办|厅|署|院|中心|委员会|管委会)';
/** A body's name: it ends as a unit's does. */
const BODY = new RegExp(`${UNIT_END}$`);
/**
 * A title naming no year (青山镇法治政府建设年度报告, 某某街道法治政府建设情况报告): the unit's name first, for a
 * column's name (法治政府建设年度报告 above the article) is no title.
 */
const TITLE_WITHOUT_YEAR = new RegExp(`^(?<unit>${UNIT}{1,30}?${UNIT_END})\\s*(?:关于)?\\s*${REPORT_NAMED}$`);

/** A year written in Chinese digits (二〇二四) as a number. */
const yearOf = (written: string) =>
  Number(
    /^\d+$/.test(written) ? written : [...written].map((char) => '〇一二三四五六七八九'.indexOf(char === '零' ? '〇' : char)).join(''),
  );

/**
 * The title: a line that is one, else a line and the next together (a title broken over two lines:
 * …关于2023年度法治政府建设 / 工作的报告), else a line that is one but names no year, alone or with the line
 * after its unit's name (大河乡人民政府 / 关于法治政府建设的情况报告). Every line is tried
 * alone first: the line before a title (its column, 法治政府建设年报; a notice, 主动公开) is no part of it.
 */
function titleIn(plain: string, text: string): { text: string; unit?: string; year?: number; at: [number, number] } | undefined {
  const cells = linesOf(plain)
    .map(({ line, at }) => {
      const cell = line.replace(/[|\s]+$/, '').replace(/^[|\s]+/, '');
      return { cell, at: at + line.indexOf(cell) };
    })
    .filter(({ cell }) => cell !== '');
  const titleOf = (parts: typeof cells) => {
    const joined = parts.map((part) => part.cell).join('');
    const match = TITLE.exec(joined) ?? TITLE_YEAR_AFTER.exec(joined);
    if (!match?.groups) return undefined;
    const last = parts[parts.length - 1];
    return {
      text: parts.map((part) => text.slice(part.at, part.at + part.cell.length)).join(''),
      // A line that starts 关于 names no unit.
      unit: (match.groups.unit ?? match.groups.unitAfter)?.replace(/^关于$/, '') || undefined,
      year: yearOf(match.groups.year),
      at: [parts[0].at, last.at + last.cell.length] as [number, number],
    };
  };
  for (const [index, cell] of cells.entries()) {
    const alone = titleOf([cell]);
    if (!alone) continue;
    // A title naming no unit may have it on the line before (天津市静海区人民政府 / 关于2024年法治政府建设报告).
    const withUnit = !alone.unit && index > 0 ? titleOf([cells[index - 1], cell]) : undefined;
    return withUnit?.unit ? withUnit : alone;
  }
  for (const [index, cell] of cells.slice(0, -1).entries()) {
    const pair = titleOf([cell, cells[index + 1]]);
    if (pair) return pair;
  }
  for (const { cell, at } of cells) {
    const match = TITLE_WITHOUT_YEAR.exec(cell);
    if (match?.groups) return { text: text.slice(at, at + cell.length), unit: match.groups.unit, at: [at, at + cell.length] };
  }
  // Broken over two lines too: 大河乡人民政府 / 关于法治政府建设的情况报告.
  for (const [index, first] of cells.slice(0, -1).entries()) {
    const second = cells[index + 1];
    const match = TITLE_WITHOUT_YEAR.exec(first.cell + second.cell);
    // Its first line may be a portal's banner (青山区人民政府 above a town's report): the unit is left to the body, and checked.
    if (match?.groups && match.groups.unit.length <= first.cell.length)
      return {
        text: text.slice(first.at, first.at + first.cell.length) + text.slice(second.at, second.at + second.cell.length),
        at: [first.at, second.at + second.cell.length],
      };
  }
  return undefined;
}

/**
 * The page's index number (索引号), whole where a copy wrapped it before its year and serial
 * (001008010002063 / /2026-00412 on the next line: 001008010002063/2026-00412).
 */
function indexNumber(plain: string, text: string): string | undefined {
  const found = field(plain, text, '索引号|索 引 号');
  if (!found) return undefined;
  const rest = /^\s*\n\s*(\/\d{4}-\d+)/.exec(plain.slice(found.at[1]));
  return /^[\dA-Za-z-]+$/.test(found.value) && rest ? `${found.value}${rest[1]}` : found.value;
}

/** The page's address, copied with its text: an http(s) address on a line of its own. */
function addressIn(plain: string, text: string): SourceFound['address'] {
  for (const { line, at } of linesOf(plain)) {
    const match = /^\s*(?:网址|链接|原文链接|来源网址|URL)?\s*:?\s*(https?:\/\/\S+)\s*$/i.exec(line);
    if (!match) continue;
    const start = at + line.indexOf(match[1]);
    const url = httpAddress(text.slice(start, start + match[1].length));
    if (url) return { url, at: [start, start + url.length] };
  }
  return undefined;
}

/**
 * The body a title names as publishing the report, before 关于, its year or the report's name (冷水镇人民政府关于…,
 * 八街街道办事处2021年度…): a government, an office, a bureau or a committee, never a place (冷水镇2023年度… names none).
 */
const PUBLISHING_BODY = new RegExp(
  `^(?!关于)(?<body>(?:${COMMITTEE_APART})?${UNIT}{1,30}?(?:人民政府|政府|办事处|局|委员会|管委会|管理委员会))\\s*(?:关于|${YEAR}|${REPORT_NAMED})`,
);

/**
 * The body the title names, where the title read its unit itself: over two lines (大河乡人民政府 / 关于…) the
 * first may be a portal's banner (青山区人民政府 above a town's report), and a person says who published it.
 */
function publishingBody(title: { text: string; unit?: string } | undefined): string | undefined {
  return title?.unit === undefined ? undefined : PUBLISHING_BODY.exec(title.text)?.groups?.body;
}

/** The names a page gives the field of the body that published it, as a regular expression's alternation. */
export const PUBLISHER_FIELDS = '发布机构|发文机关|发文机构|发布单位';

/** The source of a report from its page: the metadata, else the title line and the date it is signed with. */
export function sourceIn(text: string, plain: string): SourceFound {
  const title = titleIn(plain, text);
  // 来源 names the publisher where it names a body (来源：某某镇人民政府), not a portal's column (来源：党政).
  const from = field(plain, text, '来源')?.value;
  // A publisher's field that holds a code (发文机构:gyz1) names no body.
  const publisher =
    [...fields(plain, text, PUBLISHER_FIELDS)].find(({ value }) => /[\u4e00-\u9fff]{2}/.test(value))?.value ??
    (from && BODY.test(from) ? from : undefined) ??
    publishingBody(title);
  const dates = {
    written: dateField(plain, text, '成文日期|成文时间'),
    signed: signedOn(plain),
    published: dateField(plain, text, '发布日期|发布时间|发文时间|更新时间|日期|时间') ?? datedUnder(plain, title?.at),
  };
  // The date it was written, else signed, else published.
  const date = (dates.written ?? dates.signed ?? dates.published)?.iso;
  const indexNo = indexNumber(plain, text);
  const address = addressIn(plain, text);
  return {
    source: {
      ...(title ? { title: title.text } : {}),
      ...(publisher ? { publisher } : {}),
      ...(date ? { date } : {}),
      ...(indexNo ? { indexNo } : {}),
      ...(address ? { url: address.url } : {}),
    },
    year: title?.year,
    unit: title?.unit,
    titleAt: title?.at,
    dates,
    ...(address ? { address } : {}),
  };
}
