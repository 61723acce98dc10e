import type { Dataset } from './schema.js';
import { DatasetError, parseDatasetText } from './validate.js';

/** How long a dataset request may take before it counts as failed. */
export const DEFAULT_TIMEOUT_MS = 10_000;

// One request per absolute URL, however many elements show it. Failed loads leave the cache so a retry asks again.
const requests = new Map<string, Promise<Dataset>>();

/** Tells elements when a URL has loaded, so those that failed on it earlier recover with the one that retried. */
export const datasetLoads = new EventTarget();

/** The absolute form of a dataset URL, as requests are shared by it. */
export function datasetUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * Fetches, parses and validates the dataset at `url` (resolved against the page). Elements that
 * ask for the same URL share one request and one parsed dataset.
 */
export function loadDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  const absolute = datasetUrl(url);
  let request = requests.get(absolute);
  if (!request) {
    request = fetchDataset(absolute, timeoutMs);
    requests.set(absolute, request);
    request.then(
      () => datasetLoads.dispatchEvent(new CustomEvent('load', { detail: absolute })),
      () => requests.delete(absolute),
    );
  }
  return request;
}

async function fetchDataset(url: string, timeoutMs: number): Promise<Dataset> {
  const signal = AbortSignal.timeout(timeoutMs);
  // A request that fails outright is a network failure, or a server of another origin that does
  // not allow this page to read it (CORS): the browser does not say which.
  const failed = () => new DatasetError(signal.aborted ? 'timeout' : 'network', [], { url, timeoutMs });
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) throw new DatasetError('http', [], { url, status: response.status });
    text = await response.text();
  } catch (error) {
    throw error instanceof DatasetError ? error : failed();
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
