/**
 * The extractor against reports it has never seen: invented reports of towns, street offices and
 * county departments (tests/fixtures/reports/invented-*.txt|html), each with what a careful person
 * would put in the dataset (`<id>.expected.json`).
 *
 * Every expected figure is **right** (in the draft with its value and quote, and its label when one
 * is given), **to review** (not in the draft, and its number or its clause is on the review list),
 * or **missed**. A figure of the draft that is not expected, or has another value, label or quote,
 * or is quoted by words holding a `notFigures` fragment (an approximate figure, attendance, money,
 * a date, a comparison, one village's count…) is **wrong**. Wrong and missed figures fail.
 *
 * An expected figure may give `labelAlso`: other names a person would accept for it (the kind of
 * training with the body that held it: 党委理论学习中心组学法 for 理论学习中心组学法). A platform's
 * `quote` is the list naming it: the draft's quote must hold it (it may start at the naming words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetProblems } from '../../src/data/validate.js';
import { type Extraction, extractReport, type ReviewItem } from '../../src/extract/extract.js';

interface ExpectedFigure {
  field: string;
  label?: string;
  labelAlso?: string[];
  value?: number;
  quote?: string;
  note?: string;
}

interface Expected {
  year: number;
  source: { title: string; publisher: string; date: string; indexNo?: string };
  figures: ExpectedFigure[];
  notFigures: string[];
}

/** A figure of the draft, wherever it sits: `petitions.channels`, `mediation.statedRate`, `platforms`… */
interface DraftFigure {
  field: string;
  label?: string;
  value?: number;
  quote?: string;
}

interface Outcome {
  right: string[];
  toReview: string[];
  missed: string[];
  wrong: string[];
  source: { right: string[]; toReview: string[]; wrong: string[] };
}

const folder = new URL('../fixtures/reports/', import.meta.url);
const reports = readdirSync(folder)
  .filter((name) => /\.(txt|html)$/.test(name))
  .sort();

/** A label as compared: full-width as ASCII, without blanks or quotation marks. */
const plainLabel = (label: string) => label.normalize('NFKC').replace(/[\s“”"'‘’「」《》]/g, '');

const labelText = (label: unknown): string | undefined =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? (label as { 'zh-CN'?: string })['zh-CN'] : undefined;

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

const describeFigure = ({ field, label, value, quote }: DraftFigure | ExpectedFigure) =>
  `${field}${label ? ` ${label}` : ''}${value === undefined ? '' : ` = ${value}`}${quote ? ` «${quote}»` : ''}`;

/** Every figure of a year of the draft, its sections walked whatever they hold. */
function draftFigures(year: Record<string, unknown>): DraftFigure[] {
  const figures: DraftFigure[] = [];
  const visit = (node: unknown, field: string) => {
    if (Array.isArray(node)) {
      for (const item of node) {
        if (!item || typeof item !== 'object') continue;
        const { id: _id, label, value, quote, ...rest } = item as Record<string, unknown>;
        figures.push({
          field,
          label: labelText(label),
          value: typeof value === 'number' ? value : undefined,
          quote: typeof quote === 'string' ? quote : undefined,
        });
        for (const [key, child] of Object.entries(rest)) if (Array.isArray(child)) visit(child, `${field}.${key}`);
      }
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.value === 'number') figures.push({ field, value: record.value, quote: record.quote as string | undefined });
      else for (const [key, child] of Object.entries(record)) visit(child, `${field}.${key}`);
    }
  };
  for (const [key, section] of Object.entries(year)) if (key !== 'year' && key !== 'source') visit(section, key);
  return figures;
}

const labelFits = (expected: ExpectedFigure, figure: DraftFigure) =>
  expected.label === undefined ||
  [expected.label, ...(expected.labelAlso ?? [])].some((label) => plainLabel(label) === plainLabel(figure.label ?? ''));

const valueFits = (expected: ExpectedFigure, figure: DraftFigure) =>
  expected.value === undefined ? figure.value === undefined : figure.value !== undefined && near(figure.value, expected.value);

const quoteFits = (expected: ExpectedFigure, figure: DraftFigure) =>
  expected.quote === undefined ||
  (expected.field === 'platforms' ? (figure.quote ?? '').includes(expected.quote) : figure.quote === expected.quote);

/** Where `part` stands in `text`, every time. */
function offsetsOf(text: string, part: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) offsets.push(at);
  return offsets;
}

/** Whether the review list holds the figure: an item whose number stands in its clause, or one naming its value in its sentence. */
function reviewed(expected: ExpectedFigure, review: ReviewItem[], text: string): boolean {
  const { quote, value } = expected;
  if (quote === undefined) return false;
  const clauses = offsetsOf(text, quote);
  return review.some(
    ({ at, sentence, value: itemValue }) =>
      (at[1] > at[0] && clauses.some((start) => at[0] >= start && at[1] <= start + quote.length)) ||
      (sentence.includes(quote) &&
        itemValue !== undefined &&
        value !== undefined &&
        (near(itemValue, value) || near(itemValue, value * 100))),
  );
}

/** What became of each expected figure, and which figures of the draft are wrong (and why). */
function judge(expected: Expected, { draft, review, text }: Extraction): Outcome {
  const outcome: Outcome = { right: [], toReview: [], missed: [], wrong: [], source: { right: [], toReview: [], wrong: [] } };
  const [year] = draft.years;
  const claimed = new Set<ExpectedFigure>();
  for (const figure of draftFigures(year as unknown as Record<string, unknown>)) {
    const open = expected.figures.filter((candidate) => !claimed.has(candidate));
    const exact = open.find(
      (candidate) =>
        candidate.field === figure.field && labelFits(candidate, figure) && valueFits(candidate, figure) && quoteFits(candidate, figure),
    );
    if (exact) {
      claimed.add(exact);
      outcome.right.push(describeFigure(exact));
      continue;
    }
    const fragment = expected.notFigures.find((part) => figure.quote?.includes(part));
    if (fragment) {
      outcome.wrong.push(`${describeFigure(figure)}: its words hold “${fragment}”, which is no figure`);
      continue;
    }
    // The expected figure the draft meant: its clause, or its name and number.
    const meant =
      open.find(
        (candidate) =>
          candidate.field === figure.field &&
          ((candidate.quote !== undefined && quoteFits(candidate, figure)) ||
            (labelFits(candidate, figure) && valueFits(candidate, figure))),
      ) ?? open.find((candidate) => candidate.quote !== undefined && candidate.quote === figure.quote);
    if (meant) {
      claimed.add(meant);
      const differences = [
        meant.field !== figure.field && `field ${figure.field}`,
        !labelFits(meant, figure) && `label “${figure.label}”`,
        !valueFits(meant, figure) && `value ${figure.value}`,
        !quoteFits(meant, figure) && `quote «${figure.quote}»`,
      ].filter(Boolean);
      outcome.wrong.push(`${describeFigure(meant)}: the draft has ${differences.join(', ')}`);
    } else outcome.wrong.push(`${describeFigure(figure)}: not a figure of the report`);
  }
  for (const figure of expected.figures) {
    if (claimed.has(figure)) continue;
    if (reviewed(figure, review, text)) outcome.toReview.push(describeFigure(figure));
    else outcome.missed.push(describeFigure(figure));
  }
  // The page's source: as the page gives it, or asked for on the review list.
  const source = year.source as Record<string, string | undefined>;
  for (const key of ['title', 'publisher', 'date'] as const) {
    if (source[key] === expected.source[key]) outcome.source.right.push(key);
    else if (review.some((item) => item.field === `source.${key}`)) outcome.source.toReview.push(key);
    else outcome.source.wrong.push(`${key}: “${source[key]}”, not “${expected.source[key]}”`);
  }
  if (source.indexNo !== undefined && source.indexNo !== expected.source.indexNo)
    outcome.source.wrong.push(`indexNo: “${source.indexNo}”, not “${expected.source.indexNo ?? '(none)'}”`);
  if (year.year !== expected.year) outcome.source.wrong.push(`year: ${year.year}, not ${expected.year}`);
  return outcome;
}

const outcomes = new Map<string, Outcome>();

describe('extractReport(reports of other towns, street offices and county departments)', () => {
  it('has reports to read, each with what a person would take from it', () => {
    expect(reports.length).toBeGreaterThanOrEqual(8);
    for (const name of reports) expect(readdirSync(folder)).toContain(name.replace(/\.(txt|html)$/, '.expected.json'));
  });

  for (const name of reports) {
    const id = name.replace(/\.(txt|html)$/, '');
    describe(name, () => {
      const input = readFileSync(new URL(name, folder), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${id}.expected.json`, folder), 'utf8')) as Expected;
      // Read as the brief says, without the year; should that throw, read again with it so every figure is still judged.
      let failure: Error | undefined;
      let extraction: Extraction;
      try {
        extraction = extractReport(input, {});
      } catch (error) {
        failure = error as Error;
        extraction = extractReport(input, { year: expected.year });
      }
      const { draft, text } = extraction;
      const outcome = judge(expected, extraction);
      outcomes.set(id, outcome);

      it('is a consistent fixture: every quote and fragment is in the report, no quote holds a fragment', () => {
        const found = (part: string) => input.includes(part) || text.includes(part);
        expect(expected.figures.map((figure) => figure.quote).filter((quote) => quote !== undefined && !found(quote))).toEqual([]);
        expect(expected.notFigures.filter((part) => !found(part))).toEqual([]);
        const clashes = expected.figures.flatMap((figure) =>
          expected.notFigures.filter((part) => figure.quote?.includes(part)).map((part) => `${figure.quote} ⊃ ${part}`),
        );
        expect(clashes).toEqual([]);
      });

      it('reads the report without being told the year', () => {
        expect(failure?.message).toBeUndefined();
      });

      it('is a draft the schema accepts', () => {
        expect(datasetProblems(draft)).toEqual([]);
        expect(draft.draft).toBe(true);
      });

      it('quotes only words of the report, verbatim', () => {
        const quotes = draftFigures(draft.years[0] as unknown as Record<string, unknown>).flatMap(({ quote }) => (quote ? [quote] : []));
        expect(quotes.filter((quote) => !text.includes(quote))).toEqual([]);
      });

      it('names the year and the source as the page gives them, or asks for them on the review list', () => {
        expect(outcome.source.wrong).toEqual([]);
      });

      it('puts no wrong figure in the draft', () => {
        expect(outcome.wrong).toEqual([]);
      });

      it('has every figure of the report in the draft or on the review list', () => {
        expect(outcome.missed).toEqual([]);
      });
    });
  }

  afterAll(() => {
    const total = { right: 0, toReview: 0, missed: 0, wrong: 0 };
    const lines: string[] = [];
    for (const [id, outcome] of outcomes) {
      total.right += outcome.right.length;
      total.toReview += outcome.toReview.length;
      total.missed += outcome.missed.length;
      total.wrong += outcome.wrong.length;
      const { source } = outcome;
      lines.push(
        `${id}: ${outcome.right.length} right / ${outcome.toReview.length} to review / ${outcome.missed.length} missed / ${outcome.wrong.length} wrong` +
          ` (source: ${source.right.length} right, ${source.toReview.length} to review, ${source.wrong.length} wrong)`,
      );
      for (const line of outcome.wrong) lines.push(`  wrong   ${line}`);
      for (const line of outcome.missed) lines.push(`  missed  ${line}`);
      for (const line of source.wrong) lines.push(`  source  ${line}`);
    }
    lines.push(`total: ${total.right} right / ${total.toReview} to review / ${total.missed} missed / ${total.wrong} wrong`);
    console.log(lines.join('\n'));
  });
});
