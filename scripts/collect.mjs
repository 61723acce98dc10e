// npm run collect -- report.txt [more …] --out district.json [--name 名称] [--parent 上级] [--replace] [--debug]
// npm run collect -- --index district.json
// The reports of a district's units into a draft collection: src/cli/collect.ts says what it does.
import { runTool } from './cli.mjs';

await runTool('collect');
