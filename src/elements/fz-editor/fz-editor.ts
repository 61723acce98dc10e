import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EmptyReportError, extractReport, NoYearError, UNIT_ID_TO_FILL } from '../../extract/extract.js';
import { REPORT_LIMIT_BYTES, utf8Size } from '../../extract/report-file.js';
import { isEmptyText, reportText } from '../../extract/report-text.js';
import { labelText, toLang } from '../../i18n/format.js';
import { customElement } from '../../runtime/define.js';
import { LANG_PROPERTY } from '../../runtime/fz-element.js';
import { customStates, PageSchemeController } from '../../runtime/page-scheme.js';
import { baseStyles } from '../../runtime/styles.js';
import { type EditorVoice, editorVoice } from './messages.js';
import '../fz-dashboard/fz-dashboard.js';
import { type EditorModel, editorModelOf, NO_MODEL, type TableGroup } from './editor-model.js';
import {
  accepted,
  added,
  type EditedDataset,
  type FigureRow,
  fractionOf,
  type Piece,
  removedItem,
  replacedItem,
  type ToCheckEntry,
  withLabel,
  withName,
  without,
  withValue,
} from './figures.js';
import { type FiguresTableHost, figuresTable } from './figures-table.js';
import { WorkKeeping } from './keeping.js';
import { problemList } from './problem-list.js';
import { SaveStep } from './save-step.js';
import { editorStyles } from './styles.js';
import { type ToCheckListHost, toCheckList } from './to-check-list.js';
import { type Choice, type Copy, emptyWork, type FileText, isEmptyWork, jsonFileKind, textOfFile, type Work, workOfFile } from './work.js';

/** How long a mark found from its row stays lit, in milliseconds. */
const FLASH_MS = 1600;

/**
 * @summary A tool page's editor: a report's text in, a checked dataset out, without touching
 * JSON. It reads the figures from a pasted or opened report (`extractReport`), shows them in an
 * editable table beside the report with each figure's words marked, takes the numbers it left to
 * check (待核) into figures a person chooses, previews the result with `<fz-dashboard>`, lists every
 * problem by its path, and downloads the dataset, or a dataset it is merged into. The work is kept
 * in `localStorage` (key `fazhi-editor`) as it goes, and never lost: a save that fails is said at
 * once with the work offered as a file, a save from another tab is never overwritten (the person
 * chooses which work goes on, the other kept as a copy), and stored work this version cannot read
 * is set aside to download. Nothing is sent anywhere.
 *
 * @attr lang - `zh-CN` (default) or `en`.
 * @attr theme - `light`, `dark`, `contrast`, or `auto` (the reader's system's); default the page's: light, or dark where the page around the editor is dark.
 * @csspart title - The editor's title.
 * @csspart storage - Whether the work is kept in this browser, and the copies kept.
 * @csspart unkept - The alert that the work is not kept, and what to do: at the top of the window while it lasts.
 * @csspart report - The report's text box, file and year fields and the 提取数据 button.
 * @csspart text - The report as read, each figure's words marked.
 * @csspart table - The table of figures.
 * @csspart to-check - The list of numbers to check (待核).
 * @csspart problems - The problems of the dataset, each with its path.
 * @csspart preview - The preview: a `<fz-dashboard>` of the dataset.
 * @csspart save - Downloading and merging.
 * @cssprop --fz-font-size - Base text size; default the larger of the page's root size and the inherited size.
 * @cssprop --fz-font-family - Font stack.
 * @cssprop --fz-color-accent - Buttons and the marks of figures' words.
 * @cssprop --fz-color-accent-soft - Behind marked words and the row chosen.
 * @cssprop --fz-color-text - Text.
 * @cssprop --fz-color-muted - Secondary text.
 * @cssprop --fz-color-background - Background.
 * @cssprop --fz-color-surface - Table headers and the report's text box.
 * @cssprop --fz-color-border - Frames and table lines.
 * @cssprop --fz-color-focus - The keyboard focus ring, and a mark found from its row.
 * @cssprop --fz-color-alert - Problems and fields with a problem.
 * @cssprop --fz-color-alert-background - Behind problems.
 * @cssprop --fz-color-warning-background - Behind the numbers to check.
 * @cssprop --fz-color-increase - Not used by the editor itself (its preview's charts).
 * @cssprop --fz-color-decrease - Not used by the editor itself (its preview's charts).
 */
@customElement('fz-editor')
export class FzEditor extends LitElement {
  static override styles = [baseStyles, editorStyles];

  /** Dark where the page around is, while the editor has no `theme`. */
  protected readonly scheme = new PageSchemeController(this, customStates(this));

  /** Language of everything the editor says: `zh-CN` (default) or `en`. */
  @property(LANG_PROPERTY)
  override lang = '';
  /** Colours: `light`, `dark`, `contrast` or `auto` (the system's); default: the page's, light or dark. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'contrast' | 'auto';

  /** The work in progress, kept in `localStorage` on every change. */
  @state() private work: Work = emptyWork();
  @state() private model: EditorModel = NO_MODEL;
  /** Keeps the work in this browser, and says whether it could. */
  private readonly keeping = new WorkKeeping(
    this,
    () => this.work,
    (work) => this.adopt(work),
    () => this.t,
  );
  /** Why the last extraction failed, in words. */
  @state() private extractError?: string;
  /** How many stray characters the last extraction dropped from the report's text. */
  @state() private dropped = 0;
  /** The row chosen from its mark. */
  @state() private selectedRow?: string;
  /** The mark lit from its row. */
  @state() private flashedMark?: number;
  /**
   * The field being typed in (`<row key>#value`, `#label`) and the value it showed before: while the
   * person types, the field is bound to that value, unchanged, so Lit leaves their text alone (a
   * number field's "98." is no number yet, and writing "98" back would take the point away).
   */
  @state() private editing?: { field: string; shown: string };
  /** Marking the figures checked, downloading, merging into a dataset file. */
  private readonly saving = new SaveStep(
    this,
    () => ({ model: this.model, checked: this.work.checked, t: this.t }),
    (checked) => this.setWork({ checked }),
  );
  private flashTimer?: ReturnType<typeof setTimeout>;

  private get t(): EditorVoice {
    return editorVoice(toLang(this.lang));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.flashTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('work') || changed.has('lang')) this.model = this.modelOf();
  }

  private modelOf(): EditorModel {
    return editorModelOf(this.work, this.t);
  }

  private setWork(change: Partial<Work>): void {
    this.work = { ...this.work, ...change };
    this.saving.workChanged();
    this.keeping.keep();
  }

  /** Takes work from outside the page (stored, another tab's, a copy, a work file) as the page's: what was chosen of the last is forgotten. */
  private adopt(work: Work): void {
    this.work = work;
    this.selectedRow = undefined;
    this.extractError = undefined;
    this.dropped = 0;
    this.saving.workChanged();
  }

  private editDataset(dataset: EditedDataset): void {
    this.setWork({ dataset });
  }

  private async openReport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const words = this.t.editor.report;
    let read: FileText;
    try {
      read = await textOfFile(file);
    } catch {
      this.extractError = words.fileFailed(file.name);
      return;
    }
    if ('refused' in read) {
      const { size } = read;
      this.extractError =
        read.refused === 'too-large'
          ? words.tooLarge(file.name, words.size(size), words.size(REPORT_LIMIT_BYTES))
          : read.refused === 'big5'
            ? words.big5(file.name)
            : words.binary(file.name);
      return;
    }
    const work = workOfFile(read.text);
    if (work) {
      if (!isEmptyWork(this.work) && !confirm(words.openWorkAsk)) return;
      this.keeping.takeOn(work);
      return;
    }
    const json = jsonFileKind(read.text);
    if (json) {
      this.extractError = json === 'dataset' ? words.datasetFile(file.name) : words.jsonFile(file.name);
      return;
    }
    if (isEmptyText(reportText(read.text).text)) {
      this.extractError = words.emptyFile(file.name);
      return;
    }
    this.extractError = undefined;
    this.setWork({ report: read.text });
  }

  private extract(): void {
    const { work, t } = this;
    if (!work.report.trim()) {
      this.extractError = t.editor.report.empty;
      return;
    }
    const size = utf8Size(work.report);
    if (size > REPORT_LIMIT_BYTES) {
      this.extractError = t.editor.report.pasteTooLarge(t.editor.report.size(size), t.editor.report.size(REPORT_LIMIT_BYTES));
      return;
    }
    // Extracting again starts the figures over: a person's edits are not dropped without asking.
    if (work.dataset && !confirm(t.editor.report.again)) return;
    const year = Number(work.year);
    try {
      const { draft, toCheck, text, dropped, yearFrom } = extractReport(work.report, {
        year: work.year.trim() && Number.isInteger(year) ? year : undefined,
        unitId: work.unitId.trim() || undefined,
      });
      this.extractError = undefined;
      this.dropped = dropped;
      this.selectedRow = undefined;
      // Where the year was read, shown beside it: the words of the item saying so, when it was inferred.
      const yearRead = { from: yearFrom, words: toCheck.find((item) => item.field === 'year')?.text ?? '' };
      this.setWork({ text, dataset: draft, toCheck, yearRead, checked: false, choices: {}, adding: {} });
    } catch (error) {
      this.extractError =
        error instanceof EmptyReportError
          ? t.editor.report.emptyText
          : error instanceof NoYearError
            ? t.editor.report.noYear
            : t.editor.report.failed(error instanceof Error ? error.message : String(error));
    }
  }

  /** A field's first keystroke: what it showed is kept for it while the person types. */
  private typing(field: string, shown: string): void {
    if (this.editing?.field !== field) this.editing = { field, shown };
  }

  /** What a field is bound to: what it showed before, while the person types in it; else the model's value. */
  private shown(field: string, value: string): string {
    return this.editing?.field === field ? this.editing.shown : value;
  }

  private editValue(row: FigureRow, input: HTMLInputElement): void {
    const { dataset } = this.work;
    if (!dataset) return;
    this.typing(`${row.key}#value`, row.value);
    if (row.kind === 'text') {
      // An empty index number is no index number; every other text field is required, and says so when empty.
      const value = row.path[row.path.length - 1] === 'indexNo' && input.value === '' ? undefined : input.value;
      this.editDataset(
        row.path[0] === 'unit' && row.path[1] === 'name' ? withName(dataset, row.path, input.value) : withValue(dataset, row.path, value),
      );
      return;
    }
    // An empty or unreadable number is `null`: a problem to see, never a zero.
    const number = Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : null;
    if (row.kind === 'year') this.editDataset(withValue(dataset, row.path, number));
    else this.editDataset(withValue(dataset, [...row.path, 'value'], row.kind === 'rate' && number !== null ? fractionOf(number) : number));
  }

  /**
   * The unit code above the report: the one extraction gives the draft, and, once there is one, the
   * draft's own (its row in the table), so that there is one code whichever is typed in.
   */
  private unitIdShown(): string {
    const { dataset, unitId } = this.work;
    if (!dataset) return unitId;
    const id = dataset.unit?.id;
    return typeof id === 'string' && id !== UNIT_ID_TO_FILL ? id : '';
  }

  private editUnitId(input: HTMLInputElement): void {
    const { dataset } = this.work;
    this.setWork({ unitId: input.value });
    if (dataset) this.editDataset(withValue(dataset, ['unit', 'id'], input.value.trim() || UNIT_ID_TO_FILL));
  }

  /** A quote typed (a figure added by hand, or one whose words are not in the report): the report's words, as they are. */
  private editQuote(row: FigureRow, input: HTMLInputElement): void {
    if (!this.work.dataset) return;
    this.typing(`${row.key}#quote`, row.quote ?? '');
    this.editDataset(withValue(this.work.dataset, [...row.path, 'quote'], input.value));
  }

  /** A row taken out: a figure or an item, added or read (a section left empty goes with it); its number goes on the check list. */
  private removeRow(row: FigureRow): void {
    const { dataset, toCheck, text } = this.work;
    if (!dataset) return;
    this.editing = undefined;
    const body = this.tableBody(row.group);
    const rows = [...(body?.querySelectorAll('tr[data-key]') ?? [])];
    const index = rows.findIndex((each) => (each as HTMLElement).dataset.key === row.key);
    const removed = removedItem(row, text);
    // Where its words stand in the report, among the others.
    const after = removed ? toCheck.findIndex((item) => item.at[0] > removed.at[0]) : -1;
    const at = after < 0 ? toCheck.length : after;
    const listed = removed ? [...toCheck.slice(0, at), removed, ...toCheck.slice(at)] : toCheck;
    this.setWork({ dataset: without(dataset, row.path), toCheck: listed });
    // A keyboard user goes on from what followed the row: the next row, or the section's 添加数据.
    void this.focusAfterUpdate(() => {
      const left = this.tableBody(row.group)?.querySelectorAll('tr[data-key], tr.add-row');
      return left?.[Math.max(0, index)] ?? null;
    });
  }

  /** A figure added to a section by hand: empty, for a person to fill in from the report. */
  private add(group: TableGroup): void {
    const choice = this.work.adding[group.group] ?? {};
    const target = group.addable.find((candidate) => candidate.key === choice.target);
    const name = choice.name?.trim() ?? '';
    if (!this.work.dataset || !target || (target.kind === 'new' && !name)) return;
    const before = new Set(
      [...(this.tableBody(group.group)?.querySelectorAll<HTMLElement>('tr[data-key]') ?? [])].map((row) => row.dataset.key),
    );
    this.setWork({ dataset: added(this.work.dataset, target, name), adding: { ...this.work.adding, [group.group]: {} } });
    // The figure added is to be typed: focus on its value.
    void this.focusAfterUpdate(
      () =>
        [...(this.tableBody(group.group)?.querySelectorAll<HTMLElement>('tr[data-key]') ?? [])].find(
          (row) => !before.has(row.dataset.key),
        ) ?? null,
      ['td.value input', 'input'],
    );
  }

  private editLabel(row: FigureRow, input: HTMLInputElement): void {
    if (!this.work.dataset) return;
    this.typing(`${row.key}#label`, row.label ?? '');
    this.editDataset(withLabel(this.work.dataset, row.path, input.value));
  }

  /** A mark clicked: its row is chosen, shown and its first field focused. */
  private async selectMark(piece: Piece): Promise<void> {
    const key = piece.rows?.[0];
    if (!key) return;
    this.selectedRow = key;
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(key)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
    row?.querySelector<HTMLElement>('input, button')?.focus({ preventScroll: true });
  }

  private markKey(event: KeyboardEvent, piece: Piece): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    void this.selectMark(piece);
  }

  /** A quote found in the report, to be typed anew: its field in place of the words, focused. */
  private async startQuote(row: FigureRow): Promise<void> {
    this.typing(`${row.key}#quote`, row.quote ?? '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`tr[data-key="${CSS.escape(row.key)}"] .quote-input`)?.focus();
  }

  /** A row's quote clicked: its mark is shown and lit a moment. */
  private async showQuote(row: FigureRow): Promise<void> {
    if (row.mark === undefined) return;
    this.selectedRow = row.key;
    this.flashedMark = row.mark;
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashedMark = undefined;
    }, FLASH_MS);
    await this.updateComplete;
    this.renderRoot.querySelector(`mark[data-mark="${row.mark}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private choose(entry: ToCheckEntry, change: Choice): void {
    // The name typed is kept; one not typed yet follows the place chosen (a new item is named as the report names it).
    const { choices } = this.work;
    this.setWork({ choices: { ...choices, [entry.key]: { target: entry.chosen, ...choices[entry.key], ...change } } });
  }

  private accept(entry: ToCheckEntry): void {
    const target = entry.targets.find((candidate) => candidate.key === entry.chosen);
    const { dataset, toCheck } = this.work;
    if (!dataset || !target || !entry.ready) return;
    const index = this.model.toCheck.indexOf(entry);
    // The number it replaces takes its place on the list: nothing taken from the report is lost.
    const replaced = entry.replaces && replacedItem(dataset, target, this.work.text);
    this.setWork({
      dataset: accepted(dataset, entry.item, target, entry.name, this.work.text),
      toCheck: toCheck.flatMap((item) => (item !== entry.item ? [item] : replaced ? [replaced] : [])),
    });
    void this.focusAfterUpdate(() => this.toCheckEntryAt(index));
  }

  private dismiss(entry: ToCheckEntry): void {
    const index = this.model.toCheck.indexOf(entry);
    this.setWork({ toCheck: this.work.toCheck.filter((item) => item !== entry.item) });
    void this.focusAfterUpdate(() => this.toCheckEntryAt(index));
  }

  /** The item of the check list now at `index`, or the last, or the list's heading when it is empty. */
  private toCheckEntryAt(index: number): Element | null {
    const entries = this.renderRoot.querySelectorAll('.to-check-list .entry');
    return entries[Math.min(index, entries.length - 1)] ?? this.renderRoot.querySelector('.to-check .heading');
  }

  private tableBody(group: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tbody[data-group="${CSS.escape(group)}"]`);
  }

  /**
   * Once the change is drawn, focus on the first control of what `find` gives (of the first of the selectors `within`
   * that finds one), or on it: a keyboard user whose button went goes on from there, not from the top of the page.
   */
  private async focusAfterUpdate(find: () => Element | null, within = ['input, select, button:not([disabled])']): Promise<void> {
    await this.updateComplete;
    const found = find();
    if (!found) return;
    const control = within.map((selector) => (found.matches(selector) ? found : found.querySelector(selector))).find(Boolean);
    ((control ?? found) as HTMLElement).focus();
  }

  /** 清空: starts over, after asking when there is work to lose. */
  private readonly onClear = (): void => {
    if (this.work.dataset && !confirm(this.t.editor.clearAsk)) return;
    this.clear();
  };

  /**
   * Starts over: the text, the figures and the check list are forgotten, here and in storage
   * (unless another tab saved since: its work stays). Works whatever was stored.
   */
  clear(): void {
    this.work = emptyWork();
    this.extractError = undefined;
    this.dropped = 0;
    this.selectedRow = undefined;
    this.saving.clear();
    this.keeping.keep();
  }

  /** The table of figures' view of the editor: what it shows beside its rows, and what its controls do. */
  private figuresTableHost(): FiguresTableHost {
    return {
      t: this.t,
      shown: (field, value) => this.shown(field, value),
      editingField: this.editing?.field,
      selectedRow: this.selectedRow,
      adding: this.work.adding,
      setAdding: (group, adding) => this.setWork({ adding: { ...this.work.adding, [group]: adding } }),
      fieldLeft: () => {
        this.editing = undefined;
      },
      editValue: (row, input) => this.editValue(row, input),
      editQuote: (row, input) => this.editQuote(row, input),
      editLabel: (row, input) => this.editLabel(row, input),
      removeRow: (row) => this.removeRow(row),
      add: (group) => this.add(group),
      showQuote: (row) => void this.showQuote(row),
      startQuote: (row) => void this.startQuote(row),
    };
  }

  /** The list of numbers to check's view of the editor. */
  private toCheckListHost(): ToCheckListHost {
    return {
      t: this.t,
      lang: toLang(this.lang),
      choose: (entry, change) => this.choose(entry, change),
      accept: (entry) => this.accept(entry),
      dismiss: (entry) => this.dismiss(entry),
    };
  }

  /** What a copy holds, in a few words: its unit and year, or its report's first words. */
  private copyWhat({ work }: Copy): string {
    const { dataset } = work;
    const year = dataset?.years?.[0]?.year;
    if (dataset?.unit?.name !== undefined && typeof year === 'number')
      return this.t.yearTitle(labelText(dataset.unit.name, toLang(this.lang)), year);
    return work.report.trim().split('\n')[0].slice(0, 24);
  }

  private renderReport(): TemplateResult {
    const { work } = this;
    const words = this.t.editor.report;
    return html`<section class="step report" part="report">
      <h3 class="heading">${words.heading}</h3>
      <label class="field">
        <span>${words.paste}</span>
        <textarea
          class="paste"
          rows="8"
          .value=${work.report}
          @input=${(event: Event) => this.setWork({ report: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </label>
      <div class="options">
        <label class="field">
          <span>${words.file}</span>
          <input class="report-file" type="file" accept=".txt,.html,.htm,.json,text/plain,text/html,application/json" @change=${this.openReport} />
        </label>
        <label class="field">
          <span>${words.year}</span>
          <input
            class="year"
            type="number"
            min="1949"
            max="2100"
            step="1"
            .value=${work.year}
            @input=${(event: Event) => this.setWork({ year: (event.target as HTMLInputElement).value })}
          />
        </label>
        <label class="field">
          <span>${words.unitId}</span>
          <input class="unit-id" type="text" .value=${this.unitIdShown()} @input=${(event: Event) => this.editUnitId(event.target as HTMLInputElement)} />
        </label>
      </div>
      <div class="actions">
        <button type="button" class="primary extract" @click=${this.extract}>${words.extract}</button>
        <button type="button" class="secondary clear" @click=${this.onClear}>${this.t.editor.clear}</button>
      </div>
      ${this.extractError ? html`<p class="alert" role="alert">${this.extractError}</p>` : nothing}
      <p class="secondary dropped" role="status">${this.dropped > 0 ? words.dropped(this.dropped) : nothing}</p>
    </section>`;
  }

  private renderText(): TemplateResult {
    const words = this.t.editor.report;
    return html`<section class="step text-column">
      <h3 class="heading">${words.text}</h3>
      <p class="secondary">${words.hint}</p>
      <div class="report-text" part="text" tabindex="0" role="region" aria-label=${words.text}>${this.model.pieces.map((piece) =>
        piece.mark === undefined
          ? piece.text
          : html`<mark
              class=${piece.mark === this.flashedMark ? 'flash' : ''}
              data-mark=${piece.mark}
              tabindex="0"
              role="button"
              @click=${() => this.selectMark(piece)}
              @keydown=${(event: KeyboardEvent) => this.markKey(event, piece)}
              >${piece.text}</mark
            >`,
      )}</div>
    </section>`;
  }

  private renderCheck(): TemplateResult {
    const words = this.t.editor.problems;
    const { problems, openItems, unfilled } = this.model;
    // No problem is not done: what is left to look at or fill in is said beside it.
    const open = openItems + unfilled.length > 0;
    return html`<section class="step check" part="problems">
      <h3 class="heading">${words.heading}</h3>
      ${
        problems.length
          ? html`<div class="alert" role="alert">${problemList(problems, this.t)}</div>`
          : html`<p class="ok">${open ? words.open(openItems, unfilled.length) : words.none}</p>`
      }
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const words = this.t.editor.preview;
    const { saved, problems } = this.model;
    return html`<section class="step preview" part="preview">
      <h3 class="heading">${words.heading}</h3>
      ${
        saved
          ? html`<fz-dashboard .data=${saved} group="fz-editor" url-state="none" .lang=${this.lang} .theme=${this.theme}></fz-dashboard>`
          : html`<div class="alert preview-problems"><p>${words.invalid(problems.length)}</p>${problemList(problems, this.t)}</div>`
      }
    </section>`;
  }

  override render(): TemplateResult {
    const { t, model } = this;
    return html`<div class="root" lang=${t.locale}>
      <h2 class="title" part="title">${t.editor.title}</h2>
      <p class="intro">${t.editor.intro}</p>
      ${this.keeping.render((copy) => this.copyWhat(copy))}
      ${this.renderReport()}
      ${
        model.extracted
          ? html`<div class="columns">${this.renderText()}${figuresTable(this.model.groups, this.figuresTableHost())}</div>
            ${toCheckList(this.model.toCheck, this.toCheckListHost())}${this.renderCheck()}${this.renderPreview()}${this.saving.render()}`
          : html`<p class="secondary">${t.editor.figures.none}</p>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-editor': FzEditor;
  }
}
