import { defineSection } from '../section.js';
import { deriveTraining } from './derive.js';
import { trainingMessages } from './messages.js';
import { trainingSchema } from './schema.js';
import { trainingKeyFigure, trainingView } from './view.js';

/** Rule-of-law study and training sessions by kind. */
export const training = defineSection({
  key: 'training',
  tag: 'fz-training',
  schema: trainingSchema,
  derive: deriveTraining,
  messages: trainingMessages,
  view: trainingView,
  keyFigure: trainingKeyFigure,
});
