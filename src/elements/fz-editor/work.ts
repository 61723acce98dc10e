/**
 * The editor's work in progress, kept in the browser's `localStorage` so a reload (or a closed
 * tab) loses nothing: the report as pasted, the report as read, the edited dataset, what is left
 * to check (待核), and what a person chose and has not taken yet (a place for a number, a figure
 * being added and its name). Nothing is sent anywhere.
 *
 * Nothing is lost in the browser either. Each save carries a revision, one more than the revision
 * it replaces, and is made only when the stored work is still the one this page last loaded or
 * saved: a save from another tab in between is never overwritten (nor is it overwritten in that tab
 * in return), and the person chooses which work goes on. Stored work this version cannot read
 * (wholly or in part: another version's) is set aside under its own key, to download, rather than
 * dropped. Work kept aside by choice is a copy under its own key. No DOM beyond `Storage`.
 */
import type { ToCheckItem } from '../../extract/extract.js';
import { decodeReport, REPORT_LIMIT_BYTES } from '../../extract/report-file.js';
import type { EditedDataset, YearRead } from './figures.js';

/** The `localStorage` key the work is kept under. */
export const WORK_KEY = 'fazhi-editor';
/** Stored work that could not be read, kept until the person downloads or forgets it. */
export const SET_ASIDE_KEY = 'fazhi-editor.set-aside';
/** Copies of work kept aside by choice: this prefix and the time they were made (milliseconds). */
export const COPY_PREFIX = 'fazhi-editor.copy.';

/** Where a number goes, or a figure added by hand: the target chosen (by its key), and the name typed for a new item. */
export interface Choice {
  target?: string;
  name?: string;
}

/** Choices by the key of what they are for: a check-list item's, or a section's (a figure being added). */
export type Choices = Record<string, Choice>;

export interface Work {
  /** The report as pasted or opened. */
  report: string;
  /** The year and unit id typed for extraction, as typed. */
  year: string;
  unitId: string;
  /** The report as the extractor read it: every quote is in it. Empty before extraction. */
  text: string;
  /** The edited dataset; absent before extraction. */
  dataset?: EditedDataset;
  /** Where the extractor read the year, shown beside it (absent in work kept before it was kept). */
  yearRead?: YearRead;
  /** What is left to check (the check list, 待核). Work kept by earlier versions calls it `review`: it is read as this. */
  toCheck: ToCheckItem[];
  /** 已逐项核对: the dataset is saved without `draft`. */
  checked: boolean;
  /** Where each item of the check list is to go, and the name typed for a new item, chosen and not yet taken. */
  choices: Choices;
  /** What is being added to each section by hand, and the name typed for a new item, not yet added. */
  adding: Choices;
}

export const emptyWork = (): Work => ({ report: '', year: '', unitId: '', text: '', toCheck: [], checked: false, choices: {}, adding: {} });

/** Whether there is nothing of a person's in the work: nothing to keep, nothing to lose. */
export const isEmptyWork = (work: Work): boolean => !work.report && !work.dataset && !work.year && !work.unitId;

/** What a downloaded work file holds besides the work: it is opened again by the report's file field. */
const WORK_FILE_MARK = 'fazhiEditorWork';

const YEAR_FROM = new Set(['title', 'first-lines', 'field', 'url', 'figures', 'option']);
const isYearRead = (value: unknown): value is YearRead =>
  typeof value === 'object' && value !== null && YEAR_FROM.has((value as YearRead).from) && typeof (value as YearRead).words === 'string';

const isToCheckItem = (value: unknown): value is ToCheckItem => {
  const item = value as ToCheckItem;
  return (
    typeof item === 'object' &&
    item !== null &&
    (item.kind === 'unplaced' || item.kind === 'unsure') &&
    typeof item.why === 'string' &&
    typeof item.text === 'string' &&
    typeof item.quote === 'string' &&
    typeof item.sentence === 'string' &&
    Array.isArray(item.at) &&
    item.at.length === 2 &&
    item.at.every((offset) => typeof offset === 'number') &&
    (item.field === undefined || typeof item.field === 'string') &&
    (item.value === undefined || typeof item.value === 'number')
  );
};

const isChoices = (value: unknown): value is Choices =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(
    (choice) =>
      typeof choice === 'object' &&
      choice !== null &&
      (choice.target === undefined || typeof choice.target === 'string') &&
      (choice.name === undefined || typeof choice.name === 'string'),
  );

/** Work read from what was stored or saved (any version): what could be read, and whether anything could not. */
export function readWork(value: unknown): { work: Work; whole: boolean } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const kept = value as Record<string, unknown>;
  let whole = true;
  const text = (key: string) => {
    const found = kept[key];
    if (found !== undefined && typeof found !== 'string') whole = false;
    return typeof found === 'string' ? found : '';
  };
  const dataset = kept.dataset as EditedDataset | undefined;
  const readable = typeof dataset === 'object' && dataset !== null && Array.isArray(dataset.years) && typeof dataset.years[0] === 'object';
  if (dataset !== undefined && !readable) whole = false;
  // Kept by this version as `toCheck`; by earlier ones as `review`.
  const listed = kept.toCheck ?? kept.review;
  const toCheck = Array.isArray(listed) ? listed.filter(isToCheckItem) : [];
  if (listed !== undefined && (!Array.isArray(listed) || toCheck.length !== listed.length)) whole = false;
  if (kept.yearRead !== undefined && !isYearRead(kept.yearRead)) whole = false;
  // Work kept before choices were kept has none.
  const choicesOf = (key: string): Choices => {
    const found = kept[key];
    if (found !== undefined && !isChoices(found)) whole = false;
    return isChoices(found) ? found : {};
  };
  const work: Work = {
    report: text('report'),
    year: text('year'),
    unitId: text('unitId'),
    text: text('text'),
    dataset: readable ? dataset : undefined,
    ...(isYearRead(kept.yearRead) ? { yearRead: kept.yearRead } : {}),
    toCheck,
    checked: kept.checked === true,
    choices: choicesOf('choices'),
    adding: choicesOf('adding'),
  };
  return { work, whole };
}

/** The revision of stored work (its JSON text): 0 when there is none, or it has none (work kept before revisions). */
export function revisionOf(stored: string | null | undefined): number {
  if (!stored) return 0;
  try {
    const revision = (JSON.parse(stored) as { revision?: unknown }).revision;
    return typeof revision === 'number' && Number.isInteger(revision) ? revision : 0;
  } catch {
    return 0;
  }
}

/** What was found in storage: the work, its revision, and the stored text set aside when some of it could not be read. */
export interface LoadedWork {
  work: Work;
  revision: number;
  /** The stored text as it was, when it could not be read whole: kept under `SET_ASIDE_KEY` too, when there was room. */
  setAside?: string;
}

const storageOf = (storage?: Storage): Storage | undefined => {
  try {
    return storage ?? globalThis.localStorage;
  } catch {
    // A page may be refused storage (a sandboxed frame, a setting): nothing is kept.
    return undefined;
  }
};

/** The work kept, or an empty one when there is none or storage is off; what cannot be read is set aside. */
export function loadWork(given?: Storage): LoadedWork {
  const storage = storageOf(given);
  let stored: string | null = null;
  try {
    stored = storage?.getItem(WORK_KEY) ?? null;
  } catch {
    return { work: emptyWork(), revision: 0 };
  }
  const revision = revisionOf(stored);
  if (stored === null) return { work: emptyWork(), revision };
  let read: ReturnType<typeof readWork>;
  try {
    read = readWork(JSON.parse(stored));
  } catch {
    read = undefined;
  }
  if (read?.whole) return { work: read.work, revision };
  keepSetAside(stored, storage);
  return { work: read?.work ?? emptyWork(), revision, setAside: stored };
}

/** Keeps stored text that could not be read under `SET_ASIDE_KEY` (when there is room: else it is only on the page, to download). */
function keepSetAside(stored: string, given?: Storage): void {
  try {
    storageOf(given)?.setItem(SET_ASIDE_KEY, stored);
  } catch {
    // No room: the page still offers it for download.
  }
}

/** The text set aside earlier, still waiting to be downloaded or forgotten. */
export function setAsideWork(given?: Storage): string | undefined {
  try {
    return storageOf(given)?.getItem(SET_ASIDE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** How a save went: saved (its new revision), another tab saved since (`conflict`), storage full, or storage refused. */
export type SaveResult = { status: 'saved'; revision: number } | { status: 'conflict' | 'full' | 'refused' };

const isFull = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);

/**
 * Keeps `work`, replacing the stored work of revision `revision` (0: none): refused as a conflict
 * when another tab saved since, and said when storage is full or refused. Empty work is no work: the
 * stored work is forgotten (its revision is then 0).
 */
export function saveWork(work: Work, revision: number, given?: Storage): SaveResult {
  const storage = storageOf(given);
  if (!storage) return { status: 'refused' };
  try {
    if (revisionOf(storage.getItem(WORK_KEY)) !== revision) return { status: 'conflict' };
    if (isEmptyWork(work)) {
      storage.removeItem(WORK_KEY);
      return { status: 'saved', revision: 0 };
    }
    storage.setItem(WORK_KEY, JSON.stringify({ revision: revision + 1, ...work }));
    return { status: 'saved', revision: revision + 1 };
  } catch (error) {
    return { status: isFull(error) ? 'full' : 'refused' };
  }
}

/** A copy of work kept aside by choice. */
export interface Copy {
  key: string;
  /** When it was kept (milliseconds since 1970). */
  time: number;
  work: Work;
}

/** The copies kept in this browser, newest first (one that cannot be read is left out, and left alone). */
export function listCopies(given?: Storage): Copy[] {
  const storage = storageOf(given);
  const copies: Copy[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key(i);
      if (!key?.startsWith(COPY_PREFIX)) continue;
      const read = readWork(JSON.parse(storage?.getItem(key) ?? 'null'));
      if (read) copies.push({ key, time: Number(key.slice(COPY_PREFIX.length)) || 0, work: read.work });
    }
  } catch {
    // Storage refused, or a copy no JSON: the others are listed.
  }
  return copies.sort((a, b) => b.time - a.time);
}

/** Keeps `work` as a copy under a key of its own; says whether there was room. */
export function keepCopy(work: Work, given?: Storage, now = Date.now()): boolean {
  try {
    const storage = storageOf(given);
    if (!storage) return false;
    let time = now;
    while (storage.getItem(`${COPY_PREFIX}${time}`) !== null) time++;
    storage.setItem(`${COPY_PREFIX}${time}`, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a key of the editor's: a copy, or the work set aside. */
export function forget(key: string, given?: Storage): void {
  try {
    storageOf(given)?.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The work as a file to download: JSON, which the report's file field opens again. */
export function workFileText(work: Work): string {
  return `${JSON.stringify({ [WORK_FILE_MARK]: 1, ...work }, null, 2)}\n`;
}

/** The work a downloaded work file holds, or undefined when the text is none. */
export function workOfFile(text: string): Work | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    return value?.[WORK_FILE_MARK] === 1 ? readWork(value)?.work : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What JSON file `text` is, when it is one and no work file: a dataset (the extractor's draft, a
 * town's dataset: its schema version and years) or other JSON; undefined for a report's text.
 */
export function jsonFileKind(text: string): 'dataset' | 'other' | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    const value = JSON.parse(text) as Record<string, unknown> | null;
    return typeof value?.schemaVersion === 'number' && Array.isArray(value.years) ? 'dataset' : 'other';
  } catch {
    return undefined;
  }
}

/** A file's text, or why it is not read: over 20 MB (said before it is read), Big5, or no text (see `decodeReport`). */
export type FileText = { text: string } | { refused: 'too-large' | 'big5' | 'binary'; size: number };

export async function textOfFile(file: Blob): Promise<FileText> {
  if (file.size > REPORT_LIMIT_BYTES) return { refused: 'too-large', size: file.size };
  const decoded = decodeReport(new Uint8Array(await file.arrayBuffer()));
  return 'refused' in decoded ? { refused: decoded.refused, size: file.size } : { text: decoded.text };
}
