import { customElement } from '../../runtime/define.js';
import { FzChartElement } from '../../runtime/fz-chart-element.js';
import { platforms } from './section.js';

/**
 * @summary The grassroots governance platforms (基层智治平台) as one diagram, each with the figures and
 * notes the year's report gives for it, or a plain statement that it gives none.
 */
@customElement('fz-platforms')
export class FzPlatforms extends FzChartElement<typeof platforms> {
  static override readonly section = platforms;
}

declare global {
  interface HTMLElementTagNameMap {
    'fz-platforms': FzPlatforms;
  }
}
