import { type SectionDataList as Sections, sectionData as sections } from '../sections/data-registry.js';
import type { DataWarning } from '../sections/section-data.js';
import type { Dataset, Label, Labels, Source, YearReport } from './schema.js';
import type { Path } from './schema-kit.js';
import { DatasetError } from './validate.js';

type FiguresOf<S> = S extends { derive: (...args: never[]) => { figures: infer F } } ? F : never;
type SectionFigures = { [S in Sections[number] as S['key']]?: FiguresOf<S> };

/** What the figures shown are, when they are not a report's as checked: invented, or a draft. */
export type Mark = 'sample' | 'draft';

/** A dataset's mark: invented figures are marked so whatever else; a draft's until a person confirms it. */
export const markOf = (dataset: { sample: boolean; draft?: boolean }): Mark | undefined =>
  dataset.sample ? 'sample' : dataset.draft ? 'draft' : undefined;

/** Everything the charts of one year need: each section's figures, absent where the report gives none. */
export type YearFigures = SectionFigures & {
  year: number;
  unitName: Label;
  /** How the figures are marked on screen: invented (`sample`), or drawn from a report and not yet checked (`draft`). */
  mark?: Mark;
  source: Source;
  /** Words the dataset gives for its region, by section. */
  labels?: Labels;
  warnings: DataWarning[];
};

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

/** Derives shares, rates, totals and data-quality warnings for one year of a valid dataset, section by section. */
export function deriveYear(dataset: Dataset, year?: number): YearFigures {
  const entry = yearReport(dataset, year);
  const at: Path = ['years', dataset.years.indexOf(entry)];
  const figures: YearFigures = {
    year: entry.year,
    unitName: dataset.unit.name,
    mark: markOf(dataset),
    source: entry.source,
    labels: dataset.labels,
    warnings: [],
  };
  for (const section of sections) {
    const data = entry[section.key];
    if (data === undefined) continue;
    const derived = section.derive(data as never, [...at, section.key]);
    (figures as Record<string, unknown>)[section.key] = derived.figures;
    for (const warning of derived.warnings ?? []) figures.warnings.push({ section: section.key, ...warning });
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
