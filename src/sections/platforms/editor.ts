import { defineSectionEditor } from '../section-editor.js';
import { platformsMessages } from './messages.js';

/** The platforms in the dataset editor: their names, no counts; a person may add one by its name. */
export const editor = defineSectionEditor({
  messages: platformsMessages,
  heading: (m) => m.title,
  fields: [{ kind: 'names', path: [], newItem: (m) => m.editor.newPlatform }],
});
