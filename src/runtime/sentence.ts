// A private-use character: never in a catalogue's words.
const MARK = '\ue000';
const SLOTS = new RegExp(`${MARK}(\\d)`);

/** A mark for slot `index` of a sentence whose slots hold markup (a link, bold text). */
export const slot = (index: number): string => `${MARK}${index}`;

/**
 * Lays out a sentence from the catalogue around markup: `slotted(t.pair(slot(0), slot(1)), html`<strong>${label}</strong>`, text)`
 * gives the catalogue's words and punctuation with each fill in its place.
 */
export function slotted(sentence: string, ...fills: unknown[]): unknown[] {
  return sentence.split(SLOTS).map((part, i) => (i % 2 === 1 ? fills[Number(part)] : part));
}
