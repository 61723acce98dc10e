import { css, html, nothing, type TemplateResult } from 'lit';
import type { ChartPoint } from '../charts/types.js';
import type { Messages } from '../i18n/messages.js';
import { reportQuote } from './quote.js';
import { figuresAndWordsKept, unbreakable } from './unbreakable.js';

/**
 * A chart's figures as a real table — caption, header cells, one row per point with the report's
 * own words — behind a "查看数据表" disclosure. When comparing, each year has its column and the
 * change has one more. `open` shows it opened; `written: false` writes the disclosure alone (the
 * table comes later: `TableRowsController`), and `onOpen` hears a reader open it.
 */
export function dataTable(
  rows: readonly ChartPoint[],
  caption: string,
  t: Messages,
  years?: { current: string; compared: string },
  { open = false, written = true, onOpen }: { open?: boolean; written?: boolean; onOpen?: () => void } = {},
): TemplateResult {
  const compared = years !== undefined && rows.some((row) => row.change) ? years : undefined;
  const opened = (event: Event) => (event.target as HTMLDetailsElement).open && onOpen?.();
  return html`<details class="data-table" part="table" ?open=${open} @toggle=${opened}>
    <summary>${t.table.show}</summary>${written ? tableOf(rows, caption, t, compared) : nothing}
  </details>`;
}

function tableOf(
  rows: readonly ChartPoint[],
  caption: string,
  t: Messages,
  /** The two years' names, when comparing. */
  years: { current: string; compared: string } | undefined,
): TemplateResult {
  return html`
    <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.table.item}</th>
            <th scope="col">${years ? unbreakable(years.current) : t.table.value}</th>
            ${years ? html`<th scope="col">${unbreakable(years.compared)}</th><th scope="col">${t.table.change}</th>` : nothing}
            <th scope="col">${t.table.details}</th>
            <th scope="col">${t.table.quote}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${figuresAndWordsKept(row.label, t.locale)}</th>
              <td>${unbreakable(row.valueText)}</td>
              ${
                years
                  ? html`<td>${unbreakable(row.compared?.valueText ?? t.noValue)}</td><td>${row.change ? unbreakable(row.change.words ?? row.change.text) : ''}</td>`
                  : nothing
              }
              <td>${figuresAndWordsKept(t.series(row.share ? [row.share, ...row.details] : row.details), t.locale)}</td>
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
  table {
    border-collapse: collapse;
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
  thead th {
    background: var(--_surface);
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
    /* Compact on paper: a handout packs two charts to a page. A column is as wide as its words; a
       word breaks only when no line holds it (a narrow chart's table on a portal page). */
    table {
      font-size: 0.8em;
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
