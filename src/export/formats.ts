/**
 * What asking an element for a file takes, on every page: the formats, the options, why a file
 * could not be made, and loading the code that makes it (`files.ts`, `pptx.ts`) when asked for.
 */

/** The formats a chart exports; the dashboard adds a slide deck. */
export type ChartFormat = 'png' | 'svg' | 'csv';
export type DashboardFormat = ChartFormat | 'pptx' | 'html';

export const CHART_FORMATS: readonly ChartFormat[] = ['png', 'svg', 'csv'];

/** What an export menu offers: a format, with the options it is made with (a 16:9 picture, a 4:3 deck). */
export type MenuChoice = DashboardFormat | 'png-16:9' | 'pptx-4:3';

/** A chart's menu: its picture as shown and landscape, the SVG, the table. */
export const CHART_MENU: readonly MenuChoice[] = ['png', 'png-16:9', 'svg', 'csv'];

/** The format and options of a menu's choice. */
export function choiceOf(choice: MenuChoice): { format: DashboardFormat; options: ExportOptions } {
  if (choice === 'png-16:9') return { format: 'png', options: { shape: '16:9' } };
  if (choice === 'pptx-4:3') return { format: 'pptx', options: { aspect: '4:3' } };
  return { format: choice, options: {} };
}

/** What `toBlob` takes besides the format. */
export interface ExportOptions {
  /** PNG pixels per CSS pixel; default 2. */
  scale?: number;
  /** A picture's shape (PNG, SVG): `16:9`, landscape, the words beside the chart (for a slide or an article's banner); default as shown, the words above. */
  shape?: 'shown' | '16:9';
  /** A deck's shape (PPTX): `16:9` (default) or `4:3`, for an old projector. */
  aspect?: '16:9' | '4:3';
}

/**
 * Why a file could not be made, as the element says it in its reader's language (`exports` of
 * the message catalogue, by `kind`); the message here is for the console.
 */
export class ExportError extends Error {
  constructor(
    readonly kind: 'notShown' | 'presenting' | 'scale' | 'format' | 'shape' | 'canvas' | 'load',
    readonly detail: { smallest?: number; largest?: number; format?: string; formats?: readonly string[]; shape?: string } = {},
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

/** The shapes a picture may have. */
export const PICTURE_SHAPES = ['shown', '16:9'] as const;

/** Checks a picture's shape asked for in code (none: as shown). */
export function checkShape(shape: string | undefined): ExportOptions['shape'] {
  if (shape === undefined || (PICTURE_SHAPES as readonly string[]).includes(shape)) return shape as ExportOptions['shape'];
  throw new ExportError('shape', { shape });
}

/** Checks a deck's shape asked for in code (none: 16:9). */
export function checkAspect(aspect: string | undefined): ExportOptions['aspect'] {
  if (aspect === undefined || aspect === '16:9' || aspect === '4:3') return aspect;
  throw new ExportError('shape', { shape: aspect });
}

/** Checks a format asked for in code; the error names the ones there are. */
export function checkFormat<F extends string>(format: string, formats: readonly F[]): F {
  if ((formats as readonly string[]).includes(format)) return format as F;
  throw new ExportError('format', { format, formats });
}
