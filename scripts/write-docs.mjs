// Writes demo/docs.html from custom-elements.json (run `npm run manifest` first when the JSDoc changed).
import { readFile, writeFile } from 'node:fs/promises';
import { docsPage } from './docs-page.mjs';

const read = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
await writeFile(
  new URL('../demo/docs.html', import.meta.url),
  docsPage(await read('../custom-elements.json'), await read('../package.json')),
);
console.log('wrote demo/docs.html');
