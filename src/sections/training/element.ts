import { customElement } from '../../runtime/define.js';
import { FzChartElement } from '../../runtime/fz-chart-element.js';
import { training } from './section.js';

/**
 * @summary Rule-of-law study and training sessions by kind, as the report counts them.
 */
@customElement('fz-training')
export class FzTraining extends FzChartElement<typeof training> {
  static override readonly section = training;
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-training': FzTraining;
  }
}
