/**
 * `npm run docs` (and `npm run manifest` after the analyzer): writes what is made from
 * custom-elements.json, the docs page (demo/docs.html) and the data VS Code completes our tags from
 * (vscode.html-custom-data.json), each whole or not at all.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docsPage } from '../../scripts/docs-page.mjs';
import { vscodeCustomData } from '../../scripts/editor-data.mjs';
import { command } from './command.js';
import { writeFileWhole } from './files.js';

export const main = command(async (_, t, { root }) => {
  const read = async (file: string) => JSON.parse(await readFile(join(root, file), 'utf8'));
  const manifest = await read('custom-elements.json');
  const files: [string, string][] = [
    ['demo/docs.html', docsPage(manifest, await read('package.json'))],
    ['vscode.html-custom-data.json', `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`],
  ];
  for (const [file, content] of files) await writeFileWhole(join(root, file), content, t, file);
  console.log(t.wrote(files.map(([file]) => file)));
  return 0;
});
