import { render, type TemplateResult } from 'lit';

/** Draws a template in a page (Lit's `render`, into a `<div>` of `document` that is not on the page): the docs page's builder. */
export function drawInPage(template: TemplateResult, document: Document = globalThis.document): Element {
  const box = document.createElement('div');
  render(template, box);
  return box;
}
