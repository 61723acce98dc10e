import type { DashboardFormat } from './formats.js';

/** What a file is of: the unit (its id), the year and the compared year, and the section, if one. */
export interface FileSubject {
  unit?: string;
  year?: number;
  comparedYear?: number;
  section?: string;
  /** A shape other than the usual one: `4:3` (a deck for an old projector), `16:9` (a landscape picture). */
  shape?: string;
}

/** A file name that says what it holds, safe on every system: `some-town-2024-petitions.png`, `some-town-2024-vs-2023.pptx`, `some-town-2024-4x3.pptx`. */
export function fileNameOf({ unit, year, comparedYear, section, shape }: FileSubject, format: DashboardFormat | 'json'): string {
  const parts = [unit, year, ...(comparedYear === undefined ? [] : ['vs', comparedYear]), section, shape?.replace(':', 'x')];
  const words = parts
    .filter((part) => part !== undefined && part !== '')
    .map((part) =>
      String(part)
        .replace(/[\\/:*?"<>|\s]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    );
  return `${words.filter(Boolean).join('-') || 'fazhi'}.${format}`;
}

/** Saves `blob` under `name`, as a link with `download` does; nothing leaves the browser. */
export function save(blob: Blob, name: string, document: Document): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // The browser has taken the file once the click's task has run.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
