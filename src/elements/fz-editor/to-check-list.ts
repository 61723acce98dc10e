import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { reasonText, type ToCheckItem } from '../../extract/extract.js';
import { NOT_THE_FIGURE } from '../../extract/reasons.js';
import type { Lang } from '../../i18n/format.js';
import { slot, slotted } from '../../runtime/sentence.js';
import { isInference } from './editor-model.js';
import { numberInSentence, type ToCheckEntry } from './figures.js';
import type { EditorVoice } from './messages.js';
import type { Choice } from './work.js';

/** What the list of numbers to check does with an entry: the editor's. */
export interface ToCheckListHost {
  t: EditorVoice;
  lang: Lang;
  /** Where the entry is to go, or the name typed for a new item. */
  choose(entry: ToCheckEntry, change: Choice): void;
  accept(entry: ToCheckEntry): void;
  dismiss(entry: ToCheckEntry): void;
}

/**
 * The numbers the extractor left to check (待核), each with why, its sentence (its own number in
 * bold), where it may go (or what to fill in by hand), and 采用 or 忽略 (核对无误 for a year or name inferred).
 */
export function toCheckList(toCheck: readonly ToCheckEntry[], host: ToCheckListHost): TemplateResult {
  const words = host.t.editor.toCheck;
  return html`<section class="step to-check" part="to-check">
    <h3 class="heading" tabindex="-1">${words.heading}</h3>
    ${toCheck.length ? html`<ol class="to-check-list">${toCheck.map((entry) => toCheckEntry(entry, host))}</ol>` : html`<p class="secondary">${words.empty}</p>`}
  </section>`;
}

function toCheckEntry(entry: ToCheckEntry, host: ToCheckListHost): TemplateResult {
  const words = host.t.editor.toCheck;
  const { item } = entry;
  const reason = reasonText(item, host.lang);
  const target = entry.targets.find((candidate) => candidate.key === entry.chosen);
  // What taking it would do, said to a screen reader with the 采用 button too.
  const noteId = `entry-${entry.key.replace(/[^\w-]/g, '-')}`;
  const nameFirst = target?.kind === 'new' && !entry.ready;
  // A place chosen for a number its reason says may be no such figure (another body's, another year's…): said again there.
  const doubted = target !== undefined && NOT_THE_FIGURE.has(item.why);
  const warned = [
    nameFirst && `${noteId}-name`,
    doubted && `${noteId}-doubted`,
    entry.replaces && `${noteId}-replaces`,
    entry.breaks.length > 0 && `${noteId}-breaks`,
  ].filter((id): id is string => typeof id === 'string');
  // The year or the unit's name the extractor inferred: checked in the table, then said to be.
  const inferred = isInference(item);
  const controls = entry.fillIn
    ? html`<p class="secondary">${item.field === 'year' ? words.checkYear : item.field === 'unit.name' ? words.checkUnit : words.fillIn}</p>`
    : entry.targets.length === 0
      ? html`<p class="secondary">${item.approximate ? words.approximate : words.noFigure}</p>`
      : html`<label class="field inline">
            <span>${words.target}</span>
            <select class="target" @change=${(event: Event) => host.choose(entry, { target: (event.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${entry.chosen === ''}>${words.choose}</option>
              ${entry.targets.map((candidate) => html`<option value=${candidate.key} ?selected=${candidate.key === entry.chosen}>${candidate.name}</option>`)}
            </select>
          </label>
          ${
            target?.kind === 'new'
              ? html`<label class="field inline">
                <span>${words.newName}</span>
                <input
                  type="text"
                  class="new-name"
                  .value=${entry.name}
                  @input=${(event: Event) => host.choose(entry, { name: (event.target as HTMLInputElement).value })}
                />
              </label>`
              : nothing
          }
          <button
            type="button"
            class="primary accept"
            ?disabled=${!entry.ready}
            aria-describedby=${ifDefined(warned.length ? warned.join(' ') : undefined)}
            @click=${() => host.accept(entry)}
          >${words.accept}</button>`;
  // What taking it would do, under the row of controls: 忽略 stays beside 采用.
  const notes = html`${nameFirst ? html`<p class="secondary name-first" id=${`${noteId}-name`}>${words.nameFirst}</p>` : nothing}
    ${doubted ? html`<p class="alert doubted" id=${`${noteId}-doubted`}>${words.doubted(reason)}</p>` : nothing}
    ${entry.replaces ? html`<p class="alert would-replace" id=${`${noteId}-replaces`}>${words.wouldReplace(entry.replaces.value, entry.replaces.quote)}</p>` : nothing}
    ${entry.breaks.length ? html`<p class="alert would-break" id=${`${noteId}-breaks`}>${words.wouldBreak(entry.breaks)}</p>` : nothing}`;
  return html`<li class="entry" data-key=${entry.key}>
    <p><strong class="to-check-text">${item.text || reason}</strong>${item.text ? html` <span class="reason">${reason}</span>` : nothing}</p>
    ${item.sentence ? html`<p class="secondary sentence">${sentenceOf(item, host.t)}</p>` : nothing}
    <div class="actions">
      ${controls}
      <button type="button" class="secondary dismiss" @click=${() => host.dismiss(entry)}>${inferred ? words.confirmed : words.dismiss}</button>
    </div>
    ${notes}
  </li>`;
}

/** An item's sentence, its own number in bold (a sentence may hold the same words twice). */
function sentenceOf(item: ToCheckItem, t: EditorVoice): unknown[] {
  const parts = numberInSentence(item);
  const shown = parts ? html`${parts[0]}<strong class="own-number">${parts[1]}</strong>${parts[2]}` : item.sentence;
  return slotted(t.pair(t.editor.toCheck.sentence, slot(0)), shown);
}
