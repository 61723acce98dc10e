import type { Figure } from '../../data/parts.js';
import type { Path } from '../../data/schema-kit.js';
import type { DataWarning } from '../section-data.js';
import { type ShareItem, sharesOf, sum } from '../shares.js';
import type { Petitions } from './schema.js';

export interface PetitionFigures {
  total: Figure;
  /** Channels in report order, each with its share of the stated total. */
  channels: ShareItem[];
  /** Subsets the report names inside the total (collective visits, petitions beyond the level…), shares of the total. */
  flags: ShareItem[];
  channelSum: number;
}

/** Shares of the stated total; a warning when the channels do not add up to it. */
export function derivePetitions(
  { total, channels, flags = [] }: Petitions,
  at: Path,
): { figures: PetitionFigures; warnings: Omit<DataWarning, 'section'>[] } {
  const channelSum = sum(channels);
  const warnings =
    channelSum === total.value
      ? []
      : [{ code: 'channels-sum', path: [...at, 'channels'], values: { sum: channelSum, total: total.value } }];
  return { figures: { total, channels: sharesOf(channels, total.value), flags: sharesOf(flags, total.value), channelSum }, warnings };
}
