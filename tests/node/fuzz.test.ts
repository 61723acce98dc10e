import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import sample from '../../demo/data/sample-multi-year.json';
import { forbiddenCharacter, xmlText } from '../../src/data/characters.js';
import { deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { formatPath, type Problem } from '../../src/data/schema-kit.js';
import { DatasetError, parseDataset } from '../../src/data/validate.js';
import { csvOf } from '../../src/export/csv.js';
import { writeDeck } from '../../src/export/deck.js';
import { deckOf } from '../../src/export/deck-of.js';
import { type PictureLook, pictureSvg, stackSvg } from '../../src/export/picture.js';
import { svgText } from '../../src/export/svg-text.js';
import type { Lang } from '../../src/i18n/format.js';
import { messages } from '../../src/i18n/messages.js';
import { headlineLines } from '../../src/runtime/around-chart.js';
import { type ChartModel, chartModelOf, subtitleOf } from '../../src/runtime/chart-model.js';
import { showingOf } from '../../src/runtime/showing.js';
import { sections, warningText } from '../../src/sections/registry.js';
import type { AnySection, SectionView } from '../../src/sections/section.js';
import { readCsv } from '../helpers/csv.js';
import { chartMarkup, drawnSvg, svgOfMarkup } from '../helpers/draw.js';
import { pptxXmlParts, wellFormed } from '../helpers/files.js';
import { mutate, random, withHostileText } from '../helpers/fuzz.js';
import { viewOf } from '../helpers/sections.js';

const { document } = new Window() as unknown as { document: Document };
const options = { width: 480, fontSize: 16, ariaLabel: 'chart' };

const pointsIn = new Map<string, number>();
/**
 * How many marks (`.fz-point`) the chart draws, as happy-dom reads its SVG back. Most mutants
 * change nothing a chart draws: a drawing met before is not read again (the reading, not the
 * drawing, is most of a mutant's time).
 */
function pointsDrawn(chart: SectionView['chart']): number {
  const markup = chartMarkup(chart, options);
  let count = pointsIn.get(markup);
  if (count === undefined) {
    count = svgOfMarkup(markup).querySelectorAll('.fz-point').length;
    pointsIn.set(markup, count);
  }
  return count;
}

describe('fuzzing the pipeline in Node', () => {
  it('1000 seeded mutants: each is refused with located problems, or derives and draws', () => {
    const next = random(393);
    let drawn = 0;
    let refused = 0;
    for (let i = 0; i < 1000; i++) {
      const mutant = mutate(beiyang, next);
      let dataset: Dataset;
      try {
        dataset = parseDataset(mutant);
      } catch (error) {
        expect(error, `mutant ${i}`).toBeInstanceOf(DatasetError);
        const problems = (error as DatasetError).problems;
        expect(problems.length, `mutant ${i}`).toBeGreaterThan(0);
        for (const problem of problems) expect(messages['zh-CN'].problem(problem)).toMatch(/\S/);
        refused++;
        continue;
      }
      for (const entry of dataset.years) {
        const figures = deriveYear(dataset, entry.year);
        for (const lang of ['zh-CN', 'en'] as const) {
          for (const section of sections as readonly AnySection[]) {
            if (!(section.key in figures)) continue;
            const view = viewOf(section, lang, figures);
            expect(view.summary).toMatch(/\S/);
            expect(pointsDrawn(view.chart)).toBe(view.points.length);
          }
          for (const warning of figures.warnings) expect(warningText(warning, lang)).not.toBe(warning.code);
        }
      }
      drawn++;
    }
    expect(drawn).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(300);
  });
});

// Exports of datasets with hostile text. A failure names its seed; replay it alone with
// FUZZ_SEED=<seed> npx vitest run --project node tests/node/fuzz.test.ts -t exports
const replayed = Number(process.env.FUZZ_SEED) || undefined;
const SEEDS = replayed ? [replayed] : Array.from({ length: 1000 }, (_, i) => 18_000 + i);
// Its note is a field the schema does not know, which nothing shows or writes.
const { note: _, ...sampleData } = sample;
/**
 * Every how many datasets exported (the first of a replay too) the charts are also drawn and laid
 * out as the dashboard's picture, and a deck is written: drawing a dataset's charts under happy-dom,
 * or writing a deck and reading it back, takes some 30 ms, and the suite must stay fast. Every
 * dataset's words go through the SVG writer (`wordsSvg`) and the CSV.
 */
const DRAW_EVERY = 25;

const look: PictureLook = {
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#555555',
  accent: '#1d5fa8',
  alert: '#b42318',
  fontFamily: 'sans-serif',
  fontSize: 16,
  titleSize: 20,
  smallSize: 14,
};

/** Whether a character problem names the character that is at its place. */
function namesItsCharacter(dataset: unknown, problem: Problem): boolean {
  const text = problem.path.reduce<any>((node, key) => node?.[key], dataset) as string;
  const code = [...text][(problem.at ?? 0) - 1]?.codePointAt(0) ?? -1;
  return problem.actual === `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every string of a value. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

type Shown = Extract<ChartModel<SectionView>, { status: 'shown' }>;

/** The dashboard's picture as its element makes it: each chart drawn, with its lines of text around it, one under the other. */
function pictureOf(charts: Shown[]): SVGSVGElement {
  const pictures = charts.map((model) =>
    pictureSvg(
      {
        width: 480,
        look,
        above: [
          { text: model.title, tone: 'title' },
          { text: model.frame.subtitle, tone: 'muted' },
          { text: model.view.summary, tone: 'text' },
          ...model.notes.map((text) => ({ text, tone: 'muted' as const })),
          ...model.view.headlines.flatMap(headlineLines),
        ],
        chart: drawnSvg(model.view.chart, { width: 480, fontSize: 16, ariaLabel: model.title }),
        chartHeight: 320,
        below: [...model.warnings.map((text) => ({ text, tone: 'alert' as const })), { text: model.frame.source.title, tone: 'small' }],
      },
      document,
    ),
  );
  return stackSvg(() => undefined, pictures, look, document);
}

/**
 * Every word of the charts in an SVG, each in a `<text>` and in an attribute as charts name their
 * marks: what the SVG writer is handed, without laying it out (laying out and drawing under
 * happy-dom take some 10 ms a chart; `pictureOf` does both, for a sample).
 */
function wordsSvg(charts: Shown[]): SVGSVGElement {
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(SVG, 'svg') as SVGSVGElement;
  for (const model of charts) {
    const rows = model.table.rows.flatMap((row) => [row.label, row.valueText, row.quote ?? '', row.change?.text ?? '', ...row.details]);
    const words = [
      model.title,
      model.frame.subtitle,
      model.view.summary,
      ...model.notes,
      ...model.warnings,
      model.frame.source.title,
      ...rows,
    ];
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('aria-label', words.join(' '));
    group.append(...words.map((word) => Object.assign(document.createElementNS(SVG, 'text'), { textContent: word })));
    svg.append(group);
  }
  return svg;
}

/** The dashboard's files of `dataset` as the dashboard makes them, without its element: one SVG of every chart, the CSV, the deck. */
async function exportAndReadBack(dataset: Dataset, lang: Lang, compare: string | undefined, drawn: boolean): Promise<void> {
  const t = messages[lang];
  const showing = showingOf({ status: 'ready', dataset }, undefined, compare);
  if (showing.status !== 'shown') throw new Error(`not shown: ${String((showing as { error?: unknown }).error)}`);
  const shown = (sections as readonly AnySection[]).filter((section) => !section.onlyWhenGiven || section.key in showing.figures);
  const charts = shown.map((section) => chartModelOf(section, showing, { t, lang, labels: dataset.labels?.[section.key] }));
  const shownCharts = charts.flatMap((model) => (model.status === 'shown' ? [model] : []));

  const svg = svgText(wordsSvg(shownCharts));
  wellFormed(svg, 'the SVG of its words');
  expect(svg).toMatch(/^<svg /);
  if (drawn) wellFormed(svgText(pictureOf(shownCharts)), 'the picture');

  const tables = shownCharts.map((model) => model.table);
  const rows = readCsv(csvOf(tables, t).replace(/^\uFEFF/, ''));
  const written = tables.flatMap((table, index) => [
    ...(index > 0 ? [['']] : []),
    ...(table.caption ? [[table.caption]] : []),
    ['header'],
    ...table.rows.map((row) => [row.label]),
  ]);
  expect(rows.length, 'rows read back').toBe(written.length);
  // Every field is written as a file holds it, an apostrophe before what reads like a formula.
  const misread = written.filter(
    ([first], index) => first !== 'header' && ![xmlText(first), `'${xmlText(first)}`].includes(rows[index][0]),
  );
  expect(misread, 'CSV rows read back otherwise').toEqual([]);

  if (!drawn) return;
  const deck = deckOf({
    t,
    lang,
    unitYear: subtitleOf(showing.figures, undefined, t, lang),
    subtitle: subtitleOf(showing.figures, undefined, t, lang),
    source: showing.figures.source,
    keyFigures: [],
    mark: showing.figures.mark,
    charts,
  });
  const parts = await pptxXmlParts(await writeDeck(deck));
  expect(parts.size).toBeGreaterThan(10);
  for (const [name, xml] of parts) wellFormed(xml, name);
}

describe('fuzzing the exports in Node', () => {
  // A thousand datasets take 13–20 s alone; beside the browser files on a busy machine they have taken more than 60 s.
  it('1000 seeded datasets with hostile text: each is refused, naming each bad character, or exported as well-formed SVG and CSV (one in 25 also drawn, and as PowerPoint)', async () => {
    const counts = { exported: 0, refused: 0, exportedUnchecked: 0, drawn: 0 };
    for (const seed of SEEDS) {
      const next = random(seed);
      const base = seed % 2 === 0 ? beiyang : sampleData;
      const hostile = withHostileText(base, next);
      const lang: Lang = seed % 4 < 2 ? 'zh-CN' : 'en';
      const compare = base === sampleData ? 'previous' : undefined;
      try {
        let dataset: Dataset;
        try {
          dataset = parseDataset(hostile);
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          const { problems } = error as DatasetError;
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) {
            for (const words of [messages['zh-CN'], messages.en]) expect(words.problem(problem)).toMatch(/\S/);
            if (problem.rule === 'character') {
              expect(namesItsCharacter(hostile, problem), formatPath(problem.path)).toBe(true);
              expect(messages['zh-CN'].problem(problem)).toContain(problem.actual);
            }
          }
          counts.refused++;
          // What validation refuses for its characters alone, a script could still hand a writer: the writers hold their own.
          if (problems.every((problem) => problem.rule === 'character')) {
            await exportAndReadBack(hostile as Dataset, lang, compare, counts.exportedUnchecked % DRAW_EVERY === 0);
            counts.exportedUnchecked++;
          }
          continue;
        }
        expect(stringsOf(dataset).filter((text) => forbiddenCharacter(text, { lineBreaks: true }))).toEqual([]);
        const drawn = counts.exported % DRAW_EVERY === 0;
        await exportAndReadBack(dataset, lang, compare, drawn);
        counts.exported++;
        if (drawn) counts.drawn++;
      } catch (error) {
        throw new Error(
          `seed ${seed} (replay: FUZZ_SEED=${seed} npx vitest run --project node tests/node/fuzz.test.ts -t exports): ${(error as Error).message}`,
        );
      }
    }
    if (replayed) return;
    expect(counts.exported).toBeGreaterThan(250);
    expect(counts.refused).toBeGreaterThan(250);
    expect(counts.exportedUnchecked).toBeGreaterThan(100);
    expect(counts.drawn).toBeGreaterThanOrEqual(10);
  }, 180_000);
});
