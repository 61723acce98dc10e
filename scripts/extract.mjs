// Turns a report's text into a draft year of the dataset, for a person to check.
// Usage: npm run extract -- report.txt|report.html [--year 2024] [--unit-id beiyang]
//          [--into data/beiyang.json [--replace]] [--json]
// Prints the draft (our JSON format, one year) on stdout and the review list on stderr; with
// --json the review list is in the output too. --into adds the year to that dataset file (never
// replacing a year unless --replace), validates the result and names every problem with its JSON
// path, and warns of figures that do not add up. Exits 1 when the file cannot be read, the year cannot be added or the result is invalid;
// 2 on a usage mistake.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      'unit-id': { type: 'string' },
      into: { type: 'string' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const { values, positionals } = args;
if (positionals.length !== 1 || (values.year && !/^\d{4}$/.test(values.year))) {
  console.error('usage: npm run extract -- report.txt [--year 2024] [--unit-id id] [--into dataset.json [--replace]] [--json]');
  process.exit(2);
}

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
let code = 0;
try {
  const { extractReport, reasonText } = await server.ssrLoadModule('/src/extract/extract.ts');
  const { mergeYear, MergeError } = await server.ssrLoadModule('/src/extract/merge.ts');
  const { parseDatasetText, datasetProblems, DatasetError } = await server.ssrLoadModule('/src/data/validate.ts');
  const { formatPath } = await server.ssrLoadModule('/src/data/schema-kit.ts');
  const { messages } = await server.ssrLoadModule('/src/i18n/messages.ts');
  const { deriveYear } = await server.ssrLoadModule('/src/data/derive.ts');
  const { warningText } = await server.ssrLoadModule('/src/sections/registry.ts');
  const lang = process.env.LANG?.startsWith('zh') ? 'zh-CN' : 'en';
  const t = messages[lang];
  const say = (problem) => `${values.into}: ${formatPath(problem.path)}: ${t.problem(problem)}`;
  code = await run();

  async function run() {
    let report;
    try {
      report = await readFile(positionals[0], 'utf8');
    } catch (error) {
      console.error(`${positionals[0]}: cannot be read (${error.code ?? error.message})`);
      return 1;
    }
    const { draft, review } = extractReport(report, { year: values.year && Number(values.year), unitId: values['unit-id'] });
    for (const item of review) {
      const where = item.field ? ` [${item.field}]` : '';
      console.error(`待核${where} ${item.text || '—'}：${reasonText(item, lang)}${item.sentence ? `\n    ${item.sentence}` : ''}`);
    }
    console.error(`${review.length} item(s) to review`);
    if (!values.into) {
      console.log(JSON.stringify(values.json ? { ...draft, review } : draft, null, 2));
      return 0;
    }
    let dataset;
    try {
      dataset = parseDatasetText(await readFile(values.into, 'utf8'));
    } catch (error) {
      if (error instanceof DatasetError) {
        for (const problem of error.problems) console.error(say(problem));
      } else console.error(`${values.into}: cannot be read (${error.code ?? error.message})`);
      return 1;
    }
    let merged;
    try {
      merged = mergeYear(dataset, draft, { replace: values.replace });
    } catch (error) {
      if (!(error instanceof MergeError)) throw error;
      console.error(`${values.into}: ${error.message}`);
      return 1;
    }
    const problems = datasetProblems(merged);
    for (const problem of problems) console.error(say(problem));
    if (problems.length > 0) return 1;
    // What does not add up (channels and their total, a stated rate and the counts) is said, as npm run validate says it.
    for (const warning of deriveYear(merged, draft.years[0].year).warnings) {
      console.error(`${values.into}: ${formatPath(warning.path)}: warning: ${warningText(warning, lang)}`);
    }
    await writeFile(values.into, `${JSON.stringify(merged, null, 2)}\n`);
    console.error(`${values.into}: ${draft.years[0].year} added (draft: true until a person confirms it)`);
    if (values.json) console.log(JSON.stringify({ ...merged, review }, null, 2));
    return 0;
  }
} finally {
  await server.close();
}
process.exit(code);
