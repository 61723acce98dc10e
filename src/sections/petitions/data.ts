import { defineSectionData } from '../section-data.js';
import { derivePetitions } from './derive.js';
import { petitionsSchema } from './schema.js';

/** Petitions (信访) by channel, with the subsets the report names. */
export const petitionsData = defineSectionData({
  key: 'petitions',
  schema: petitionsSchema,
  derive: derivePetitions,
});
