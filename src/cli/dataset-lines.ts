/** The lines `npm run validate` prints for a dataset, which `npm run extract -- --into` prints too: each problem by its JSON path, or each warning. */
import { deriveYear } from '../data/derive.js';
import type { Dataset } from '../data/schema.js';
import { formatPath, type Problem } from '../data/schema-kit.js';
import type { DatasetError } from '../data/validate.js';
import type { Lang } from '../i18n/format.js';
import { messages } from '../i18n/messages.js';
import { warningText } from '../sections/registry.js';
import { cliMessages } from './messages.js';

/** Every problem of a dataset file that is not valid (or no JSON: then where it breaks; or a collection: then that), in the punctuation of `lang`. */
export function problemLines(file: string, error: DatasetError | { kind?: undefined; problems: readonly Problem[] }, lang: Lang): string[] {
  const t = messages[lang];
  // A district's collection has no problems of a dataset's: it is another kind of file.
  if (error.kind === 'collection') return [cliMessages[lang].ofFile(file, t.errors.collection)];
  return error.problems.map((problem) =>
    cliMessages[lang].problem(
      file,
      error.kind === 'json' ? t.errors.json.replace(/[：:]\s*$/, '') : formatPath(problem.path),
      t.problem(problem),
    ),
  );
}

/** What does not add up in a valid dataset (channels and their total, a stated rate and the counts), in `year` or in every year. */
export function warningLines(file: string, dataset: Dataset, lang: Lang, year?: number): string[] {
  const years = year === undefined ? dataset.years.map((entry) => entry.year) : [year];
  return years
    .flatMap((each) => deriveYear(dataset, each).warnings)
    .map((warning) => cliMessages[lang].warning(file, formatPath(warning.path), warningText(warning, lang)));
}
