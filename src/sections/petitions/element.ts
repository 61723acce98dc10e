import { customElement } from '../../runtime/define.js';
import { FzChartElement } from '../../runtime/fz-chart-element.js';
import { petitions } from './section.js';

/**
 * @summary Petitions (信访) by channel, with counts and shares of the total; the subsets the report
 * names (collective visits, petitions beyond the level…) drawn apart, as subsets already inside the channels.
 */
@customElement('fz-petitions')
export class FzPetitions extends FzChartElement<typeof petitions> {
  static override readonly section = petitions;
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-petitions': FzPetitions;
  }
}
