// npm test: the browsers it needs (scripts/ensure-chromium.mjs), then the tests beside the linters
// and the type check. Those take some fifteen seconds of one core that the tests, waiting on
// their pages, leave free; their output is shown whole once each has ended. Fails when any fails.
// Arguments go to Vitest (`npm test -- tests/node/present.test.ts`).
import { spawn, spawnSync } from 'node:child_process';

const ensured = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (ensured.status !== 0) process.exit(ensured.status ?? 1);

/** Runs `command`, its output kept until it ends (or shown as it comes, `shown`); resolves with its exit code. */
function run(command, args, { shown = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: shown ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) =>
      resolve({ command: [command, ...args].join(' '), code: code ?? 1, text: Buffer.concat(output).toString() }),
    );
  });
}

const bin = (name) => `node_modules/.bin/${name}`;

/** Lint, template lint and types, one after the other (one core). */
async function checks() {
  const results = [];
  for (const [command, args] of [
    [bin('biome'), ['ci', '--error-on-warnings', '.']],
    [process.execPath, ['scripts/lint-templates.cjs']],
    [bin('tsc'), ['--noEmit']],
  ])
    results.push(await run(command, args));
  return results;
}

const [checked, tested] = await Promise.all([checks(), run(bin('vitest'), ['run', ...process.argv.slice(2)], { shown: true })]);

let failed = tested.code !== 0;
for (const { command, code, text } of checked) {
  console.log(`\n$ ${command}${code === 0 ? '' : ` (exit ${code})`}\n${text.trimEnd()}`);
  if (code !== 0) failed = true;
}
console.log(
  `\n${checked.every(({ code }) => code === 0) ? 'Lint, templates and types: passed.' : 'Lint, templates or types: FAILED (above).'}`,
);
process.exit(failed ? 1 : 0);
