// Checks dataset files the way the elements do, for the people who write them.
// Usage: npm run validate -- data/beiyang.json [more.json …]
// Prints every problem with its JSON path (and every data-quality warning); exits 1 if any file
// has a problem, 2 if none was named.
import { readFile } from 'node:fs/promises';
import { createServer } from 'vite';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/dataset.json [more.json …]');
  process.exit(2);
}

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
let failed = false;
try {
  const { parseDatasetText, DatasetError } = await server.ssrLoadModule('/src/data/validate.ts');
  const { deriveYear } = await server.ssrLoadModule('/src/data/derive.ts');
  const { formatPath } = await server.ssrLoadModule('/src/data/schema-kit.ts');
  const { messages } = await server.ssrLoadModule('/src/i18n/messages.ts');
  const { warningText } = await server.ssrLoadModule('/src/sections/registry.ts');
  const lang = process.env.LANG?.startsWith('zh') ? 'zh-CN' : 'en';
  const t = messages[lang];
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      console.log(`${file}: cannot be read (${error.code ?? error.message})`);
      failed = true;
      continue;
    }
    try {
      const dataset = parseDatasetText(text);
      const warnings = dataset.years.flatMap((entry) => deriveYear(dataset, entry.year).warnings);
      for (const warning of warnings) console.log(`${file}: ${formatPath(warning.path)}: warning: ${warningText(warning, lang)}`);
      console.log(`${file}: valid — ${dataset.years.length} year(s)${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      failed = true;
      const where = (problem) => (error.kind === 'json' ? t.errors.json : `${formatPath(problem.path)}:`);
      for (const problem of error.problems) console.log(`${file}: ${where(problem)} ${t.problem(problem)}`);
      console.log(`${file}: ${error.problems.length} problem(s)`);
    }
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
