import type { Dataset } from './schema.js';
import { DatasetError, parseDatasetText } from './validate.js';

/** How long a dataset request may take before it counts as failed. */
export const DEFAULT_TIMEOUT_MS = 10_000;

// One request per absolute URL, however many elements show it. Failed loads leave the cache so a retry asks again.
const requests = new Map<string, Promise<Dataset>>();

/**
 * Fetches, parses and validates the dataset at `url` (resolved against the page). Elements that
 * ask for the same URL share one request and one parsed dataset.
 */
export function loadDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  const absolute = new URL(url, document.baseURI).href;
  let request = requests.get(absolute);
  if (!request) {
    request = fetchDataset(absolute, timeoutMs);
    requests.set(absolute, request);
    request.catch(() => requests.delete(absolute));
  }
  return request;
}

async function fetchDataset(url: string, timeoutMs: number): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), credentials: 'same-origin' });
  } catch {
    throw new DatasetError('network', [], { url });
  }
  if (!response.ok) throw new DatasetError('http', [], { url, status: response.status });
  return parseDatasetText(await response.text());
}

/** The dataset written inside an element as `<script type="application/json">…</script>`, if any. */
export function inlineDataset(host: Element): Dataset | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script ? parseDatasetText(script.textContent ?? '') : undefined;
}
