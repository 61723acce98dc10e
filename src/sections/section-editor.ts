/**
 * What the dataset editor (a tool page, `src/elements/fz-editor`) shows of a report section: the
 * heading of its rows, each of its figures and lists where they stand in its part of a year, and
 * the words naming them, from the section's own catalogue. Each section's folder declares it in its
 * `editor.ts`; the editor finds them by that path and adds nothing of its own for a section. Pure:
 * words and paths, no DOM.
 */
import type { Lang } from '../i18n/format.js';

/** A figure of the section (`{ value, quote }`): a count, or a rate shown as a percentage. */
export interface EditorFigure<M> {
  kind: 'count' | 'rate';
  /** Where it is in the section's part of a year: `['litigation', 'headAppearanceRate']`. */
  path: readonly string[];
  /** Its row's name. */
  name: (m: M) => string;
}

/** A list of counted items a person may add to (channels, kinds of training): each item's label is its row's name. */
export interface EditorItems<M> {
  kind: 'items';
  /** Where the list is: `['channels']`; `[]` when the section is the list. */
  path: readonly string[];
  /** Words after each item's name: "渠道". */
  note?: (m: M) => string;
  /** The name of the choice that makes a new item of the list from a number to check: "新的信访渠道". */
  newItem: (m: M) => string;
}

/** A list of named items without counts (the platforms). */
export interface EditorNames<M> {
  kind: 'names';
  path: readonly string[];
  /** The name of the choice that adds an item by hand: "新的平台". */
  newItem: (m: M) => string;
}

export type EditorField<M> = EditorFigure<M> | EditorItems<M> | EditorNames<M>;

export interface SectionEditor<M> {
  /** The section's catalogue: the words below are taken from it. */
  messages: Record<Lang, M>;
  /** The heading of its rows. */
  heading: (m: M) => string;
  /** Its figures and lists, in the order its rows are listed. */
  fields: readonly EditorField<M>[];
}

/** Keeps a section's editor description's types. */
export const defineSectionEditor = <M>(editor: SectionEditor<M>) => editor;
