/**
 * `npm run extract -- report.txt|report.html [--year 2024] [--unit-id id] [--into dataset.json [--replace]] [--json] [--debug]`:
 * a report's text into a draft year of the dataset, for a person to check. Prints the draft (one
 * year, the dataset's format) on stdout and the check list (待核) on stderr; with `--json` the check
 * list is in the output too, as `toCheck`. `--into` adds the year to that dataset file (never replacing a year unless
 * `--replace`, never a year of another unit's report unless `--unit-id` is the dataset's), validates
 * the result, names every problem by its JSON path, warns of figures that do not add up, and writes
 * the file whole or not at all; `--into` a file that does not exist starts it with the year. Exit
 * code 1 for a problem with the input (a file that cannot be read or written, an empty report, a
 * report with no year, a year the dataset has, another unit's, an invalid result), 2 for a usage
 * mistake, 3 for an unexpected error.
 */
import { parseArgs } from 'node:util';
import { DatasetError, datasetProblems, parseDatasetText } from '../data/validate.js';
import { EmptyReportError, type Extraction, extractReport, NoYearError, reasonText } from '../extract/extract.js';
import { MergeError, mergeYear, OtherUnitError } from '../extract/merge.js';
import { command, Refusal, usageRefusal } from './command.js';
import { problemLines, warningLines } from './dataset-lines.js';
import { exists, readDatasetText, readReport, writeFileWhole } from './files.js';
import { cliLang } from './lang.js';
import { yearOf } from './year-option.js';

export const main = command(async (argv, t) => {
  const lang = cliLang();
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw usageRefusal(error, t, t.usage.extract);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new Refusal(t.usage.extract, 2);
  const year = values.year === undefined ? undefined : yearOf(values.year);
  if (Number.isNaN(year)) throw new Refusal(t.badYear(values.year ?? ''), 2);
  const [file] = positionals;

  const report = await readReport(file, t);
  let extraction: Extraction;
  try {
    extraction = extractReport(report, { year, unitId: values['unit-id'] });
  } catch (error) {
    if (error instanceof EmptyReportError) throw new Refusal(t.emptyReport(file));
    if (error instanceof NoYearError) throw new Refusal(t.noYear(file));
    throw error;
  }
  const { draft, toCheck, dropped } = extraction;
  if (dropped > 0) console.error(t.dropped(file, dropped));
  for (const item of toCheck) {
    console.error(
      `${t.toCheck(item.field ? ` [${item.field}]` : '', item.text, reasonText(item, lang))}${item.sentence ? `\n    ${item.sentence}` : ''}`,
    );
  }
  console.error(t.toCheckCount(toCheck.length));
  if (!values.into) {
    console.log(JSON.stringify(values.json ? { ...draft, toCheck } : draft, null, 2));
    return 0;
  }

  const into = values.into;
  // A first dataset: the draft is one, of its one year.
  if (!(await exists(into))) {
    for (const line of warningLines(into, draft, lang)) console.error(line);
    await writeFileWhole(into, `${JSON.stringify(draft, null, 2)}\n`, t);
    console.error(t.started(into, draft.years[0].year));
    if (values.json) console.log(JSON.stringify({ ...draft, toCheck }, null, 2));
    return 0;
  }
  let dataset: ReturnType<typeof parseDatasetText>;
  try {
    dataset = parseDatasetText(await readDatasetText(into, t));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    for (const line of problemLines(into, error, lang)) console.error(line);
    return 1;
  }
  let merged: ReturnType<typeof mergeYear>;
  try {
    // --unit-id naming the dataset's unit says the report is that unit's.
    merged = mergeYear(dataset, draft, { replace: values.replace, anyUnit: values['unit-id'] === dataset.unit.id });
  } catch (error) {
    if (error instanceof MergeError) throw new Refusal(t.yearExists(into, error.year));
    if (error instanceof OtherUnitError) throw new Refusal(t.otherUnit(into, error.reportUnit, error.datasetUnit, error.unitId));
    throw error;
  }
  const problems = datasetProblems(merged);
  for (const line of problemLines(into, { problems }, lang)) console.error(line);
  if (problems.length > 0) return 1;
  // What does not add up (channels and their total, a stated rate and the counts) is said, as npm run validate says it.
  for (const line of warningLines(into, merged, lang, draft.years[0].year)) console.error(line);
  await writeFileWhole(into, `${JSON.stringify(merged, null, 2)}\n`, t);
  console.error(t.added(into, draft.years[0].year));
  if (values.json) console.log(JSON.stringify({ ...merged, toCheck }, null, 2));
  return 0;
}, 'extract');

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      'unit-id': { type: 'string' },
      into: { type: 'string' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
}
