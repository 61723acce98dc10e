import type { Source } from '../data/parts.js';

/** What a report's page says of itself: its title, publisher, date and index number, and the year and unit its title names. */
export interface SourceFound {
  source: Partial<Source>;
  year?: number;
  /** The unit, as the title names it before the year: "某镇". */
  unit?: string;
}

/**
 * The value of a field of a portal's metadata (`发布机构: | 某镇人民政府 |`, `发布机构：某镇人民政府`,
 * `【发布单位】云溪县信访局`): it ends at a cell's edge, at the line's end, or where the next field's
 * name begins (`　浏览次数：…`).
 */
function field(plain: string, text: string, names: string): string | undefined {
  const match = new RegExp(`(?:【(?:${names})】|(?:${names})\\s*:)\\s*\\|?\\s*(.+?)(?=\\s*\\||\\s+\\S{2,8}:|\\s+【|\\s{2,}|\\n|$)`).exec(
    plain,
  );
  if (!match) return undefined;
  const start = match.index + match[0].lastIndexOf(match[1]);
  return text.slice(start, start + match[1].length).trim() || undefined;
}

/** A date as portals write it (2025-02-24, 2025年2月24日, 2025/2/24, 2025.2.24) as YYYY-MM-DD. */
function isoDate(written: string | undefined): string | undefined {
  const match = written && /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(written);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : undefined;
}

/** The date a report is signed with, on a line of its own after the text (or in brackets under its title). */
function signedOn(plain: string): string | undefined {
  const lines = plain.split('\n').map((line) => line.trim());
  const dated = (line: string) => /^[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?$/.test(line);
  // The last such line: a signature follows the text, a date under the title precedes it.
  return isoDate(lines.filter(dated).pop());
}

/** A report's title: a line of its own naming the year's rule-of-law government report. */
const TITLE =
  /^(?<unit>[^\s|，。,：:]{2,30}?)?(?:关于)?(?<year>\d{4})\s*年(?:度)?法治政府建设(?:工作)?(?:年度)?(?:情况)?(?:的)?(?:报告|工作报告)$/;

/** The source of a report from its page: the metadata, else the title line and the date it is signed with. */
export function sourceIn(text: string, plain: string): SourceFound {
  let offset = 0;
  let title: { text: string; unit?: string; year: number } | undefined;
  for (const line of plain.split('\n')) {
    const cell = line.replace(/[|\s]+$/, '').replace(/^[|\s]+/, '');
    const match = TITLE.exec(cell);
    if (match?.groups) {
      const start = offset + line.indexOf(cell);
      title = { text: text.slice(start, start + cell.length), unit: match.groups.unit, year: Number(match.groups.year) };
      break;
    }
    offset += line.length + 1;
  }
  const publisher = field(plain, text, '发布机构|发文机关|发布单位|来源');
  // The date it was written, else signed, else published.
  const date = isoDate(field(plain, text, '成文日期')) ?? signedOn(plain) ?? isoDate(field(plain, text, '发布日期|发布时间|日期'));
  const indexNo = field(plain, text, '索引号');
  return {
    source: {
      ...(title ? { title: title.text } : {}),
      ...(publisher ? { publisher } : {}),
      ...(date ? { date } : {}),
      ...(indexNo ? { indexNo } : {}),
    },
    year: title?.year,
    unit: title?.unit,
  };
}
