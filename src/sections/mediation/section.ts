import { defineSection } from '../section.js';
import { deriveMediation } from './derive.js';
import { mediationMessages } from './messages.js';
import { mediationSchema } from './schema.js';
import { mediationKeyFigure, mediationView } from './view.js';

/** Disputes mediated (矛盾纠纷调解): accepted against resolved, and the success rate stated and computed. */
export const mediation = defineSection({
  key: 'mediation',
  tag: 'fz-mediation',
  schema: mediationSchema,
  derive: deriveMediation,
  messages: mediationMessages,
  view: mediationView,
  keyFigure: mediationKeyFigure,
});
