// npm run static -- dataset.json [--year 2024] [--compare previous] [--lang zh-CN|en] [--element fz-petitions …] [--src url]
// [--script url] [--width 360] [--theme dark] [--large-text] [--embed | --plain] [--out file.html] [--debug]
// The charts' HTML drawn in advance, for an article: src/cli/static.ts says what it does.
import { runTool } from './cli.mjs';

await runTool('static');
