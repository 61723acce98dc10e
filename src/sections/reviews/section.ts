import { defineSection } from '../section.js';
import { reviewsData } from './data.js';
import { reviewsMessages } from './messages.js';
import { reviewsKeyFigure, reviewsView } from './view.js';

/** Administrative reconsideration and litigation (行政复议与行政应诉): shown by the dashboard only in years that give it. */
export const reviews = defineSection({
  ...reviewsData,
  tag: 'fz-reviews',
  onlyWhenGiven: true,
  messages: reviewsMessages,
  view: reviewsView,
  keyFigure: reviewsKeyFigure,
});
