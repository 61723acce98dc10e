import { defineSection } from '../section.js';
import { petitionsData } from './data.js';
import { petitionsMessages } from './messages.js';
import { petitionsKeyFigure, petitionsView } from './view.js';

/** Petitions (信访) by channel, with the subsets the report names. */
export const petitions = defineSection({
  ...petitionsData,
  tag: 'fz-petitions',
  messages: petitionsMessages,
  view: petitionsView,
  keyFigure: petitionsKeyFigure,
});
