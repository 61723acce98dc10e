// npm run schema: writes data/schema.json from the one definition in src/data/schema.ts (src/cli/write-schema.ts).
import { runTool } from './cli.mjs';

await runTool('write-schema');
