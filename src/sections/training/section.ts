import { defineSection } from '../section.js';
import { trainingData } from './data.js';
import { trainingMessages } from './messages.js';
import { trainingKeyFigure, trainingView } from './view.js';

/** Rule-of-law study and training sessions by kind. */
export const training = defineSection({
  ...trainingData,
  tag: 'fz-training',
  messages: trainingMessages,
  view: trainingView,
  keyFigure: trainingKeyFigure,
});
