import { defineSectionEditor } from '../section-editor.js';
import { trainingMessages } from './messages.js';

/** Study and training in the dataset editor: the kinds, a list a number to check may join. */
export const editor = defineSectionEditor({
  messages: trainingMessages,
  heading: (m) => m.title,
  fields: [{ kind: 'items', path: [], newItem: (m) => m.editor.newKind }],
});
