// Writes what is made from custom-elements.json: the docs page (demo/docs.html) and the data VS Code
// completes our tags from (vscode.html-custom-data.json). `npm run manifest` runs it after the analyzer.
import { readFile, writeFile } from 'node:fs/promises';
import { docsPage } from './docs-page.mjs';
import { vscodeCustomData } from './editor-data.mjs';

const read = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const manifest = await read('../custom-elements.json');
await writeFile(new URL('../demo/docs.html', import.meta.url), docsPage(manifest, await read('../package.json')));
await writeFile(new URL('../vscode.html-custom-data.json', import.meta.url), `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`);
console.log('wrote demo/docs.html and vscode.html-custom-data.json');
