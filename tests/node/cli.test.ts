import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { freshBuild } from '../../scripts/cli.mjs';
import { root } from '../../scripts/harness.mjs';
import { command, Refusal } from '../../src/cli/command.js';
import { cliLang } from '../../src/cli/lang.js';
import { STACK_LINE, toolEnv } from '../helpers/cli.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cliLang', () => {
  it('speaks Chinese when the locale does, LC_ALL before LC_MESSAGES before LANG, and English otherwise', () => {
    expect(cliLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLang({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'C' })).toBe('zh-CN');
    expect(cliLang({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLang({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLang({ LANG: 'C' })).toBe('en');
    expect(cliLang({})).toBe('en');
  });
});

describe('a command-line tool', () => {
  /** Runs a tool that fails as `fail` does, with `argv`; what it printed on stderr and its exit code. */
  async function failing(fail: () => never, argv: string[]) {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
      printed.push(parts.map(String).join(' '));
    });
    const code = await command(async () => fail())(argv, { root });
    return { code, err: printed.join('\n') };
  }

  it('says a refusal in one line, with its exit code', async () => {
    expect(
      await failing(() => {
        throw new Refusal('report.txt: cannot be read', 1);
      }, []),
    ).toEqual({ code: 1, err: 'report.txt: cannot be read' });
  });

  it('says an unexpected error in one line pointing to --debug, and shows the stack only with --debug', async () => {
    vi.stubEnv('LC_ALL', 'C');
    const unexpected = () => {
      throw new TypeError('words[lang][why] is not a function\nsecond line');
    };
    const plain = await failing(unexpected, ['report.txt']);
    expect(plain).toEqual({
      code: 3,
      err: 'Unexpected error: words[lang][why] is not a function. Run again with --debug to see the details, and add them to a bug report.',
    });
    const debug = await failing(unexpected, ['report.txt', '--debug']);
    expect(debug.code).toBe(3);
    expect(debug.err.split('\n')[0]).toBe(plain.err);
    expect(debug.err).toMatch(STACK_LINE);
    vi.stubEnv('LC_ALL', 'zh_CN.UTF-8');
    expect((await failing(unexpected, [])).err).toBe(
      '意外错误：words[lang][why] is not a function。加上 --debug 重新运行可看到详细信息，请把它附在问题报告中。',
    );
    vi.unstubAllEnvs();
  });
});

describe('scripts/cli.mjs (what npm run extract and npm run validate run)', () => {
  it('bundles the tools on first use, runs them in plain node after, and bundles them again once a source is newer or gone', () => {
    const cache = mkdtempSync(join(tmpdir(), 'fazhi-cli-cache-'));
    onTestFinished(() => rmSync(cache, { recursive: true, force: true }));
    const validate = () => {
      const run = spawnSync(process.execPath, [join(root, 'scripts/validate.mjs'), 'data/beiyang.json'], {
        cwd: root,
        encoding: 'utf8',
        env: toolEnv('C', { FAZHI_CLI_CACHE: cache }),
      });
      expect(run.stdout).toBe('data/beiyang.json: valid — 1 year(s)\n');
      expect(run.status).toBe(0);
      return JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8')) as { folder: string; builtFrom: number; inputs: string[] };
    };
    const first = validate();
    expect(first.inputs).toEqual(
      expect.arrayContaining(['src/cli/validate.ts', 'src/data/validate.ts', 'src/extract/extract.ts', 'package-lock.json']),
    );
    expect(first.inputs.some((path) => path.includes('node_modules'))).toBe(false);
    expect(validate()).toEqual(first);
    expect(freshBuild(cache)).toBe(join(cache, first.folder));
    // As if a source had changed since: the bundle is older than its sources, and is built again.
    writeFileSync(
      join(cache, 'current.json'),
      JSON.stringify({ ...first, builtFrom: statSync(join(root, 'src/cli/extract.ts')).mtimeMs - 1 }),
    );
    expect(freshBuild(cache)).toBeUndefined();
    writeFileSync(join(cache, 'current.json'), JSON.stringify({ ...first, inputs: [...first.inputs, 'src/cli/gone.ts'] }));
    expect(freshBuild(cache)).toBeUndefined();
  });
});
