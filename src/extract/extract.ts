/**
 * From a report's text to a draft year of the dataset: the figures the extractor recognises, each
 * quoted by the exact words of the report, and a review list of everything a person must look at —
 * every other counted number, and every figure that could be read two ways or is approximate. A
 * figure it is unsure of is never in the draft. Pure: no DOM, runs in Node and in the browser.
 */
import type { Dataset, YearReport } from '../data/schema.js';
import type { ReviewItem } from './found.js';
import { mediationIn } from './mediation.js';
import { petitionsIn } from './petitions.js';
import { platformsIn } from './platforms.js';
import { clausesOf, reportText } from './report-text.js';
import { unplaced } from './review.js';
import { sourceIn } from './source.js';
import { trainingIn } from './training.js';

export type { ReviewItem } from './found.js';
export { reasonText, type Why } from './reasons.js';

/** A draft dataset of one year: valid against the schema, and marked a draft until a person confirms it. */
export type Draft = Dataset & { draft: true };

export interface Extraction {
  draft: Draft;
  review: ReviewItem[];
  /** The report's text as read (markup and stray characters taken away): every quote is in it, word for word. */
  text: string;
  /** How many stray characters (controls, non-characters, lone surrogates) the text had: dropped, to be said. */
  dropped: number;
}

/** The report's title names no year (…2024年度法治政府建设年度报告), and none was given: the year must be. */
export class NoYearError extends Error {
  constructor() {
    super('The report names no year in its title (…2024年度法治政府建设年度报告): give the year.');
    this.name = 'NoYearError';
  }
}

export interface ExtractOptions {
  /** The year, when the title does not say it. */
  year?: number;
  /** The unit's id in the dataset the draft joins. */
  unitId?: string;
}

/** What the draft says where the page gives nothing: a person fills it in (the review list says so). */
const TO_FILL = '（待填写）';

export function extractReport(input: string, { year, unitId }: ExtractOptions = {}): Extraction {
  const report = reportText(input);
  const found = sourceIn(report.text, report.plain);
  const theYear = year ?? found.year;
  if (theYear === undefined) throw new NoYearError();
  const reading = { ...report, clauses: clausesOf(report), year: theYear };
  const petitions = petitionsIn(reading);
  const mediation = mediationIn(reading);
  const training = trainingIn(reading);
  const platforms = platformsIn(reading);
  const placed = [...petitions.placed, ...mediation.placed, ...training.placed, ...platforms.placed];
  const review: ReviewItem[] = [...petitions.review, ...mediation.review, ...training.review];
  // The page's own metadata a person must give when it is missing.
  for (const key of ['title', 'publisher', 'date'] as const) {
    if (!found.source[key])
      review.push({
        kind: 'unsure',
        text: '',
        why: `missing-${key}`,
        sentence: '',
        quote: '',
        at: [0, 0],
        field: `source.${key}`,
      });
  }
  const yearReport: YearReport = {
    year: theYear,
    source: { title: TO_FILL, publisher: TO_FILL, date: '0000-00-00', ...found.source },
    ...(petitions.petitions ? { petitions: petitions.petitions } : {}),
    ...(mediation.mediation ? { mediation: mediation.mediation } : {}),
    ...(training.training ? { training: training.training } : {}),
    ...(platforms.platforms ? { platforms: platforms.platforms } : {}),
  };
  const draft: Draft = {
    schemaVersion: 1,
    unit: { id: unitId ?? 'unit', name: { 'zh-CN': found.unit ?? TO_FILL } },
    sample: false,
    draft: true,
    years: [yearReport],
  };
  review.push(...unplaced(reading, placed));
  review.sort((a, b) => a.at[0] - b.at[0]);
  return { draft, review, text: report.text, dropped: report.dropped };
}
