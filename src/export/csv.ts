import type { ChartPoint } from '../charts/types.js';
import { xmlText } from '../data/characters.js';
import type { Messages } from '../i18n/messages.js';

/** Excel and WPS read a CSV as UTF-8 only when it starts with this mark; without it Chinese turns to mojibake. */
export const BOM = '\uFEFF';

/**
 * How a field begins that a spreadsheet may read as a formula: OWASP's = + - @, tab and carriage
 * return, a line feed, any of those signs after spaces, and their full-width forms (＝ ＋ － ＠),
 * which Excel and WPS take as the signs themselves.
 */
const FORMULA = /^(?:[\t\r\n]|\s*[=+\-@＝＋－＠])/;

/**
 * A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes
 * doubled; without what no file can hold (`xmlText`). Words that begin like a formula get an
 * apostrophe first, so a spreadsheet shows them instead of running them; a number never does.
 */
function field(value: unknown): string {
  const words = typeof value === 'string' ? xmlText(value) : value;
  const text = words === undefined || words === null ? '' : typeof words === 'string' && FORMULA.test(words) ? `'${words}` : String(words);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A data table: its rows, the years when comparing, and its caption when a file holds several;
 * `item` names its first column (项目 by default: 单位 for units), and `ranks`, when given, is a
 * column after it of each row's place as a number to sort by.
 */
export interface CsvTable {
  rows: readonly ChartPoint[];
  years?: { current: string; compared: string };
  caption?: string;
  item?: string;
  ranks?: { heading: string; places: readonly (number | undefined)[] };
}

function lines({ rows, years, caption, item, ranks }: CsvTable, t: Messages): unknown[][] {
  const comparing = years !== undefined && rows.some((row) => row.change);
  const header = [
    item ?? t.table.item,
    ...(ranks ? [ranks.heading] : []),
    comparing ? years.current : t.table.value,
    t.table.shown,
    ...(comparing ? [years.compared, t.table.change] : []),
    t.table.details,
    t.table.quote,
  ];
  const body = rows.map((row, i) => [
    row.label,
    ...(ranks ? [ranks.places[i]] : []),
    row.reported === false ? undefined : row.value,
    row.valueText,
    ...(comparing ? [row.reported === false ? undefined : row.compared?.value, row.change?.text] : []),
    t.series(row.share ? [row.share, ...row.details] : row.details),
    row.quote,
  ]);
  return [...(caption ? [[caption]] : []), header, ...body];
}

/**
 * Data tables as one CSV file: for each, its caption (when given), then the item, its figure as a
 * number (for a spreadsheet to sum) and as shown, with the compared year's figure and the change
 * when comparing, the notes, and the report's own words; an empty line between tables. UTF-8
 * with a byte-order mark, CRLF line ends.
 */
export function csvOf(tables: readonly CsvTable[], t: Messages): string {
  const text = tables
    .map((table) =>
      lines(table, t)
        .map((line) => line.map(field).join(','))
        .join('\r\n'),
    )
    .join('\r\n\r\n');
  return `${BOM}${text}\r\n`;
}
