/** A mark for slot `index` of a sentence whose slots hold markup (a link, bold text). */
export const slot = (index: number): string => `\u0000${index}`;

/**
 * Lays out a sentence from the catalogue around markup: `slotted(t.pair(slot(0), slot(1)), html`<strong>${label}</strong>`, text)`
 * gives the catalogue's words and punctuation with each fill in its place.
 */
export function slotted(sentence: string, ...fills: unknown[]): unknown[] {
  return sentence.split(/\u0000(\d)/).map((part, i) => (i % 2 === 1 ? fills[Number(part)] : part));
}
