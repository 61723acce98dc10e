// npm run validate -- dataset.json [more.json …] [--debug]
// Checks dataset files the way the elements do: src/cli/validate.ts says what it prints.
import { runTool } from './cli.mjs';

await runTool('validate');
