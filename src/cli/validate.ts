/**
 * `npm run validate -- dataset.json|collection.json [more.json …] [--debug]`: checks dataset files
 * the way the elements do, for the people who write them, and collections of units the way
 * `<fz-compare>` does: the collection itself, each unit's dataset (inline, or the file beside it),
 * and its index against those datasets. Prints every problem with its JSON path (a figure whose
 * quote does not hold its number among them, as the editor refuses it) and every data-quality warning; exit code 1 when a file cannot be read or has a problem, 2 when none was
 * named, 3 for an unexpected error.
 */
import { parseArgs } from 'node:util';
import { unquotedFigures } from '../data/quoted.js';
import { formatPath } from '../data/schema-kit.js';
import { DatasetError, isCollection, parseDatasetText, parseJsonText } from '../data/validate.js';
import { checkCollection } from './check-collection.js';
import { command, Refusal, usageRefusal } from './command.js';
import { problemLines, warningLines } from './dataset-lines.js';
import { readDatasetText } from './files.js';
import { cliLang } from './lang.js';

export const main = command(async (argv, t) => {
  const lang = cliLang();
  let files: string[];
  try {
    files = parseArgs({ args: argv, allowPositionals: true, options: { debug: { type: 'boolean', default: false } } }).positionals;
  } catch (error) {
    throw usageRefusal(error, t, t.usage.validate);
  }
  if (files.length === 0) throw new Refusal(t.usage.validate, 2);
  let failed = false;
  for (const file of files) {
    try {
      const text = await readDatasetText(file, t);
      if (isCollection(parseJsonText(text))) {
        if (!(await checkCollection(file, text, t, lang))) failed = true;
        continue;
      }
      const dataset = parseDatasetText(text);
      // A figure is only ever a number its words hold.
      const unquoted = unquotedFigures(dataset);
      if (unquoted.length > 0) {
        failed = true;
        for (const { path, value } of unquoted) console.log(t.problem(file, `${formatPath(path)}.value`, t.notInQuote(String(value))));
        console.log(t.problems(file, unquoted.length));
        continue;
      }
      const warnings = warningLines(file, dataset, lang);
      for (const line of warnings) console.log(line);
      console.log(t.valid(file, dataset.years.length, warnings.length));
    } catch (error) {
      failed = true;
      if (error instanceof Refusal) console.error(error.line);
      else if (error instanceof DatasetError) {
        for (const line of problemLines(file, error, lang)) console.log(line);
        console.log(t.problems(file, error.problems.length));
      } else throw error;
    }
  }
  return failed ? 1 : 0;
}, 'validate');
