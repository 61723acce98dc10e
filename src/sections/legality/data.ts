import { defineSectionData } from '../section-data.js';
import { sum } from '../shares.js';
import { LEGALITY_KINDS, type Legality, legalitySchema } from './schema.js';

/** Legality review (合法性审查): decisions, normative documents and contracts reviewed, as the report gives them. */
export const legalityData = defineSectionData({
  key: 'legality',
  schema: legalitySchema,
  // A total the report states, less than the kinds it lists: one of the two figures is wrong.
  derive: (legality: Legality, at) => {
    const listed = sum(LEGALITY_KINDS.flatMap((kind) => legality[kind] ?? []));
    const total = legality.total?.value;
    return {
      figures: legality,
      warnings: total !== undefined && listed > total ? [{ code: 'kinds-exceed-total', path: at, values: { listed, total } }] : [],
    };
  },
});
