/**
 * A presentation as one self-contained HTML file, to carry on a USB stick to a hall whose computer
 * has no network: the elements' code (the standalone build, with nothing loaded on demand) in an
 * inline module script, which a browser runs from `file://` where it refuses a module file; the
 * dataset in the dashboard's inline JSON; the styles are the elements' own. It presents at once,
 * its keys, years and presenter's view as on a page; nothing is asked of any network.
 */
import type { Collection } from '../data/collection.js';
import type { Dataset } from '../data/schema.js';

/** The attributes a presentation is opened with (`mode="present"` always): `year`, `compare`, `lang`, `theme`, `meeting`… */
export type OfflineAttributes = Record<string, string | undefined>;

/**
 * The district's collection for an offline file, as the `collection` its dashboard takes: every
 * unit's dataset inside it (`load` gives one from its address), its index left out, in a `data:`
 * address, which a page from file:// reads with no network. A unit whose dataset will not load keeps
 * its address made whole (`absolute`), which the ranking names as unreadable, as it would on a site.
 */
export async function collectionAddress(
  collection: Collection,
  { load, absolute }: { load: (address: string) => Promise<unknown>; absolute: (address: string) => string },
): Promise<string> {
  const units = await Promise.all(
    collection.units.map(async (unit) => {
      if (typeof unit.dataset !== 'string') return unit;
      const address = unit.dataset;
      // Kept whole (a relative address means nothing in a data: address): the file asks for it, and says it cannot read it.
      return { ...unit, dataset: await load(address).catch(() => absolute(address)) };
    }),
  );
  const { index: _, ...inline } = collection;
  const bytes = new TextEncoder().encode(JSON.stringify({ ...inline, units }));
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return `data:application/json;base64,${btoa(binary)}`;
}

/** The id of the script holding the code: an offline file writes another from it. */
export const OFFLINE_CODE_ID = 'fazhi-dashboard-code';

/** Text for an inline `<script>`: nothing in it can end the script or open a comment the parser would honour. */
const inScript = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/** Text for an attribute's value, or an element's text. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The file is the presentation: F5 and Shift+F5 reach the dashboard wherever the focus is (a click on
 * the page after Esc leaves it on the body, where they would reload the file and lose the slide).
 */
const F5_ANYWHERE = `document.addEventListener('keydown', (event) => {
  const dashboard = document.querySelector('fz-dashboard');
  if (event.key !== 'F5' || event.ctrlKey || event.altKey || event.metaKey || !dashboard || event.composedPath().includes(dashboard)) return;
  const again = new KeyboardEvent('keydown', { key: 'F5', shiftKey: event.shiftKey, cancelable: true });
  if (!dashboard.dispatchEvent(again)) event.preventDefault();
});`;

/**
 * The HTML file: `code` is the standalone build's; `title` names the window (the report's title);
 * `lang` is the page's.
 * @example offlinePage({ code, dataset, title: '某镇2024年度法治政府建设年度报告', lang: 'zh-CN', attributes: { theme: 'red' } })
 */
export function offlinePage({
  code,
  dataset,
  title,
  lang,
  attributes = {},
}: {
  code: string;
  dataset: Dataset | unknown;
  title: string;
  lang: string;
  attributes?: OfflineAttributes;
}): string {
  const given = Object.entries({ mode: 'present', ...attributes }).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const attributeText = given.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escaped(value)}"`)).join('');
  // JSON in a script: `<` written as \u003c, so that no `</script>` or `<!--` in the words ends it.
  const data = JSON.stringify(dataset).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${escaped(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escaped(title)}</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; background: #ffffff; }</style>
</head>
<body>
<fz-dashboard${attributeText}><script type="application/json">${data}</script></fz-dashboard>
<script type="module" id="${OFFLINE_CODE_ID}">${inScript(code)}</script>
<script>${F5_ANYWHERE}</script>
</body>
</html>
`;
}
