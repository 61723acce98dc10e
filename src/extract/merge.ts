import type { Dataset, Label } from '../data/schema.js';
import { type Draft, TO_FILL, UNIT_ID_TO_FILL } from './extract.js';

/** Why a draft cannot join a dataset: it has the draft's year already. */
export class MergeError extends Error {
  constructor(readonly year: number) {
    super(`The dataset has ${year} already; --replace replaces it.`);
  }
}

/** Why a draft cannot join a dataset: its report is another unit's (both named, in Chinese, and the dataset's unit id). */
export class OtherUnitError extends Error {
  constructor(
    readonly reportUnit: string,
    readonly datasetUnit: string,
    readonly unitId: string,
  ) {
    super(`The report is ${reportUnit}'s, the dataset ${datasetUnit}'s (${unitId}).`);
    this.name = 'OtherUnitError';
  }
}

/** A unit's Chinese name. */
const chineseName = (name: Label): string => (typeof name === 'string' ? name : (name['zh-CN'] ?? ''));

/** A unit's name without the body that speaks for it: 青山镇人民政府 is 青山镇, 某某街道办事处 is 某某街道. */
const unitOf = (name: string) => name.replace(/\s/g, '').replace(/(?:人民政府|办事处|党委|党工委|管委会)$/, '');

/**
 * Whether the draft's report is another unit's than the dataset's: its unit id is not the
 * dataset's (or both are the code a draft holds until a person gives one, `unit`, which says
 * nothing), and the unit its title names is known and is not the dataset's (neither name holds the
 * other: 金东区澧浦镇 is 澧浦镇).
 */
export function otherUnit(dataset: Dataset, draft: Draft): boolean {
  if (draft.unit.id === dataset.unit.id && dataset.unit.id !== UNIT_ID_TO_FILL) return false;
  const report = unitOf(chineseName(draft.unit.name));
  const own = unitOf(chineseName(dataset.unit.name));
  const known = (name: string) => name !== '' && name !== TO_FILL;
  return known(report) && known(own) && !report.includes(own) && !own.includes(report);
}

/**
 * A dataset with the draft's year added, in year order; a year it has already is replaced only
 * with `replace`, and a year of another unit's report (`otherUnit`) is refused unless
 * `anyUnit`. The dataset becomes a draft too, until a person confirms the new figures.
 */
export function mergeYear(dataset: Dataset, draft: Draft, { replace = false, anyUnit = false } = {}): Dataset & { draft: true } {
  if (!anyUnit && otherUnit(dataset, draft))
    throw new OtherUnitError(chineseName(draft.unit.name), chineseName(dataset.unit.name), dataset.unit.id);
  const [added] = draft.years;
  const kept = dataset.years.filter((entry) => entry.year !== added.year);
  if (kept.length < dataset.years.length && !replace) {
    throw new MergeError(added.year);
  }
  return { ...dataset, draft: true, years: [...kept, added].sort((a, b) => a.year - b.year) };
}
