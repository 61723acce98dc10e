import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/harness.mjs';
import { runTool, STACK_LINE, startTool } from '../helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'fazhi-extract-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const report = join(root, 'data/reports/beiyang-2024.txt');
const reportText = readFileSync(report, 'utf8');

/** `npm run extract -- args` in a Chinese locale. */
function extract(...args: string[]) {
  return runTool('extract', args, 'zh_CN.UTF-8');
}

/** `npm run extract -- args` in English (LANG=C). */
function extractInEnglish(...args: string[]) {
  return runTool('extract', args, 'C');
}

/** A file of the test's own folder holding `content`. */
function written(name: string, content: string | Uint8Array): string {
  const file = join(folder, name);
  writeFileSync(file, content);
  return file;
}

/** A refusal as people should meet it: one line, no stack trace. */
function oneLine(err: string): string {
  expect(err).not.toMatch(STACK_LINE);
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  return err.trim();
}

/** A copy of the real dataset to merge into. */
function datasetCopy(): string {
  const file = join(folder, `beiyang-${Math.random().toString(36).slice(2)}.json`);
  copyFileSync(join(root, 'data/beiyang.json'), file);
  return file;
}

describe('npm run extract', () => {
  it('prints the draft on stdout and the check list (待核) on stderr', () => {
    const { code, out, err } = extract(report, '--unit-id', 'beiyang');
    expect(code).toBe(0);
    const draft = JSON.parse(out);
    expect(draft.draft).toBe(true);
    expect(draft.years[0].petitions.total).toEqual({ value: 393, quote: '全年信访总量393条' });
    expect(err).toContain('待核 四个：未放入数据的数字');
    expect(err).toContain('共 1 项待核对');
  });

  it('with --json, puts the check list in the output too, as toCheck', () => {
    const { code, out } = extract(report, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).toCheck.map((item: { text: string }) => item.text)).toEqual(['四个']);
  });

  it('--into adds a new year to a dataset, validated, and marks it a draft', () => {
    const file = datasetCopy();
    const { code, err } = extract(report, '--year', '2023', '--into', file);
    expect(code).toBe(0);
    expect(err).toContain('已加入 2023 年');
    const merged = JSON.parse(readFileSync(file, 'utf8'));
    expect(merged.years.map((entry: { year: number }) => entry.year)).toEqual([2023, 2024]);
    expect(merged.draft).toBe(true);
    expect(merged.unit.id).toBe('beiyang');
  });

  it('--into warns of figures that do not add up, as npm run validate does', () => {
    const text = join(folder, 'short.txt');
    writeFileSync(text, '青山镇2024年度法治政府建设年度报告\n全年信访总量400件，其中来访193件，来信200件。\n2025年3月1日');
    const file = datasetCopy();
    // 青山镇's figures into 北洋镇's dataset: asked for with the dataset's unit id.
    const { code, err } = extract(text, '--year', '2023', '--unit-id', 'beiyang', '--into', file);
    expect(code).toBe(0);
    expect(err).toMatch(/years\[0\]\.petitions.*提示/);
  });

  it('--into refuses to replace a year the dataset has, unless --replace', () => {
    const file = datasetCopy();
    const before = readFileSync(file, 'utf8');
    const refused = extract(report, '--into', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('数据集中已有 2024 年。如要替换，请加上 --replace。');
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
    expect(extract(join(folder, 'no-such.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('无法读取（ENOENT）') });
    expect(extract().code).toBe(2);
    expect(extract(report, '--year', 'last').code).toBe(2);
  });
});

describe('npm run extract refuses in one line of the user’s language, saying what to do, with an exit code', () => {
  it('a missing report and a folder, in Chinese and in English', () => {
    const missing = extract(join(folder, 'no-such.txt'));
    expect(missing.code).toBe(1);
    expect(oneLine(missing.err)).toBe(`${join(folder, 'no-such.txt')}：无法读取（ENOENT）：没有这个文件，请检查文件名和所在文件夹。`);
    const folderAsReport = extractInEnglish(folder);
    expect(folderAsReport.code).toBe(1);
    expect(oneLine(folderAsReport.err)).toBe(`${folder}: cannot be read (EISDIR): it is a folder; name a file in it.`);
  });

  it('a report over 20 MB, with its size and the limit, at once', () => {
    const huge = written('huge.txt', reportText.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(reportText))));
    const started = performance.now();
    const { code, err } = extract(huge);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(code).toBe(1);
    expect(oneLine(err)).toMatch(/^.*huge\.txt：文件有 50 MB，超过 20 MB 的上限，未读取。/);
  });

  it('a report that names its year nowhere asks for --year (exit 1); a bad --year is a usage mistake (exit 2)', () => {
    const untitled = written('untitled.txt', '全年信访总量400件，其中来信200件。');
    const noYear = extract(untitled);
    expect(noYear.code).toBe(1);
    expect(oneLine(noYear.err)).toBe(`${untitled}：报告的标题、开头、日期和网址中都找不到年份。请用 --year 指定年度，例如 --year 2024。`);
    expect(extract(untitled, '--year', '2024').code).toBe(0);
    for (const year of ['last', '1800', '20245']) {
      const bad = extract(report, '--year', year);
      expect(bad.code).toBe(2);
      expect(oneLine(bad.err)).toBe(`--year 应为 1949 到 2100 之间的四位数年份，例如 --year 2024（现在是“${year}”）。`);
    }
    const unknown = extractInEnglish(report, '--yaer', '2024');
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.err)).toMatch(/^There is no option --yaer\. usage: npm run extract -- /);
    expect(oneLine(extractInEnglish(report, '--year').err)).toMatch(/^--year needs a value\. usage:/);
  });

  it('--into a read-only dataset: one line, exit 1, the file as it was', () => {
    const file = datasetCopy();
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const { code, err } = extractInEnglish(report, '--year', '2023', '--into', file);
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n').at(-1)).toBe(
      `${file}: cannot be written (read-only); the file is as it was: it is read-only. Make it writable first (chmod u+w), or write to a copy.`,
    );
    expect(err).not.toMatch(STACK_LINE);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(folder).filter((name) => name.startsWith(`.${basename(file)}.`))).toEqual([]);
  });

  it('--into a folder: one line, exit 1', () => {
    const { code, err } = extract(report, '--into', folder);
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n').at(-1)).toBe(`${folder}：无法读取（EISDIR）：这是一个文件夹，请指定其中的文件。`);
  });
});

describe('npm run extract reads what it is given', () => {
  it('--into a dataset saved with a BOM (UTF-8, as Windows Notepad saves it)', () => {
    const file = written('bom.json', `\uFEFF${readFileSync(join(root, 'data/beiyang.json'), 'utf8')}`);
    const { code, err } = extract(report, '--year', '2023', '--into', file);
    expect(err).toContain('已加入 2023 年');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).years.map((entry: { year: number }) => entry.year)).toEqual([2023, 2024]);
  });

  it('a report saved as UTF-16 (with and without a BOM); refuses Big5 and binary files in words', () => {
    const utf16 = Buffer.from(reportText, 'utf16le');
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]), utf16]) {
      const { code, out } = extract(written('utf16.txt', bytes));
      expect(code).toBe(0);
      expect(JSON.parse(out).years[0].petitions.total).toEqual({ value: 393, quote: '全年信访总量393条' });
    }
    const big5 = join(root, 'tests/fixtures/encodings/invented-report-big5.txt');
    expect(extract(big5)).toMatchObject({
      code: 1,
      err: `${big5}：文件是繁体中文的 Big5 编码，无法正确读取。请用文本编辑器另存为 UTF-8 编码后再试。\n`,
    });
    const png = join(root, 'docs/screenshots/dashboard-360.png');
    const binary = extractInEnglish(png);
    expect(binary.code).toBe(1);
    expect(oneLine(binary.err)).toBe(
      `${png}: this is not a text file (a PDF, a Word document or a picture?). Save it as plain text (.txt) or a web page (.html), or copy the report's text into a .txt file, and try again.`,
    );
  });

  it('drops NUL and other control characters from the report, says how many on one line, and never prints them', () => {
    const at = reportText.indexOf('全年信访总量393条') + 3;
    const file = written('nul.txt', `${reportText.slice(0, at)}\0${reportText.slice(at, at + 40)}\x07\uFFFF${reportText.slice(at + 40)}`);
    const { code, out, err } = extract(file, '--json');
    expect(code).toBe(0);
    expect(err).toContain(`${file}：报告中有 3 个不可见的控制字符（如 NUL），已删除。`);
    expect(JSON.parse(out).years[0].petitions.total).toEqual({ value: 393, quote: '全年信访总量393条' });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not be printed.
    expect(out + err).not.toMatch(/[\0\x07\uFFFF]|\\u0000|\\u0007|\\uffff/i);
  });
});

describe('npm run extract --into writes the dataset whole or not at all', () => {
  it('killed between writing and renaming, leaves the old dataset byte for byte; the next run leaves no temporary file', async () => {
    const file = datasetCopy();
    const before = readFileSync(file);
    const { child, match } = await startTool('extract', [report, '--year', '2023', '--into', file], /paused before renaming (.+)\n/, {
      FAZHI_TEST_PAUSE_BEFORE_RENAME: '1',
    });
    const temporary = match[1];
    expect(dirname(temporary)).toBe(dirname(file));
    // The new dataset is whole in the temporary file; the old one is untouched.
    expect(JSON.parse(readFileSync(temporary, 'utf8')).years).toHaveLength(2);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(folder)).toContain(basename(temporary));

    const { code } = extract(report, '--year', '2023', '--into', file);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).years).toHaveLength(2);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the dataset file’s permissions', () => {
    const file = datasetCopy();
    chmodSync(file, 0o640);
    expect(extract(report, '--year', '2023', '--into', file).code).toBe(0);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('640');
  });
});

describe('npm run extract with what a town’s clerk gave it', () => {
  const clerk = (name: string) => join(root, 'tests/fixtures/clerk', name);

  it('refuses an empty report in one line, exit 1, with --year or without, and adds nothing --into', () => {
    for (const name of ['empty.txt', 'blank.txt']) {
      const file = datasetCopy();
      const before = readFileSync(file);
      const withYear = extract(clerk(name), '--year', '2025', '--into', file);
      expect(withYear.code).toBe(1);
      expect(oneLine(withYear.err)).toBe(`${clerk(name)}：报告是空的，没有可以提取的文字。请确认选对了文件，或把报告全文复制进去后再试。`);
      expect(readFileSync(file)).toEqual(before);
      const withoutYear = extractInEnglish(clerk(name));
      expect(withoutYear.code).toBe(1);
      expect(oneLine(withoutYear.err)).toBe(
        `${clerk(name)}: the report is empty: it holds no words to extract. Check that this is the right file, or copy the report's text into it, and try again.`,
      );
    }
  });

  it('reads a short report with Word’s line breaks (U+000B) as text, its sentences whole, and says how many characters it dropped', () => {
    const { code, out, err } = extract(clerk('vt.txt'));
    expect(code).toBe(0);
    expect(err).toContain(`${clerk('vt.txt')}：报告中有 4 个不可见的控制字符（如 NUL），已删除。`);
    const year = JSON.parse(out).years[0];
    expect(year.training.map((kind: { label: string }) => kind.label)).toEqual(['集中学法', '专题培训会']);
    expect(year.petitions.total.value).toBe(120);
  });

  it('refuses to merge a year of another unit, naming both, unless --unit-id says it is the dataset’s', () => {
    const lipu = join(root, 'tests/fixtures/real-reports/town-lipu-2023.txt');
    const file = datasetCopy();
    const before = readFileSync(file);
    const refused = extract(lipu, '--into', file);
    expect(refused.code).toBe(1);
    expect(refused.err.trimEnd().split('\n').at(-1)).toBe(
      `${file}：报告的单位是澧浦镇，数据集的单位是北洋镇（beiyang），未合并。如确要加入这个数据集，请加上 --unit-id beiyang。`,
    );
    expect(readFileSync(file)).toEqual(before);
    const english = extractInEnglish(lipu, '--into', file);
    expect(english.err.trimEnd().split('\n').at(-1)).toBe(
      `${file}: the report is 澧浦镇's, the dataset 北洋镇's (beiyang); nothing was merged. To add it to this dataset anyway, add --unit-id beiyang.`,
    );
    const asked = extract(lipu, '--unit-id', 'beiyang', '--into', file);
    expect(asked.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).years.map((entry: { year: number }) => entry.year)).toEqual([2023, 2024]);
  });

  it('refuses to merge another unit’s year into a new dataset whose unit has no code yet (unit), naming both', () => {
    const fixture = (name: string) => join(root, `tests/fixtures/real-reports/${name}.txt`);
    const first = join(folder, `new-${Math.random().toString(36).slice(2)}.json`);
    expect(extract(fixture('town-donghai-2022'), '--into', first).code).toBe(0);
    expect(JSON.parse(readFileSync(first, 'utf8')).unit).toEqual({ id: 'unit', name: { 'zh-CN': '东海镇' } });
    const before = readFileSync(first);
    const refused = extract(fixture('town-lipu-2023'), '--into', first);
    expect(refused.code).toBe(1);
    expect(refused.err.trimEnd().split('\n').at(-1)).toBe(
      `${first}：报告的单位是澧浦镇，数据集的单位是东海镇（unit），未合并。如确要加入这个数据集，请加上 --unit-id unit。`,
    );
    expect(readFileSync(first)).toEqual(before);
    const asked = extract(fixture('town-lipu-2023'), '--unit-id', 'unit', '--into', first);
    expect(asked.code).toBe(0);
    expect(JSON.parse(readFileSync(first, 'utf8')).years.map((entry: { year: number }) => entry.year)).toEqual([2022, 2023]);
  });

  it('--into a dataset PowerShell saved (UTF-16 with a BOM) adds the year, and writes UTF-8', () => {
    const file = written('ps.json', readFileSync(clerk('ps-redirect.json')));
    const { code, err } = extract(join(root, 'tests/fixtures/real-reports/town-lipu-2023.txt'), '--year', '2022', '--into', file);
    expect(err).toContain('已加入 2022 年');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).years.map((entry: { year: number }) => entry.year)).toEqual([2022, 2023]);
  });

  it('--into an empty dataset file says it is empty; --into a file that does not exist starts a first dataset, saying so', () => {
    const empty = written('empty.json', '');
    const refused = extract(report, '--into', empty);
    expect(refused.code).toBe(1);
    expect(refused.err.trimEnd().split('\n').at(-1)).toBe(`${empty}：数据文件是空的，不是数据集。`);
    const first = join(folder, `first-${Math.random().toString(36).slice(2)}.json`);
    const started = extract(report, '--unit-id', 'beiyang', '--into', first);
    expect(started.code).toBe(0);
    expect(started.err.trimEnd().split('\n').at(-1)).toBe(
      `${first}：文件不存在，已新建数据集，加入 2024 年（标为 draft: true，待有人逐项核对后删除这一行）。`,
    );
    const dataset = JSON.parse(readFileSync(first, 'utf8'));
    expect(dataset.unit.id).toBe('beiyang');
    expect(dataset.years[0].petitions.total.value).toBe(393);
  });

  it('says a file it cannot write is read-only in Chinese words', () => {
    const file = datasetCopy();
    chmodSync(file, 0o444);
    const { code, err } = extract(report, '--year', '2023', '--into', file);
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n').at(-1)).toBe(
      `${file}：无法写入（只读），文件保持原样：文件是只读的。如要写入，请先取消只读（chmod u+w），或写入它的副本。`,
    );
  });
});
