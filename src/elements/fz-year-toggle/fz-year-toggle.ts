import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { yearsOf } from '../../data/derive.js';
import { FzElement } from '../../internal/fz-element.js';
import { toggleStyles } from './styles.js';

/**
 * @summary Picks the year every `fz-*` element of its group shows (a radio group: one tab stop,
 * arrow keys move), and whether they compare it with the year before.
 *
 * @csspart figure - The toggle's box.
 */
@customElement('fz-year-toggle')
export class FzYearToggle extends FzElement {
  static override styles = [FzElement.styles, toggleStyles];

  private onYear(event: Event): void {
    this.year = Number((event.target as HTMLInputElement).value);
  }

  private onCompare(event: Event): void {
    this.compare = (event.target as HTMLInputElement).checked ? 'previous' : undefined;
  }

  override render(): TemplateResult {
    const state = this.loader.state;
    if (state.status !== 'ready') {
      const { failure } = this.figures();
      return html`<div class="root" part="figure">${failure ? this.renderFailure(failure) : this.renderLoading()}</div>`;
    }
    const t = this.t;
    const years = yearsOf(state.dataset);
    const selected = this.year !== undefined && years.includes(this.year) ? this.year : years[years.length - 1];
    return html`<div class="root" part="figure">
      <fieldset>
        <legend>${t.yearToggle.label}</legend>
        <span class="years">
          ${years.map(
            (year) =>
              html`<label class="year"
                ><input type="radio" name="year" .value=${String(year)} .checked=${year === selected} @change=${this.onYear} /><span
                  >${t.year(year)}</span
                ></label
              >`,
          )}
        </span>
      </fieldset>
      ${years.length > 1
        ? html`<label class="compare"
            ><input type="checkbox" .checked=${this.compare !== undefined} @change=${this.onCompare} /><span>${t.yearToggle.compare}</span></label
          >`
        : nothing}
      ${state.dataset.sample ? html`<span class="badge" part="badge">${t.sample}</span>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-year-toggle': FzYearToggle;
  }
}
