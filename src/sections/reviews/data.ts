import { defineSectionData } from '../section-data.js';
import { deriveReviews } from './derive.js';
import { reviewsSchema } from './schema.js';

/** Administrative reconsideration and litigation (行政复议与行政应诉): cases received and decided, and the rate of agency heads appearing in court. */
export const reviewsData = defineSectionData({
  key: 'reviews',
  schema: reviewsSchema,
  derive: deriveReviews,
});
