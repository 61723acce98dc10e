import type { Path } from './schema-kit.js';
import type { Dataset, Figure, Item, Label, Platform, Source, YearReport } from './schema.js';
import { DatasetError } from './validate.js';

/** A counted kind with its share of a whole (`share` is a fraction, 354 of 393 → 0.9008). */
export interface ShareItem {
  id: string;
  label: Label;
  value: number;
  share: number;
  quote: string;
}

export interface PetitionFigures {
  total: Figure;
  /** Channels in report order, each with its share of the stated total. */
  channels: ShareItem[];
  /** Subsets the report names inside the total (provincial letters, repeat cases…), shares of the total. */
  flags: ShareItem[];
  channelSum: number;
}

export interface MediationFigures {
  accepted: Figure;
  resolved: Figure;
  /** resolved ÷ accepted; `null` when nothing was accepted. */
  computedRate: number | null;
  /** The rate in the report's own words, when it gives one. */
  statedRate?: { value: number; quote: string };
}

export interface TrainingFigures {
  total: number;
  items: ShareItem[];
}

/** Something in a valid dataset that does not add up: shown beside the chart, never instead of it. */
export interface DataWarning {
  code: 'channels-sum' | 'resolved-above-accepted' | 'stated-rate';
  path: Path;
  /** The figures the warning speaks of, for its message. */
  values: Record<string, number>;
}

/** Everything the charts of one year need. Sections the report does not give are absent. */
export interface YearFigures {
  year: number;
  unitName: Label;
  sample: boolean;
  source: Source;
  petitions?: PetitionFigures;
  mediation?: MediationFigures;
  training?: TrainingFigures;
  platforms?: Platform[];
  warnings: DataWarning[];
}

/** Years in the dataset, oldest first. */
export function yearsOf(dataset: Dataset): number[] {
  return dataset.years.map((entry) => entry.year).sort((a, b) => a - b);
}

/** The entry for `year`, or the latest when `year` is not given. Unknown years throw, naming those there are. */
export function yearReport(dataset: Dataset, year?: number): YearReport {
  const years = yearsOf(dataset);
  const wanted = year ?? years[years.length - 1];
  const entry = dataset.years.find((candidate) => candidate.year === wanted);
  if (!entry) throw new DatasetError('year', [], { year: wanted, years });
  return entry;
}

const shareOf = (items: readonly Item[], whole: number): ShareItem[] =>
  items.map(({ id, label, value, quote }) => ({ id, label, value, quote, share: whole > 0 ? value / whole : 0 }));

const sum = (items: readonly { value: number }[]): number => items.reduce((total, item) => total + item.value, 0);

/** Derives shares, rates, totals and data-quality warnings for one year of a valid dataset. */
export function deriveYear(dataset: Dataset, year?: number): YearFigures {
  const entry = yearReport(dataset, year);
  const at: Path = ['years', dataset.years.indexOf(entry)];
  const warnings: DataWarning[] = [];
  const figures: YearFigures = {
    year: entry.year,
    unitName: dataset.unit.name,
    sample: dataset.sample,
    source: entry.source,
    platforms: entry.platforms,
    warnings,
  };

  if (entry.petitions) {
    const { total, channels, flags = [] } = entry.petitions;
    const channelSum = sum(channels);
    if (channelSum !== total.value) {
      warnings.push({ code: 'channels-sum', path: [...at, 'petitions', 'channels'], values: { sum: channelSum, total: total.value } });
    }
    figures.petitions = { total, channels: shareOf(channels, total.value), flags: shareOf(flags, total.value), channelSum };
  }

  if (entry.mediation) {
    const { accepted, resolved, statedRate } = entry.mediation;
    const computedRate = accepted.value > 0 ? resolved.value / accepted.value : null;
    if (resolved.value > accepted.value) {
      warnings.push({
        code: 'resolved-above-accepted',
        path: [...at, 'mediation', 'resolved', 'value'],
        values: { resolved: resolved.value, accepted: accepted.value },
      });
    }
    // A stated rate is normally the computed one rounded; more than half a point apart is worth saying.
    if (statedRate && computedRate !== null && Math.abs(statedRate.value - computedRate) >= 0.005) {
      warnings.push({
        code: 'stated-rate',
        path: [...at, 'mediation', 'statedRate', 'value'],
        values: { stated: statedRate.value, computed: computedRate },
      });
    }
    figures.mediation = { accepted, resolved, computedRate, statedRate };
  }

  if (entry.training) {
    const total = sum(entry.training);
    figures.training = { total, items: shareOf(entry.training, total) };
  }

  return figures;
}

/**
 * The year to set beside `year`: for `previous` the latest year before it, for a year written
 * out that year if the dataset has it and it is not `year` itself; otherwise undefined.
 */
export function comparisonYear(dataset: Dataset, year: number, compare: string | undefined): number | undefined {
  if (!compare) return undefined;
  const years = yearsOf(dataset);
  if (compare === 'previous') return years.filter((candidate) => candidate < year).pop();
  const wanted = Number(compare);
  return wanted !== year && years.includes(wanted) ? wanted : undefined;
}
