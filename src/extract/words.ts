import words from '../../data/report-words.json';

/** Ids for the words reports use (`data/report-words.json`), so that a draft's items keep the ids of the datasets they join. */
const KNOWN: Record<string, string> = words.ids;

/** Words as alternatives of a regular expression, the longest first (so that 越级访 is taken whole, not as 越级). */
export function alternatives(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

export { words as reportWords };

const made = new Map<string, string>();

/** The id of an item named `label`: a known one, a hotline's by its number, or one made from the label's characters (`item-6765-8bbf`). */
export function idOf(label: string): string {
  const known = KNOWN[label];
  if (known) return known;
  const hotline = /^(\d{4,5})热线$/.exec(label);
  if (hotline) return `hotline-${hotline[1]}`;
  let id = made.get(label);
  if (!id) {
    // Cut to 60 characters, never after a hyphen.
    id = `item-${[...label].map((char) => char.codePointAt(0)?.toString(16)).join('-')}`.slice(0, 60).replace(/-+$/, '');
    made.set(label, id);
  }
  return id;
}
