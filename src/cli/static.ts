/**
 * `npm run static -- dataset.json [--year 2024] [--compare previous] [--lang zh-CN|en]
 * [--element fz-petitions …] [--src url] [--script url] [--width 360] [--theme dark] [--large-text]
 * [--embed | --plain] [--out file.html] [--debug]`: the HTML an
 * editor pastes into an article — the bundle's script line, then each chart's element holding its
 * figure drawn in advance (the chart as inline SVG, its numbers, table and source as HTML), which a
 * reader sees with no script at all and the element takes over in place when its script runs.
 * `--compare` and `--large-text` are drawn in the figure and written on the element; `--theme` is
 * written on the element only (the static figure takes the page's colours, light or dark).
 * With `--embed`, a whole page for an iframe instead (the embed page with that figure in it). With
 * `--plain`, only the tags every article editor keeps (each figure's words, key figures, table and
 * source; no script line, element or chart), for a CMS whose filter shows the rest as code.
 * Prints the HTML, or writes it whole to `--out`. Exit code 1 for a problem with the input, 2 for
 * a usage mistake, 3 for an unexpected error.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { yearsOf } from '../data/derive.js';
import { DatasetError, parseDatasetText } from '../data/validate.js';
import type { Lang } from '../i18n/format.js';
import { messages } from '../i18n/messages.js';
import { THEMES, type Theme } from '../runtime/palette.js';
import { sections } from '../sections/registry.js';
import { drawInNode } from '../static/draw-node.js';
import { embedPage } from '../static/embed-page.js';
import { escapeAttribute, STATIC_WIDTH, staticHtml } from '../static/write.js';
import { command, Refusal, usageRefusal } from './command.js';
import { problemLines } from './dataset-lines.js';
import { readDatasetText, writeFileWhole } from './files.js';
import { cliLang } from './lang.js';
import { yearOf } from './year-option.js';

/** Where the README puts the bundle on a portal's server. */
const SCRIPT = '/js/fazhi-dashboard.js';

export const main = command(async (argv, t) => {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw usageRefusal(error, t, t.usage.static);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new Refusal(t.usage.static, 2);
  const year = values.year === undefined ? undefined : yearOf(values.year);
  if (Number.isNaN(year)) throw new Refusal(t.badYear(values.year ?? ''), 2);
  const lang = values.lang;
  if (lang !== undefined && lang !== 'zh-CN' && lang !== 'en') throw new Refusal(t.badLang(lang), 2);
  const compare = values.compare;
  if (compare !== undefined && compare !== 'previous' && Number.isNaN(yearOf(compare))) throw new Refusal(t.badCompare(compare), 2);
  const theme = values.theme;
  if (theme !== undefined && !(THEMES as readonly string[]).includes(theme)) throw new Refusal(t.badTheme(theme), 2);
  const width = values.width === undefined ? STATIC_WIDTH : Number(values.width);
  if (!(/^\d+$/.test(values.width ?? '360') && width >= 240 && width <= 1920)) throw new Refusal(t.badWidth(values.width ?? ''), 2);
  const tags = sections.map((section) => section.tag as string);
  const unknown = (values.element ?? []).find((tag) => !tags.includes(tag));
  if (unknown !== undefined) throw new Refusal(t.unknownElement(unknown, tags.join(', ')), 2);
  if (values.plain) {
    const drawing = (['script', 'width', 'theme', 'large-text', 'embed'] as const).find(
      (name) => values[name] !== undefined && values[name] !== false,
    );
    if (drawing) throw new Refusal(t.notPlain(`--${drawing}`), 2);
  }
  const [file] = positionals;

  let dataset: ReturnType<typeof parseDatasetText>;
  try {
    dataset = parseDatasetText(await readDatasetText(file, t));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    for (const line of problemLines(file, error, cliLang())) console.error(line);
    return 1;
  }
  const words = messages[cliLang()];
  if (year !== undefined && !yearsOf(dataset).includes(year))
    throw new Refusal(`${file}: ${words.errors.year(year, words.list(yearsOf(dataset).map(String)))}`);
  const shownYear = year ?? (yearsOf(dataset).at(-1) as number);
  const asked = values.element ? sections.filter((section) => values.element?.includes(section.tag)) : sections;
  for (const section of asked) {
    if (values.element && dataset.years.find((entry) => entry.year === shownYear)?.[section.key as never] === undefined)
      throw new Refusal(t.sectionMissing(file, shownYear, section.tag));
  }
  const elements = staticHtml(
    dataset,
    {
      sections: asked,
      src: values.src ?? `/data/${basename(file)}`,
      year: shownYear,
      compare,
      lang: lang as Lang | undefined,
      width,
      theme: theme as Theme | undefined,
      largeText: values['large-text'],
      plain: values.plain,
    },
    drawInNode,
  );
  const script = `<script type="module" src="${escapeAttribute(values.script ?? SCRIPT)}"></script>`;
  const html = values.embed
    ? embedPage(elements, { lang: (lang as Lang | undefined) ?? 'zh-CN' })
    : values.plain
      ? `${elements}\n`
      : `${script}\n${elements}\n`;
  if (values.out) {
    await writeFileWhole(values.out, html, t);
    console.error(t.wrote([values.out]));
  } else process.stdout.write(html);
  return 0;
}, 'static');

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      lang: { type: 'string' },
      element: { type: 'string', multiple: true },
      src: { type: 'string' },
      script: { type: 'string' },
      width: { type: 'string' },
      compare: { type: 'string' },
      theme: { type: 'string' },
      'large-text': { type: 'boolean', default: false },
      embed: { type: 'boolean', default: false },
      plain: { type: 'boolean', default: false },
      out: { type: 'string' },
      debug: { type: 'boolean', default: false },
    },
  });
}
