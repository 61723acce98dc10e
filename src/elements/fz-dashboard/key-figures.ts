import { html, nothing, type TemplateResult } from 'lit';
import { unbreakable } from '../../runtime/unbreakable.js';
import type { KeyFigure } from '../../sections/section.js';

/** A headline figure as the dashboard and its key-figures slide show it; `direction` colours the change. */
export interface ShownFigure {
  label: string;
  value: string;
  change?: string;
  direction?: string;
}

export const shownFigures = (figures: KeyFigure[]): ShownFigure[] =>
  figures.map(({ label, value, change }) => ({
    label,
    value,
    change: change && (change.words ?? change.text),
    direction: change?.direction,
  }));

/** The key figures as a description list: on the dashboard under its title, and on the slide of their own (larger there). */
export function keyFigureList(figures: ShownFigure[], label: string, className = ''): TemplateResult {
  return html`<dl class="key-figures ${className}" part="key-figures" aria-label=${label}>
    ${figures.map(
      ({ label, value, change, direction }) =>
        html`<div class="key-figure">
          <dt>${label}</dt>
          <dd class="headline-figure">${value}</dd>
          ${change ? html`<dd class="change change-${direction}">${unbreakable(change)}</dd>` : nothing}
        </div>`,
    )}
  </dl>`;
}
