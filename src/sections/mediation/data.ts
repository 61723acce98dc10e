import { defineSectionData } from '../section-data.js';
import { deriveMediation } from './derive.js';
import { mediationSchema } from './schema.js';

/** Disputes mediated (矛盾纠纷调解): cases accepted and resolved, the success rate stated and computed. */
export const mediationData = defineSectionData({
  key: 'mediation',
  schema: mediationSchema,
  derive: deriveMediation,
});
