/**
 * The index of a collection (`data/collection-index.ts`) made from its units' datasets: the
 * figures their reports give, named in both languages, one file per figure with every unit's value
 * of every year and the report's words, and what the report lens shows of each report. `npm run
 * collect` writes it; `npm run validate` checks a collection's index against its datasets with it.
 */
import { type FigureFile, type FigureList, type figureListSchema, INDEX_VERSION, type ReportList } from '../data/collection-index.js';
import { deriveYear, yearsOf } from '../data/derive.js';
import type { Dataset } from '../data/schema.js';
import type { Infer } from '../data/schema-kit.js';
import type { Lang } from '../i18n/format.js';
import { sections } from '../sections/registry.js';
import { type OfferedFigure, offeredFigures, sectionOrder } from './figures.js';

/** A unit as indexed: its dataset, or the kind of failure that kept it from being read. */
export interface IndexedUnit {
  id: string;
  dataset?: Dataset;
  /** Why its dataset could not be read (a `DatasetError`'s kind, or `unexpected`). */
  broken?: string;
}

export interface CollectionIndex {
  figures: FigureList;
  reports: ReportList;
  files: FigureFile[];
}

type ListedFigure = Infer<typeof figureListSchema>['figures'][number];

const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Every unit's figures, each year of each, by figure: the index files of the collection. */
export function indexOf(units: readonly IndexedUnit[]): CollectionIndex {
  const listed = new Map<string, ListedFigure & { order: number }>();
  const values = new Map<string, FigureFile['units']>();
  const reports: ReportList['units'] = [];
  const reported: { id: string; years: number[] }[] = [];
  const allYears = new Set<number>();
  for (const unit of units) if (unit.dataset) for (const year of yearsOf(unit.dataset)) allYears.add(year);
  const lastYear = Math.max(...allYears);
  const given = new Map<string, number>();
  for (const unit of units) {
    const { dataset } = unit;
    if (!dataset) continue;
    const unitReports: ReportList['units'][number]['years'] = [];
    reported.push({ id: unit.id, years: yearsOf(dataset) });
    for (const year of yearsOf(dataset)) {
      const figures = deriveYear(dataset, year);
      const [zh, en] = LANGS.map((lang) => offeredFigures(figures, lang));
      const english = new Map(en.map((figure) => [figure.key, figure]));
      zh.forEach((figure: OfferedFigure, i) => {
        if (!listed.has(figure.key)) {
          const enLabel = english.get(figure.key)?.label;
          listed.set(figure.key, {
            key: figure.key,
            section: figure.section,
            role: figure.role,
            measure: figure.measure,
            label: enLabel && enLabel !== figure.label ? { 'zh-CN': figure.label, en: enLabel } : figure.label,
            ...(figure.computed ? { computed: true } : {}),
            order: sectionOrder(figure.section) * 10_000 + i,
          });
        }
        if (year === lastYear) given.set(figure.key, (given.get(figure.key) ?? 0) + 1);
        const byUnit = values.get(figure.key) ?? [];
        values.set(figure.key, byUnit);
        let entry = byUnit.find((other) => other.id === unit.id);
        if (!entry) {
          entry = { id: unit.id, years: [] };
          byUnit.push(entry);
        }
        entry.years.push({ year, value: figure.value, ...(figure.quote ? { quote: figure.quote } : {}) });
      });
      const entry = dataset.years.find((candidate) => candidate.year === year);
      if (entry)
        unitReports.push({
          year,
          title: entry.source.title,
          date: entry.source.date,
          sections: sections
            .filter((section) => (entry as Record<string, unknown>)[section.key] !== undefined)
            .map((section) => section.key),
          ...(dataset.draft ? { draft: true } : {}),
        });
    }
    reports.push({ id: unit.id, years: unitReports });
  }
  const figures = [...listed.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _, ...figure }) => ({ ...figure, given: given.get(figure.key) ?? 0 }));
  const broken = units.filter((unit) => unit.broken).map((unit) => ({ id: unit.id, kind: unit.broken as string }));
  return {
    figures: {
      schemaVersion: INDEX_VERSION,
      years: [...allYears].sort((a, b) => a - b),
      figures,
      ...(broken.length ? { broken } : {}),
      reported,
    },
    reports: { schemaVersion: INDEX_VERSION, units: reports },
    files: figures.map((figure) => ({ schemaVersion: INDEX_VERSION, key: figure.key, units: values.get(figure.key) ?? [] })),
  };
}
