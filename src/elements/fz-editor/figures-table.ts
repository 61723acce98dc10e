import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TableGroup } from './editor-model.js';
import type { FigureRow } from './figures.js';
import type { EditorVoice } from './messages.js';
import type { Choice, Choices } from './work.js';

/** What the table of figures shows beside the rows, and what its fields and buttons do: the editor's. */
export interface FiguresTableHost {
  t: EditorVoice;
  /** What a field is bound to: what it showed before, while the person types in it; else `value`. */
  shown(field: string, value: string): string;
  /** The field being typed in (`<row key>#quote`…), if any. */
  editingField?: string;
  /** The row chosen from its mark. */
  selectedRow?: string;
  /** What is being added to each section, by the section's key. */
  adding: Choices;
  setAdding(group: string, adding: Choice): void;
  /** The person left the field they were typing in. */
  fieldLeft(): void;
  editValue(row: FigureRow, input: HTMLInputElement): void;
  editQuote(row: FigureRow, input: HTMLInputElement): void;
  editLabel(row: FigureRow, input: HTMLInputElement): void;
  removeRow(row: FigureRow): void;
  add(group: TableGroup): void;
  showQuote(row: FigureRow): void;
  /** The quote's words to be typed anew: its field shown, and focused. */
  startQuote(row: FigureRow): void;
}

/**
 * The editor's table of figures, one body per group (the report's unit and year, then each
 * section): each row's name, value and the report's words for it, editable; a section's rows can
 * be removed, and a figure added by hand.
 */
export function figuresTable(groups: readonly TableGroup[], host: FiguresTableHost): TemplateResult {
  const words = host.t.editor.figures;
  return html`<section class="step figures-column">
    <h3 class="heading">${words.heading}</h3>
    <table class="figures" part="table">
      <thead>
        <tr>
          <th scope="col">${words.item}</th>
          <th scope="col">${words.value}</th>
          <th scope="col">${words.quote}</th>
        </tr>
      </thead>
      ${groups.map(
        (group) => html`<tbody data-group=${group.group}>
          <tr class="group">
            <th scope="colgroup" colspan="3">${group.heading}</th>
          </tr>
          ${group.rows.map((row) => figureRow(row, group.section, host))}
          ${group.section && group.rows.length === 0 ? html`<tr class="none"><td colspan="3" class="secondary">${words.sectionNone}</td></tr>` : nothing}
          ${group.section && group.addable.length ? addRow(group, host) : nothing}
        </tbody>`,
      )}
    </table>
  </section>`;
}

function figureRow(row: FigureRow, section: boolean, host: FiguresTableHost): TemplateResult {
  const words = host.t.editor.figures;
  const note = row.note ? html`<span class="note">${row.note}</span>` : nothing;
  const name =
    row.label === undefined
      ? html`<th scope="row" class="name">${row.name}${note}</th>`
      : html`<th scope="row" class="name">
          <input
            type="text"
            class="label"
            .value=${host.shown(`${row.key}#label`, row.label)}
            aria-label=${words.nameOf(row.name)}
            @input=${(event: Event) => host.editLabel(row, event.target as HTMLInputElement)}
            @blur=${() => host.fieldLeft()}
          />${note}
        </th>`;
  return html`<tr
    data-key=${row.key}
    class=${[row.key === host.selectedRow ? 'selected' : '', row.invalid ? 'invalid' : ''].join(' ').trim()}
  >
    ${name}${valueCell(row, section, host)}${quoteCell(row, host)}
  </tr>`;
}

/** A row's value, editable, and what is wrong with it said under it; a report section's row can be removed. */
function valueCell(row: FigureRow, section: boolean, host: FiguresTableHost): TemplateResult {
  const words = host.t.editor.figures;
  const onInput = (event: Event) => host.editValue(row, event.target as HTMLInputElement);
  const id = `problem-${row.key.replace(/[^\w-]/g, '-')}`;
  const problemId = row.problems ? id : undefined;
  const said = row.problems ? html`<span class="row-problem" id=${id}>${row.problems.join('；')}</span>` : nothing;
  const remove = section
    ? html`<button type="button" class="secondary remove" aria-label=${words.removeOf(row.name)} @click=${() => host.removeRow(row)}>${words.remove}</button>`
    : nothing;
  if (row.kind === 'none') return html`<td class="value">${host.t.noValue}${said}${remove}</td>`;
  // A number's field (a count, a rate, the year) or a text's (the unit, the source): one field, its kind told.
  const number = row.kind !== 'text';
  const input = html`<input
    type=${number ? 'number' : 'text'}
    min=${ifDefined(number ? (row.kind === 'year' ? 1949 : 0) : undefined)}
    .step=${number ? (row.kind === 'rate' ? 'any' : '1') : ''}
    inputmode=${ifDefined(number ? (row.kind === 'rate' ? 'decimal' : 'numeric') : undefined)}
    .value=${host.shown(`${row.key}#value`, row.value)}
    aria-label=${words.valueOf(row.name)}
    aria-invalid=${row.invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(problemId)}
    @input=${onInput}
    @blur=${() => host.fieldLeft()}
  />`;
  if (!number) return html`<td class="value text" colspan="2">${input}${said}</td>`;
  return html`<td class="value" colspan=${row.kind === 'year' ? 2 : 1}>
    <span class="number">${input}${row.kind === 'rate' ? html`<span class="unit">${words.percent}</span>` : nothing}</span>
    ${said}${remove}
  </td>`;
}

/**
 * A row's quote: its words marked in the report lead to them; words not in the report (a figure
 * added by hand, a platform named by hand) are typed, from the report.
 */
function quoteCell(row: FigureRow, host: FiguresTableHost): TemplateResult | typeof nothing {
  if (row.kind === 'text' || row.kind === 'year') return nothing;
  const words = host.t.editor.figures;
  const field = `${row.key}#quote`;
  if (row.mark === undefined || host.editingField === field)
    return html`<td class="quote">
      <input
        type="text"
        class="quote-input"
        .value=${host.shown(field, row.quote ?? '')}
        aria-label=${words.quoteOf(row.name)}
        @input=${(event: Event) => host.editQuote(row, event.target as HTMLInputElement)}
        @blur=${() => host.fieldLeft()}
      />${row.quote && row.mark === undefined ? html` <span class="not-in-text">${words.notInText}</span>` : nothing}
    </td>`;
  if (!row.quote) return html`<td class="quote"></td>`;
  // Found in the report, the words lead to it; 修改 types them anew (a figure added by hand whose words were found, or words read wrong).
  return html`<td class="quote">
    <button type="button" class="quote-button" title=${words.showQuote} @click=${() => host.showQuote(row)}><q>${row.quote}</q></button>
    <button type="button" class="secondary edit-quote" aria-label=${words.editQuoteOf(row.name)} @click=${() => host.startQuote(row)}>${words.editQuote}</button>
  </td>`;
}

/** A section's way to add a figure by hand: which one (a new item named), and the button. */
function addRow(group: TableGroup, host: FiguresTableHost): TemplateResult {
  const words = host.t.editor.figures;
  const choice = host.adding[group.group] ?? {};
  const target = group.addable.find((candidate) => candidate.key === choice.target);
  const ready = target !== undefined && (target.kind === 'figure' || (choice.name ?? '').trim() !== '');
  const set = (change: Choice) => host.setAdding(group.group, { ...choice, ...change });
  return html`<tr class="add-row">
    <td colspan="3">
      <div class="actions">
        <label class="field inline">
          <span>${words.addField}</span>
          <select class="add-field" @change=${(event: Event) => set({ target: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!target}>${words.addChoose}</option>
            ${group.addable.map((candidate) => html`<option value=${candidate.key} ?selected=${candidate.key === target?.key}>${candidate.name}</option>`)}
          </select>
        </label>
        ${
          target?.kind === 'new'
            ? html`<label class="field inline">
              <span>${host.t.editor.toCheck.newName}</span>
              <input type="text" class="add-name" .value=${choice.name ?? ''} @input=${(event: Event) => set({ name: (event.target as HTMLInputElement).value })} />
            </label>`
            : nothing
        }
        <button type="button" class="secondary add" ?disabled=${!ready} @click=${() => host.add(group)}>${words.add}</button>
      </div>
    </td>
  </tr>`;
}
