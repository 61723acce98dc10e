import { customElement } from '../../internal/define.js';
import { FzChartElement } from '../../internal/fz-chart-element.js';
import { mediation } from './section.js';

/**
 * @summary Disputes mediated: cases accepted against cases resolved, and the success rate twice
 * over — as the report states it and as the counts give it (98 ÷ 99 = 98.99 %). Compared with
 * another year, rates change in percentage points.
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
