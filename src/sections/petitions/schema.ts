import { figureSchema, itemSchema } from '../../data/parts.js';
import { array, type Infer, object, optional } from '../../data/schema-kit.js';

/** Petitions (信访): the total, the channels they came by, and subsets the report names. */
export const petitionsSchema = object({
  total: figureSchema,
  channels: array(itemSchema, {
    minItems: 1,
    uniqueBy: 'id',
    description: 'The channels petitions arrived by; they should add up to the total.',
  }),
  flags: optional(
    array(itemSchema, {
      uniqueBy: 'id',
      description: 'Subsets of the total named by the report (e.g. collective visits): not channels, not added up.',
    }),
  ),
});

export type Petitions = Infer<typeof petitionsSchema>;
