/**
 * What can be said of a report itself, from its dataset: which sections it gives figures for,
 * whether its title names its year, and when it was published against the deadline — 法治政府建设
 * 年度报告 are to be made public before 1 April of the following year. Facts to sort a table by,
 * never a score.
 */

/** Published before this day of the following year (month and day). */
export const DEADLINE = { month: 4, day: 1 };

/** The date a draft carries until a person gives the page's (`npm run extract`): no report's. */
const UNKNOWN_DATE = '0001-01-01';

export interface ReportFacts {
  year: number;
  /** The report's date as the dataset gives it (`2025-02-24`); undefined while a draft's is still to be given. */
  date?: string;
  /** Days from the deadline to the date: negative before it (on time), 0 or more on or after it. */
  daysFromDeadline?: number;
  /** Whether the report's title names its year (2024, 二〇二四). */
  titleNamesYear: boolean;
  /** The sections it gives figures for, by key. */
  sections: string[];
}

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Whether `title` names `year`, in digits or in Chinese numerals (二〇二四年, 二零二四年). */
export function titleNamesYear(title: string, year: number): boolean {
  const digits = String(year);
  const chinese = [...digits].map((digit) => CHINESE_DIGITS[Number(digit)]).join('');
  return title.includes(digits) || title.includes(chinese) || title.includes(chinese.replace(/〇/g, '零'));
}

const dayNumber = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Days from the deadline for `year`'s report (1 April of the next year) to `date`: negative when published before it. */
export function daysFromDeadline(year: number, date: string): number {
  return dayNumber(date) - Date.UTC(year + 1, DEADLINE.month - 1, DEADLINE.day) / 86_400_000;
}

/** The facts of one year's report: its source, and the keys of the sections it gives. */
export function reportFacts(entry: { year: number; source: { title: string; date: string } }, sections: readonly string[]): ReportFacts {
  const { year, source } = entry;
  const known = source.date !== UNKNOWN_DATE;
  return {
    year,
    date: known ? source.date : undefined,
    daysFromDeadline: known ? daysFromDeadline(year, source.date) : undefined,
    titleNamesYear: titleNamesYear(source.title, year),
    sections: [...sections],
  };
}
