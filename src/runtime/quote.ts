import { html, nothing, type TemplateResult } from 'lit';
import { nestedQuotes, REPORT_LANG } from '../i18n/format.js';
import { unbreakable } from './unbreakable.js';

/**
 * The report's own words: in quotation marks written as text (a reader who copies them to cite
 * the report copies the marks, which a `<q>`'s are not), and marked as written in the report's
 * language whatever the element speaks, so that a screen reader reads them with a Chinese voice
 * on an English page. `label` ("报告原文：") is said before them to screen readers only, in the
 * element's language.
 */
export function reportQuote(text: string, { label, secondary = true }: { label?: string; secondary?: boolean } = {}): TemplateResult {
  return html`${label ? html`<span class="visually-hidden">${label}</span>` : nothing}<span
      class=${secondary ? 'report-quote secondary' : 'report-quote'}
      lang=${REPORT_LANG}
      >“${unbreakable(nestedQuotes(text))}”</span
    >`;
}
