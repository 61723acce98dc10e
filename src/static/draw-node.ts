/**
 * Draws a template in Node, for the command line and the tests: Lit's server renderer writes it
 * out, and happy-dom (a DOM for Node) reads it back into a tree that can be painted and written.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { Window } from 'happy-dom';
import type { TemplateResult } from 'lit';

let window: Window | undefined;

/** The document templates are drawn into in Node: one for the process. */
export function nodeDocument(): Document {
  window ??= new Window();
  return window.document as unknown as Document;
}

/** The template as Lit writes it on a server, without the marks (comments) its parts are found by. */
export function markupOf(template: TemplateResult): string {
  return collectResultSync(render(template)).replace(/<!--[\s\S]*?-->|<\?>/g, '');
}

/** The template drawn into a `<div>` of a document of its own. */
export function drawInNode(template: TemplateResult): Element {
  const box = nodeDocument().createElement('div');
  box.innerHTML = markupOf(template);
  return box;
}
