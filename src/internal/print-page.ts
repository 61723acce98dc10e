/**
 * The printed page of a document with a dashboard: A4, with the report's source at the foot of
 * every page and the page number beside it. `@page` rules take effect only in the document's own
 * styles, never in a shadow root, so a constructed sheet (allowed under a strict
 * Content-Security-Policy) is adopted by the document while it prints, and taken away after: the
 * page's own styles are never touched on screen. The latest dashboard to say its source is the
 * one printed.
 */
const footers = new Map<Element, string>();
let sheet: CSSStyleSheet | undefined;

/** A CSS string holding `text` as it is. */
const cssString = (text: string) =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

function rules(footer: string): string {
  const margin = 'font: 9pt system-ui, "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #57606a;';
  return `@page {
  size: A4;
  margin: 16mm 14mm 18mm;
  @bottom-left { content: ${cssString(footer)}; ${margin} }
  @bottom-right { content: counter(page) " / " counter(pages); ${margin} }
}`;
}

/** Puts `owner`'s footer (the source line) on the printed pages; `undefined` takes it away. */
export function printFooter(owner: Element, footer: string | undefined): void {
  footers.delete(owner);
  if (footer !== undefined) footers.set(owner, footer);
}

addEventListener('beforeprint', () => {
  const footer = [...footers.values()].pop();
  if (footer === undefined) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(rules(footer));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
});

addEventListener('afterprint', () => {
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
});
