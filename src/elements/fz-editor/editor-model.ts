/**
 * What the editor shows of the work, worked out from it: the table's groups and rows, the report's
 * text cut at each figure's words, the check list with the place each number is offered first, the
 * problems, what is left to fill in, and the dataset as it is saved. The element (fz-editor.ts)
 * lays it out and turns a person's edits into new work.
 */
import { unquotedFigures } from '../../data/quoted.js';
import { formatPath } from '../../data/schema-kit.js';
import { fileNameOf } from '../../export/save.js';
import { type ToCheckItem, UNIT_ID_TO_FILL } from '../../extract/extract.js';
import {
  addable,
  breaksOf,
  type EditedDataset,
  type FigureRow,
  firstChoice,
  type Group,
  groupsOf,
  type Piece,
  piecesOf,
  placeOf,
  replacedBy,
  rowsOf,
  type Target,
  type ToCheckEntry,
  targetsOf,
  toCheckKey,
  unfilledRows,
  wordedProblems,
  YEAR,
} from './figures.js';
import type { EditorVoice } from './messages.js';
import type { Work } from './work.js';

/** A problem of the dataset, worded: its path written out (to mark its row), where it is in words, and what is wrong. */
export interface Worded {
  key: string;
  place: string;
  message: string;
}

/** A group of the table: its rows, and what may be added to it by hand (a section's figures it lacks, a new item of its lists). */
export interface TableGroup {
  group: Group;
  heading: string;
  rows: FigureRow[];
  /** Whether it is a report section's (its rows can be removed, figures added). */
  section: boolean;
  addable: Target[];
}

/** Everything the editor shows of the work, worked out in `willUpdate`; `render()` lays it out. */
export interface EditorModel {
  /** Whether a report has been read: the text, table, check list, preview and saving show. */
  extracted: boolean;
  groups: TableGroup[];
  pieces: Piece[];
  toCheck: ToCheckEntry[];
  problems: Worded[];
  /** The rows still to fill in (（待填写）, the date 0001-01-01, the unit code `unit`), by name: 已逐项核对 cannot be ticked while there are any. */
  unfilled: string[];
  /** The year or the unit's name the extractor inferred and no person has said is right yet (核对无误), by name: 已逐项核对 cannot be ticked while there are any. */
  unconfirmed: string[];
  /** The numbers of the check list not dealt with yet, leaving out its items that only ask for a row to be filled in (counted in `unfilled`). */
  openItems: number;
  /** The dataset as it is saved and previewed: `draft: true` until 已逐项核对 is ticked (and nothing is left to fill in). Absent while it has problems. */
  saved?: EditedDataset;
  /** `<unit>-<year>.json`. */
  fileName: string;
}

export const NO_MODEL: EditorModel = {
  extracted: false,
  groups: [],
  pieces: [],
  toCheck: [],
  problems: [],
  unfilled: [],
  unconfirmed: [],
  openItems: 0,
  fileName: '',
};

/** An item of the check list that asks a person to confirm what the extractor inferred: the year, the unit's name. */
export const isInference = (item: ToCheckItem) => item.value === undefined && (item.field === 'year' || item.field === 'unit.name');

/** The model of `work` as shown in the voice `t`, with the places chosen for the numbers to check. */
export function editorModelOf(work: Work, t: EditorVoice): EditorModel {
  const { dataset, choices } = work;
  if (!dataset) return NO_MODEL;
  const allRows = rowsOf(dataset, t, []);
  const toFill = unfilledRows(allRows);
  // A figure's value as its row shows it: a rate as the percentage typed (98.5%), not the fraction kept.
  const shown = new Map(allRows.map((row) => [row.key, row.kind === 'rate' ? `${row.value}%` : row.value]));
  const unfilled = toFill.map((row) => row.name);
  const inferred = new Set(
    work.toCheck.filter(isInference).map((item) => (item.field === 'year' ? formatPath([...YEAR, 'year']) : 'unit.name')),
  );
  const unconfirmed = allRows.filter((row) => inferred.has(row.key)).map((row) => row.name);
  const saved: EditedDataset = { ...dataset };
  // Checked only when nothing is left to fill in or to confirm, whatever was ticked before.
  if (work.checked && unfilled.length === 0 && unconfirmed.length === 0) delete saved.draft;
  else saved.draft = true;
  const problems: Worded[] = [
    ...wordedProblems(saved, t),
    // A figure only ever takes a number its words hold.
    ...unquotedFigures(saved).map((figure) => ({
      key: formatPath(figure.path),
      place: placeOf(figure.path, saved, t),
      message: t.editor.figures.notInQuote(shown.get(formatPath(figure.path)) ?? String(figure.value)),
    })),
  ];
  const plainRows = rowsOf(dataset, t, problems, work.yearRead);
  const { pieces, marks } = piecesOf(work.text, plainRows);
  const rows: FigureRow[] = plainRows.map((row) => ({ ...row, mark: marks.get(row.key) }));
  // Every group, a section the report gave nothing of too: it says so, and takes figures added by hand.
  const groups = groupsOf(t).map(({ group, heading }): TableGroup => {
    const section = group !== 'unit' && group !== 'source';
    return {
      group,
      heading,
      rows: rows.filter((row) => row.group === group),
      section,
      addable: section ? addable(dataset, group, t) : [],
    };
  });
  // An item that only asks for a row of the report's source to be filled in goes once that row is (and comes back if emptied).
  const stillToFill = new Set([...toFill, ...allRows.filter((row) => row.value.trim() === '')].map((row) => row.key));
  const asked = work.toCheck.filter((item) => {
    const row = sourceRowOf(item);
    return row === undefined || stillToFill.has(row);
  });
  const toCheck = asked.map((item): ToCheckEntry => {
    const key = toCheckKey(item);
    const targets = targetsOf(item, plainRows, t);
    const choice = choices[key] ?? {};
    // Its own place first, unless its reason says it is not that figure or taking it would leave a problem.
    const chosen = choice.target ?? firstChoice(dataset, item, targets, t);
    const target = targets.find((candidate) => candidate.key === chosen);
    // A new item is named as the report names it (a channel's word), until the person types.
    const name = choice.name ?? (target?.kind === 'new' && item.label ? item.label : '');
    const ready = target !== undefined && (target.kind === 'figure' || name.trim() !== '');
    const fillIn = isInference(item) || (item.value === undefined && (item.field ?? '').startsWith('source.'));
    // What taking it where chosen would leave to put right, said before it is taken.
    const breaks = target && ready ? breaksOf(dataset, item, target, name, t) : [];
    const replaces = target && replacedBy(dataset, item, target);
    return { key, item, targets, chosen, name, ready, fillIn, breaks, replaces };
  });
  const year = dataset.years?.[0]?.year;
  return {
    extracted: true,
    groups,
    pieces,
    toCheck,
    problems,
    unfilled,
    unconfirmed,
    openItems: toCheck.filter((entry) => !(entry.fillIn && entry.item.field?.startsWith('source.'))).length,
    saved: problems.length ? undefined : saved,
    fileName: fileNameOf({ unit: dataset.unit?.id || UNIT_ID_TO_FILL, year }, 'json'),
  };
}

/** The key of the row of the report's source an item asks to be filled in (未找到标题，请填写), if that is all it asks. */
function sourceRowOf(item: ToCheckItem): string | undefined {
  if (item.value !== undefined || !item.field?.startsWith('source.')) return undefined;
  return formatPath(['years', 0, ...item.field.split('.')]);
}
