/**
 * The data half of a report section: its part of a year in the dataset, how its figures are worked
 * out, and the words of its charts a dataset may replace. Nothing here knows a view, a page or a
 * chart library: the dataset's schema, its validation and the derivation of a year are made of
 * these alone (`data-registry.ts`), and a section's view half (`section.ts`) adds the rest.
 */
import type { Path, Schema } from '../data/schema-kit.js';

/** Something in a valid dataset that does not add up: shown beside its chart, never instead of it. */
export interface DataWarning {
  /** The section it concerns (its `key`), whose messages word it. */
  section: string;
  code: string;
  path: Path;
  /** The figures the warning speaks of, for its message. */
  values: Record<string, number>;
}

export interface SectionData<K extends string, D, F> {
  /** The field of a year in the dataset, e.g. `petitions`. */
  key: K;
  /** Its part of a year in the dataset; the section is optional in every year. */
  schema: Schema<D>;
  /** Words of its messages a dataset may replace in `labels.<key>` (e.g. the platforms' hub, 基层智治); `title` always may be. */
  words?: readonly string[];
  /** Shares, rates, totals, and warnings about figures that do not add up (paths start at `at`). */
  derive: (data: D, at: Path) => { figures: F; warnings?: Omit<DataWarning, 'section'>[] };
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds sections of every shape
export type AnySectionData = SectionData<string, any, any>;

/** Keeps a section's data half's types. */
export const defineSectionData = <K extends string, D, F>(section: SectionData<K, D, F>) => section;
