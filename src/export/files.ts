/**
 * What makes files in the browser — pictures (SVG, PNG) and tables (CSV) — loaded only when a
 * reader or a script asks for one: a page that never exports never downloads it.
 */
import type { Messages } from '../i18n/messages.js';
import { type CsvTable, csvOf } from './csv.js';
import { pngOf } from './png.js';
import { svgText } from './svg-text.js';

export { csvOf } from './csv.js';
export { heldPicture, lookOf, measurer, stackPictures } from './element-picture.js';
export { emblemPng } from './emblem.js';
export { exportFailure } from './messages.js';
export { lookAsAttributes, pictureSvg, svgPaint } from './picture.js';
export { pngOf } from './png.js';
export { fileNameOf, save } from './save.js';
export { svgText } from './svg-text.js';

/** A picture as a file: the SVG itself, or a PNG `scale` times its size. */
export const pictureBlob = async (picture: SVGSVGElement, format: 'png' | 'svg', scale: number): Promise<Blob> =>
  format === 'svg' ? new Blob([svgText(picture)], { type: 'image/svg+xml' }) : pngOf(picture, scale);

/** Data tables as a CSV file. */
export const csvBlob = (tables: readonly CsvTable[], t: Messages): Blob => new Blob([csvOf(tables, t)], { type: 'text/csv;charset=utf-8' });
