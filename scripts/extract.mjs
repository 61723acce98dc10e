// npm run extract -- report.txt|report.html [--year 2024] [--unit-id id] [--into dataset.json [--replace]] [--json] [--debug]
// A report's text into a draft year of the dataset: src/cli/extract.ts says what it does.
import { runTool } from './cli.mjs';

await runTool('extract');
