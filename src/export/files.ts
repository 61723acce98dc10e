/**
 * What makes files in the browser — pictures (SVG, PNG) and tables (CSV) — loaded only when a
 * reader or a script asks for one: a page that never exports never downloads it.
 */
export { csvOf } from './csv.js';
export { elementPicture, stackPictures } from './element-picture.js';
export { pngOf } from './png.js';
export { svgText } from './svg-text.js';
