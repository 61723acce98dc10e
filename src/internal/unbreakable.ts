/**
 * Text on a page with its figures kept whole: each number with its sign, mark and unit ("−11.5%",
 * "393件", "2024年") in a span no line may break (`.nb`), so that neither a narrow table column
 * nor a printed page leaves "−11." on one line and "5%" on the next. The text reads the same.
 */
import { html, type TemplateResult } from 'lit';
import { FIGURE } from '../charts/text.js';

const FIGURES = new RegExp(FIGURE.source, 'gu');

export function unbreakable(text: string): TemplateResult | string {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURES)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(html`<span class="nb">${match[0]}</span>`);
    last = at + match[0].length;
  }
  if (parts.length === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return html`${parts}`;
}
