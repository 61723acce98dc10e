import { customElement } from '../../runtime/define.js';
import { FzChartElement } from '../../runtime/fz-chart-element.js';
import { legality } from './section.js';

/**
 * @summary Legality review (合法性审查): the major administrative decisions, normative documents and
 * contracts reviewed for legality, as the report counts them.
 */
@customElement('fz-legality')
export class FzLegality extends FzChartElement<typeof legality> {
  static override readonly section = legality;
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-legality': FzLegality;
  }
}
