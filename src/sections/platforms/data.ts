import { defineSectionData } from '../section-data.js';
import { platformsSchema } from './schema.js';

/** The grassroots governance platforms, each with what the report gives for it. */
export const platformsData = defineSectionData({
  key: 'platforms',
  schema: platformsSchema,
  words: ['hub'],
  derive: (list) => ({ figures: list }),
});
