import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/harness.mjs';
import { runTool, STACK_LINE } from '../helpers/cli.js';

const folder = mkdtempSync(join(tmpdir(), 'fazhi-collect-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const fixtures = join(root, 'tests/fixtures/reports');
/** The invented reports written for the extractor's tests (towns, street offices, departments). */
const reports = readdirSync(fixtures)
  .filter((name) => /\.(txt|html)$/.test(name))
  .map((name) => join(fixtures, name));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** A refusal as people should meet it: one line, no stack trace. */
function oneLine(err: string): string {
  expect(err).not.toMatch(STACK_LINE);
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  return err.trim();
}

describe('npm run collect', () => {
  const out = join(folder, 'district.json');
  const run = runTool('collect', [...reports, '--out', out, '--name', '示例区', '--parent', '示例区'], 'zh_CN.UTF-8');

  it('reads every report and writes a draft collection, each unit’s dataset beside it and the index', () => {
    expect(run.code, run.err).toBe(0);
    const collection = readJson(out);
    expect(collection).toMatchObject({ schemaVersion: 1, name: '示例区', sample: false, draft: true, index: 'district/index/' });
    expect(collection.units).toHaveLength(reports.length);
    const qingxi = collection.units.find((unit: { id: string }) => unit.id === 'invented-qingxi-town');
    expect(qingxi).toMatchObject({
      name: { 'zh-CN': '青溪镇' },
      kind: 'town',
      parent: '示例区',
      dataset: 'district/invented-qingxi-town.json',
    });
    expect(collection.units.find((unit: { id: string }) => unit.id === 'invented-baisha-street').kind).toBe('street');
    const dataset = readJson(join(folder, 'district/invented-qingxi-town.json'));
    expect(dataset).toMatchObject({ draft: true, unit: { id: 'invented-qingxi-town' } });
    expect(dataset.years[0].petitions.total).toEqual({ value: 412, quote: '全年共受理信访件412件' });
    for (const file of ['figures.json', 'reports.json', 'petitions.total.json'])
      expect(existsSync(join(folder, 'district/index', file)), file).toBe(true);
    const total = readJson(join(folder, 'district/index/petitions.total.json'));
    expect(total.units.find((unit: { id: string }) => unit.id === 'invented-qingxi-town').years).toEqual([
      { year: 2024, value: 412, quote: '全年共受理信访件412件' },
    ]);
  });

  it('lists the figures to check under each unit, as npm run extract does for one report', () => {
    expect(run.err).toContain('青溪镇（invented-qingxi-town-2024.txt）：');
    expect(run.err).toMatch(/青溪镇（invented-qingxi-town-2024\.txt）：\n {2}待核 4次：/);
    const single = runTool('extract', [join(fixtures, 'invented-qingxi-town-2024.txt')], 'zh_CN.UTF-8');
    const count = single.err.match(/共 (\d+) 项待核对/)?.[1];
    expect(run.err).toContain(`  共 ${count} 项待核对`);
  });

  it('writes a collection npm run validate passes', () => {
    const check = runTool('validate', [out]);
    expect(check.out + check.err).toContain(`${out}: valid — ${reports.length} unit(s), the datasets of ${reports.length} checked`);
    expect(check.code).toBe(0);
  });

  it('refuses, in one line and writing nothing, to replace a collection that is there without --replace', () => {
    const again = runTool('collect', [reports[0], '--out', out]);
    expect(oneLine(again.err)).toBe(`${out}: there is such a file already; --replace replaces it.`);
    expect(again.code).toBe(1);
    expect(readJson(out).units).toHaveLength(reports.length);
  });

  it('refuses two reports of one unit and year, naming both, and writes nothing', () => {
    const twin = join(folder, 'invented-qingxi-town_2024.txt');
    cpSync(join(fixtures, 'invented-qingxi-town-2024.txt'), twin);
    const target = join(folder, 'twins.json');
    const twice = runTool('collect', [join(fixtures, 'invented-qingxi-town-2024.txt'), twin, '--out', target]);
    expect(oneLine(twice.err)).toContain('are both reports of one unit for 2024; keep one of them.');
    expect(twice.code).toBe(1);
    expect(existsSync(target)).toBe(false);
  });

  it('says how to use it when no report or no --out is given (exit 2)', () => {
    const none = runTool('collect', ['--out', join(folder, 'x.json')]);
    expect(oneLine(none.err)).toMatch(/^usage: npm run collect -- report\.txt/);
    expect(none.code).toBe(2);
    expect(runTool('collect', [reports[0]]).code).toBe(2);
  });
});

describe('npm run collect of real reports’ openings', () => {
  const real = join(root, 'tests/fixtures/real-reports');
  const names = ['town-donghai-2022', 'town-jukui-2021', 'township-tongmuluo-2023', 'street-helong-2024', 'county-yueyangxian-2022'];
  const out = join(folder, 'real.json');
  const run = runTool('collect', [...names.map((name) => join(real, `${name}.txt`)), '--out', out], 'zh_CN.UTF-8');
  const unit = (id: string) => readJson(out).units.find((each: { id: string }) => each.id === id);

  it('names each unit as its report names itself, without 人民政府 or the places above it, and its kind from that name', () => {
    expect(run.code, run.err).toBe(0);
    expect(unit('town-donghai')).toMatchObject({ name: { 'zh-CN': '东海镇' }, kind: 'town' });
    expect(unit('town-jukui')).toMatchObject({ name: { 'zh-CN': '聚奎镇' }, kind: 'town' });
    expect(unit('township-tongmuluo')).toMatchObject({ name: { 'zh-CN': '桐木漯瑶族乡' }, kind: 'township' });
    expect(unit('street-helong')).toMatchObject({ name: { 'zh-CN': '鹤龙街' }, kind: 'street' });
    // A name read from the body is said to be, to be checked.
    expect(run.err).toContain('东海镇（town-donghai-2022.txt）：\n  单位名称“东海镇”取自报告正文或页面信息（标题中没有），请核对');
  });

  it('names a unit whose report names none by its file, and says so', () => {
    expect(unit('county-yueyangxian').name).toEqual({ 'zh-CN': 'county-yueyangxian' });
    expect(run.err).toContain('单位名称“county-yueyangxian”取自文件名（报告中找不到单位名称），请核对后改为单位的正式名称');
    expect(readJson(out).units.filter((each: { name: { 'zh-CN': string } }) => each.name['zh-CN'] === '（待填写）')).toEqual([]);
  });

  it('takes --year as every report’s year, naming the reports that name another year or none', () => {
    const noYear = join(folder, 'no-year.txt');
    writeFileSync(noYear, '东岭镇深入推进法治政府建设，全年受理信访件12件。\n');
    const target = join(folder, 'years.json');
    const given = runTool('collect', [noYear, join(real, 'town-donghai-2022.txt'), '--year', '2022', '--out', target], 'zh_CN.UTF-8');
    expect(given.code, given.err).toBe(0);
    expect(given.err).toContain(`${noYear}：按 --year 定为2022年度（报告中找不到年份）`);
    expect(given.err).not.toContain('town-donghai-2022.txt：按 --year');
    expect(readJson(join(folder, 'years/no-year.json')).years[0].year).toBe(2022);
    const other = runTool('collect', [join(real, 'town-donghai-2022.txt'), '--year', '2023', '--out', join(folder, 'other.json')]);
    expect(other.err).toContain('town-donghai-2022.txt: taken as the report of 2023, as --year says (the report says 2022)');
    expect(oneLine(runTool('collect', [noYear, '--year', '24', '--out', join(folder, 'bad.json')]).err)).toContain(
      '--year takes a four-digit year',
    );
  });

  it('says an empty report is empty, in one line, and writes nothing', () => {
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '  \n');
    const target = join(folder, 'empty.json');
    const refused = runTool('collect', [empty, '--out', target], 'zh_CN.UTF-8');
    expect(oneLine(refused.err)).toBe(`${empty}：报告是空的，没有可以提取的文字。请确认选对了文件，或把报告全文复制进去后再试。`);
    expect(refused.code).toBe(1);
    expect(existsSync(target)).toBe(false);
  });

  it('makes npm run validate warn of a unit still named （待填写） and of two units named alike', () => {
    const collection = readJson(out);
    collection.units[0].name = { 'zh-CN': '（待填写）' };
    collection.units[2].name = collection.units[1].name;
    const file = join(folder, 'unnamed.json');
    writeFileSync(file, JSON.stringify(collection));
    const { out: said } = runTool('validate', [file], 'zh_CN.UTF-8');
    expect(said).toContain(`${file}：units[0].name：提示：单位名称还是“（待填写）”`);
    expect(said).toContain(`${file}：提示：town-jukui、township-tongmuluo 用了同一个单位名称“聚奎镇”`);
  });
});

describe('npm run collect -- --index, and npm run validate of a collection', () => {
  const district = join(folder, 'sample');
  cpSync(join(root, 'demo/data/sample-district.json'), join(district, 'sample-district.json'));
  cpSync(join(root, 'demo/data/sample-district'), join(district, 'sample-district'), { recursive: true });
  const file = join(district, 'sample-district.json');

  it('passes the sample district, its twelve datasets and its index', () => {
    const { code, out } = runTool('validate', [file]);
    expect(out).toContain(`${file}: valid — 12 unit(s), the datasets of 12 checked`);
    expect(code).toBe(0);
  });

  it('says an index is stale once a dataset is corrected, and writes it again with --index', () => {
    const unit = join(district, 'sample-district/beiao.json');
    const dataset = readJson(unit);
    dataset.years[2].petitions.total = { value: 366, quote: '（示例）全年信访总量366件' };
    dataset.years[2].petitions.channels[0].value -= 1;
    writeFileSync(unit, JSON.stringify(dataset, null, 2));
    const stale = runTool('validate', [file]);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain(
      'sample-district/index/petitions.total.json: the index disagrees with the datasets: petitions.total · beiao.',
    );
    const rewritten = runTool('collect', ['--index', file]);
    expect(rewritten.code, rewritten.err).toBe(0);
    const total = readJson(join(district, 'sample-district/index/petitions.total.json'));
    expect(total.units.find((entry: { id: string }) => entry.id === 'beiao').years.at(-1)).toEqual({
      year: 2024,
      value: 366,
      quote: '（示例）全年信访总量366件',
    });
    expect(runTool('validate', [file]).code).toBe(0);
  });

  it('says an index is stale when a figure’s name is not the one the datasets give it now (the words of a section renamed)', () => {
    const index = join(district, 'sample-district/index');
    const list = readJson(join(index, 'figures.json'));
    const decided = list.figures.find((figure: { key: string }) => figure.key === 'reviews.reconsideration-decided');
    decided.label = { 'zh-CN': '审结', en: 'Decided' };
    writeFileSync(join(index, 'figures.json'), JSON.stringify(list));
    const stale = runTool('validate', [file]);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain(
      'sample-district/index/figures.json: the index disagrees with the datasets: reviews.reconsideration-decided (Decided, not Reconsiderations decided).',
    );
    // Stale in one language only, said in the other's run too.
    decided.label = { 'zh-CN': '复议审结', en: 'Decided' };
    writeFileSync(join(index, 'figures.json'), JSON.stringify(list));
    const chinese = runTool('validate', [file], 'zh_CN.UTF-8');
    expect(chinese.code).toBe(1);
    expect(chinese.out).toContain('reviews.reconsideration-decided（名称为“Decided”，应为“Reconsiderations decided”）');
    expect(runTool('collect', ['--index', file]).code).toBe(0);
    expect(runTool('validate', [file]).code).toBe(0);
  });

  it('takes out of the index, written again, the file of a figure it listed that no dataset gives any more, and no other file', () => {
    const index = join(district, 'sample-district/index');
    const list = readJson(join(index, 'figures.json'));
    list.figures.push({ ...list.figures[0], key: 'petitions.no-longer' });
    writeFileSync(join(index, 'figures.json'), JSON.stringify(list));
    const stale = join(index, 'petitions.no-longer.json');
    // Files the index never listed, however they are named, stay.
    const others = [join(index, 'notes.txt'), join(index, 'beiao.2023.json')];
    writeFileSync(stale, '{}');
    for (const other of others) writeFileSync(other, 'kept beside the index');
    const rewritten = runTool('collect', ['--index', file]);
    expect(rewritten.code, rewritten.err).toBe(0);
    expect(existsSync(stale)).toBe(false);
    for (const other of others) expect(readFileSync(other, 'utf8')).toBe('kept beside the index');
    expect(runTool('validate', [file]).code).toBe(0);
  });

  it('names a unit whose dataset is broken, with its problems by path, and still checks the others', () => {
    const collection = readJson(file);
    collection.units[1].dataset = { schemaVersion: 1, unit: { id: 'xiling', name: '西岭镇' }, sample: true, years: [{ year: '2024' }] };
    collection.units[6].dataset = 'sample-district/no-such-unit.json';
    delete collection.index;
    const broken = join(district, 'broken.json');
    writeFileSync(broken, JSON.stringify(collection));
    const { code, out } = runTool('validate', [broken]);
    expect(code).toBe(1);
    expect(out).toContain(`${broken}: units[1].dataset: years[0].year: must be a whole number`);
    expect(out).toContain('西岭镇:');
    // The units after it are checked too: a missing file further on is named as well.
    // Why, in words of the reader's language: no code of ours.
    expect(out).toContain(
      `桃湾镇: ${join(district, 'sample-district/no-such-unit.json')}: its data cannot be read: there is no such file.`,
    );
    const chinese = runTool('validate', [broken], 'zh_CN.UTF-8');
    expect(chinese.out).toContain(`桃湾镇：${join(district, 'sample-district/no-such-unit.json')}：数据无法读取：文件不存在。`);
    expect(chinese.out).toContain('西岭镇：');
    expect(chinese.out).not.toMatch(/（(missing|json|invalid)）|未列入索引/);
  });

  it('names the problems of the collection itself by their JSON path', () => {
    const collection = readJson(file);
    collection.units[0].kind = 'village';
    delete collection.units[2].parent;
    const bad = join(district, 'bad.json');
    writeFileSync(bad, JSON.stringify(collection));
    const { code, out } = runTool('validate', [bad]);
    expect(code).toBe(1);
    expect(out).toContain('units[0].kind: must be one of town, township, street, county, district, city, department or other');
    expect(out).toContain('units[2].parent:');
  });
});
