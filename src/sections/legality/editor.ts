import { defineSectionEditor } from '../section-editor.js';
import { legalityMessages } from './messages.js';
import { LEGALITY_KINDS } from './schema.js';

/** 合法性审查 in the dataset editor: the total the report states, and the count of each kind reviewed. */
export const editor = defineSectionEditor({
  messages: legalityMessages,
  heading: (m) => m.title,
  fields: [
    { kind: 'count' as const, path: ['total'], name: (m: (typeof legalityMessages)['en']) => m.total },
    ...LEGALITY_KINDS.map((kind) => ({ kind: 'count' as const, path: [kind], name: (m: (typeof legalityMessages)['en']) => m[kind] })),
  ],
});
