import { defineSection } from '../section.js';
import { mediationData } from './data.js';
import { mediationMessages } from './messages.js';
import { mediationKeyFigure, mediationView } from './view.js';

/** Disputes mediated (矛盾纠纷调解): accepted against resolved, and the success rate stated and computed. */
export const mediation = defineSection({
  ...mediationData,
  tag: 'fz-mediation',
  messages: mediationMessages,
  view: mediationView,
  keyFigure: mediationKeyFigure,
});
