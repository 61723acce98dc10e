import type { ChartPoint } from '../charts/types.js';
import type { Messages } from '../i18n/messages.js';

/** Excel and WPS read a CSV as UTF-8 only when it starts with this mark; without it Chinese turns to mojibake. */
export const BOM = '\uFEFF';

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A chart's data table as CSV: the item, its figure as a number (for a spreadsheet to sum) and
 * as shown, with the compared year's figure and the change when comparing, the notes, and the
 * report's own words. UTF-8 with a byte-order mark, CRLF line ends.
 */
export function csvOf(rows: readonly ChartPoint[], t: Messages, years?: { current: string; compared: string }): string {
  const comparing = years !== undefined && rows.some((row) => row.change);
  const header = [
    t.table.item,
    comparing ? years.current : t.table.value,
    t.table.shown,
    ...(comparing ? [years.compared, t.table.change] : []),
    t.table.details,
    t.table.quote,
  ];
  const lines = rows.map((row) => [
    row.label,
    row.value,
    row.valueText,
    ...(comparing ? [row.compared?.value, row.change?.text] : []),
    t.series(row.share ? [row.share, ...row.details] : row.details),
    row.quote,
  ]);
  const table = [header, ...lines].map((line) => line.map(field).join(',')).join('\r\n');
  return `${BOM}${table}\r\n`;
}
