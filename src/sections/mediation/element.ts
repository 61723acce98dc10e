import { customElement } from '../../runtime/define.js';
import { FzChartElement } from '../../runtime/fz-chart-element.js';
import { mediation } from './section.js';

/**
 * @summary Disputes mediated: cases accepted against cases resolved, and the success rate as the
 * report states it; the rate the counts give (98 ÷ 99 = 98.99 %) is in the data table, and beside
 * the stated one only when it does not round to it. Compared with another year, rates change in
 * percentage points.
 */
@customElement('fz-mediation')
export class FzMediation extends FzChartElement<typeof mediation> {
  static override readonly section = mediation;
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-mediation': FzMediation;
  }
}
