import { figureSchema, rateSchema } from '../../data/parts.js';
import { type Infer, object, optional } from '../../data/schema-kit.js';

/**
 * Administrative reconsideration (行政复议) and administrative litigation (行政应诉): cases
 * received, decided, corrected on reconsideration (纠错) and lost in court (败诉), and the rate of
 * agency heads appearing in court (行政机关负责人出庭应诉率). Many county and street reports give
 * them, each its own few (行政诉讼结案521件，败诉38件 names no lawsuits received): a year gives
 * either part or both, each with at least one figure.
 */
export const reviewsSchema = object(
  {
    reconsideration: optional(
      object(
        { received: optional(figureSchema), decided: optional(figureSchema), corrected: optional(figureSchema) },
        {
          minProperties: 1,
          description:
            '行政复议: applications for administrative reconsideration received, decided, and decided against the agency (纠错).',
        },
      ),
    ),
    litigation: optional(
      object(
        {
          received: optional(figureSchema),
          decided: optional(figureSchema),
          lost: optional(figureSchema),
          headAppearanceRate: optional(rateSchema),
        },
        {
          minProperties: 1,
          description: '行政应诉: administrative lawsuits answered, decided, lost (败诉), and the rate of agency heads appearing in court.',
        },
      ),
    ),
  },
  { minProperties: 1 },
);

export type Reviews = Infer<typeof reviewsSchema>;

/** The counts of each part, in the order the chart and the editor list them. */
export const REVIEW_COUNTS = {
  reconsideration: ['received', 'decided', 'corrected'],
  litigation: ['received', 'decided', 'lost'],
} as const;
