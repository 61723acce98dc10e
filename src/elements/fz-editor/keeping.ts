/**
 * Keeping the editor's work in this browser, and never losing it: each save knows the stored
 * revision it replaces, another tab's save is taken or asked about (never overwritten), a failed
 * save is said at once with the work offered as a file, copies kept aside can be loaded back, and
 * stored work this version cannot read is set aside to download.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fileNameOf, save } from '../../export/save.js';
import type { EditorVoice } from './messages.js';
import {
  COPY_PREFIX,
  type Copy,
  forget,
  isEmptyWork,
  keepCopy,
  listCopies,
  loadWork,
  revisionOf,
  SET_ASIDE_KEY,
  saveWork,
  setAsideWork,
  WORK_KEY,
  type Work,
  workFileText,
} from './work.js';

/**
 * Whether the work is kept in this browser: nothing to keep yet, kept, or not kept (storage full,
 * storage refused, or another tab saved since: then nothing is kept until the person chooses).
 */
export type Keeping = 'none' | 'kept' | 'full' | 'refused' | 'conflict';

type Host = ReactiveControllerHost & HTMLElement;

export class WorkKeeping implements ReactiveController {
  status: Keeping = 'none';
  /** Said once after a choice about kept work: another tab's loaded, a copy kept or not. */
  note?: string;
  /** The copies of work kept aside in this browser. */
  copies: Copy[] = [];
  /** Stored work this version could not read, as it was stored, until downloaded or forgotten. */
  setAside?: string;
  /** The revision of the stored work the page's work replaces when it is next kept (0: none). */
  private revision = 0;
  private started = false;

  /** `work` is the page's work; `take` makes work from outside (stored, another tab's, a copy, a file) the page's. */
  constructor(
    private readonly host: Host,
    private readonly work: () => Work,
    private readonly take: (work: Work) => void,
    private readonly words: () => EditorVoice,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The kept work is loaded once: an editor moved in the page keeps the work it has (kept or not).
    if (!this.started) {
      this.started = true;
      const loaded = loadWork();
      this.adopt(loaded.work, loaded.revision);
      this.setAside = loaded.setAside ?? setAsideWork();
    }
    this.copies = listCopies();
    addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.onStorage);
  }

  /** Keeps the page's work in this browser, unless another tab saved since; says at once when it cannot. */
  keep(): void {
    this.note = undefined;
    if (this.status === 'conflict') return;
    const work = this.work();
    const result = saveWork(work, this.revision);
    if (result.status !== 'saved') {
      this.status = result.status;
      this.host.requestUpdate();
      return;
    }
    this.revision = result.revision;
    this.status = isEmptyWork(work) ? 'none' : 'kept';
    this.host.requestUpdate();
  }

  /** Work from a copy or a work file becomes the page's, and is kept: it replaces the stored work, unless another tab saved since. */
  takeOn(work: Work): void {
    const { revision, status } = this;
    this.adopt(work, revision);
    this.status = status === 'conflict' ? 'conflict' : 'none';
    this.keep();
  }

  /** Downloads the work as a file, which the report's file field opens again. */
  download(work: Work = this.work()): void {
    const unit = work.dataset?.unit?.id || work.unitId || 'report';
    const year = work.dataset?.years?.[0]?.year;
    save(
      new Blob([workFileText(work)], { type: 'application/json' }),
      fileNameOf({ unit, year, section: 'work' }, 'json'),
      this.host.ownerDocument,
    );
  }

  /** Takes work from outside the page as the page's, with the stored revision it is based on. */
  private adopt(work: Work, revision: number): void {
    this.revision = revision;
    this.status = isEmptyWork(work) ? 'none' : 'kept';
    this.take(work);
  }

  /**
   * Another tab kept work (or a copy). A page whose work is all kept takes it: its work is the
   * stored work the other tab's save replaced, so nothing is lost (and it says so). A page with
   * changes not kept (storage full, or a save refused), or whose work the other tab emptied, asks
   * the person instead.
   */
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.storageArea !== localStorage) return;
    if (event.key === null || event.key.startsWith(COPY_PREFIX)) this.copies = listCopies();
    this.host.requestUpdate();
    if (event.key !== WORK_KEY && event.key !== null) return;
    const theirs = event.key === null ? null : event.newValue;
    if (revisionOf(theirs) === this.revision) return;
    const allKept = this.status === 'none' || this.status === 'kept';
    if (allKept && (theirs !== null || isEmptyWork(this.work()))) this.loadTheirs();
    else this.status = 'conflict';
  };

  /** Loads the work kept in this browser (another tab's), dropping the page's. */
  private readonly loadTheirs = (): void => {
    const loaded = loadWork();
    this.adopt(loaded.work, loaded.revision);
    if (loaded.setAside) this.setAside = loaded.setAside;
    this.note = this.words().editor.storage.loadedTheirs;
    this.host.requestUpdate();
  };

  /** Keeps the page's work as a copy, then loads the other tab's. */
  private readonly keepOwnAsCopy = (): void => {
    const words = this.words().editor.storage;
    if (!keepCopy(this.work())) {
      this.note = words.copyFailed;
      this.host.requestUpdate();
      return;
    }
    this.loadTheirs();
    this.copies = listCopies();
    this.note = words.copyKept;
  };

  /** Loads a copy as the page's work; the work on the page, if any, is kept as a copy first. */
  private loadCopy(copy: Copy): void {
    const work = this.work();
    if (!isEmptyWork(work) && !keepCopy(work)) {
      this.note = this.words().editor.storage.copyFailed;
      this.host.requestUpdate();
      return;
    }
    forget(copy.key);
    this.takeOn(copy.work);
    this.copies = listCopies();
  }

  private removeCopy(copy: Copy): void {
    if (!confirm(this.words().editor.storage.removeCopyAsk)) return;
    forget(copy.key);
    this.copies = listCopies();
    this.host.requestUpdate();
  }

  private readonly downloadSetAside = (): void => {
    if (this.setAside === undefined) return;
    save(new Blob([this.setAside], { type: 'application/json' }), 'fazhi-editor-work-as-it-was.json', this.host.ownerDocument);
  };

  private readonly forgetSetAside = (): void => {
    forget(SET_ASIDE_KEY);
    this.setAside = undefined;
    this.host.requestUpdate();
  };

  /** Whether the work is kept, what to do when it is not, and the copies kept; `copyWhat` names a copy in a few words. */
  render(copyWhat: (copy: Copy) => string): TemplateResult {
    const t = this.words();
    const { status } = this;
    const words = t.editor.storage;
    const download = html`<button type="button" class="secondary download-work" @click=${() => this.download()}>${words.downloadWork}</button>`;
    const unkept =
      status === 'full' || status === 'refused'
        ? html`<div class="alert not-kept" role="alert">
            <p>${status === 'full' ? words.full(this.copies.length > 0) : words.refused}</p>
            <div class="actions">${download}</div>
          </div>`
        : status === 'conflict'
          ? html`<div class="alert conflict" role="alert">
              <p>${words.conflict}</p>
              <div class="actions">
                <button type="button" class="secondary load-theirs" @click=${this.loadTheirs}>${words.loadTheirs}</button>
                <button type="button" class="secondary keep-copy" @click=${this.keepOwnAsCopy}>${words.keepCopy}</button>
                ${download}
              </div>
            </div>`
          : undefined;
    // Work not kept is said where the person is: the alert stays at the top of the window while they edit further down.
    return html`${unkept ? html`<div class="unkept" part="unkept">${unkept}</div>` : nothing}
    <div class="storage" part="storage">
      <div class="keeping" role="status">
        ${status === 'kept' ? html`<p class="secondary kept">${t.editor.kept}</p>` : nothing}
        ${this.note ? html`<p class="keeping-note">${this.note}</p>` : nothing}
      </div>
      ${
        this.setAside === undefined
          ? nothing
          : html`<div class="alert set-aside" role="alert">
              <p>${words.setAside}</p>
              <div class="actions">
                <button type="button" class="secondary download-set-aside" @click=${this.downloadSetAside}>${words.downloadSetAside}</button>
                <button type="button" class="secondary forget-set-aside" @click=${this.forgetSetAside}>${words.removeSetAside}</button>
              </div>
            </div>`
      }
      ${
        this.copies.length === 0
          ? nothing
          : html`<div class="copies">
              <p class="copies-heading">${words.copies}</p>
              <ul class="copy-list">
                ${this.copies.map(
                  (copy) => html`<li data-key=${copy.key}>
                    <span class="copy-name">${words.copyName(new Date(copy.time), copyWhat(copy))}</span>
                    <span class="actions">
                      <button type="button" class="secondary load-copy" @click=${() => this.loadCopy(copy)}>${words.loadCopy}</button>
                      <button type="button" class="secondary download-copy" @click=${() => this.download(copy.work)}>${words.downloadCopy}</button>
                      <button type="button" class="secondary remove-copy" @click=${() => this.removeCopy(copy)}>${words.removeCopy}</button>
                    </span>
                  </li>`,
                )}
              </ul>
            </div>`
      }
    </div>`;
  }
}
