import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/harness.mjs';

const folder = mkdtempSync(join(tmpdir(), 'fazhi-extract-'));
const report = join(root, 'data/reports/beiyang-2024.txt');

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/extract.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A copy of the real dataset to merge into. */
function datasetCopy(): string {
  const file = join(folder, `beiyang-${Math.random().toString(36).slice(2)}.json`);
  copyFileSync(join(root, 'data/beiyang.json'), file);
  return file;
}

describe('npm run extract', () => {
  it('prints the draft on stdout and the review list on stderr', () => {
    const { code, out, err } = extract(report, '--unit-id', 'beiyang');
    expect(code).toBe(0);
    const draft = JSON.parse(out);
    expect(draft.draft).toBe(true);
    expect(draft.years[0].petitions.total).toEqual({ value: 393, quote: '全年信访总量393条' });
    expect(err).toContain('待核 四个：未放入数据的数字');
    expect(err).toContain('1 item(s) to review');
  });

  it('with --json, puts the review list in the output too', () => {
    const { code, out } = extract(report, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).review.map((item: { text: string }) => item.text)).toEqual(['四个']);
  });

  it('--into adds a new year to a dataset, validated, and marks it a draft', () => {
    const file = datasetCopy();
    const { code, err } = extract(report, '--year', '2023', '--into', file);
    expect(code).toBe(0);
    expect(err).toContain('2023 added');
    const merged = JSON.parse(readFileSync(file, 'utf8'));
    expect(merged.years.map((entry: { year: number }) => entry.year)).toEqual([2023, 2024]);
    expect(merged.draft).toBe(true);
    expect(merged.unit.id).toBe('beiyang');
  });

  it('--into warns of figures that do not add up, as npm run validate does', () => {
    const text = join(folder, 'short.txt');
    writeFileSync(text, '青山镇2024年度法治政府建设年度报告\n全年信访总量400件，其中来访193件，来信200件。\n2025年3月1日');
    const file = datasetCopy();
    const { code, err } = extract(text, '--year', '2023', '--into', file);
    expect(code).toBe(0);
    expect(err).toMatch(/years\[0\]\.petitions.*warning/);
  });

  it('--into refuses to replace a year the dataset has, unless --replace', () => {
    const file = datasetCopy();
    const before = readFileSync(file, 'utf8');
    const refused = extract(report, '--into', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('The dataset has 2024 already; --replace replaces it.');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const replaced = extract(report, '--into', file, '--replace');
    expect(replaced.code).toBe(0);
    const merged = JSON.parse(readFileSync(file, 'utf8'));
    expect(merged.years).toHaveLength(1);
    // The address is not in the report's text: the replaced year no longer has it.
    expect(merged.years[0].source.url).toBeUndefined();
    expect(merged.years[0].mediation.accepted.value).toBe(99);
  });

  it('names every problem of a broken dataset with its JSON path, and leaves it as it was', () => {
    const file = join(folder, 'broken.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, unit: { id: 'x', name: '某镇' }, sample: false, years: [{ year: 'x' }] }));
    const { code, err } = extract(report, '--into', file);
    expect(code).toBe(1);
    expect(err).toMatch(/years\[0\]\.year/);
    expect(JSON.parse(readFileSync(file, 'utf8')).years[0].year).toBe('x');
  });

  it('says so for a report it cannot read, and for a usage mistake', () => {
    expect(extract(join(folder, 'no-such.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('cannot be read (ENOENT)') });
    expect(extract().code).toBe(2);
    expect(extract(report, '--year', 'last').code).toBe(2);
  });
});
