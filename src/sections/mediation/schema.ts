import { figureSchema, rateSchema } from '../../data/parts.js';
import { type Infer, object, optional } from '../../data/schema-kit.js';

/** Disputes mediated (矛盾纠纷调解): cases accepted and resolved, and the success rate as the report states it. */
export const mediationSchema = object({
  accepted: figureSchema,
  resolved: figureSchema,
  statedRate: optional(rateSchema),
});

export type Mediation = Infer<typeof mediationSchema>;
