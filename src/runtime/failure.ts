import { yearsOf } from '../data/derive.js';
import { formatPath } from '../data/schema-kit.js';
import { DatasetError } from '../data/validate.js';
import { labelText, toLang } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { DatasetState } from './dataset-controller.js';

/** What an element shows in place of its chart when it cannot draw one, in the reader's language. */
export interface Failure {
  /** One of `DatasetError`'s kinds, `load` (our code loaded on demand, not loaded) or `unexpected`. */
  kind: string;
  message: string;
  /** Each problem of an invalid file, with its JSON path. */
  problems: { path: string; message: string }[];
  /** Whether asking again may help (a network failure). */
  retry: boolean;
}

/** A file of our code loaded on demand that could not be loaded (a server that holds the bundle alone, a connection lost). */
export class CodeNotLoaded extends Error {}

/** Words `error` for a reader. */
export function failureOf(error: unknown, t: Messages): Failure {
  if (error instanceof CodeNotLoaded) return { kind: 'load', message: t.errors.load, problems: [], retry: false };
  if (!(error instanceof DatasetError)) return { kind: 'unexpected', message: t.errors.unexpected, problems: [], retry: false };
  const { kind, problems, detail } = error;
  const url = detail.url ?? '';
  switch (kind) {
    case 'missing':
      return { kind, message: t.errors.missing, problems: [], retry: false };
    case 'network':
      return { kind, message: t.errors.network(url), problems: [], retry: true };
    case 'timeout':
      return { kind, message: t.errors.timeout((detail.timeoutMs ?? 0) / 1000, url), problems: [], retry: true };
    case 'http':
      return { kind, message: t.errors.http(detail.status ?? 0, url), problems: [], retry: true };
    case 'html':
      return { kind, message: t.errors.webPage(url), problems: [], retry: true };
    case 'json':
      return {
        kind,
        message: t.errors.json,
        problems: problems.map((problem) => ({ path: '', message: t.problem(problem) })),
        retry: false,
      };
    case 'year':
      return { kind, message: t.errors.year(detail.year ?? 0, t.list((detail.years ?? []).map(String))), problems: [], retry: false };
    case 'attribute':
      return { kind, message: t.errors.attribute(detail.attribute ?? '', detail.value ?? ''), problems: [], retry: false };
    case 'collection':
      return { kind, message: t.errors.collection, problems: [], retry: false };
    case 'environment':
      return { kind, message: t.errors.environment(detail.builtin ?? ''), problems: [], retry: false };
    case 'invalid':
      return {
        kind,
        message: t.errors.invalid(problems.length),
        problems: problems.map((problem) => ({ path: formatPath(problem.path), message: t.problem(problem) })),
        retry: false,
      };
  }
}

/**
 * What to say of a year the element's group chose (a year toggle on a district's collection) that
 * its unit has no report of, in place of the alert a `year` attribute the dataset lacks gets:
 * nothing is wrong with the page, the unit has no report of that year. Undefined for any other failure.
 */
export function notReportedOf(
  failure: Failure,
  state: DatasetState,
  year: number | undefined,
  ownYear: boolean,
  t: Messages,
): string | undefined {
  if (failure.kind !== 'year' || ownYear || year === undefined || state.status !== 'ready') return undefined;
  const { dataset } = state;
  return t.errors.notReported(labelText(dataset.unit.name, toLang(t.locale)), year, t.list(yearsOf(dataset).map(String)));
}
