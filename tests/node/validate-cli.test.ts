import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/harness.mjs';
import { runTool, STACK_LINE } from '../helpers/cli.js';
import { mutated } from '../helpers/dataset.js';

const folder = mkdtempSync(join(tmpdir(), 'fazhi-validate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `npm run validate -- files` in English (LANG=C): stdout and stderr together. */
function validate(...files: string[]) {
  const { code, out, err } = runTool('validate', files);
  return { code, output: out + err };
}

function file(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

describe('npm run validate', () => {
  it('passes the real dataset and the sample, exit 0', () => {
    const { code, output } = validate('data/beiyang.json', 'demo/data/sample-multi-year.json');
    expect(output).toContain('data/beiyang.json: valid — 1 year(s)');
    expect(output).toContain('demo/data/sample-multi-year.json: valid — 4 year(s)');
    expect(code).toBe(0);
  });

  it('reads a file named from the folder npm was called in (npm run validate -- beiyang.json in data/), as every tool does', () => {
    // npm runs a script in the package's folder; INIT_CWD names the one it was called from, npm_lifecycle_script the script.
    const called = { INIT_CWD: join(root, 'data'), npm_lifecycle_script: 'node scripts/validate.mjs' };
    const run = runTool('validate', ['beiyang.json'], 'C', called);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    // Called from within another script (the tests' own npm test), the tool keeps the folder it was started in.
    expect(
      runTool('validate', ['data/beiyang.json'], 'C', { INIT_CWD: join(root, 'data'), npm_lifecycle_script: 'node scripts/test.mjs' }).code,
    ).toBe(0);
  });

  it('prints every problem with its JSON path and exits 1', () => {
    const bad = file(
      'bad.json',
      mutated((d) => {
        d.years[0].petitions.channels[1].value = -8;
        d.years[0].mediation.statedRate.value = 99;
        delete d.years[0].source.date;
      }),
    );
    const { code, output } = validate(bad);
    expect(output).toContain('years[0].source.date: is required but missing');
    expect(output).toContain('years[0].petitions.channels[1].value: must be at least 0 (found -8)');
    expect(output).toContain('years[0].mediation.statedRate.value: must be at most 1 (found 99)');
    expect(output).toContain('3 problem(s)');
    expect(code).toBe(1);
  });

  it('refuses a figure whose quote does not hold its number, as the editor does: 30 quoted as 审结3件, exit 1', () => {
    const tampered = file(
      'tampered.json',
      mutated((d) => {
        d.years[0].petitions.channels[1].value = 80;
      }),
    );
    const { code, output } = validate(tampered);
    expect(output).toContain('years[0].petitions.channels[1].value: the quoted words do not hold this number (80)');
    expect(output).toContain('1 problem(s)');
    expect(code).toBe(1);
    // In Chinese too.
    expect(runTool('validate', [tampered], 'zh_CN.UTF-8').out).toContain('引用的报告原文中没有这个数字（80）');
  });

  it('says where JSON breaks, by line and column', () => {
    const { code, output } = validate(file('broken.json', '{\n  "schemaVersion": 1,\n  unit: {}\n}'));
    expect(output).toMatch(/not valid JSON: .*\(line 3, column 3\)/);
    expect(code).toBe(1);
  });

  it('prints data-quality warnings without failing', () => {
    const { code, output } = validate(
      file(
        'off.json',
        // A total its words hold (the number alone changed would be refused), that the channels do not add up to.
        mutated((d) => (d.years[0].petitions.total = { value: 400, quote: '全年信访总量400条' })),
      ),
    );
    expect(output).toContain('years[0].petitions.channels: warning: The channels add up to 393, the stated total is 400 (difference -7).');
    expect(code).toBe(0);
  });

  it('exits 2 with usage when no file is named, 1 for a missing file', () => {
    expect(validate().code).toBe(2);
    const missing = validate(join(folder, 'nope.json'));
    expect(missing.output).toContain('cannot be read (ENOENT)');
    expect(missing.code).toBe(1);
  });

  it('reads a dataset saved as UTF-8 with a BOM, as the elements do', () => {
    const { code, output } = validate(file('bom.json', `\uFEFF${readFileSync(join(root, 'data/beiyang.json'), 'utf8')}`));
    expect(output).toContain('bom.json: valid — 1 year(s)');
    expect(code).toBe(0);
  });

  it('reads a dataset PowerShell saved (UTF-16 with a BOM), as the editor does', () => {
    const { code, output } = validate(join(root, 'tests/fixtures/clerk/ps-redirect.json'));
    expect(output).toContain('ps-redirect.json: valid — 1 year(s)');
    expect(code).toBe(0);
  });

  it('says an empty file is empty, in one line', () => {
    const { code, output } = validate(file('empty.json', ''));
    expect(output).toBe(`${join(folder, 'empty.json')}: the data file is empty: it is no dataset.\n`);
    expect(code).toBe(1);
  });

  it('writes each problem with the punctuation of its language', () => {
    const bad = file(
      'bad-zh.json',
      mutated((d) => {
        delete d.years[0].source.date;
      }),
    );
    const { code, out } = runTool('validate', [bad], 'zh_CN.UTF-8');
    expect(code).toBe(1);
    expect(out).toContain(`${bad}：years[0].source.date：缺少必填字段\n`);
    expect(out).not.toMatch(/[^\s]: /);
  });

  it('refuses a folder and an unknown option in one line each, in the user’s language, with no stack trace', () => {
    const { code, output } = validate(folder);
    expect(output).toBe(`${folder}: cannot be read (EISDIR): it is a folder; name a file in it.\n`);
    expect(code).toBe(1);
    const unknown = runTool('validate', ['--strict', 'data/beiyang.json'], 'zh_CN.UTF-8');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('没有 --strict 这个选项。用法：npm run validate -- 数据集.json|集合.json [更多.json …] [--debug]\n');
    expect(unknown.err + unknown.out).not.toMatch(STACK_LINE);
    expect(runTool('validate', [], 'zh_CN.UTF-8').err).toBe('用法：npm run validate -- 数据集.json|集合.json [更多.json …] [--debug]\n');
  });
});

describe('--help', () => {
  it('prints each tool’s usage on stdout and exits 0, in the user’s language', () => {
    for (const tool of ['extract', 'validate', 'collect', 'slides', 'static'] as const) {
      for (const help of ['--help', '-h']) {
        const run = runTool(tool, [help]);
        expect([run.code, run.err], `${tool} ${help}`).toEqual([0, '']);
        expect(run.out, `${tool} ${help}`).toMatch(new RegExp(`^usage: npm run ${tool} -- .+\n$`));
      }
      expect(runTool(tool, ['--help'], 'zh_CN.UTF-8').out, tool).toMatch(new RegExp(`^用法：npm run ${tool} -- .+\n$`));
    }
  });
});
