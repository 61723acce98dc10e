import { expect } from 'vitest';
import { datasetProblems } from '../../src/data/validate.js';
import { extractReport, reasonText } from '../../src/extract/extract.js';

/**
 * A page of an invented town's report of `year` holding `body`, read by the extractor: so that a
 * way real reports write a figure (each clause a published report's, tests/fixtures/real-reports/)
 * is tried alone. Fails when the draft has a problem.
 */
export function readPage(body: string, year = 2024) {
  const { draft, toCheck } = extractReport(`青山镇${year}年度法治政府建设年度报告\n${body}\n${year + 1}年3月1日`);
  expect(datasetProblems(draft)).toEqual([]);
  const figures = toCheck.filter((item) => !item.field?.startsWith('source.'));
  return {
    year: draft.years[0],
    /** The unsure items: field, value, reason code. */
    unsure: figures.filter((item) => item.kind === 'unsure').map((item) => `${item.field} ${item.value} ${item.why}`),
    /** Every item's words and reason, in Chinese. */
    words: figures.map((item) => `${item.quote} ${reasonText(item, 'zh-CN')}`),
  };
}
