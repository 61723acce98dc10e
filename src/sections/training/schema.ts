import { itemSchema } from '../../data/parts.js';
import { array, type Infer } from '../../data/schema-kit.js';

/** Rule-of-law study and training sessions (法治学习培训) by kind, as the report counts them. */
export const trainingSchema = array(itemSchema, { minItems: 1, uniqueBy: 'id', description: 'Study and training sessions by kind.' });

export type Training = Infer<typeof trainingSchema>;
