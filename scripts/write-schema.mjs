// npm run schema: writes data/schema.json and data/collection-schema.json from their one definitions (src/cli/write-schema.ts).
import { runTool } from './cli.mjs';

await runTool('write-schema');
