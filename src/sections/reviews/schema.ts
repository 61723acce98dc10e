import { figureSchema, rateSchema } from '../../data/parts.js';
import { type Infer, object, optional } from '../../data/schema-kit.js';

/**
 * Administrative reconsideration (行政复议) and administrative litigation (行政应诉): cases
 * received and decided, and the rate of agency heads appearing in court (行政机关负责人出庭应诉率).
 * Many county and street reports give them; a year gives either or both.
 */
export const reviewsSchema = object(
  {
    reconsideration: optional(
      object(
        { received: figureSchema, decided: optional(figureSchema) },
        { description: '行政复议: applications for administrative reconsideration received, and decided.' },
      ),
    ),
    litigation: optional(
      object(
        { received: figureSchema, decided: optional(figureSchema), headAppearanceRate: optional(rateSchema) },
        { description: '行政应诉: administrative lawsuits answered, decided, and the rate of agency heads appearing in court.' },
      ),
    ),
  },
  { minProperties: 1 },
);

export type Reviews = Infer<typeof reviewsSchema>;
