/**
 * `npm run collect -- report.txt [more …] --out district.json [--year 2024] [--name 名称] [--parent 上级] [--replace] [--debug]`:
 * the reports of a district's units into a draft collection for `<fz-compare>`. Each report is read
 * as `npm run extract` reads it (its check list on stderr under its unit); reports of
 * one unit (file names that differ only by their year: `qingxi-2023.txt`, `qingxi-2024.txt`)
 * become the years of one dataset. It writes the collection (`--out`), each unit's draft dataset
 * beside it (`district/<unit>.json`, which the editor opens) and the index a ranking loads instead
 * of whole datasets (`district/index/`), every file whole or not at all. A unit is named as its
 * report names itself (its title, a field of its page, its body); a report that names no unit is
 * named by its file (said so, to be checked). `--year` is the year of every report of the run
 * (those naming another year, or none, are said).
 *
 * `npm run collect -- --index district.json`: writes the index of a collection again, from its units'
 * datasets as they are now (after a person has checked and corrected them).
 *
 * Exit code 1 for a problem with the input (a report that cannot be read or names no year, two
 * reports of one unit and year, a collection that is there already without `--replace`), 2 for a
 * usage mistake, 3 for an unexpected error.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type IndexedUnit, indexOf } from '../comparing/index-of.js';
import { type Collection, type CollectionUnit, parseCollectionText, type UnitKind } from '../data/collection.js';
import { FIGURE_KEY, indexFiles } from '../data/collection-index.js';
import type { Dataset } from '../data/schema.js';
import { DatasetError } from '../data/validate.js';
import { type Draft, extractReport, NoYearError, reasonText, TO_FILL, type ToCheckItem } from '../extract/extract.js';
import { MergeError, mergeYear } from '../extract/merge.js';
import { unitDataset } from './collection-files.js';
import { command, Refusal, usageRefusal } from './command.js';
import { problemLines } from './dataset-lines.js';
import { readDatasetText, readReport, writeFileWhole } from './files.js';
import { cliLang } from './lang.js';
import type { CliMessages } from './messages.js';
import { yearOf } from './year-option.js';

export const main = command(async (argv, t) => {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw usageRefusal(error, t, t.usage.collect);
  }
  const { values, positionals } = parsed;
  if (values.index) {
    if (positionals.length > 0 || values.out) throw new Refusal(t.usage.collect, 2);
    return reindex(values.index, t);
  }
  if (positionals.length === 0 || !values.out) throw new Refusal(t.usage.collect, 2);
  const year = values.year === undefined ? undefined : yearOf(values.year);
  if (Number.isNaN(year)) throw new Refusal(t.badYear(values.year ?? ''), 2);
  const out = values.out;
  if (existsSync(out) && !values.replace) throw new Refusal(t.collectionExists(out));
  const lang = cliLang();

  // Every report read before anything is written: one that cannot be read stops the run with nothing written.
  const units = new Map<
    string,
    {
      draft: Dataset & { draft: true };
      files: string[];
      name?: { text: string; from?: 'text' | 'field' | 'title' };
      toCheck: { file: string; items: ToCheckItem[] }[];
    }
  >();
  for (const file of positionals) {
    const report = await readReport(file, t);
    const id = unitIdOf(file, units.size + 1);
    let extraction: ReturnType<typeof extractReport>;
    try {
      extraction = extractReport(report, { unitId: id, year });
    } catch (error) {
      if (error instanceof NoYearError) throw new Refusal(t.noYear(file));
      throw error;
    }
    // --year is every report's year: a report naming another, or none, is said to take it.
    if (year !== undefined) {
      const stated = statedYear(report);
      if (stated !== year) console.error(t.yearGiven(file, year, stated));
    }
    const { draft, toCheck, dropped, unitFrom } = extraction;
    if (dropped > 0) console.error(t.dropped(file, dropped));
    const name = draft.unit.name as { 'zh-CN': string };
    const found = name['zh-CN'] === TO_FILL ? undefined : { text: name['zh-CN'], from: unitFrom };
    const unit = units.get(id);
    if (!unit) {
      units.set(id, { draft, files: [file], name: found, toCheck: [{ file, items: toCheck }] });
      continue;
    }
    try {
      unit.draft = mergeYear(unit.draft, draft as Draft);
    } catch (error) {
      if (error instanceof MergeError) throw new Refusal(t.sameUnitYear(unit.files[0], file, error.year));
      throw error;
    }
    unit.files.push(file);
    unit.name ??= found;
    unit.toCheck.push({ file, items: toCheck });
  }

  const stem = basename(out, extname(out));
  const folder = join(dirname(out), stem);
  const collectionUnits: CollectionUnit[] = [];
  const indexed: IndexedUnit[] = [];
  for (const [id, unit] of units) {
    // A report that names no unit: named by its file, to be checked.
    const name = unit.name?.text ?? fileNameOf(unit.files[0]);
    const dataset = { ...unit.draft, unit: { id, name: { 'zh-CN': name } } };
    console.error(t.unitHeader(name, unit.files.map((file) => basename(file)).join(t.comma)));
    if (!unit.name) console.error(`  ${t.nameFromFile(name)}`);
    else if (unit.name.from === 'text' || unit.name.from === 'field') console.error(`  ${t.nameFromText(name)}`);
    let count = 0;
    for (const { items } of unit.toCheck)
      for (const item of items) {
        count++;
        console.error(
          `  ${t.toCheck(item.field ? ` [${item.field}]` : '', item.text, reasonText(item, lang))}${item.sentence ? `\n      ${item.sentence}` : ''}`,
        );
      }
    console.error(`  ${t.toCheckCount(count)}`);
    collectionUnits.push({
      id,
      name: { 'zh-CN': name },
      kind: kindOf(name),
      parent: values.parent ?? TO_FILL,
      dataset: `${stem}/${id}.json`,
    });
    indexed.push({ id, dataset });
  }
  const collection: Collection = {
    schemaVersion: 1,
    name: values.name ?? TO_FILL,
    sample: false,
    draft: true,
    index: `${stem}/index/`,
    units: collectionUnits,
  };
  await mkdir(join(folder, 'index'), { recursive: true }).catch(() => {});
  for (const { id, dataset } of indexed) await writeJson(join(folder, `${id}.json`), dataset, t);
  await writeIndex(join(folder, 'index'), indexed, t);
  await writeJson(out, collection, t);
  console.error(t.collected(out, units.size, relative(dirname(out), folder) || '.'));
  return 0;
}, 'collect');

/** Writes the index of an existing collection again, from its units' datasets as they are now. */
async function reindex(file: string, t: CliMessages): Promise<number> {
  const lang = cliLang();
  let collection: Collection;
  try {
    collection = parseCollectionText(await readDatasetText(file, t));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    for (const line of problemLines(file, error, lang)) console.error(line);
    return 1;
  }
  const indexed: IndexedUnit[] = [];
  for (const [i, unit] of collection.units.entries()) {
    const read = await unitDataset(file, unit, i, t);
    if ('dataset' in read) indexed.push({ id: unit.id, dataset: read.dataset });
    else {
      console.error(t.unitLeftOut(labelOf(unit), read.where, t.unreadable(read.kind)));
      indexed.push({ id: unit.id, broken: read.kind });
    }
  }
  const index = collection.index ?? `${basename(file, extname(file))}/index/`;
  const folder = join(dirname(file), index);
  await mkdir(folder, { recursive: true }).catch(() => {});
  await writeIndex(folder, indexed, t);
  if (!collection.index) await writeJson(file, { ...collection, index }, t);
  console.error(t.indexed(file, join(dirname(file), index), indexed.filter((unit) => unit.dataset).length));
  return 0;
}

/**
 * The index's files, written compactly: what a page loads, byte for byte. The file of a figure the
 * index listed before and no dataset gives any more goes; no other file in the folder is touched.
 */
async function writeIndex(folder: string, units: IndexedUnit[], t: CliMessages): Promise<void> {
  const listed = await listedBefore(folder);
  const { figures, reports, files } = indexOf(units);
  const compact = (path: string, value: unknown) => writeFileWhole(path, `${JSON.stringify(value)}\n`, t);
  for (const file of files) await compact(join(folder, indexFiles.figure(file.key)), file);
  await compact(join(folder, indexFiles.reports), reports);
  await compact(join(folder, indexFiles.figures), figures);
  const written = new Set(files.map((file) => file.key));
  for (const key of listed) if (!written.has(key)) await rm(join(folder, indexFiles.figure(key)), { force: true });
}

/** The figures the index in `folder` listed before it is written again (none when there is none, or it cannot be read). */
async function listedBefore(folder: string): Promise<string[]> {
  try {
    const list = JSON.parse(await readFile(join(folder, indexFiles.figures), 'utf8')) as { figures?: { key?: unknown }[] };
    return (list.figures ?? []).flatMap(({ key }) => (typeof key === 'string' && FIGURE_KEY_NAME.test(key) ? [key] : []));
  } catch {
    return [];
  }
}

/** A figure's name as the index lists it: nothing else is taken for the name of one of its files. */
const FIGURE_KEY_NAME = new RegExp(`^${FIGURE_KEY}$`);

const writeJson = (path: string, value: unknown, t: CliMessages) => writeFileWhole(path, `${JSON.stringify(value, null, 2)}\n`, t);

const labelOf = (unit: CollectionUnit) => (typeof unit.name === 'string' ? unit.name : unit.name['zh-CN']);

/** The year a report names, when it names one (what `--year` then overrides). */
function statedYear(report: string): number | undefined {
  try {
    return extractReport(report).draft.years[0].year;
  } catch (error) {
    if (error instanceof NoYearError) return undefined;
    throw error;
  }
}

/** A report's file name without its folder, extension and year: what names a unit whose report names none (`青溪镇2024.txt` → 青溪镇). */
function fileNameOf(file: string): string {
  return basename(file, extname(file)).replace(/[-_ .]?(19|20)\d\d(年度?)?$/, '') || basename(file);
}

/**
 * A unit's id from its report's file name, without the year: `qingxi-town-2024.txt` → `qingxi-town`;
 * a name with no letters to keep (`青溪镇2024.txt`) gets `unit-<n>`.
 */
export function unitIdOf(file: string, n: number): string {
  const stem = basename(file, extname(file))
    .toLowerCase()
    .replace(/[-_ .]?(19|20)\d\d(年度?)?$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z0-9]/.test(stem) ? stem : `unit-${n}`;
}

/** What a unit is, by the end of its name: 街道 a street office, 镇 a town, 乡 a township, 县/区/市 a county, district or city, 局/办/委… a department. */
export function kindOf(name: string): UnitKind {
  if (/(街道|街)(办事处)?$/.test(name)) return 'street';
  if (/镇$/.test(name)) return 'town';
  if (/乡$/.test(name)) return 'township';
  if (/县$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  if (/市$/.test(name)) return 'city';
  if (/(局|办|委|委员会|厅|中心|院|所|办公室)$/.test(name)) return 'department';
  return 'other';
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      index: { type: 'string' },
      year: { type: 'string' },
      name: { type: 'string' },
      parent: { type: 'string' },
      replace: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
}
