import { defineSectionEditor } from '../section-editor.js';
import { legalityMessages } from './messages.js';
import { LEGALITY_KINDS } from './schema.js';

/** 合法性审查 in the dataset editor: the count of each kind reviewed. */
export const editor = defineSectionEditor({
  messages: legalityMessages,
  heading: (m) => m.title,
  fields: LEGALITY_KINDS.map((kind) => ({ kind: 'count' as const, path: [kind], name: (m: (typeof legalityMessages)['en']) => m[kind] })),
});
