import { defineSection } from '../section.js';
import { legalityData } from './data.js';
import { legalityMessages } from './messages.js';
import { legalityKeyFigure, legalityView } from './view.js';

/** Legality review (合法性审查): shown by the dashboard only in years that give it. */
export const legality = defineSection({
  ...legalityData,
  tag: 'fz-legality',
  onlyWhenGiven: true,
  messages: legalityMessages,
  view: legalityView,
  keyFigure: legalityKeyFigure,
});
