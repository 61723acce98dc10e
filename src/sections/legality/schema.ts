import { figureSchema } from '../../data/parts.js';
import { type Infer, object, optional } from '../../data/schema-kit.js';

/**
 * Legality review (合法性审查): how many major administrative decisions (重大行政决策), normative
 * documents (行政规范性文件) and contracts (合同) the unit reviewed for legality before they were
 * made or signed, and the count of every review together as the report states it (对重大行政决策、
 * 规范性文件、合同等合法性审查98件). A year gives any of them.
 */
export const legalitySchema = object(
  {
    /** Every review together, as the report states it: never a sum of the kinds (which may leave kinds out). */
    total: optional(figureSchema),
    decisions: optional(figureSchema),
    documents: optional(figureSchema),
    contracts: optional(figureSchema),
  },
  {
    minProperties: 1,
    description:
      '合法性审查: major administrative decisions, normative documents and contracts reviewed for legality, and the count of every review as the report states it.',
  },
);

export type Legality = Infer<typeof legalitySchema>;

/** The kinds of document reviewed, in the order reports list them. */
export const LEGALITY_KINDS = ['decisions', 'documents', 'contracts'] as const;
