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

/** A file name that says what it holds, safe on every system: `beiyang-2024-petitions.png`. */
export function fileNameOf(parts: (string | number | undefined)[], format: DashboardFormat): string {
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

/** Checks a format asked for in code, with a message naming the ones there are. */
export function checkFormat<F extends string>(format: string, formats: readonly F[]): F {
  if ((formats as readonly string[]).includes(format)) return format as F;
  throw new RangeError(`Unknown export format "${format}"; use ${formats.map((f) => `"${f}"`).join(', ')}`);
}
