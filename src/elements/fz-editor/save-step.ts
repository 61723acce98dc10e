/**
 * The editor's last step, 保存: marking the figures checked, downloading the dataset, or adding
 * its year to a dataset file the person chooses (`mergeYear`) and downloading that; what saving
 * said last, with the problems of a file that is no dataset.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DatasetError, parseDatasetText } from '../../data/validate.js';
import { fileNameOf, save } from '../../export/save.js';
import type { Draft } from '../../extract/extract.js';
import { MergeError, mergeYear, OtherUnitError } from '../../extract/merge.js';
import { failureOf } from '../../runtime/failure.js';
import type { EditorModel, Worded } from './editor-model.js';
import type { EditedDataset } from './figures.js';
import type { EditorVoice } from './messages.js';
import { problemList } from './problem-list.js';
import { textOfFile } from './work.js';

/** What saving said last: a file saved, or why not, with the problems of a dataset file that is none. */
interface SaveNote {
  text: string;
  alert: boolean;
  problems: Worded[];
}

/** What the step reads of the editor each time: its model, whether the person marked the figures checked, its words. */
export interface SaveInputs {
  model: EditorModel;
  checked: boolean;
  t: EditorVoice;
}

type Host = ReactiveControllerHost & HTMLElement;

const jsonBlob = (dataset: unknown) => new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' });

/** The step's own state (the file chosen, whether to replace its year, what saving said) and its section, for the editor to show. */
export class SaveStep {
  /** The dataset file to merge into. */
  private mergeFile?: File;
  private replaceYear = false;
  private note?: SaveNote;

  constructor(
    private readonly host: Host,
    private readonly inputs: () => SaveInputs,
    private readonly setChecked: (checked: boolean) => void,
  ) {}

  /** The work changed: what saving said of the work before is said no more. */
  workChanged(): void {
    this.note = undefined;
  }

  /** Starting over: the file chosen to merge into goes too. */
  clear(): void {
    this.note = undefined;
    this.mergeFile = undefined;
  }

  private say(note: SaveNote): void {
    this.note = note;
    this.host.requestUpdate();
  }

  private readonly download = (): void => {
    const { model, t } = this.inputs();
    if (!model.saved) return;
    save(jsonBlob(model.saved), model.fileName, this.host.ownerDocument);
    this.say({ text: t.editor.save.saved(model.fileName), alert: false, problems: [] });
  };

  /** Opens the dataset file chosen, adds this year to it (`mergeYear`) and downloads the result under the dataset's unit id. */
  private readonly merge = async (): Promise<void> => {
    const { model, checked, t } = this.inputs();
    const file = this.mergeFile;
    if (!model.saved || !file) return;
    let existing: ReturnType<typeof parseDatasetText>;
    try {
      const read = await textOfFile(file);
      // A file that is no text is no dataset.
      existing = parseDatasetText('text' in read ? read.text : '');
    } catch (error) {
      this.say(notADataset(error, t));
      return;
    }
    const draft = { ...model.saved, draft: true } as Draft;
    let anyUnit = false;
    try {
      mergeYear(existing, draft, { replace: true });
    } catch (error) {
      if (!(error instanceof OtherUnitError)) throw error;
      // Another unit's year: merged only when the person says so, seeing both units named.
      anyUnit = confirm(t.editor.save.otherUnitAsk(error.reportUnit, error.datasetUnit));
      if (!anyUnit) {
        this.say({ text: t.editor.save.otherUnit(error.reportUnit, error.datasetUnit), alert: true, problems: [] });
        return;
      }
    }
    try {
      const merged: EditedDataset = mergeYear(existing, draft, { replace: this.replaceYear, anyUnit });
      // Checked figures joining a checked dataset leave it checked.
      if (checked && !existing.draft) delete merged.draft;
      const name = fileNameOf({ unit: existing.unit.id }, 'json');
      save(jsonBlob(merged), name, this.host.ownerDocument);
      this.say({ text: t.editor.save.saved(name), alert: false, problems: [] });
    } catch (error) {
      if (!(error instanceof MergeError)) throw error;
      this.say({ text: t.editor.save.yearExists(error.year), alert: true, problems: [] });
    }
  };

  render(): TemplateResult {
    const { model, checked, t } = this.inputs();
    const words = t.editor.save;
    const { saved, unfilled, unconfirmed } = model;
    const note = this.note;
    // Nothing is marked checked while a field still holds what the extractor writes where the page gives nothing,
    // nor while the year or the unit's name it inferred waits for a person to say it is right.
    const refused = unfilled.length > 0 || unconfirmed.length > 0;
    // Numbers of the check list no one dealt with: said beside the box, which they do not refuse.
    const open = !refused && model.openItems > 0;
    return html`<section class="step save" part="save">
      <h3 class="heading">${words.heading}</h3>
      <label class="check-box">
        <input
          type="checkbox"
          class="checked"
          .checked=${checked && !refused}
          ?disabled=${refused}
          aria-describedby=${refused ? [unfilled.length ? 'unfilled' : '', unconfirmed.length ? 'unconfirmed' : ''].join(' ').trim() : open ? 'open-items' : nothing}
          @change=${(event: Event) => this.setChecked((event.target as HTMLInputElement).checked)}
        />
        <span>${words.checked}</span>
      </label>
      ${unfilled.length ? html`<p class="alert unfilled" id="unfilled">${words.unfilled(unfilled)}</p>` : nothing}
      ${unconfirmed.length ? html`<p class="alert unconfirmed" id="unconfirmed">${words.unconfirmed(unconfirmed)}</p>` : nothing}
      ${open ? html`<p class="alert open-items" id="open-items">${words.openItems(model.openItems)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary download" ?disabled=${!saved} @click=${this.download}>${words.download}</button>
      </div>
      ${saved ? nothing : html`<p class="alert blocked">${words.blocked}</p>`}
      <fieldset class="merge">
        <legend>${words.merge}</legend>
        <label class="field">
          <span>${words.mergeFile}</span>
          <input
            type="file"
            class="merge-file"
            accept=".json,application/json"
            @change=${(event: Event) => {
              this.mergeFile = (event.target as HTMLInputElement).files?.[0];
              this.host.requestUpdate();
            }}
          />
        </label>
        <label class="check-box">
          <input
            type="checkbox"
            class="replace"
            .checked=${this.replaceYear}
            @change=${(event: Event) => {
              this.replaceYear = (event.target as HTMLInputElement).checked;
              this.host.requestUpdate();
            }}
          />
          <span>${words.replace}</span>
        </label>
        <div class="actions">
          <button type="button" class="secondary merge-button" ?disabled=${!saved || !this.mergeFile} @click=${this.merge}>${words.merge}</button>
        </div>
      </fieldset>
      <div class="save-note" role="status">
        ${
          note
            ? html`<div class=${note.alert ? 'alert' : 'ok'}><p>${note.text}</p>${note.problems.length ? problemList(note.problems, t) : nothing}</div>`
            : nothing
        }
      </div>
    </section>`;
  }
}

/** Why the file chosen to merge into is no dataset: no JSON, a district's collection, or a dataset with problems (each by its path). */
function notADataset(error: unknown, t: EditorVoice): SaveNote {
  if (error instanceof DatasetError && error.kind === 'json') return { text: t.editor.save.notJson, alert: true, problems: [] };
  if (error instanceof DatasetError && error.kind === 'collection') return { text: t.errors.collection, alert: true, problems: [] };
  const problems = failureOf(error, t).problems.map(({ path, message }) => ({ key: path, place: path, message }));
  return { text: t.editor.save.mergeInvalid, alert: true, problems };
}
