import { defineSectionEditor } from '../section-editor.js';
import { mediationMessages } from './messages.js';

/** Mediation in the dataset editor: cases accepted and resolved, and the rate as stated. */
export const editor = defineSectionEditor({
  messages: mediationMessages,
  heading: (m) => m.title,
  fields: [
    { kind: 'count', path: ['accepted'], name: (m) => m.accepted },
    { kind: 'count', path: ['resolved'], name: (m) => m.resolved },
    { kind: 'rate', path: ['statedRate'], name: (m) => m.statedRate },
  ],
});
