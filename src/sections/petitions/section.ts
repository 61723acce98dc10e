import { defineSection } from '../section.js';
import { derivePetitions } from './derive.js';
import { petitionsMessages } from './messages.js';
import { petitionsSchema } from './schema.js';
import { petitionsKeyFigure, petitionsView } from './view.js';

/** Petitions (信访) by channel, with the subsets the report names. */
export const petitions = defineSection({
  key: 'petitions',
  tag: 'fz-petitions',
  schema: petitionsSchema,
  derive: derivePetitions,
  messages: petitionsMessages,
  view: petitionsView,
  keyFigure: petitionsKeyFigure,
});
