/// <reference types="vite/client" />
/**
 * The editor's model of a draft year: its figures as rows of a table, the report's text cut into
 * plain and marked pieces, and the edits a person makes, each a new dataset (the old one is left as
 * it was, so the preview and the saved work always get a new object). The rows of each report
 * section, and where a number to check may go in it, are the section's own (its folder's
 * `editor.ts`): nothing here names a section. Pure: no DOM, no Lit.
 */

import type { Dataset } from '../../data/schema.js';
import type { Path, Problem } from '../../data/schema-kit.js';
import { formatPath } from '../../data/schema-kit.js';
import { datasetProblems } from '../../data/validate.js';
import { DATE_TO_FILL, TO_FILL, type ToCheckItem, UNIT_ID_TO_FILL } from '../../extract/extract.js';
import { NOT_THE_FIGURE } from '../../extract/reasons.js';
import { idOf } from '../../extract/words.js';
import { type Lang, toLang } from '../../i18n/format.js';
import { sectionData } from '../../sections/data-registry.js';
import type { EditorField, SectionEditor } from '../../sections/section-editor.js';
import type { EditorVoice } from './messages.js';

/**
 * Each report section's rows, its folder's `editor.ts` (found by Vite, which builds the editor's
 * page), in the registry's order.
 */
// biome-ignore lint/suspicious/noExplicitAny: each section's description is typed on its own catalogue
const editorFiles = import.meta.glob<{ editor: SectionEditor<any> }>('../../sections/*/editor.ts', { eager: true });
export const sectionEditors = sectionData.map(({ key }) => ({ key, ...editorFiles[`../../sections/${key}/editor.ts`]?.editor }));

/** The dataset as a person edits it: possibly invalid on the way (an empty value is `null`), always one year. */
export type EditedDataset = Dataset & { draft?: true };

/** What a row's value is: text (the source), the year, a count, a rate shown as a percentage, or nothing (a platform). */
export type RowKind = 'text' | 'year' | 'count' | 'rate' | 'none';

/** A group of rows: the unit, the source, or a report section by its key. */
export type Group = string;

/** One row of the figures table. */
export interface FigureRow {
  /** The row's path written out: `years[0].petitions.channels[1]`. */
  key: string;
  /** Where the figure (`{ value, quote }`), item or text field is in the dataset. */
  path: Path;
  group: Group;
  kind: RowKind;
  /** The row's name: a fixed one, or an item's label. */
  name: string;
  /** An item's label, editable; absent for fixed rows. */
  label?: string;
  /** Words after the name: "渠道", "其中"; for the year, where it was read. */
  note?: string;
  /** The value as its field shows it (a rate as a percentage). */
  value: string;
  quote?: string;
  /** The index of the mark of its quote in the report's text; absent when the quote is not in it. */
  mark?: number;
  /** A problem of the dataset is at or under this row. */
  invalid: boolean;
  /** What is wrong at or under this row, in words (the problems 检查 lists, without the row's place). */
  problems?: string[];
}

/** A piece of the report's text: plain, or the words of one or more figures. */
export interface Piece {
  text: string;
  /** The mark's index, when the piece is marked. */
  mark?: number;
  /** The rows quoting it. */
  rows?: string[];
}

/** Where the draft's one year is in the dataset. */
export const YEAR: Path = ['years', 0];

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** The Chinese words of a label, plain string or `{ "zh-CN": … }`. */
function labelOf(label: unknown): string {
  if (typeof label === 'string') return label;
  return isObject(label) ? textOf(label['zh-CN']) : '';
}

/** A fraction as the percentage a person reads and types: 0.99 → "99"; floating-point noise taken away. */
export function percentOf(fraction: unknown): string {
  return typeof fraction === 'number' && Number.isFinite(fraction) ? String(Number((fraction * 100).toPrecision(12))) : '';
}

/** A typed percentage as the fraction the dataset keeps: 98.5 → 0.985. */
export function fractionOf(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** Where the year was read, shown beside it: `from` as the extractor says it, and the words it was read from. */
export interface YearRead {
  from: 'title' | 'first-lines' | 'field' | 'url' | 'figures' | 'option';
  words: string;
}

/** The groups of the table, in order, each with its heading: the unit, the source, then every section of the registry. */
export function groupsOf(t: EditorVoice): { group: Group; heading: string }[] {
  const lang = toLang(t.locale) as Lang;
  return [
    { group: 'unit', heading: t.editor.figures.groups.unit },
    { group: 'source', heading: t.editor.figures.groups.source },
    ...sectionEditors.flatMap(({ key, messages, heading }) =>
      messages && heading ? [{ group: key, heading: heading(messages[lang]) }] : [],
    ),
  ];
}

/** A section's field: where it is in a year, and the words it goes by in `lang`. */
const fieldOf = (key: string, field: EditorField<unknown>): Path => [...YEAR, key, ...field.path];

/**
 * The rows of the table, in the report's sections' order: the unit and source, then each section's
 * figures and lists as its `editor.ts` declares them. `problems` (their paths written out, in
 * words) mark the rows they are in and are said there; `yearRead`, where the year was read.
 */
export function rowsOf(
  dataset: EditedDataset,
  t: EditorVoice,
  problems: readonly { key: string; message: string }[],
  yearRead?: YearRead,
): Omit<FigureRow, 'mark'>[] {
  const { rows: names } = t.editor.figures;
  const lang = toLang(t.locale) as Lang;
  const year: Loose = isObject(dataset.years?.[0]) ? (dataset.years[0] as unknown as Loose) : {};
  const source: Loose = isObject(year.source) ? year.source : {};
  const rows: Omit<FigureRow, 'mark' | 'invalid' | 'key'>[] = [];
  const text = (group: Group, path: Path, name: string, value: unknown, kind: RowKind = 'text', note?: string) =>
    rows.push({ group, path, name, kind, value: textOf(value), ...(note ? { note } : {}) });
  const figure = (group: Group, path: Path, name: string, value: unknown, kind: 'count' | 'rate') => {
    if (!isObject(value)) return;
    rows.push({
      group,
      path,
      name,
      kind,
      value: kind === 'rate' ? percentOf(value.value) : textOf(value.value),
      quote: textOf(value.quote),
    });
  };
  const items = (group: Group, path: Path, list: unknown, note?: string, kind: RowKind = 'count') =>
    listAt(list).forEach((item, index) => {
      if (!isObject(item)) return;
      const label = labelOf(item.label);
      rows.push({ group, path: [...path, index], name: label, label, note, kind, value: textOf(item.value), quote: textOf(item.quote) });
    });

  text('unit', ['unit', 'id'], names.unitId, dataset.unit?.id);
  text('unit', ['unit', 'name'], names.unitName, labelOf(dataset.unit?.name));
  text('source', [...YEAR, 'year'], names.year, year.year, 'year', yearRead && t.editor.figures.yearRead(yearRead.from, yearRead.words));
  text('source', [...YEAR, 'source', 'title'], names.title, source.title);
  text('source', [...YEAR, 'source', 'publisher'], names.publisher, source.publisher);
  text('source', [...YEAR, 'source', 'date'], names.date, source.date);
  text('source', [...YEAR, 'source', 'indexNo'], names.indexNo, source.indexNo);
  text('source', [...YEAR, 'source', 'url'], names.url, source.url);
  for (const { key, messages, fields = [] } of sectionEditors) {
    if (!messages || (!isObject(year[key]) && !Array.isArray(year[key]))) continue;
    const m = messages[lang];
    for (const field of fields) {
      const path = fieldOf(key, field);
      const value = valueAt(dataset, path);
      if (field.kind === 'items') items(key, path, value, field.note?.(m));
      else if (field.kind === 'names') items(key, path, value, undefined, 'none');
      else figure(key, path, field.name(m), value, field.kind);
    }
  }
  return rows.map((row) => {
    const key = formatPath(row.path);
    // A problem is in a row when its path is the row's, or under it (`….value`); not in a row with a longer index (`[1]` vs `[10]`).
    const said = problems
      .filter((problem) => problem.key === key || problem.key.startsWith(`${key}.`) || problem.key.startsWith(`${key}[`))
      .map((problem) => problem.message);
    return { ...row, key, invalid: said.length > 0, ...(said.length ? { problems: said } : {}) };
  });
}

/**
 * The rows still holding what the extractor writes where the page gives nothing (（待填写）, the date
 * 0001-01-01, the unit code `unit`): a dataset with any of them is not checked, whatever a person ticks.
 */
export function unfilledRows(rows: readonly Omit<FigureRow, 'mark'>[]): Omit<FigureRow, 'mark'>[] {
  return rows.filter(
    (row) =>
      row.value === TO_FILL ||
      (row.path[row.path.length - 1] === 'date' && row.value === DATE_TO_FILL) ||
      (row.key === 'unit.id' && row.value === UNIT_ID_TO_FILL),
  );
}

/**
 * The report's text cut into pieces, each quote of the rows marked where it first stands. Rows
 * quoting the same words share a mark (the four platforms named in one list); words overlapping a
 * mark already made stay unmarked, and their row keeps its quote without a mark.
 */
export function piecesOf(text: string, rows: readonly Omit<FigureRow, 'mark'>[]): { pieces: Piece[]; marks: Map<string, number> } {
  const ranges: { start: number; end: number; rows: string[] }[] = [];
  for (const row of rows) {
    if (!row.quote) continue;
    const start = text.indexOf(row.quote);
    if (start < 0) continue;
    const end = start + row.quote.length;
    const same = ranges.find((range) => range.start === start && range.end === end);
    if (same) same.rows.push(row.key);
    else if (!ranges.some((range) => range.start < end && start < range.end)) ranges.push({ start, end, rows: [row.key] });
  }
  ranges.sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  const marks = new Map<string, number>();
  let at = 0;
  ranges.forEach((range, index) => {
    if (range.start > at) pieces.push({ text: text.slice(at, range.start) });
    pieces.push({ text: text.slice(range.start, range.end), mark: index, rows: range.rows });
    for (const key of range.rows) marks.set(key, index);
    at = range.end;
  });
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return { pieces, marks };
}

/** A copy of `dataset` with `value` at `path`, the objects on the way made when missing (a new section). */
export function withValue(dataset: EditedDataset, path: Path, value: unknown): EditedDataset {
  const copy = structuredClone(dataset) as unknown as Loose;
  let node: Loose | unknown[] = copy;
  path.forEach((key, index) => {
    const holder = node as Record<string | number, unknown>;
    if (index === path.length - 1) {
      holder[key] = value;
      return;
    }
    if (typeof holder[key] !== 'object' || holder[key] === null) holder[key] = typeof path[index + 1] === 'number' ? [] : {};
    node = holder[key] as Loose;
  });
  return copy as unknown as EditedDataset;
}

/** The value at `path`, or undefined. */
export function valueAt(dataset: EditedDataset, path: Path): unknown {
  let node: unknown = dataset;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/** A copy with an item's label changed: a plain string stays one, an object keeps its English. */
export function withLabel(dataset: EditedDataset, itemPath: Path, label: string): EditedDataset {
  return withName(dataset, [...itemPath, 'label'], label);
}

/** A copy with a name (`{ "zh-CN": … }` or a plain string, at `path`: a label, the unit's name) changed in Chinese, keeping its English. */
export function withName(dataset: EditedDataset, path: Path, name: string): EditedDataset {
  const old = valueAt(dataset, path);
  return isObject(old) ? withValue(dataset, [...path, 'zh-CN'], name) : withValue(dataset, path, name);
}

/** Where an item of the check list may go: a figure of the table (or one the draft lacks yet), or a new item a person names. */
export type Target =
  | { kind: 'figure'; key: string; path: Path; name: string; rate: boolean }
  | { kind: 'new'; key: string; list: Path; name: string /** An item of a name only (a platform), no count. */; named?: true };

/** An item of the check list as the editor shows it, with where it may go. */
export interface ToCheckEntry {
  key: string;
  item: ToCheckItem;
  targets: Target[];
  /** The target chosen (an `unsure` item's own field at first), and the name typed for a new item (the name it reads at first). */
  chosen: string;
  name: string;
  /** Whether 采用 can be pressed: a target is chosen (and a new item named). */
  ready: boolean;
  /** The problems taking it where chosen would leave (`breaksOf`), in words: said before it is taken. */
  breaks: string[];
  /** The figure taking it where chosen would replace by another number (`replacedBy`): said before it is taken. */
  replaces?: { value: string; quote: string };
  /** A field with no number (the title, the year): filled in or checked in the table. */
  fillIn: boolean;
}

/** An item's key in the list: where its number stands. */
export const toCheckKey = (item: ToCheckItem): string => `${item.kind}:${item.at[0]}-${item.at[1]}:${item.field ?? ''}`;

/** A section's list as a target's key: `new:petitions.channels`, `new:training`. */
const newKey = (key: string, field: EditorField<unknown>) => `new:${[key, ...field.path].join('.')}`;

/**
 * Where an item's number may go: the figures and lists every section declares (its `editor.ts`).
 * A figure only ever gets a number written in the report: a percentage (the number before a %) only
 * a rate — any section's — a whole number only a count, and nothing else goes anywhere.
 */
export function targetsOf(item: ToCheckItem, rows: readonly Omit<FigureRow, 'mark'>[], t: EditorVoice): Target[] {
  const { value } = item;
  // 20余次 is no count of 20: an approximate number goes nowhere in the data.
  if (value === undefined || !Number.isFinite(value) || value < 0 || item.approximate) return [];
  const lang = toLang(t.locale) as Lang;
  const headings = new Map(groupsOf(t).map(({ group, heading }) => [group, heading]));
  const declared = sectionEditors.flatMap(({ key, messages, fields = [] }) =>
    messages ? fields.map((field) => ({ key, field, m: messages[lang] as unknown, heading: headings.get(key) ?? key })) : [],
  );
  const rateFields = new Set(declared.filter(({ field }) => field.kind === 'rate').map(({ key, field }) => [key, ...field.path].join('.')));
  const rate = (item.field !== undefined && rateFields.has(item.field)) || /%$/.test(item.text);
  const figures: Target[] = declared.flatMap(({ key, field, m, heading }) => {
    if ((field.kind === 'rate') !== rate || field.kind === 'items' || field.kind === 'names') return [];
    const path = fieldOf(key, field);
    return [{ kind: 'figure' as const, key: formatPath(path), path, name: `${heading} · ${field.name(m)}`, rate }];
  });
  // The rate its own words name first (出庭应诉率较上年提高20%: the heads' rate in court before mediation's).
  if (rate) return value > 100 ? [] : byWordsShared(figures, item.quote ?? item.text);
  if (!Number.isInteger(value)) return [];
  for (const row of rows)
    if (row.kind === 'count' && row.label !== undefined)
      figures.push({
        kind: 'figure',
        key: row.key,
        path: row.path,
        name: `${headings.get(row.group) ?? row.group} · ${row.name}`,
        rate: false,
      });
  const lists: Target[] = declared.flatMap(({ key, field, m }) =>
    field.kind === 'items' ? [{ kind: 'new' as const, key: newKey(key, field), list: fieldOf(key, field), name: field.newItem(m) }] : [],
  );
  return [...figures, ...lists];
}

/** `targets` with those whose names share most two-character words with `words` first, in their order otherwise. */
function byWordsShared(targets: Target[], words: string): Target[] {
  const pairs = (text: string) => {
    const characters = [...text];
    return new Set(characters.slice(1).map((character, i) => characters[i] + character));
  };
  const said = pairs(words);
  const shared = (target: Target) => [...pairs(target.name)].filter((pair) => said.has(pair)).length;
  return targets
    .map((target) => ({ target, shared: shared(target) }))
    .sort((a, b) => b.shared - a.shared)
    .map(({ target }) => target);
}

/**
 * An item's sentence cut around its own number, to show which it is where the sentence holds the
 * same words twice (…论述2次，组织…学习2次): before, the number as the list names it, after. The
 * number is looked for in the item's clause; undefined where the sentence does not hold it.
 */
export function numberInSentence({
  sentence,
  quote,
  text,
}: Pick<ToCheckItem, 'sentence' | 'quote' | 'text'>): [string, string, string] | undefined {
  if (!text) return undefined;
  const clause = Math.max(0, sentence.indexOf(quote));
  const at = sentence.indexOf(text, clause);
  if (at < 0) return undefined;
  return [sentence.slice(0, at), text, sentence.slice(at + text.length)];
}

/**
 * The target an `unsure` item names itself, if it is one of `targets`: its figure
 * (`mediation.accepted`), or a new item of its list (`petitions.channels`, named as the item reads).
 */
export function ownTarget(item: ToCheckItem, targets: readonly Target[]): string {
  if (!item.field) return '';
  const key = formatPath([...YEAR, ...item.field.split('.')]);
  const own = targets.find((target) => target.key === key || target.key === `new:${item.field}`);
  return own?.key ?? '';
}

/**
 * The figure `target` holds now, which taking the item would replace by another number (its value
 * as the table writes it, and its words); undefined when it holds none, or the same number.
 */
export function replacedBy(dataset: EditedDataset, item: ToCheckItem, target: Target): { value: string; quote: string } | undefined {
  if (item.value === undefined) return undefined;
  const held = heldBy(dataset, target);
  if (!held || held.value === (target.kind === 'figure' && target.rate ? fractionOf(item.value) : item.value)) return undefined;
  return { value: held.written, quote: held.quote };
}

/** The figure `target` holds: its value as kept, as written (a rate as its percentage, 99%), and its quote. */
function heldBy(dataset: EditedDataset, target: Target): { value: number; written: string; quote: string } | undefined {
  if (target.kind !== 'figure') return undefined;
  const old = valueAt(dataset, target.path);
  if (!isObject(old) || typeof old.value !== 'number') return undefined;
  return { value: old.value, written: target.rate ? `${percentOf(old.value)}%` : textOf(old.value), quote: textOf(old.quote) };
}

/**
 * The number `target` holds, as an item of the check list (why: `replaced`), for when another is
 * put there: nothing a person took from the report is lost; it can go elsewhere, or be dismissed.
 */
export function replacedItem(dataset: EditedDataset, target: Target, text: string): ToCheckItem | undefined {
  const held = heldBy(dataset, target);
  return held && takenOut('replaced', target.name, held.written, held.quote, text);
}

/**
 * The number of a row 删除 takes out, as an item of the check list (why: `removed`), its own place
 * chosen first and, for an item of a list, its own name: it can be put back, go elsewhere, or be
 * dismissed. None for a row with no number, or no words of the report's.
 */
export function removedItem(row: FigureRow, text: string): ToCheckItem | undefined {
  if ((row.kind !== 'count' && row.kind !== 'rate') || !row.quote || !Number.isFinite(Number.parseFloat(row.value))) return undefined;
  // Its field in the year: the figure's path, or the list an item of it is in (training, petitions.channels).
  const field = row.path
    .slice(YEAR.length)
    .filter((step) => typeof step === 'string')
    .join('.');
  return { ...takenOut('removed', row.label ?? row.name, row.kind === 'rate' ? `${row.value}%` : row.value, row.quote, text), field };
}

/** A number taken out of the data, `written` as the table writes it, its words found in the report's `text` where they stand. */
function takenOut(why: 'replaced' | 'removed', label: string, written: string, quote: string, text: string): ToCheckItem {
  const at = text.indexOf(quote);
  return {
    kind: 'unplaced',
    why,
    label,
    text: written,
    // A percentage goes back as the number the report writes (99), as the extractor lists one.
    value: Number.parseFloat(written),
    sentence: quote,
    quote,
    at: at >= 0 && quote ? [at, at + quote.length] : [0, 0],
  };
}

/**
 * A copy of `dataset` with the item's number put into `target`, quoted by the item's clause (the
 * report's own words): a figure's value and quote set (its section made when missing), or a new
 * item of a list, named `name`, with an id no other item of the list has, where its words stand in the
 * report's `text` among the list's.
 */
export function accepted(dataset: EditedDataset, item: ToCheckItem, target: Target, name: string, text = ''): EditedDataset {
  const value = item.value as number;
  if (target.kind === 'figure') {
    const figure = { value: target.rate ? fractionOf(value) : value, quote: item.quote };
    const old = valueAt(dataset, target.path);
    // An item keeps its id and label; a figure is replaced.
    return withValue(dataset, target.path, isObject(old) && 'id' in old ? { ...old, ...figure } : figure);
  }
  const list = listAt(valueAt(dataset, target.list));
  const ids = new Set(list.map((entry) => (isObject(entry) ? entry.id : undefined)));
  const base = idOf(name.trim());
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  const added = { id, label: name.trim(), value, quote: item.quote };
  // Where its words stand in the report's `text` among the list's (a kind put back goes where it was), else last.
  const standsAt = (entry: unknown) => (isObject(entry) && typeof entry.quote === 'string' && entry.quote ? text.indexOf(entry.quote) : -1);
  const before = text && item.at[1] > 0 ? list.findIndex((entry) => standsAt(entry) > item.at[0]) : -1;
  return withValue(dataset, target.list, before < 0 ? [...list, added] : [...list.slice(0, before), added, ...list.slice(before)]);
}

/** A copy of `dataset` without what is at `path` (an item taken out of its list); a section, or a part of one, left empty goes too. */
export function without(dataset: EditedDataset, path: Path): EditedDataset {
  const copy = structuredClone(dataset) as unknown as Loose;
  for (let end = path.length; end > 2; end--) {
    const holder = valueAt(copy as unknown as EditedDataset, path.slice(0, end - 1));
    const key = path[end - 1];
    if (Array.isArray(holder) && typeof key === 'number') holder.splice(key, 1);
    else if (isObject(holder)) delete holder[key];
    // Up a level only while what held it is empty: 信访 without its last channel keeps its total.
    const left = valueAt(copy as unknown as EditedDataset, path.slice(0, end - 1));
    const empty = Array.isArray(left) ? left.length === 0 : isObject(left) && Object.keys(left).length === 0;
    if (!empty || end - 1 <= 2) break;
  }
  return copy as unknown as EditedDataset;
}

/** What a person may add to a section: a figure it lacks, or a new item of one of its lists (named as it is added). */
export function addable(dataset: EditedDataset, key: string, t: EditorVoice): Target[] {
  const lang = toLang(t.locale) as Lang;
  const section = sectionEditors.find((each) => each.key === key);
  if (!section?.messages || !section.fields) return [];
  const m = section.messages[lang];
  return section.fields.flatMap((field): Target[] => {
    const path = fieldOf(key, field);
    if (field.kind === 'items') return [{ kind: 'new', key: newKey(key, field), list: path, name: field.newItem(m) }];
    if (field.kind === 'names') return [{ kind: 'new', key: newKey(key, field), list: path, name: field.newItem(m), named: true }];
    if (valueAt(dataset, path) !== undefined) return [];
    return [{ kind: 'figure', key: formatPath(path), path, name: field.name(m), rate: field.kind === 'rate' }];
  });
}

/**
 * A copy of `dataset` with `target` added by hand: a figure with no value yet and no words (a
 * person types both, the words from the report), or a new item of a list named `name`.
 */
export function added(dataset: EditedDataset, target: Target, name: string): EditedDataset {
  if (target.kind === 'figure') return withValue(dataset, target.path, { value: null, quote: '' });
  const list = listAt(valueAt(dataset, target.list));
  const ids = new Set(list.map((entry) => (isObject(entry) ? entry.id : undefined)));
  const base = idOf(name.trim());
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return withValue(dataset, target.list, [
    ...list,
    target.named ? { id, label: name.trim() } : { id, label: name.trim(), value: null, quote: '' },
  ]);
}

/**
 * Where a problem of the dataset is, in words: the group and the row (an item by its label, or by
 * its place in its list when it has none) and the field of it (信访 · 第1个渠道 · 数值), never a
 * JSON path; a place the table has no words for keeps its path.
 */
export function placeOf(path: Path, dataset: EditedDataset, t: EditorVoice): string {
  const { figures } = t.editor;
  const lang = toLang(t.locale) as Lang;
  const headings = new Map(groupsOf(t).map(({ group, heading }) => [group, heading]));
  const fieldWords = (rest: Path) =>
    rest.length === 0
      ? []
      : rest.length === 1 && typeof rest[0] === 'string' && rest[0] in figures.fields
        ? [figures.fields[rest[0] as keyof typeof figures.fields]]
        : [formatPath(rest)];
  const fixed: [Path, string, string][] = [
    [['unit', 'id'], 'unit', figures.rows.unitId],
    [['unit', 'name'], 'unit', figures.rows.unitName],
    [[...YEAR, 'year'], 'source', figures.rows.year],
    ...(['title', 'publisher', 'date', 'indexNo', 'url'] as const).map((field): [Path, string, string] => [
      [...YEAR, 'source', field],
      'source',
      figures.rows[field],
    ]),
  ];
  const starts = (prefix: Path) => prefix.every((key, index) => path[index] === key);
  for (const [prefix, group, name] of fixed)
    if (starts(prefix))
      return [headings.get(group), name, ...(path.length > prefix.length ? [formatPath(path.slice(prefix.length))] : [])].join(' · ');
  const key = path[2];
  const section = sectionEditors.find((each) => each.key === key);
  if (path[0] !== 'years' || path[1] !== 0 || !section?.messages || !section.fields) return formatPath(path);
  const m = section.messages[lang];
  const heading = headings.get(section.key) ?? section.key;
  const rest = path.slice(3);
  for (const field of section.fields) {
    if (!field.path.every((part, index) => rest[index] === part)) continue;
    const after = rest.slice(field.path.length);
    if (field.kind === 'count' || field.kind === 'rate') return [heading, field.name(m), ...fieldWords(after)].join(' · ');
    const note = field.kind === 'items' ? field.note?.(m) : undefined;
    if (after.length === 0 || typeof after[0] !== 'number') return [heading, ...(note ? [note] : []), ...fieldWords(after)].join(' · ');
    const label = labelOf((valueAt(dataset, [...YEAR, key, ...field.path, after[0]]) as Loose | undefined)?.label);
    return [heading, figures.itemAt(after[0] + 1, label, note), ...fieldWords(after.slice(1))].join(' · ');
  }
  return [heading, ...fieldWords(rest)].join(' · ');
}

/** What is wrong, in words: a value left empty is missing (not “null”); the rest as the catalogue says it. */
export const problemWords = (problem: Problem, t: EditorVoice): string =>
  problem.rule === 'type' && problem.actual === 'null' ? t.editor.problems.noValue : t.problem(problem);

/** The problems of `dataset`, each named by where it is in words, and what is wrong. */
export function wordedProblems(dataset: EditedDataset, t: EditorVoice): { key: string; place: string; message: string }[] {
  return datasetProblems(dataset).map((problem) => ({
    key: formatPath(problem.path),
    place: placeOf(problem.path, dataset, t),
    message: problemWords(problem, t),
  }));
}

/**
 * The problems taking an item into `target` would leave that the dataset does not have yet (a
 * channel with no petitions total: 信访 · 信访总量), in words: none when taking it is safe.
 */
export function breaksOf(dataset: EditedDataset, item: ToCheckItem, target: Target, name: string, t: EditorVoice): string[] {
  const before = new Set(datasetProblems(dataset).map((problem) => `${formatPath(problem.path)} ${problem.rule}`));
  const taken = accepted(dataset, item, target, name || item.label || item.text);
  return datasetProblems(taken)
    .filter((problem) => !before.has(`${formatPath(problem.path)} ${problem.rule}`))
    .map((problem) => t.pair(placeOf(problem.path, taken, t), problemWords(problem, t)));
}

/**
 * The place chosen for an item at first: its own (`ownTarget`), unless its reason says it is not
 * that figure (批 is no count of cases, a part of a count before it…) or taking it would leave a
 * problem; else none, for a person to choose.
 */
export function firstChoice(dataset: EditedDataset, item: ToCheckItem, targets: readonly Target[], t: EditorVoice): string {
  if (NOT_THE_FIGURE.has(item.why)) return '';
  const own = ownTarget(item, targets);
  const target = targets.find((candidate) => candidate.key === own);
  return target && breaksOf(dataset, item, target, target.kind === 'new' ? (item.label ?? '') : '', t).length === 0 ? own : '';
}
