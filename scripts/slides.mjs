// npm run slides -- dataset.json --out slides.html [--year 2024] [--theme red] [--meeting …] …
// An offline presentation of a dataset, one HTML file: src/cli/slides.ts says what it takes.
import { runTool } from './cli.mjs';

await runTool('slides');
