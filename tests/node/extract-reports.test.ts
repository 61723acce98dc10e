/**
 * The extractor against reports it has never seen: invented reports of towns, street offices and
 * county departments (tests/fixtures/reports/invented-*.txt|html), each with what a careful person
 * would put in the dataset (`<id>.expected.json`), judged as tests/helpers/report-scoring.ts says.
 * Wrong and missed figures fail.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datasetProblems } from '../../src/data/validate.js';
import { fixtureProblems, judgeFolder, quotesNotInText, scoreTable } from '../helpers/report-scoring.js';

const reports = judgeFolder(new URL('../fixtures/reports/', import.meta.url));

describe('extractReport(reports of other towns, street offices and county departments)', () => {
  it('has reports to read, each with what a person would take from it', () => {
    expect(reports.length).toBeGreaterThanOrEqual(8);
  });

  for (const report of reports) {
    const { extraction, outcome } = report;
    describe(report.name, () => {
      it('is a consistent fixture: every quote and fragment is in the report, no quote holds a fragment', () => {
        expect(fixtureProblems(report)).toEqual([]);
      });

      it('reads the report without being told the year', () => {
        expect(report.refusal?.message).toBeUndefined();
      });

      it('is a draft the schema accepts', () => {
        expect(datasetProblems(extraction.draft)).toEqual([]);
        expect(extraction.draft.draft).toBe(true);
      });

      it('quotes only words of the report, verbatim', () => {
        expect(quotesNotInText(report)).toEqual([]);
      });

      it('names the year and the source as the page gives them, or asks for them on the check list', () => {
        expect(outcome.source.wrong).toEqual([]);
      });

      it('puts no wrong figure in the draft', () => {
        expect(outcome.wrong).toEqual([]);
      });

      it('has every figure of the report in the draft or on the check list', () => {
        expect(outcome.missed).toEqual([]);
      });
    });
  }

  afterAll(() => {
    console.log(scoreTable(reports).lines.join('\n'));
  });
});
