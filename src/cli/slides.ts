/**
 * `npm run slides -- dataset.json --out slides.html [--year 2024] [--compare previous] [--lang en]
 * [--theme red] [--meeting …] [--reporting-unit …] [--reporter …] [--meeting-date 2025-03-10]
 * [--emblem emblem.png] [--collection district.json] [--debug]`: an offline presentation of a
 * dataset, one HTML file that holds the elements' code and the data and presents from a USB stick,
 * with no network, as the dashboard's 离线演示 export does; with the district's collection (every
 * unit's dataset inside the file), the slides rank its units. The dataset is checked as the
 * elements check it; the file is written whole or not at all. Exit code 1 for a problem with the input (a dataset that cannot be
 * read or has problems, an emblem that cannot be read, a file that cannot be written), 2 for a
 * usage mistake, 3 for an unexpected error.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCollectionText } from '../data/collection.js';
import { DatasetError, parseDatasetText } from '../data/validate.js';
import { collectionAddress, offlinePage } from '../export/offline-page.js';
import { THEMES } from '../runtime/palette.js';
import { command, Refusal, usageRefusal } from './command.js';
import { problemLines } from './dataset-lines.js';
import { readDatasetText, writeFileWhole } from './files.js';
import { cliLang } from './lang.js';
import type { CliMessages } from './messages.js';

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

export const main = command(async (argv, t, { standaloneCode }) => {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw usageRefusal(error, t, t.usage.slides);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.out) throw new Refusal(t.usage.slides, 2);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new Refusal(t.badYear(values.year), 2);
  if (values.theme !== undefined && !(THEMES as readonly string[]).includes(values.theme)) throw new Refusal(t.badTheme(values.theme), 2);
  const [file] = positionals;
  let dataset: ReturnType<typeof parseDatasetText>;
  try {
    dataset = parseDatasetText(await readDatasetText(file, t));
  } catch (error) {
    if (error instanceof DatasetError && error.kind === 'collection') throw new Refusal(problemLines(file, error, cliLang())[0]);
    if (error instanceof DatasetError) throw new Refusal(t.invalidDataset(file, error.problems.length));
    throw error;
  }
  if (values.year !== undefined && !dataset.years.some((entry) => entry.year === Number(values.year)))
    throw new Refusal(t.noSuchYear(file, values.year, dataset.years.map((entry) => entry.year).join(', ')));
  let emblem: string | undefined;
  if (values.emblem) {
    const type = IMAGE_TYPES[extname(values.emblem).toLowerCase()];
    if (!type) throw new Refusal(t.badEmblem(values.emblem), 2);
    try {
      emblem = `data:${type};base64,${(await readFile(values.emblem)).toString('base64')}`;
    } catch (error) {
      throw new Refusal(t.cannotRead(values.emblem, (error as NodeJS.ErrnoException).code ?? 'EIO'));
    }
  }
  const collection = values.collection === undefined ? undefined : await collectionOf(values.collection, t);
  if (!standaloneCode) throw new Error('the elements’ code was not handed to the tool');
  const shown = dataset.years.find((entry) => entry.year === Number(values.year)) ?? dataset.years[dataset.years.length - 1];
  const page = offlinePage({
    code: await standaloneCode(),
    dataset,
    title: shown.source.title,
    lang: values.lang === 'en' ? 'en' : 'zh-CN',
    attributes: {
      year: values.year,
      compare: values.compare,
      lang: values.lang,
      theme: values.theme,
      meeting: values.meeting,
      'reporting-unit': values['reporting-unit'],
      reporter: values.reporter,
      'meeting-date': values['meeting-date'],
      emblem,
      collection,
    },
  });
  await writeFileWhole(values.out, page, t);
  console.log(t.wroteSlides(values.out, shown.year));
  return 0;
}, 'slides');

/** The collection in `file` as the file's dashboard takes it, each unit's dataset read from beside it (one that cannot be read is named by the ranking). */
async function collectionOf(file: string, t: CliMessages): Promise<string> {
  let collection: ReturnType<typeof parseCollectionText>;
  try {
    collection = parseCollectionText(await readDatasetText(file, t));
  } catch (error) {
    if (error instanceof DatasetError) throw new Refusal(t.invalidCollection(file, Math.max(1, error.problems.length)));
    throw error;
  }
  const folder = dirname(resolve(file));
  return collectionAddress(collection, {
    load: async (unit) => JSON.parse(await readFile(resolve(folder, unit), 'utf8')),
    absolute: (unit) => (/^[a-z][a-z\d+.-]*:/i.test(unit) ? unit : pathToFileURL(resolve(folder, unit)).href),
  });
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      year: { type: 'string' },
      compare: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      meeting: { type: 'string' },
      'reporting-unit': { type: 'string' },
      reporter: { type: 'string' },
      'meeting-date': { type: 'string' },
      emblem: { type: 'string' },
      collection: { type: 'string' },
      debug: { type: 'boolean', default: false },
    },
  });
}
