/**
 * The report lens: for each unit, what its report of the year gives figures for, whether its title
 * names the year, and when it was published against 1 April of the following year — a table a
 * district office sorts by any column (a button in each heading, `aria-sort` saying which). Facts
 * only: no column adds them up, nothing is scored.
 */
import { css, html, type TemplateResult } from 'lit';
import { comparingMessages } from '../../comparing/messages.js';
import type { ReportFacts } from '../../data/report-facts.js';
import { dateText, type Lang } from '../../i18n/format.js';
import { sections } from '../../sections/registry.js';

export interface LensRow {
  id: string;
  name: string;
  /** Its report of the year, when it has one. */
  facts?: ReportFacts;
}

/** The column the lens is sorted by (`unit`, a section's key, `titleYear`, `date` or `deadline`), and which way. */
export interface LensSort {
  column: string;
  descending: boolean;
}

/** The value a row is sorted by in `column`: rows without one go last whichever way. */
function sortValue(row: LensRow, column: string): string | number | undefined {
  const { facts } = row;
  if (column === 'unit') return row.name;
  if (!facts) return undefined;
  if (column === 'titleYear') return facts.titleNamesYear ? 1 : 0;
  if (column === 'date') return facts.date;
  if (column === 'deadline') return facts.daysFromDeadline;
  return facts.sections.includes(column) ? 1 : 0;
}

/** The rows in the order `sort` asks for; equal rows keep the collection's order. */
export function sortedLens(rows: readonly LensRow[], sort: LensSort, lang: Lang): LensRow[] {
  const collator = new Intl.Collator(lang);
  return rows
    .map((row, order) => ({ row, order, value: sortValue(row, sort.column) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) return a.value === b.value ? a.order - b.order : a.value === undefined ? 1 : -1;
      const compared =
        typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return (sort.descending ? -compared : compared) || a.order - b.order;
    })
    .map(({ row }) => row);
}

/** The lens as a table; `onSort` takes a column's key when its heading's button is pressed. */
export function reportLens(
  rows: readonly LensRow[],
  sort: LensSort,
  onSort: (column: string) => void,
  { lang, caption }: { lang: Lang; caption: string },
): TemplateResult {
  const words = comparingMessages[lang].lens;
  const shownSections = sections.filter((section) => rows.some((row) => row.facts?.sections.includes(section.key)));
  const columns: { key: string; name: string }[] = [
    { key: 'unit', name: words.unit },
    ...shownSections.map((section) => ({ key: section.key, name: section.messages[lang].name })),
    { key: 'titleYear', name: words.titleYear },
    { key: 'date', name: words.date },
    { key: 'deadline', name: words.deadline },
  ];
  const heading = ({ key, name }: { key: string; name: string }) => {
    const sorted = sort.column === key;
    return html`<th scope="col" aria-sort=${sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" aria-label=${words.sortBy(name)} @click=${() => onSort(key)}>
        ${name}<span class="sort-mark" aria-hidden="true">${sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>`;
  };
  return html`<p class="lens-intro">${words.intro}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>${columns.map(heading)}</tr>
        </thead>
        <tbody>
          ${sortedLens(rows, sort, lang).map(({ name, facts }) =>
            facts
              ? html`<tr>
                  <th scope="row">${name}</th>
                  ${shownSections.map((section) => html`<td>${facts.sections.includes(section.key) ? words.given : words.notGiven}</td>`)}
                  <td>${facts.titleNamesYear ? words.yes : words.no}</td>
                  <td>${facts.date ? dateText(facts.date, lang) : words.noDate}</td>
                  <td>${facts.daysFromDeadline === undefined ? words.noDate : words.fromDeadline(facts.daysFromDeadline)}</td>
                </tr>`
              : html`<tr>
                  <th scope="row">${name}</th>
                  <td colspan=${shownSections.length + 3}>${words.noReport}</td>
                </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export const reportLensStyles = css`
  /* On a phone the table scrolls sideways in its box: each unit's name, fact and date on one line. */
  .lens tbody th,
  .lens tbody td {
    white-space: nowrap;
  }
  .lens-intro {
    color: var(--_muted);
    font-size: var(--_small);
    margin-top: 0.5em;
  }
  th[aria-sort] {
    padding: 0;
  }
  .sort {
    font: inherit;
    font-weight: 700;
    color: inherit;
    background: none;
    border: none;
    padding: 0.25em 0.5em;
    width: 100%;
    text-align: start;
    cursor: pointer;
  }
  .sort:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: calc(-1 * var(--_ring));
  }
`;
