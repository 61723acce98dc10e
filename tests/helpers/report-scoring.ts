/**
 * How the extractor is judged on a report it has never seen, against what a careful person would
 * put in the dataset (`<id>.expected.json` beside the report's `<id>.txt|html`).
 *
 * Every expected figure is **right** (in the draft with its value and quote, and its label when one
 * is given), **to check** (not in the draft, and its number or its clause is on the check list),
 * or **missed**. A figure of the draft that is not expected, or has another value, label or quote,
 * or is quoted by words holding a `notFigures` fragment (an approximate figure, attendance, money,
 * a date, a comparison, one village's count…) is **wrong**.
 *
 * An expected figure may give `labelAlso`: other names a person would accept for it (the kind of
 * training with the body that held it: 党委理论学习中心组学法 for 理论学习中心组学法). A platform's
 * `quote` is the list naming it: the draft's quote must hold it (it may start at the naming words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { type Extraction, extractReport, type ToCheckItem, type YearFrom } from '../../src/extract/extract.js';

export interface ExpectedFigure {
  field: string;
  label?: string;
  labelAlso?: string[];
  value?: number;
  quote?: string;
  note?: string;
}

export interface Expected {
  year: number;
  source: { title: string; publisher: string; date: string; indexNo?: string };
  figures: ExpectedFigure[];
  notFigures: string[];
  /** A published report's page. */
  address?: string;
  /** Where the text states the year; `none` when it does not. */
  yearFrom?: YearFrom | 'none';
  /**
   * Whether the text is a published page's opening only (its title line, field block and first
   * paragraphs, as a stored copy of the page gives them) rather than the whole report: the figures
   * expected are the opening's, not the report's.
   */
  opening?: boolean;
  /** What a person should know of the text or its reading: where it is cut, why a number is no figure. */
  note?: string;
}

/** A figure of the draft, wherever it sits: `petitions.channels`, `mediation.statedRate`, `platforms`… */
interface DraftFigure {
  field: string;
  label?: string;
  value?: number;
  quote?: string;
}

export interface Outcome {
  right: string[];
  toCheck: string[];
  missed: string[];
  wrong: string[];
  source: { right: string[]; toCheck: string[]; wrong: string[] };
}

/** A report read as a new user would, and judged. */
export interface Judged {
  id: string;
  name: string;
  /** The file as given. */
  input: string;
  expected: Expected;
  /** Read without the year; when that refused, read again with it so every figure is still judged. */
  extraction: Extraction;
  /** Why reading without the year refused, if it did. */
  refusal?: Error;
  outcome: Outcome;
}

/** A label as compared: full-width as ASCII, without blanks or quotation marks. */
const plainLabel = (label: string) => label.normalize('NFKC').replace(/[\s“”"'‘’「」《》]/g, '');

const labelText = (label: unknown): string | undefined =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? (label as { 'zh-CN'?: string })['zh-CN'] : undefined;

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

const describeFigure = ({ field, label, value, quote }: DraftFigure | ExpectedFigure) =>
  `${field}${label ? ` ${label}` : ''}${value === undefined ? '' : ` = ${value}`}${quote ? ` «${quote}»` : ''}`;

/** Every figure of a year of the draft, its sections walked whatever they hold. */
export function draftFigures(year: object): DraftFigure[] {
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

/** Whether the check list holds the figure: an item whose number stands in its clause, or one naming its value in its sentence. */
function onCheckList(expected: ExpectedFigure, toCheck: ToCheckItem[], text: string): boolean {
  const { quote, value } = expected;
  if (quote === undefined) return false;
  const clauses = offsetsOf(text, quote);
  return toCheck.some(
    ({ at, sentence, value: itemValue }) =>
      (at[1] > at[0] && clauses.some((start) => at[0] >= start && at[1] <= start + quote.length)) ||
      (sentence.includes(quote) &&
        itemValue !== undefined &&
        value !== undefined &&
        (near(itemValue, value) || near(itemValue, value * 100))),
  );
}

/** What became of each expected figure, and which figures of the draft are wrong (and why). */
export function judge(expected: Expected, { draft, toCheck, text }: Extraction): Outcome {
  const outcome: Outcome = { right: [], toCheck: [], missed: [], wrong: [], source: { right: [], toCheck: [], wrong: [] } };
  const [year] = draft.years;
  const claimed = new Set<ExpectedFigure>();
  for (const figure of draftFigures(year)) {
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
    if (onCheckList(figure, toCheck, text)) outcome.toCheck.push(describeFigure(figure));
    else outcome.missed.push(describeFigure(figure));
  }
  // The page's source: as the page gives it, or asked for on the check list.
  const source = year.source as Record<string, string | undefined>;
  for (const key of ['title', 'publisher', 'date'] as const) {
    if (source[key] === expected.source[key]) outcome.source.right.push(key);
    else if (toCheck.some((item) => item.field === `source.${key}`)) outcome.source.toCheck.push(key);
    else outcome.source.wrong.push(`${key}: “${source[key]}”, not “${expected.source[key]}”`);
  }
  if (source.indexNo !== undefined && source.indexNo !== expected.source.indexNo)
    outcome.source.wrong.push(`indexNo: “${source.indexNo}”, not “${expected.source.indexNo ?? '(none)'}”`);
  if (year.year !== expected.year) outcome.source.wrong.push(`year: ${year.year}, not ${expected.year}`);
  return outcome;
}

/** Every report of a folder (`*.txt`, `*.html`), read without its year as a new user would, and judged. */
export function judgeFolder(folder: URL): Judged[] {
  return readdirSync(folder)
    .filter((name) => /\.(txt|html)$/.test(name))
    .sort()
    .map((name) => {
      const id = name.replace(/\.(txt|html)$/, '');
      const input = readFileSync(new URL(name, folder), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${id}.expected.json`, folder), 'utf8')) as Expected;
      let refusal: Error | undefined;
      let extraction: Extraction;
      try {
        extraction = extractReport(input, {});
      } catch (error) {
        refusal = error as Error;
        extraction = extractReport(input, { year: expected.year });
      }
      return { id, name, input, expected, extraction, refusal, outcome: judge(expected, extraction) };
    });
}

/** What is wrong with a fixture itself: a quote or fragment not in its report, a quote holding a fragment. */
export function fixtureProblems({ input, expected, extraction }: Judged): string[] {
  const found = (part: string) => input.includes(part) || extraction.text.includes(part);
  return [
    ...expected.figures.flatMap(({ quote }) => (quote !== undefined && !found(quote) ? [`quote not in the report: «${quote}»`] : [])),
    ...expected.notFigures.filter((part) => !found(part)).map((part) => `fragment not in the report: «${part}»`),
    ...expected.figures.flatMap(({ quote }) =>
      expected.notFigures.filter((part) => quote?.includes(part)).map((part) => `a quote holds a fragment: «${quote}» ⊃ «${part}»`),
    ),
  ];
}

/** The draft's quotes that are not words of the report, verbatim. */
export const quotesNotInText = ({ extraction: { draft, text } }: Judged): string[] =>
  draftFigures(draft.years[0]).flatMap(({ quote }) => (quote && !text.includes(quote) ? [quote] : []));

export interface Totals {
  right: number;
  toCheck: number;
  missed: number;
  wrong: number;
  /** Of the missed: figures of fields the extractor does not read yet. */
  notReadYet: number;
}

/**
 * The table of outcomes, a line a report (and a line a wrong or missed figure), and the totals.
 * `notReadYet` names the fields the extractor does not read yet: their missed figures are counted apart.
 */
export function scoreTable(judged: readonly Judged[], notReadYet: readonly string[] = []): { lines: string[]; total: Totals } {
  const unread = (line: string) => notReadYet.some((field) => line.startsWith(field));
  const total: Totals = { right: 0, toCheck: 0, missed: 0, wrong: 0, notReadYet: 0 };
  const lines: string[] = [];
  for (const { id, outcome, refusal, extraction } of judged) {
    total.right += outcome.right.length;
    total.toCheck += outcome.toCheck.length;
    total.missed += outcome.missed.length;
    total.wrong += outcome.wrong.length;
    total.notReadYet += outcome.missed.filter(unread).length;
    const { source } = outcome;
    const year = refusal ? 'year not found' : `year from ${extraction.yearFrom}`;
    lines.push(
      `${id}: ${outcome.right.length} right / ${outcome.toCheck.length} to check / ${outcome.missed.length} missed / ${outcome.wrong.length} wrong` +
        ` (source: ${source.right.length} right, ${source.toCheck.length} to check, ${source.wrong.length} wrong; ${year})`,
    );
    for (const line of outcome.wrong) lines.push(`  wrong   ${line}`);
    for (const line of outcome.missed) lines.push(`  missed  ${line}${unread(line) ? ' (not read yet)' : ''}`);
    for (const line of source.wrong) lines.push(`  source  ${line}`);
  }
  lines.push(
    `total: ${total.right} right / ${total.toCheck} to check / ${total.missed} missed` +
      `${notReadYet.length ? ` (${total.notReadYet} of fields not read yet)` : ''} / ${total.wrong} wrong`,
  );
  return { lines, total };
}
