import { defineSectionData } from '../section-data.js';
import { type Legality, legalitySchema } from './schema.js';

/** Legality review (合法性审查): decisions, normative documents and contracts reviewed, as the report gives them. */
export const legalityData = defineSectionData({
  key: 'legality',
  schema: legalitySchema,
  derive: (legality: Legality) => ({ figures: legality }),
});
