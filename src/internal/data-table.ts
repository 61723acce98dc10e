import { html, nothing, type TemplateResult } from 'lit';
import type { ChartPoint } from '../charts/types.js';
import type { Messages } from '../i18n/messages.js';

/**
 * A chart's figures as a real table — caption, header cells, one row per point with the report's
 * own words — behind a "查看数据表" disclosure. When comparing, each year has its column and the
 * change has one more.
 */
export function dataTable(points: readonly ChartPoint[], caption: string, t: Messages, years?: { current: string; previous: string }): TemplateResult {
  const comparing = years !== undefined && points.some((point) => point.change);
  return html`<details class="data-table" part="table">
    <summary>${t.table.show}</summary>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.table.item}</th>
            <th scope="col">${comparing ? years.current : t.table.value}</th>
            ${comparing ? html`<th scope="col">${years.previous}</th><th scope="col">${t.table.change}</th>` : nothing}
            <th scope="col">${t.table.details}</th>
            <th scope="col">${t.table.quote}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            (point) => html`<tr>
              <th scope="row">${point.label}</th>
              <td>${point.valueText}</td>
              ${comparing ? html`<td>${point.previous?.valueText ?? '—'}</td><td>${point.change?.text ?? ''}</td>` : nothing}
              <td>${point.details.join('；')}</td>
              <td>${point.quote ? html`<q>${point.quote}</q>` : '—'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
