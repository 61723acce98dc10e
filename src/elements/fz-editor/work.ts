/**
 * The editor's work in progress, kept in the browser's `localStorage` under one key so a reload
 * (or a closed tab) loses nothing: the report as pasted, the report as read, the edited dataset
 * and what is left to review. Nothing is sent anywhere.
 */
import type { ReviewItem } from '../../extract/extract.js';
import type { EditedDataset } from './figures.js';

/** The one `localStorage` key the editor keeps its work under. */
export const WORK_KEY = 'fazhi-editor';

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
  /** What is left to review. */
  review: ReviewItem[];
  /** 已逐项核对: the dataset is saved without `draft`. */
  checked: boolean;
}

export const emptyWork = (): Work => ({ report: '', year: '', unitId: '', text: '', review: [], checked: false });

const isReviewItem = (value: unknown): value is ReviewItem => {
  const item = value as ReviewItem;
  return (
    typeof item === 'object' &&
    item !== null &&
    (item.kind === 'unplaced' || item.kind === 'unsure') &&
    typeof item.text === 'string' &&
    typeof item.quote === 'string' &&
    Array.isArray(item.at)
  );
};

/** The work kept, or an empty one when there is none, it cannot be read, or storage is off (a private window may refuse it). */
export function loadWork(storage: Storage | undefined = globalThis.localStorage): Work {
  try {
    const kept = JSON.parse(storage?.getItem(WORK_KEY) ?? 'null') as Partial<Work> | null;
    if (!kept || typeof kept !== 'object') return emptyWork();
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const dataset =
      typeof kept.dataset === 'object' && kept.dataset !== null && Array.isArray(kept.dataset.years) ? kept.dataset : undefined;
    return {
      report: text(kept.report),
      year: text(kept.year),
      unitId: text(kept.unitId),
      text: text(kept.text),
      dataset,
      review: Array.isArray(kept.review) ? kept.review.filter(isReviewItem) : [],
      checked: kept.checked === true,
    };
  } catch {
    return emptyWork();
  }
}

/** Keeps `work`; says whether it could (storage full or refused: the work stays on the page only). */
export function saveWork(work: Work, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(WORK_KEY, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the work kept. */
export function clearWork(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(WORK_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/**
 * A file's text: UTF-8, or, when it is not (a portal page saved in the GB 18030 family — GBK,
 * GB 2312 — as many Chinese government sites still serve), GB 18030.
 */
export async function textOfFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
