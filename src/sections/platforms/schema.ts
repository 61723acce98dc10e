import { id, labelSchema, MAX_COUNT, quote } from '../../data/parts.js';
import { array, type Infer, number, object, optional } from '../../data/schema-kit.js';

export const metricSchema = object({
  id,
  label: labelSchema,
  value: number({ minimum: 0, maximum: MAX_COUNT }),
  unit: optional(labelSchema),
  quote,
});

export const platformSchema = object({
  id,
  label: labelSchema,
  quote: optional(quote),
  metrics: optional(array(metricSchema, { uniqueBy: 'id' })),
  notes: optional(array(labelSchema)),
});

/** The grassroots governance platforms (基层治理平台), each with what the report gives for it. */
export const platformsSchema = array(platformSchema, { minItems: 1, uniqueBy: 'id', description: 'Grassroots governance platforms.' });

export type Platform = Infer<typeof platformSchema>;
