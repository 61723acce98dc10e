import type { Source } from '../data/parts.js';

/** What a report's page says of itself: its title, publisher, date and index number, and the year and unit its title names. */
export interface SourceFound {
  source: Partial<Source>;
  year?: number;
  /** The unit, as the title names it before the year: "北洋镇". */
  unit?: string;
}

/** The value of a field of a portal's metadata table: `发布机构: | 北洋镇人民政府 |` or `发布机构：北洋镇人民政府`. */
function field(plain: string, text: string, names: string): string | undefined {
  const match = new RegExp(`(?:${names})\\s*:\\s*\\|?\\s*([^|\\n]+?)\\s*(?:\\||\\n|$)`).exec(plain);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return text.slice(start, start + match[1].length).trim() || undefined;
}

/** A date as portals write it (2025-02-24, 2025年2月24日, 2025/2/24, 2025.2.24) as YYYY-MM-DD. */
function isoDate(written: string | undefined): string | undefined {
  const match = written && /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(written);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : undefined;
}

/** The source of a report from its page: the metadata table, else the title line and a date at the end. */
export function sourceIn(text: string, plain: string): SourceFound {
  const titleMatch = /([^\s|，。,]{2,40}?)(\d{4})年(?:度)?法治政府建设(?:工作)?(?:年度)?(?:报告|情况报告|工作报告)/.exec(plain);
  const title = titleMatch ? text.slice(titleMatch.index, titleMatch.index + titleMatch[0].length) : undefined;
  const publisher = field(plain, text, '发布机构|发文机关|发布单位|来源');
  const date = isoDate(field(plain, text, '成文日期|发布日期|发布时间|日期'));
  const indexNo = field(plain, text, '索引号');
  return {
    source: {
      ...(title ? { title } : {}),
      ...(publisher ? { publisher } : {}),
      ...(date ? { date } : {}),
      ...(indexNo ? { indexNo } : {}),
    },
    year: titleMatch ? Number(titleMatch[2]) : undefined,
    unit: titleMatch?.[1],
  };
}
