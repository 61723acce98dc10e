/** The formats a chart exports; the dashboard adds a slide deck. */
export type ChartFormat = 'png' | 'svg' | 'csv';
export type DashboardFormat = ChartFormat | 'pptx';

export const CHART_FORMATS: readonly ChartFormat[] = ['png', 'svg', 'csv'];

/** What `toBlob` takes besides the format. */
export interface ExportOptions {
  /** PNG pixels per CSS pixel; default 2. */
  scale?: number;
}

export const MIME: Record<DashboardFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** What a file is of: the unit (its id), the year and the compared year, and the section, if one. */
export interface FileSubject {
  unit?: string;
  year?: number;
  comparedYear?: number;
  section?: string;
}

/** A file name that says what it holds, safe on every system: `some-town-2024-petitions.png`, `some-town-2024-vs-2023.pptx`. */
export function fileNameOf({ unit, year, comparedYear, section }: FileSubject, format: DashboardFormat | 'json'): string {
  const parts = [unit, year, ...(comparedYear === undefined ? [] : ['vs', comparedYear]), section];
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

/** Checks a PNG's scale asked for in code: more than 0, at most 8. */
export function checkScale(scale: number): number {
  if (Number.isFinite(scale) && scale > 0 && scale <= 8) return scale;
  throw new RangeError(`scale must be a number above 0 and at most 8, not ${scale}`);
}

/** A picture as a file: the SVG itself, or a PNG `scale` times its size. The code that makes it is loaded now. */
export async function pictureBlob(picture: SVGSVGElement, format: 'png' | 'svg', scale: number): Promise<Blob> {
  const files = await import('./files.js');
  return format === 'svg' ? new Blob([files.svgText(picture)], { type: MIME.svg }) : files.pngOf(picture, scale);
}

/** Checks a format asked for in code, with a message naming the ones there are. */
export function checkFormat<F extends string>(format: string, formats: readonly F[]): F {
  if ((formats as readonly string[]).includes(format)) return format as F;
  throw new RangeError(`Unknown export format "${format}"; use ${formats.map((f) => `"${f}"`).join(', ')}`);
}
