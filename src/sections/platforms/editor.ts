import { defineSectionEditor } from '../section-editor.js';
import { platformsMessages } from './messages.js';

/** The platforms in the dataset editor: their names, no counts. */
export const editor = defineSectionEditor({
  messages: platformsMessages,
  heading: (m) => m.title,
  fields: [{ kind: 'names', path: [] }],
});
