import { defineSection } from '../section.js';
import { deriveReviews } from './derive.js';
import { reviewsMessages } from './messages.js';
import { reviewsSchema } from './schema.js';
import { reviewsKeyFigure, reviewsView } from './view.js';

/** Administrative reconsideration and litigation (行政复议与行政应诉): shown by the dashboard only in years that give it. */
export const reviews = defineSection({
  key: 'reviews',
  tag: 'fz-reviews',
  schema: reviewsSchema,
  onlyWhenGiven: true,
  derive: deriveReviews,
  messages: reviewsMessages,
  view: reviewsView,
  keyFigure: reviewsKeyFigure,
});
