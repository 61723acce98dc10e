import type { Dataset } from './schema.js';
import { DatasetError, parseDatasetText } from './validate.js';

/** How long an element waits for its dataset before it says the server did not answer. */
export const DEFAULT_TIMEOUT_MS = 10_000;
// setTimeout's longest delay; a longer wait is no wait at all to it.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** A wait in milliseconds as given (`timeout="5000"`), or the default when it is not a positive number. */
export function timeoutOf(value: number | undefined): number {
  return value !== undefined && value > 0 && value <= MAX_TIMEOUT_MS ? value : DEFAULT_TIMEOUT_MS;
}

interface Request {
  dataset: Promise<Dataset>;
  controller: AbortController;
  /** How many elements wait for it; when the last stops waiting before it answers, it is abandoned. */
  waiting: number;
  settled: boolean;
}

// One request per absolute URL, however many elements show it. Failed loads leave the map so a retry asks again.
const requests = new Map<string, Request>();

/** Tells elements when a URL has loaded, so those that failed on it earlier recover with the one that retried. */
export const datasetLoads = new EventTarget();

/** The absolute form of a dataset URL, as requests are shared by it. */
export function datasetUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * Fetches, parses and validates the dataset at `url` (resolved against the page). Elements that
 * ask for the same URL share one request and one parsed dataset; each waits no longer than its
 * own `timeoutMs` and stops waiting when its `signal` aborts.
 */
export async function loadDataset(
  url: string,
  { timeoutMs = DEFAULT_TIMEOUT_MS, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Dataset> {
  const absolute = datasetUrl(url);
  const request = requests.get(absolute) ?? start(absolute);
  request.waiting++;
  try {
    return await waitFor(request.dataset, timeoutMs, signal, () => new DatasetError('timeout', [], { url: absolute, timeoutMs }));
  } finally {
    request.waiting--;
    if (request.waiting === 0 && !request.settled) {
      request.controller.abort();
      requests.delete(absolute);
    }
  }
}

function start(url: string): Request {
  const controller = new AbortController();
  const request: Request = { dataset: fetchDataset(url, controller.signal), controller, waiting: 0, settled: false };
  requests.set(url, request);
  request.dataset.then(
    () => {
      request.settled = true;
      datasetLoads.dispatchEvent(new CustomEvent('load', { detail: url }));
    },
    () => {
      request.settled = true;
      if (requests.get(url) === request) requests.delete(url);
    },
  );
  return request;
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

async function fetchDataset(url: string, signal: AbortSignal): Promise<Dataset> {
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
  // A login page or a portal's error page, served with status 200 in place of the file.
  if (/^\s*</.test(text) || /html/i.test(response.headers.get('content-type') ?? '')) throw new DatasetError('html', [], { url });
  return parseDatasetText(text);
}

/** The dataset written inside an element as `<script type="application/json">…</script>`, if any. */
export function inlineDataset(host: Element): Dataset | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script ? parseDatasetText(script.textContent ?? '') : undefined;
}
