/**
 * The editor's model of a draft year: its figures as rows of a table, the report's text cut into
 * plain and marked pieces, and the edits a person makes, each a new dataset (the old one is left as
 * it was, so the preview and the saved work always get a new object). Pure: no DOM, no Lit.
 */

import type { Dataset } from '../../data/schema.js';
import type { Path } from '../../data/schema-kit.js';
import { formatPath } from '../../data/schema-kit.js';
import type { ToCheckItem } from '../../extract/extract.js';
import { idOf } from '../../extract/words.js';
import type { EditorVoice } from './messages.js';

/** The dataset as a person edits it: possibly invalid on the way (an empty value is `null`), always one year. */
export type EditedDataset = Dataset & { draft?: true };

/** What a row's value is: text (the source), the year, a count, a rate shown as a percentage, or nothing (a platform). */
export type RowKind = 'text' | 'year' | 'count' | 'rate' | 'none';

export type Group = 'unit' | 'source' | 'petitions' | 'mediation' | 'training' | 'platforms';

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
  /** Words after the name: "渠道", "其中". */
  note?: string;
  /** The value as its field shows it (a rate as a percentage). */
  value: string;
  quote?: string;
  /** The index of the mark of its quote in the report's text; absent when the quote is not in it. */
  mark?: number;
  /** A problem of the dataset is at or under this row. */
  invalid: boolean;
}

/** A piece of the report's text: plain, or the words of one or more figures. */
export interface Piece {
  text: string;
  /** The mark's index, when the piece is marked. */
  mark?: number;
  /** The rows quoting it. */
  rows?: string[];
}

const YEAR: Path = ['years', 0];

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

/**
 * The rows of the table, in the report's sections' order: the unit and source, petitions (total,
 * channels, subsets), mediation, training, platforms. `problemPaths` are the problems' paths
 * written out, to mark the rows they are in.
 */
export function rowsOf(dataset: EditedDataset, t: EditorVoice, problemPaths: readonly string[]): Omit<FigureRow, 'mark'>[] {
  const { rows: names, channel, flag } = t.editor.figures;
  const year: Loose = isObject(dataset.years?.[0]) ? (dataset.years[0] as unknown as Loose) : {};
  const source: Loose = isObject(year.source) ? year.source : {};
  const rows: Omit<FigureRow, 'mark' | 'invalid' | 'key'>[] = [];
  const text = (group: Group, path: Path, name: string, value: unknown, kind: RowKind = 'text') =>
    rows.push({ group, path, name, kind, value: textOf(value) });
  const figure = (group: Group, path: Path, name: string, value: unknown, kind: 'count' | 'rate' = 'count') => {
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
  text('source', [...YEAR, 'year'], names.year, year.year, 'year');
  text('source', [...YEAR, 'source', 'title'], names.title, source.title);
  text('source', [...YEAR, 'source', 'publisher'], names.publisher, source.publisher);
  text('source', [...YEAR, 'source', 'date'], names.date, source.date);
  text('source', [...YEAR, 'source', 'indexNo'], names.indexNo, source.indexNo);
  const petitions = isObject(year.petitions) ? year.petitions : undefined;
  if (petitions) {
    figure('petitions', [...YEAR, 'petitions', 'total'], names.total, petitions.total);
    items('petitions', [...YEAR, 'petitions', 'channels'], petitions.channels, channel);
    items('petitions', [...YEAR, 'petitions', 'flags'], petitions.flags, flag);
  }
  const mediation = isObject(year.mediation) ? year.mediation : undefined;
  if (mediation) {
    figure('mediation', [...YEAR, 'mediation', 'accepted'], names.accepted, mediation.accepted);
    figure('mediation', [...YEAR, 'mediation', 'resolved'], names.resolved, mediation.resolved);
    figure('mediation', [...YEAR, 'mediation', 'statedRate'], names.statedRate, mediation.statedRate, 'rate');
  }
  items('training', [...YEAR, 'training'], year.training);
  items('platforms', [...YEAR, 'platforms'], year.platforms, undefined, 'none');
  return rows.map((row) => {
    const key = formatPath(row.path);
    // A problem is in a row when its path is the row's, or under it (`….value`); not in a row with a longer index (`[1]` vs `[10]`).
    const invalid = problemPaths.some((path) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`));
    return { ...row, key, invalid };
  });
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
  const old = valueAt(dataset, [...itemPath, 'label']);
  return isObject(old) ? withValue(dataset, [...itemPath, 'label', 'zh-CN'], label) : withValue(dataset, [...itemPath, 'label'], label);
}

/** Where an item of the check list may go: a figure of the table (or one the draft lacks yet), or a new item a person names. */
export type Target =
  | { kind: 'figure'; key: string; path: Path; name: string; rate: boolean }
  | { kind: 'new'; key: string; list: Path; name: string };

/** An item of the check list as the editor shows it, with where it may go. */
export interface ToCheckEntry {
  key: string;
  item: ToCheckItem;
  targets: Target[];
  /** The target chosen (an `unsure` item's own field at first), and the name typed for a new item. */
  chosen: string;
  name: string;
  /** Whether 采用 can be pressed: a target is chosen (and a new item named). */
  ready: boolean;
  /** A field with no number (the title): filled in in the table. */
  fillIn: boolean;
}

/** An item's key in the list: where its number stands. */
export const toCheckKey = (item: ToCheckItem): string => `${item.kind}:${item.at[0]}-${item.at[1]}:${item.field ?? ''}`;

/**
 * Where an item's number may go. A figure only ever gets a number written in the report: a
 * percentage (the number before a %) only a rate, a whole number only a count, and nothing else
 * goes anywhere.
 */
export function targetsOf(item: ToCheckItem, rows: readonly Omit<FigureRow, 'mark'>[], t: EditorVoice): Target[] {
  const { value } = item;
  if (value === undefined || !Number.isFinite(value) || value < 0) return [];
  const rate = item.field === 'mediation.statedRate' || /%$/.test(item.text);
  if (rate) {
    if (value > 100) return [];
    return [
      {
        kind: 'figure',
        key: 'years[0].mediation.statedRate',
        path: [...YEAR, 'mediation', 'statedRate'],
        name: t.editor.figures.rows.statedRate,
        rate,
      },
    ];
  }
  if (!Number.isInteger(value)) return [];
  const { rows: names, groups } = t.editor.figures;
  const fixed: [Path, string][] = [
    [[...YEAR, 'petitions', 'total'], names.total],
    [[...YEAR, 'mediation', 'accepted'], names.accepted],
    [[...YEAR, 'mediation', 'resolved'], names.resolved],
  ];
  const figures: Target[] = fixed.map(([path, name]) => ({ kind: 'figure', key: formatPath(path), path, name, rate: false }));
  for (const row of rows)
    if (row.kind === 'count' && row.label !== undefined)
      figures.push({ kind: 'figure', key: row.key, path: row.path, name: `${groups[row.group]} · ${row.name}`, rate: false });
  const { newTraining, newChannel, newFlag } = t.editor.toCheck;
  return [
    ...figures,
    { kind: 'new', key: 'new:training', list: [...YEAR, 'training'], name: newTraining },
    { kind: 'new', key: 'new:channels', list: [...YEAR, 'petitions', 'channels'], name: newChannel },
    { kind: 'new', key: 'new:flags', list: [...YEAR, 'petitions', 'flags'], name: newFlag },
  ];
}

/** The target an `unsure` item names itself (`mediation.accepted`), if it is one of `targets`. */
export function ownTarget(item: ToCheckItem, targets: readonly Target[]): string {
  const key = item.field && formatPath([...YEAR, ...item.field.split('.')]);
  return targets.some((target) => target.key === key) ? (key as string) : '';
}

/**
 * A copy of `dataset` with the item's number put into `target`, quoted by the item's clause (the
 * report's own words): a figure's value and quote set (its section made when missing), or a new
 * item of a list, named `name`, with an id no other item of the list has.
 */
export function accepted(dataset: EditedDataset, item: ToCheckItem, target: Target, name: string): EditedDataset {
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
  return withValue(dataset, target.list, [...list, { id, label: name.trim(), value, quote: item.quote }]);
}
