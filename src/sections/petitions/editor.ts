import { defineSectionEditor } from '../section-editor.js';
import { petitionsMessages } from './messages.js';

/** Petitions in the dataset editor: the total, then the channels and the subsets, each a list a number to check may join. */
export const editor = defineSectionEditor({
  messages: petitionsMessages,
  heading: (m) => m.editor.heading,
  fields: [
    { kind: 'count', path: ['total'], name: (m) => m.total },
    { kind: 'items', path: ['channels'], note: (m) => m.editor.channel, newItem: (m) => m.editor.newChannel },
    { kind: 'items', path: ['flags'], note: (m) => m.editor.flag, newItem: (m) => m.editor.newFlag },
  ],
});
