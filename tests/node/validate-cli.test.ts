import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutated } from '../helpers/dataset.js';

const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'fazhi-validate-'));

function validate(...files: string[]) {
  const { NODE_ENV: _, ...env } = process.env;
  const run = spawnSync(process.execPath, [join(root, 'scripts/validate.mjs'), ...files], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, LANG: 'C' },
  });
  return { code: run.status, output: run.stdout + run.stderr };
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

  it('says where JSON breaks, by line and column', () => {
    const { code, output } = validate(file('broken.json', '{\n  "schemaVersion": 1,\n  unit: {}\n}'));
    expect(output).toMatch(/not valid JSON: .*\(line 3, column 3\)/);
    expect(code).toBe(1);
  });

  it('prints data-quality warnings without failing', () => {
    const { code, output } = validate(
      file(
        'off.json',
        mutated((d) => (d.years[0].petitions.total.value = 400)),
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
});
