import { defineSectionEditor, type EditorFigure } from '../section-editor.js';
import type { ReviewsMessages } from './messages.js';
import { reviewsMessages } from './messages.js';
import { REVIEW_COUNTS } from './schema.js';

/** Each part's counts, named where they stand alone. */
const counts = (['reconsideration', 'litigation'] as const).flatMap((part) =>
  REVIEW_COUNTS[part].map(
    (count): EditorFigure<ReviewsMessages> => ({
      kind: 'count',
      path: [part, count],
      name: (m) => (m.fields[part] as Record<string, string>)[count],
    }),
  ),
);

/** 行政复议与行政应诉 in the dataset editor: each part's counts, and the rate of agency heads in court. */
export const editor = defineSectionEditor({
  messages: reviewsMessages,
  heading: (m) => m.title,
  fields: [...counts, { kind: 'rate', path: ['litigation', 'headAppearanceRate'], name: (m) => m.headAppearanceRate }],
});
