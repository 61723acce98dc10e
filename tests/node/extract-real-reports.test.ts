/**
 * The extractor against reports towns, street offices and county departments actually published
 * (tests/fixtures/real-reports/<kind>-<place>-<year>.txt: a portal page's text, its title, field
 * block and body, as a person copies it), each with the page's `address`, where its text states the
 * year (`yearFrom`), whether the text is the page's opening only or the whole report (`opening`)
 * and what a careful person would put in the dataset from that text (`<id>.expected.json`), judged
 * as tests/helpers/report-scoring.ts says.
 *
 * Every report must have no wrong figure, and the year must be found without asking in at least
 * 90 % of them, and be the report's wherever it is found. Over all of them, at least 70 % of the
 * figures a careful person takes must be in the draft, right, and every other one on the check list
 * with its reason: none missed (`FIGURES_TARGET`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datasetProblems } from '../../src/data/validate.js';
import { extractReport } from '../../src/extract/extract.js';
import { type Expected, fixtureProblems, type Judged, judge, judgeFolder, quotesNotInText, scoreTable } from '../helpers/report-scoring.js';

const reports = judgeFolder(new URL('../fixtures/real-reports/', import.meta.url));

/** What the figures must come to over all real reports: the share right, and how many may be missed. */
const FIGURES_TARGET: { right?: number; missed?: number } = { right: 0.7, missed: 0 };

/** The share of reports whose year must be found without asking. */
const YEAR_FOUND = 0.9;

const KINDS = /^(town|township|street|county|district|department)-[a-z0-9-]+-20\d\d$/;

describe('extractReport(reports other towns, street offices and county departments published)', () => {
  for (const report of reports) {
    const { expected, extraction, outcome } = report;
    describe(report.name, () => {
      it('is a consistent fixture: named for its kind, place and year, with its page’s address, an opening or a whole text; every quote and fragment in the report', () => {
        expect(report.id).toMatch(KINDS);
        expect(report.id.endsWith(String(expected.year))).toBe(true);
        expect(expected.address).toMatch(/^https?:\/\/\S+$/);
        expect(['title', 'first-lines', 'field', 'url', 'figures', 'none']).toContain(expected.yearFrom);
        // An opening (the page's first part, as a stored copy gives it) or a whole report: said, not assumed.
        expect(typeof expected.opening, 'the expected file says "opening": true or false').toBe('boolean');
        expect(fixtureProblems(report)).toEqual([]);
      });

      it('is a draft the schema accepts, quoting only words of the report, verbatim', () => {
        expect(datasetProblems(extraction.draft)).toEqual([]);
        expect(quotesNotInText(report)).toEqual([]);
      });

      it('finds the report’s own year, when it finds one', () => {
        if (report.refusal === undefined) expect(extraction.draft.years[0].year).toBe(expected.year);
        else expect(report.refusal.message).toMatch(/names no year/);
      });

      it('puts no wrong figure in the draft', () => {
        expect(outcome.wrong).toEqual([]);
      });

      it('names the source as the page gives it, or asks for it on the check list', () => {
        expect(outcome.source.wrong).toEqual([]);
      });
    });
  }

  it(`finds the year without being told in at least ${YEAR_FOUND * 100} % of the reports`, () => {
    const notFound = reports.filter((report) => report.refusal).map((report) => report.id);
    expect(notFound.length).toBeLessThanOrEqual(Math.floor(reports.length * (1 - YEAR_FOUND)));
  });

  it('gets the figures a careful person takes as far as FIGURES_TARGET asks', () => {
    const { total } = scoreTable(reports);
    const expected = total.right + total.toCheck + total.missed;
    if (FIGURES_TARGET.right !== undefined) expect(total.right).toBeGreaterThanOrEqual(FIGURES_TARGET.right * expected);
    if (FIGURES_TARGET.missed !== undefined) expect(total.missed).toBeLessThanOrEqual(FIGURES_TARGET.missed);
    expect(total.wrong).toBe(0);
  });

  afterAll(() => {
    const { lines, total } = scoreTable(reports);
    const expected = total.right + total.toCheck + total.missed;
    const found = reports.filter((report) => !report.refusal).length;
    const share = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10} %` : '—');
    lines.push(
      `${reports.length} real reports; year found without asking in ${found} (${share(found, reports.length)}, at least ${YEAR_FOUND * 100} % asked)`,
      `right ${total.right} of ${expected} figures (${share(total.right, expected)}; at least ${(FIGURES_TARGET.right ?? 0) * 100} % asked), to check ${total.toCheck}, missed ${total.missed}, wrong ${total.wrong}`,
    );
    console.log(lines.join('\n'));
  });
});

/** A report judged as the real ones are: an invented text, and what a person would take from it. */
function judged(input: string, figures: Expected['figures'], notFigures: string[] = []): Judged {
  const expected: Expected = { year: 2024, source: { title: '', publisher: '', date: '' }, figures, notFigures };
  let refusal: Error | undefined;
  let extraction: Judged['extraction'];
  try {
    extraction = extractReport(input);
  } catch (error) {
    refusal = error as Error;
    extraction = extractReport(input, { year: expected.year });
  }
  return {
    id: 'town-qingshan-2024',
    name: 'town-qingshan-2024.txt',
    input,
    expected,
    extraction,
    refusal,
    outcome: judge(expected, extraction),
  };
}

describe('the scoring real reports are judged by', () => {
  const training = { field: 'training', label: '集中学法', value: 12, quote: '全年开展集中学法12次' };

  it('can count a figure of a section not read yet as missed, apart, and print it so', () => {
    const report = judged('2024年，青山镇依法行政。全年开展集中学法12次。审查合同十二部。', [
      training,
      { field: 'legality.contracts', value: 12, quote: '审查合同十二部' },
    ]);
    const { lines, total } = scoreTable([report], ['legality.']);
    expect(total).toEqual({ right: 1, toCheck: 0, missed: 1, wrong: 0, notReadYet: 1 });
    expect(lines).toContain('  missed  legality.contracts = 12 «审查合同十二部» (not read yet)');
    expect(lines[0]).toContain('year from first-lines');
  });

  it('names a wrong figure: one a person would not take, or one whose words hold no figure', () => {
    expect(judged('青山镇2024年度法治政府建设年度报告\n全年开展集中学法12次。', []).outcome.wrong).toEqual([
      'training 集中学法 = 12 «全年开展集中学法12次»: not a figure of the report',
    ]);
    expect(judged('青山镇2024年度法治政府建设年度报告\n全年开展集中学法12次。', [], ['集中学法12次']).outcome.wrong).toEqual([
      'training 集中学法 = 12 «全年开展集中学法12次»: its words hold “集中学法12次”, which is no figure',
    ]);
  });

  it('says of a report whose year was not found that it was not', () => {
    const report = judged('全年开展集中学法12次。', [training]);
    expect(report.refusal?.message).toMatch(/names no year/);
    expect(scoreTable([report]).lines[0]).toContain('year not found');
  });
});
