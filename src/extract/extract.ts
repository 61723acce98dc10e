/// <reference types="vite/client" />
/**
 * From a report's text to a draft year of the dataset: the figures the extractor recognises, each
 * quoted by the exact words of the report, and a check list (待核) of everything a person must look at —
 * every other counted number, and every figure that could be read two ways or is approximate. A
 * figure it is unsure of is never in the draft. Pure: no DOM, runs in Node and in the browser.
 */
import { DATE_TO_FILL } from '../data/parts.js';
import type { Dataset, YearReport } from '../data/schema.js';
import { sectionData } from '../sections/data-registry.js';
import type { Extracted, Found, Reading, ToCheckItem } from './found.js';
import { clausesOf, isEmptyText, reportText } from './report-text.js';
import { sourceIn } from './source.js';
import { type UnitFrom, unitInText, unitOfTitle } from './unit.js';
import { unplaced } from './unplaced.js';
import { sentenceAround, type YearFrom, yearIn } from './year.js';

export type { ToCheckItem } from './found.js';
export { reasonText, type Why } from './reasons.js';
export type { YearFrom } from './year.js';

/** A draft dataset of one year: valid against the schema, and marked a draft until a person confirms it. */
export type Draft = Dataset & { draft: true };

export interface Extraction {
  draft: Draft;
  /** What a person must check before the draft becomes a dataset (待核): every number not placed, every figure left out, the year inferred, the source missing. */
  toCheck: ToCheckItem[];
  /** The report's text as read (markup and stray characters taken away): every quote is in it, word for word. */
  text: string;
  /** Where the year was read (`title`, `first-lines`, `field`, `url`, `figures`), or `option` when it was given. */
  yearFrom: YearFrom | 'option';
  /** Where the unit's name was read (its title, a field of the page, the body), or none when the report does not name it. */
  unitFrom?: UnitFrom;
  /** How many stray characters (controls, non-characters, lone surrogates) the text had: dropped, to be said. */
  dropped: number;
}

/** The report names no year anywhere it could (its title, first lines, dates, address, figures), and none was given: the year must be. */
export class NoYearError extends Error {
  constructor() {
    super('The report names no year (in its title, its first lines, its dates or its address): give the year.');
    this.name = 'NoYearError';
  }
}

/** The report holds no word and no number once read (an empty file, blanks, markup only, control characters only): nothing to extract. */
export class EmptyReportError extends Error {
  constructor() {
    super('The report is empty: it holds no words once read.');
    this.name = 'EmptyReportError';
  }
}

export interface ExtractOptions {
  /** The year, when the report does not say it (given, it wins over what the report says). */
  year?: number;
  /** The unit's id in the dataset the draft joins. */
  unitId?: string;
}

/**
 * Each report section's rules for reading a report, its folder's `extract.ts` (found by Vite, which
 * builds every page and command that extracts; the charts' bundle and the package never load
 * them), in the registry's order.
 */
const ruleFiles = import.meta.glob<{ extract: (reading: Reading) => Extracted<unknown> }>('../sections/*/extract.ts', { eager: true });
const rules = sectionData.map(({ key }) => ({ key, extract: ruleFiles[`../sections/${key}/extract.ts`]?.extract }));

/** What the draft says where the page gives nothing: a person fills it in (the check list says so). */
export const TO_FILL = '（待填写）';
/** The unit code a draft holds until a person gives one (`--unit`, or the editor's row): a file name, never a unit's. */
export const UNIT_ID_TO_FILL = 'unit';
export { DATE_TO_FILL } from '../data/parts.js';

export function extractReport(input: string, { year, unitId }: ExtractOptions = {}): Extraction {
  const report = reportText(input);
  if (isEmptyText(report.text)) throw new EmptyReportError();
  const found = sourceIn(report.text, report.plain);
  const clauses = clausesOf(report);
  const stated = year === undefined ? yearIn(report, found, clauses) : undefined;
  const theYear = year ?? stated?.year;
  if (theYear === undefined) throw new NoYearError();
  const reading = { ...report, clauses, year: theYear };
  const sections: Record<string, unknown> = {};
  const placed: Found[] = [];
  const toCheck: ToCheckItem[] = [];
  for (const { key, extract } of rules) {
    const found = extract?.(reading);
    if (!found) continue;
    if (found.data !== undefined) sections[key] = found.data;
    placed.push(...found.placed);
    toCheck.push(...found.toCheck);
  }
  // A year read anywhere but in the title is inferred: a person confirms it, seeing what it was read from.
  if (stated && stated.from !== 'title')
    toCheck.push({
      kind: 'unsure',
      text: stated.text,
      why: `year-from-${stated.from}`,
      label: String(stated.year),
      sentence: stated.sentence,
      quote: stated.sentence,
      at: stated.at,
      field: 'year',
    });
  // The page's own metadata a person must give when it is missing.
  for (const key of ['title', 'publisher', 'date'] as const) {
    if (!found.source[key])
      toCheck.push({
        kind: 'unsure',
        text: '',
        why: `missing-${key}`,
        sentence: '',
        quote: '',
        at: [0, 0],
        field: `source.${key}`,
      });
  }
  // The unit as its title names it, else a field of the page or the body where it speaks of itself.
  const fromTitle = found.unit === undefined ? undefined : unitOfTitle(found.unit);
  const titled = fromTitle === undefined ? undefined : { name: fromTitle, from: 'title' as const };
  const unit = titled ?? unitInText(report.plain);
  // A name read from the body is inferred too: a person confirms it, seeing the sentence it was read from.
  if (unit?.from === 'text' && unit.at) {
    const sentence = sentenceAround(report.text, unit.at);
    toCheck.push({ kind: 'unsure', text: unit.name, why: 'unit-from-text', sentence, quote: sentence, at: unit.at, field: 'unit.name' });
  }
  const yearReport: YearReport = {
    year: theYear,
    source: { title: TO_FILL, publisher: TO_FILL, date: DATE_TO_FILL, ...found.source },
    ...sections,
  };
  const draft: Draft = {
    schemaVersion: 1,
    unit: { id: unitId ?? UNIT_ID_TO_FILL, name: { 'zh-CN': unit?.name ?? TO_FILL } },
    sample: false,
    draft: true,
    years: [yearReport],
  };
  toCheck.push(...unplaced(reading, placed, toCheck));
  toCheck.sort((a, b) => a.at[0] - b.at[0]);
  return { draft, toCheck, text: report.text, yearFrom: stated?.from ?? 'option', unitFrom: unit?.from, dropped: report.dropped };
}
