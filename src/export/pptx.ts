/**
 * The PowerPoint deck: its slides from the dashboard's models, written by pptxgenjs. Loaded only
 * when a deck is asked for; the largest file of the package, never part of a page's first load.
 */

export { writeDeck } from './deck.js';
export { deckOf } from './deck-of.js';
