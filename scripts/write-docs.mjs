// npm run docs: writes demo/docs.html and vscode.html-custom-data.json from custom-elements.json (src/cli/write-docs.ts).
import { runTool } from './cli.mjs';

await runTool('write-docs');
