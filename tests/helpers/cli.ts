import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { root } from '../../scripts/harness.mjs';

/** What a tool printed and how it ended. */
export interface ToolRun {
  code: number | null;
  out: string;
  err: string;
}

/** The environment a tool runs in: the bundle built once for the run, a locale (`C`: English), no test NODE_ENV. */
export function toolEnv(locale: string, more: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV: _, LC_ALL: _all, LC_MESSAGES: _messages, ...env } = process.env;
  return { ...env, FAZHI_CLI_CACHE: inject('cliCache'), LANG: locale, ...more };
}

/** Runs `npm run <tool> -- args` as npm does (`node scripts/<tool>.mjs`), in `locale`. */
export function runTool(
  tool: 'extract' | 'validate' | 'collect' | 'static' | 'slides',
  args: string[],
  locale = 'C',
  more: Record<string, string> = {},
): ToolRun {
  const run = spawnSync(process.execPath, [join(root, `scripts/${tool}.mjs`), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: toolEnv(locale, more),
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Starts a tool and resolves once its stderr holds a line matching `line`: the process, still running, and the match. */
export function startTool(
  tool: 'extract' | 'validate' | 'slides',
  args: string[],
  line: RegExp,
  more: Record<string, string> = {},
): Promise<{ child: ReturnType<typeof spawn>; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, [join(root, `scripts/${tool}.mjs`), ...args], { cwd: root, env: toolEnv('C', more) });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      const match = err.match(line);
      if (match) resolve({ child, match });
    });
    child.on('exit', (code) => reject(new Error(`exited (${code}) before saying ${line}: ${err}`)));
  });
}

/** A line of a stack trace: `    at fn (file:1:2)`. */
export const STACK_LINE = /^\s+at /m;
