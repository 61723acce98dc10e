import { type ShareItem, sharesOf, sum } from '../shares.js';
import type { Training } from './schema.js';

export interface TrainingFigures {
  total: number;
  /** Sessions by kind, each with its share of all sessions. */
  items: ShareItem[];
}

/** All sessions, and each kind's share of them. */
export function deriveTraining(training: Training): { figures: TrainingFigures } {
  const total = sum(training);
  return { figures: { total, items: sharesOf(training, total) } };
}
