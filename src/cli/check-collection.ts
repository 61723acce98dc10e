/**
 * `npm run validate` of a collection: the collection against its schema, each unit's dataset (a
 * broken one named with its problems, the others still checked), and its index against what those
 * datasets give now (an index written before a dataset was corrected is stale, and said to be).
 */
import { dirname, join } from 'node:path';
import { type IndexedUnit, indexOf } from '../comparing/index-of.js';
import { type Collection, parseCollectionText } from '../data/collection.js';
import { indexFiles, parseFigureFile, parseFigureList, parseReportList } from '../data/collection-index.js';
import { DatasetError } from '../data/validate.js';
import { TO_FILL } from '../extract/extract.js';
import { LANGS, type Lang, labelText } from '../i18n/format.js';
import { isAddress, unitDataset } from './collection-files.js';
import { Refusal } from './command.js';
import { problemLines, warningLines } from './dataset-lines.js';
import { readDatasetText } from './files.js';
import type { CliMessages } from './messages.js';

/** Prints what is wrong with the collection in `file` (its text `text`), and what does not add up; whether it is valid. */
export async function checkCollection(file: string, text: string, t: CliMessages, lang: Lang): Promise<boolean> {
  let collection: Collection;
  try {
    collection = parseCollectionText(text);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    for (const line of problemLines(file, error, lang)) console.log(line);
    console.log(t.problems(file, error.problems.length));
    return false;
  }
  // Units a ranking cannot tell apart: still named （待填写）, or named alike.
  const named = new Map<string, string[]>();
  for (const [i, unit] of collection.units.entries()) {
    const name = typeof unit.name === 'string' ? unit.name : unit.name['zh-CN'];
    if (name === TO_FILL) console.log(t.unnamedUnit(file, `units[${i}].name`));
    else named.set(name, [...(named.get(name) ?? []), unit.id]);
  }
  for (const [name, ids] of named) if (ids.length > 1) console.log(t.sameName(file, name, ids.join(lang === 'zh-CN' ? '、' : ', ')));
  let valid = true;
  let problems = 0;
  const indexed: IndexedUnit[] = [];
  const unchecked = new Set<string>();
  for (const [i, unit] of collection.units.entries()) {
    const name = typeof unit.name === 'string' ? unit.name : unit.name['zh-CN'];
    const read = await unitDataset(file, unit, i, t);
    if ('dataset' in read) {
      for (const line of warningLines(
        typeof unit.dataset === 'string' ? join(dirname(file), unit.dataset) : `${file}: units[${i}].dataset`,
        read.dataset,
        lang,
      ))
        console.log(line);
      indexed.push({ id: unit.id, dataset: read.dataset });
    } else if (typeof unit.dataset === 'string' && isAddress(unit.dataset)) {
      console.log(t.notFetched(name, unit.dataset));
      unchecked.add(unit.id);
    } else {
      valid = false;
      if (read.error) {
        const lines = problemLines(read.where, read.error, lang);
        problems += Math.max(1, lines.length);
        for (const line of lines) console.log(line);
      } else problems++;
      console.log(t.unitBroken(name, read.where, t.unreadable(read.kind)));
    }
  }
  if (collection.index) {
    const stale = await staleIndex(join(dirname(file), collection.index), indexed, unchecked, t, lang);
    problems += stale;
    if (stale > 0) valid = false;
  }
  console.log(valid ? t.validCollection(file, collection.units.length, indexed.length) : t.problems(file, problems));
  return valid;
}

/** Checks the index in `folder` against the units' datasets (those not read are left out); how many problems it printed. */
async function staleIndex(folder: string, units: IndexedUnit[], unchecked: Set<string>, t: CliMessages, lang: Lang): Promise<number> {
  const expected = indexOf(units);
  let problems = 0;
  const say = (path: string, what: string) => {
    problems++;
    console.log(t.indexStale(path, what));
  };
  const read = async <T>(name: string, parse: (text: string) => T): Promise<T | undefined> => {
    const path = join(folder, name);
    try {
      return parse(await readDatasetText(path, t));
    } catch (error) {
      if (error instanceof Refusal) say(path, error.line);
      else if (error instanceof DatasetError) {
        const lines = problemLines(path, error, lang);
        problems += lines.length;
        for (const line of lines) console.log(line);
      } else throw error;
      return undefined;
    }
  };
  const list = await read(indexFiles.figures, parseFigureList);
  if (list) {
    const listed = new Map(list.figures.map((figure) => [figure.key, figure]));
    for (const figure of expected.figures.figures) {
      const found = listed.get(figure.key);
      // Named as the datasets name it now, in every language (a section's words renamed since the index was written), when every unit was read.
      // Said in the run's language where it differs there, else in the language it differs in.
      const renamed =
        found &&
        unchecked.size === 0 &&
        [lang, ...LANGS.filter((each) => each !== lang)].find((each) => labelText(found.label, each) !== labelText(figure.label, each));
      if (!found) say(join(folder, indexFiles.figures), figure.key);
      else if (renamed)
        say(join(folder, indexFiles.figures), t.staleName(figure.key, labelText(found.label, renamed), labelText(figure.label, renamed)));
    }
  }
  for (const file of expected.files) {
    const found = await read(indexFiles.figure(file.key), parseFigureFile);
    if (!found) continue;
    for (const unit of file.units) {
      if (unchecked.has(unit.id)) continue;
      const other = found.units.find((candidate) => candidate.id === unit.id);
      const same = other && JSON.stringify(sortedYears(other.years)) === JSON.stringify(sortedYears(unit.years));
      if (!same) say(join(folder, indexFiles.figure(file.key)), `${file.key} · ${unit.id}`);
    }
  }
  const reports = await read(indexFiles.reports, parseReportList);
  if (reports)
    for (const unit of expected.reports.units) {
      const other = reports.units.find((candidate) => candidate.id === unit.id);
      if (!other || JSON.stringify(sortedYears(other.years)) !== JSON.stringify(sortedYears(unit.years)))
        say(join(folder, indexFiles.reports), unit.id);
    }
  return problems;
}

const sortedYears = <Y extends { year: number }>(years: readonly Y[]): Y[] => [...years].sort((a, b) => a.year - b.year);
