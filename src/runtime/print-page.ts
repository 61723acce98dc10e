/**
 * The printed page of a document with a dashboard: A4, with the report's source at the foot of
 * every page and the page number beside it. `@page` rules take effect only in the document's own
 * styles, never in a shadow root, so a constructed sheet (allowed under a strict
 * Content-Security-Policy) is adopted by the document while it prints, and taken away after: the
 * page's own styles are never touched on screen. The latest dashboard to say its source is the
 * one printed.
 */
import { xmlText } from '../data/characters.js';
import { FONT_STACK, LIGHT } from './palette.js';

const footers = new Map<Element, string>();
let sheet: CSSStyleSheet | undefined;
/** The window listened to for printing, while a dashboard is on its page. */
let listened: Window | undefined;

/** A CSS string holding `text` as it is, without what no file can hold (`xmlText`). */
const cssString = (text: string) =>
  `"${xmlText(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

function rules(footer: string): string {
  const margin = `font: 9pt ${FONT_STACK}; color: ${LIGHT.muted};`;
  return `@page {
  size: A4;
  margin: 16mm 14mm 18mm;
  @bottom-left { content: ${cssString(footer)}; ${margin} }
  @bottom-right { content: counter(page) " / " counter(pages); ${margin} }
}`;
}

/** Puts `owner`'s footer (the source line) on the printed pages of its document; `undefined` takes it away. */
export function printFooter(owner: Element, footer: string | undefined): void {
  const window = owner.ownerDocument.defaultView;
  footers.delete(owner);
  if (footer !== undefined) footers.set(owner, footer);
  // Listening only while a dashboard is on the page.
  const listening = footers.size > 0;
  if (!window || listening === (listened === window)) return;
  if (listening) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    listened = window;
  } else {
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
    listened = undefined;
  }
}

function onBeforePrint(): void {
  const [owner, footer] = [...footers].pop() ?? [];
  if (!owner || footer === undefined) return;
  const document = owner.ownerDocument;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(rules(footer));
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function onAfterPrint(this: Window): void {
  const document = this.document;
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
}
