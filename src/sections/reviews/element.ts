import { customElement } from '../../runtime/define.js';
import { FzChartElement } from '../../runtime/fz-chart-element.js';
import { reviews } from './section.js';

/**
 * @summary Administrative reconsideration (行政复议) and administrative litigation (行政应诉): cases
 * received and decided, and the rate of agency heads appearing in court as the report states it.
 */
@customElement('fz-reviews')
export class FzReviews extends FzChartElement<typeof reviews> {
  static override readonly section = reviews;
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-reviews': FzReviews;
  }
}
