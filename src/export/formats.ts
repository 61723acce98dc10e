/**
 * What asking an element for a file takes, on every page: the formats, the options, why a file
 * could not be made, and loading the code that makes it (`files.ts`, `pptx.ts`) when asked for.
 */

/** The formats a chart exports; the dashboard adds a slide deck. */
export type ChartFormat = 'png' | 'svg' | 'csv';
export type DashboardFormat = ChartFormat | 'pptx';

export const CHART_FORMATS: readonly ChartFormat[] = ['png', 'svg', 'csv'];

/** What `toBlob` takes besides the format. */
export interface ExportOptions {
  /** PNG pixels per CSS pixel; default 2. */
  scale?: number;
}

/**
 * Why a file could not be made, as the element says it in its reader's language (`exports` of
 * the message catalogue, by `kind`); the message here is for the console.
 */
export class ExportError extends Error {
  constructor(
    readonly kind: 'notShown' | 'presenting' | 'scale' | 'format' | 'canvas' | 'load',
    readonly detail: { smallest?: number; largest?: number; format?: string; formats?: readonly string[] } = {},
    options?: ErrorOptions,
  ) {
    super(`Export failed: ${kind}`, options);
    this.name = 'ExportError';
  }
}

/** The code that makes a kind of file, loaded when first asked for (`loaded(import('./files.js'))`); when it cannot be, an `ExportError` says so. */
export const loaded = <M>(load: Promise<M>): Promise<M> =>
  load.catch((error: unknown) => {
    throw new ExportError('load', {}, { cause: error });
  });

/** Checks a format asked for in code; the error names the ones there are. */
export function checkFormat<F extends string>(format: string, formats: readonly F[]): F {
  if ((formats as readonly string[]).includes(format)) return format as F;
  throw new ExportError('format', { format, formats });
}
