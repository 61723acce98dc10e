import { css, html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Messages } from '../i18n/messages.js';
import type { TableOfFigures } from './chart-model.js';
import { reportQuote } from './quote.js';
import { figuresAndWordsKept, unbreakable } from './unbreakable.js';

/**
 * A chart's figures as a real table — caption, header cells, one row per point with the report's
 * own words — behind a "查看数据表" disclosure. When comparing, each year has its column and the
 * change has one more. `open` shows it opened; with no `table`, the disclosure alone is written
 * (its rows come later: `TableRowsController`); `onToggle` hears a reader open or close it. The
 * same table object is written once: its rows are not written again while it stays, unless
 * `wordsKept` (default: `open`) comes to keep the Chinese words of its narrow columns whole.
 * `onAbout` hears a reader about to open it: a pointer over its summary, or focus on it.
 */
export function dataTable(
  table: TableOfFigures | undefined,
  t: Messages,
  {
    open = false,
    onToggle,
    onAbout,
    wordsKept = open,
  }: { open?: boolean; onToggle?: (open: boolean) => void; onAbout?: () => void; wordsKept?: boolean } = {},
): TemplateResult {
  const toggled = (event: Event) => onToggle?.((event.target as HTMLDetailsElement).open);
  return html`<details class="data-table" part="table" ?open=${open} @toggle=${toggled}>
    <summary @pointerenter=${onAbout} @focus=${onAbout}>${t.table.show}</summary>${table ? guard([table, wordsKept], () => tableOf(table, t, wordsKept)) : nothing}
  </details>`;
}

function tableOf({ rows, caption, years }: TableOfFigures, t: Messages, wordsKept: boolean): TemplateResult {
  const narrow = (text: string) => (wordsKept ? figuresAndWordsKept(text, t.locale) : unbreakable(text));
  // The years' columns, when the rows compare them.
  const compared = years !== undefined && rows.some((row) => row.change);
  // The notes' column, when a row has any (a share, what a figure includes): no empty column.
  const noted = rows.some((row) => row.share || row.details.length > 0);
  return html`
    <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${narrow(t.table.item)}</th>
            <th scope="col">${compared ? unbreakable(years.current) : narrow(t.table.value)}</th>
            ${compared ? html`<th scope="col">${unbreakable(years.compared)}</th><th scope="col">${narrow(t.table.change)}</th>` : nothing}
            ${noted ? html`<th scope="col">${narrow(t.table.details)}</th>` : nothing}
            <th scope="col">${narrow(t.table.quote)}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${narrow(row.label)}</th>
              <td>${unbreakable(row.valueText)}</td>
              ${
                compared
                  ? html`<td>${unbreakable(row.compared?.valueText ?? t.noValue)}</td><td>${row.change ? unbreakable(row.change.words ?? row.change.text) : ''}</td>`
                  : nothing
              }
              ${noted ? html`<td>${narrow(t.series(row.share ? [row.share, ...row.details] : row.details))}</td>` : nothing}
              <td>${row.quote ? reportQuote(row.quote, { secondary: false }) : t.noValue}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export const dataTableStyles = css`
  .data-table {
    margin-top: 0.75em;
    /* Its cells come closer together where it is narrow (a phone): the words of each column stay whole. */
    container-type: inline-size;
  }
  .data-table summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
  @media (forced-colors: active) {
    .data-table summary {
      color: LinkText;
    }
  }
  .data-table summary:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .table-scroll {
    overflow-x: auto;
    margin-top: 0.5em;
  }
  /* As wide as its scroll box, its borders in that width: with them outside, it scrolled by a pixel, its right edge cut. */
  table {
    border-collapse: collapse;
    box-sizing: border-box;
    width: 100%;
    font-size: var(--_small);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  caption,
  th,
  td {
    /* Narrow screens wrap long English words rather than push the table wider than the chart. */
    overflow-wrap: anywhere;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  /* A column's heading keeps its words: a Chinese heading breaks only at its punctuation (说明, 名次变化, never
     说 / 明), an English one between its words (Report / text at most). */
  thead th {
    background: var(--_surface);
    word-break: keep-all;
    overflow-wrap: normal;
  }
  @container (max-width: 25em) {
    th,
    td {
      padding-inline: 0.25em;
    }
  }
  /* A printed handout shows every table, with no disclosure to open. */
  @media print {
    .data-table > summary {
      display: none;
    }
    .data-table::details-content {
      content-visibility: visible;
      display: block;
    }
    .table-scroll {
      overflow: visible;
    }
    /* Compact on paper: a handout packs two charts to a page, its tables' words never under 12 px (9 pt).
       A column is as wide as its words; a word breaks only when no line holds it (a narrow chart's
       table on a portal page). */
    table {
      font-size: max(12px, 0.8em);
    }
    caption,
    th,
    td {
      overflow-wrap: break-word;
    }
    th,
    td {
      padding: 0.1em 0.4em;
    }
  }
`;
