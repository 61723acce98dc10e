import { defineSectionData } from '../section-data.js';
import { deriveTraining } from './derive.js';
import { trainingSchema } from './schema.js';

/** Rule-of-law study and training sessions by kind. */
export const trainingData = defineSectionData({
  key: 'training',
  schema: trainingSchema,
  derive: deriveTraining,
});
