import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { root } from '../../scripts/harness.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The cache folder the command-line tools were bundled into once for the run (`FAZHI_CLI_CACHE` for scripts/extract.mjs and the others). */
    cliCache: string;
  }
}

/** Bundles the command-line tools once before the Node tests, in a process of its own as `npm run extract` would; removes them after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cache = await mkdtemp(join(tmpdir(), 'fazhi-cli-'));
  const { NODE_ENV: _, ...env } = process.env;
  const cli = new URL('../../scripts/cli.mjs', import.meta.url).href;
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `import { buildTools } from ${JSON.stringify(cli)}; await buildTools(${JSON.stringify(cache)});`],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  project.provide('cliCache', cache);
  return () => rm(cache, { recursive: true, force: true });
}
