/**
 * What a ranking of units loads, and what it makes of it. With the index `npm run collect` writes,
 * it loads the list of figures and the one figure shown (every unit's value of every year, with
 * the report's words), and the reports' facts only when the report lens opens: never a unit's
 * whole dataset. Without an index, every unit's dataset (one request per address, shared with any
 * other element showing it), each on its own: a broken one is named, the others are shown as they
 * arrive.
 */
import type { ReactiveController } from 'lit';
import type { FigureInfo, UnitState, UnitValue } from '../../comparing/compare-model.js';
import { type FigureRole, type Measure, type OfferedFigure, offeredFigures, sectionOrder } from '../../comparing/figures.js';
import type { Collection } from '../../data/collection.js';
import {
  type FigureFile,
  type FigureList,
  figureFileKind,
  figureListFile,
  indexFiles,
  type ReportList,
  reportListFile,
} from '../../data/collection-index.js';
import { deriveYear, yearsOf } from '../../data/derive.js';
import { loadDataset, loadFile } from '../../data/load.js';
import { type ReportFacts, reportFacts } from '../../data/report-facts.js';
import type { Dataset } from '../../data/schema.js';
import { DatasetError, parseDataset } from '../../data/validate.js';
import { type Lang, labelText } from '../../i18n/format.js';
import { sections } from '../../sections/registry.js';

/** Something loaded once per key: started when the key changes (abandoning the one under way), its result kept. */
class Loading<T> {
  key?: string;
  result?: { value: T } | { error: unknown };
  private controller?: AbortController;

  constructor(private readonly settled: () => void) {}

  /** Loads `load` for `key` unless it is loaded or loading already; no key forgets it. */
  for(key: string | undefined, load: (signal: AbortSignal) => Promise<T>): void {
    if (key === this.key) return;
    this.controller?.abort();
    this.key = key;
    this.result = undefined;
    if (key === undefined) return;
    const controller = new AbortController();
    this.controller = controller;
    load(controller.signal).then(
      (value) => this.settle(controller, { value }),
      (error: unknown) => this.settle(controller, { error }),
    );
  }

  /** Abandons what is under way and forgets it. */
  stop(): void {
    this.controller?.abort();
    this.key = undefined;
    this.result = undefined;
  }

  private settle(controller: AbortController, result: { value: T } | { error: unknown }): void {
    if (controller !== this.controller || controller.signal.aborted) return;
    this.result = result;
    this.settled();
  }

  get value(): T | undefined {
    return this.result && 'value' in this.result ? this.result.value : undefined;
  }

  get error(): unknown {
    return this.result && 'error' in this.result ? this.result.error : undefined;
  }
}

/** What the data of a ranking is, for the year and figure asked. */
export type CompareData =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; figures: FigureInfo[]; years: number[]; units: ReadonlyMap<string, UnitState> };

export interface CompareAsk {
  collection: Collection;
  /** The collection's address: unit datasets and the index are found against it. */
  base: string;
  figure?: string;
  lang: Lang;
  timeoutMs: number;
}

export class CompareLoader implements ReactiveController {
  private readonly figureList: Loading<FigureList>;
  private readonly figureFile: Loading<FigureFile>;
  private readonly reportList: Loading<ReportList>;
  private readonly datasets = new Map<
    string,
    { key: string; state: { dataset: Dataset } | { error: unknown } | undefined; controller: AbortController }
  >();
  private readonly offered = new WeakMap<Dataset, Map<string, Map<number, Map<string, OfferedFigure>>>>();
  /** Counts each unit's dataset arriving: what was made of the datasets is made again after one does. */
  private version = 0;
  /** What was last made, and of what: the same data for the same inputs (a hover or a key does not rank again). */
  private last?: { keys: readonly unknown[]; data: CompareData & { figure?: FigureInfo } };

  private remember(keys: readonly unknown[], make: () => CompareData & { figure?: FigureInfo }): CompareData & { figure?: FigureInfo } {
    const last = this.last;
    if (last && last.keys.length === keys.length && last.keys.every((key, i) => key === keys[i])) return last.data;
    const data = make();
    this.last = { keys, data };
    return data;
  }

  constructor(private readonly requestUpdate: () => void) {
    this.figureList = new Loading(requestUpdate);
    this.figureFile = new Loading(requestUpdate);
    this.reportList = new Loading(requestUpdate);
  }

  hostDisconnected(): void {
    this.figureList.stop();
    this.figureFile.stop();
    this.reportList.stop();
    for (const entry of this.datasets.values()) entry.controller.abort();
    this.datasets.clear();
  }

  /** The figures, the years and each unit's values of the figure asked (the first the reports give when none is): loading what is missing. */
  dataOf(ask: CompareAsk): CompareData & { figure?: FigureInfo } {
    const { collection, base, timeoutMs } = ask;
    const options = (signal: AbortSignal) => ({ timeoutMs, signal });
    if (collection.index) {
      const folder = new URL(collection.index, base).href;
      this.figureList.for(folder, (signal) => loadFile(new URL(indexFiles.figures, folder).href, figureListFile, options(signal)));
      if (this.figureList.error !== undefined) return { status: 'failed', error: this.figureList.error };
      const list = this.figureList.value;
      if (!list) return { status: 'loading' };
      const made =
        this.last?.keys[0] === 'index' && this.last.keys[1] === list && this.last.keys[2] === ask.lang ? this.last.data : undefined;
      const figures: FigureInfo[] =
        (made?.status === 'ready' && made.figures) ||
        list.figures.map((figure) => ({
          ...figure,
          role: figure.role as FigureRole,
          measure: figure.measure as Measure,
          label: labelText(figure.label, ask.lang),
        }));
      const figure = figureAsked(figures, ask.figure);
      this.figureFile.for(figure && `${folder} ${figure.key}`, (signal) =>
        loadFile(new URL(indexFiles.figure(figure?.key ?? ''), folder).href, figureFileKind, options(signal)),
      );
      if (!figure) return { status: 'ready', figures, years: list.years, units: new Map() };
      if (this.figureFile.error !== undefined) return { status: 'failed', error: this.figureFile.error };
      const file = this.figureFile.value;
      // No ranking is drawn before the figure is there: an empty one would say no unit gives it.
      if (!file) return { status: 'loading' };
      return this.remember(['index', list, ask.lang, collection, file, figure.key], () => {
        const broken = new Map((list.broken ?? []).map((unit) => [unit.id, unit.kind]));
        const reported = new Map((list.reported ?? []).map((unit) => [unit.id, new Set(unit.years)]));
        const byId = new Map(file.units.map((entry) => [entry.id, entry.years]));
        const units = new Map<string, UnitState>(
          collection.units.map((unit) => {
            const kind = broken.get(unit.id);
            if (kind) return [unit.id, { status: 'broken', error: new DatasetError(kind as DatasetError['kind']) }];
            const values = byId.get(unit.id) ?? [];
            return [
              unit.id,
              {
                status: 'ready',
                values: new Map(values.map(({ year, value, quote }) => [year, { value, quote }])),
                reported: reported.get(unit.id),
              },
            ];
          }),
        );
        return { status: 'ready', figures, years: list.years, units, figure };
      });
    }
    // No index: each unit's dataset, each on its own.
    const wanted = new Set<string>();
    for (const unit of collection.units) {
      const key = typeof unit.dataset === 'string' ? new URL(unit.dataset, base).href : `inline ${unit.id}`;
      wanted.add(unit.id);
      const entry = this.datasets.get(unit.id);
      if (entry?.key === key && (typeof unit.dataset === 'string' || entry.state)) continue;
      entry?.controller.abort();
      const controller = new AbortController();
      this.version++;
      if (typeof unit.dataset !== 'string') {
        let state: { dataset: Dataset } | { error: unknown };
        try {
          state = { dataset: parseDataset(unit.dataset) };
        } catch (error) {
          state = { error };
        }
        this.datasets.set(unit.id, { key, state, controller });
        continue;
      }
      const loading = { key, state: undefined as { dataset: Dataset } | { error: unknown } | undefined, controller };
      this.datasets.set(unit.id, loading);
      loadDataset(key, options(controller.signal)).then(
        (dataset) => this.settleDataset(unit.id, loading, { dataset }),
        (error: unknown) => this.settleDataset(unit.id, loading, { error }),
      );
    }
    for (const [id, entry] of this.datasets)
      if (!wanted.has(id)) {
        entry.controller.abort();
        this.datasets.delete(id);
        this.version++;
      }
    return this.remember(['datasets', this.version, ask.lang, collection, ask.figure], () => this.fromDatasets(ask));
  }

  /** The figures, years and values of the figure asked, from the units' datasets as far as they have come. */
  private fromDatasets(ask: CompareAsk): CompareData & { figure?: FigureInfo } {
    const { collection } = ask;
    const ready = collection.units.flatMap((unit) => {
      const state = this.datasets.get(unit.id)?.state;
      return state && 'dataset' in state ? [state.dataset] : [];
    });
    const byKey = new Map<string, FigureInfo & { order: number }>();
    let order = 0;
    const years = [...new Set(ready.flatMap((dataset) => yearsOf(dataset)))].sort((a, b) => a - b);
    const given = new Map<string, number>();
    for (const dataset of ready)
      for (const year of yearsOf(dataset))
        for (const figure of this.figuresOf(dataset, year, ask.lang).values()) {
          if (!byKey.has(figure.key)) {
            const { key, section, role, measure, label, computed } = figure;
            byKey.set(key, { key, section, role, measure, label, computed, order: sectionOrder(section) * 100_000 + order++ });
          }
          if (year === years[years.length - 1]) given.set(figure.key, (given.get(figure.key) ?? 0) + 1);
        }
    const figures = [...byKey.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ order: _, ...figure }) => ({ ...figure, given: given.get(figure.key) ?? 0 }));
    if (ready.length === 0 && [...this.datasets.values()].some((entry) => !entry.state)) return { status: 'loading' };
    const figure = figureAsked(figures, ask.figure);
    const units = new Map<string, UnitState>(
      collection.units.map((unit) => {
        const state = this.datasets.get(unit.id)?.state;
        if (!state) return [unit.id, { status: 'loading' }];
        if ('error' in state) return [unit.id, { status: 'broken', error: state.error }];
        const values = new Map<number, UnitValue>();
        if (figure)
          for (const year of yearsOf(state.dataset)) {
            const found = this.figuresOf(state.dataset, year, ask.lang).get(figure.key);
            if (found) values.set(year, { value: found.value, quote: found.quote });
          }
        return [unit.id, { status: 'ready', values, reported: new Set(yearsOf(state.dataset)) }];
      }),
    );
    return { status: 'ready', figures, years, units, figure };
  }

  /** Each unit's reports of `year`, as the lens shows them: from the index (loaded now, the first time) or the datasets. */
  reportsOf(
    ask: CompareAsk,
    year: number,
  ): { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; reports: ReadonlyMap<string, ReportFacts> } {
    const { collection, base, timeoutMs } = ask;
    if (collection.index) {
      const folder = new URL(collection.index, base).href;
      this.reportList.for(folder, (signal) => loadFile(new URL(indexFiles.reports, folder).href, reportListFile, { timeoutMs, signal }));
      if (this.reportList.error !== undefined) return { status: 'failed', error: this.reportList.error };
      const list = this.reportList.value;
      if (!list) return { status: 'loading' };
      const reports = new Map<string, ReportFacts>();
      for (const unit of list.units) {
        const entry = unit.years.find((candidate) => candidate.year === year);
        if (entry) reports.set(unit.id, reportFacts({ year, source: entry }, entry.sections));
      }
      return { status: 'ready', reports };
    }
    const reports = new Map<string, ReportFacts>();
    for (const unit of collection.units) {
      const state = this.datasets.get(unit.id)?.state;
      if (!state || !('dataset' in state)) continue;
      const entry = state.dataset.years.find((candidate) => candidate.year === year);
      if (entry)
        reports.set(
          unit.id,
          reportFacts(
            entry,
            sections.filter((section) => (entry as Record<string, unknown>)[section.key] !== undefined).map((section) => section.key),
          ),
        );
    }
    return { status: 'ready', reports };
  }

  private settleDataset(
    id: string,
    entry: { state?: { dataset: Dataset } | { error: unknown }; controller: AbortController },
    state: { dataset: Dataset } | { error: unknown },
  ): void {
    if (entry.controller.signal.aborted || this.datasets.get(id) !== entry) return;
    entry.state = state;
    this.version++;
    this.requestUpdate();
  }

  /** A dataset's figures of `year` in `lang`, worked out once. */
  private figuresOf(dataset: Dataset, year: number, lang: Lang): Map<string, OfferedFigure> {
    const byLang = this.offered.get(dataset) ?? new Map<string, Map<number, Map<string, OfferedFigure>>>();
    this.offered.set(dataset, byLang);
    const byYear = byLang.get(lang) ?? new Map<number, Map<string, OfferedFigure>>();
    byLang.set(lang, byYear);
    let figures = byYear.get(year);
    if (!figures) {
      figures = new Map(offeredFigures(deriveYear(dataset, year), lang).map((figure) => [figure.key, figure]));
      byYear.set(year, figures);
    }
    return figures;
  }
}

/**
 * The figure asked for by its key; when none is asked, the first the reports state that most of
 * them give (never one worked out from them, such as a sum of parts, while a stated one is there);
 * undefined for a key no report gives.
 */
export function figureAsked(figures: readonly FigureInfo[], key: string | undefined): FigureInfo | undefined {
  if (key) return figures.find((figure) => figure.key === key);
  const stated = figures.filter((figure) => !figure.computed);
  let best = stated[0];
  for (const figure of stated) if ((figure.given ?? 0) > (best.given ?? 0)) best = figure;
  return best ?? figures[0];
}
