import { pageWide } from './page-wide.js';
import type { Dataset } from './schema.js';
import { DatasetError, parseDataset, parseDatasetText } from './validate.js';

/** What a file an element reads holds, and how it is checked: a dataset (what most elements read), or another kind (a collection of units). */
export interface FileKind<T> {
  /** Requests are shared per URL and kind: a dataset's by its URL alone. */
  name: string;
  /** Checks a file's text; a `DatasetError` says what is wrong. */
  parseText: (text: string) => T;
  /** Checks a parsed value (an element's `data`) and copies it. */
  parse: (value: unknown) => T;
}

export const datasetFile: FileKind<Dataset> = { name: 'dataset', parseText: parseDatasetText, parse: parseDataset };

/** The key a file's request is shared by: a dataset's URL, or another kind's name and URL. */
export const fileKey = (url: string, kind: FileKind<unknown>): string => (kind === datasetFile ? url : `${kind.name} ${url}`);

/** How long an element waits for its dataset before it says the server did not answer. */
export const DEFAULT_TIMEOUT_MS = 10_000;
// setTimeout's longest delay; a longer wait is no wait at all to it.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** A wait in milliseconds as given (`timeout="5000"`), or the default when it is not a positive number. */
export function timeoutOf(value: number | undefined): number {
  return value !== undefined && value > 0 && value <= MAX_TIMEOUT_MS ? value : DEFAULT_TIMEOUT_MS;
}

interface Request {
  dataset: Promise<unknown>;
  controller: AbortController;
  /** How many elements wait for it; when the last stops waiting before it answers, it is abandoned. */
  waiting: number;
  settled: boolean;
}

// One request per absolute URL, however many elements show it, most recently used last. Failed
// loads leave the map so a retry asks again; of the loaded ones the most recent KEPT stay.
const requests = pageWide('dataset-requests', () => new Map<string, Request>());
const KEPT = 20;

/** Tells elements when a URL has loaded, so those that failed on it earlier recover with the one that retried. */
export const datasetLoads = new EventTarget();

/** The absolute form of a dataset URL, as requests are shared by it; a `src` that is no URL is said to be one. */
export function datasetUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    throw new DatasetError('attribute', [], { attribute: 'src', value: url });
  }
}

/** Whether the dataset (or the file of `kind`) at `url` (absolute) has loaded and is still kept. */
export function isLoaded(url: string, kind: FileKind<unknown> = datasetFile): boolean {
  return requests().get(fileKey(url, kind))?.settled === true;
}

/**
 * Fetches, parses and validates the dataset at `url` (resolved against the page). Elements that
 * ask for the same URL share one request and one parsed dataset; each waits no longer than its
 * own `timeoutMs` and stops waiting when its `signal` aborts.
 */
export function loadDataset(url: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Dataset> {
  return loadFile(url, datasetFile, options);
}

/** Fetches and checks the file of `kind` at `url`, as `loadDataset` does a dataset: one request per URL and kind, each caller on its own clock. */
export async function loadFile<T>(
  url: string,
  kind: FileKind<T>,
  { timeoutMs = DEFAULT_TIMEOUT_MS, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<T> {
  const absolute = datasetUrl(url);
  const key = fileKey(absolute, kind);
  const request = requests().get(key) ?? start(absolute, kind);
  // Most recently used last.
  requests().delete(key);
  requests().set(key, request);
  request.waiting++;
  try {
    return (await waitFor(request.dataset, timeoutMs, signal, () => new DatasetError('timeout', [], { url: absolute, timeoutMs }))) as T;
  } finally {
    request.waiting--;
    if (request.waiting === 0 && !request.settled) {
      request.controller.abort();
      requests().delete(key);
    }
  }
}

/** Starts loading the dataset at `url` (absolute) unless it is loading or loaded: elements that ask for it later join that request. */
export function startLoadingDataset(url: string): void {
  if (!requests().has(url)) start(url, datasetFile);
}

function start(url: string, kind: FileKind<unknown>): Request {
  const controller = new AbortController();
  const key = fileKey(url, kind);
  const request: Request = { dataset: fetchFile(url, kind, controller.signal), controller, waiting: 0, settled: false };
  requests().set(key, request);
  request.dataset.then(
    () => {
      request.settled = true;
      forgetOldest();
      datasetLoads.dispatchEvent(new CustomEvent('load', { detail: key }));
    },
    () => {
      request.settled = true;
      if (requests().get(key) === request) requests().delete(key);
    },
  );
  return request;
}

/** Keeps the most recently used loaded datasets, KEPT of them; one that elements still wait for is never forgotten. */
function forgetOldest(): void {
  const loaded = [...requests()].filter(([, request]) => request.settled && request.waiting === 0);
  for (const [url] of loaded.slice(0, Math.max(0, loaded.length - KEPT))) requests().delete(url);
}

/** `promise`, unless `timeoutMs` passes first (rejects with `timedOut()`) or `signal` aborts (rejects with its reason). */
function waitFor<T>(promise: Promise<T>, timeoutMs: number, signal: AbortSignal | undefined, timedOut: () => Error): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      stop();
      reject(timedOut());
    }, timeoutMs);
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    promise.then(
      (value) => {
        stop();
        resolve(value);
      },
      (error: unknown) => {
        stop();
        reject(error);
      },
    );
  });
}

async function fetchFile(url: string, kind: FileKind<unknown>, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) throw new DatasetError('http', [], { url, status: response.status });
    text = await response.text();
  } catch (error) {
    // A request that fails outright is a network failure, or a server of another origin that does
    // not allow this page to read it (CORS): the browser does not say which.
    throw error instanceof DatasetError ? error : new DatasetError('network', [], { url });
  }
  try {
    return kind.parseText(text);
  } catch (error) {
    // Not JSON, and a web page by its looks: a login page or a portal's error page, served in place
    // of the file (often with status 200). JSON served as text/html is read as JSON.
    const html = /^\s*</.test(text) || /html/i.test(response.headers.get('content-type') ?? '');
    throw error instanceof DatasetError && error.kind === 'json' && html ? new DatasetError('html', [], { url }) : error;
  }
}

/** The text of the dataset written inside an element as `<script type="application/json">…</script>`, if there is one. */
export function inlineText(host: Element): string | undefined {
  return host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
}
