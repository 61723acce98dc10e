import { figureSchema } from '../../data/parts.js';
import { type Infer, object, optional } from '../../data/schema-kit.js';

/**
 * Legality review (合法性审查): how many major administrative decisions (重大行政决策), normative
 * documents (行政规范性文件) and contracts (合同) the unit reviewed for legality before they were
 * made or signed. A year gives any of them.
 */
export const legalitySchema = object(
  {
    decisions: optional(figureSchema),
    documents: optional(figureSchema),
    contracts: optional(figureSchema),
  },
  {
    minProperties: 1,
    description: '合法性审查: major administrative decisions, normative documents and contracts reviewed for legality.',
  },
);

export type Legality = Infer<typeof legalitySchema>;

/** The kinds of document reviewed, in the order reports list them. */
export const LEGALITY_KINDS = ['decisions', 'documents', 'contracts'] as const;
