import { html, type TemplateResult } from 'lit';
import type { Worded } from './editor-model.js';
import type { EditorVoice } from './messages.js';

/** Problems as a list, each after its place (a row, a JSON path) when it has one. */
export const problemList = (problems: readonly Worded[], t: EditorVoice): TemplateResult =>
  html`<ul class="problem-list">
    ${problems.map(({ place, message }) => html`<li>${place ? t.pair(place, message) : message}</li>`)}
  </ul>`;
