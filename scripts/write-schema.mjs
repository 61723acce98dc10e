// Writes data/schema.json from the one definition in src/data/schema.ts.
import { writeFile } from 'node:fs/promises';
import { createServer } from 'vite';

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { datasetJsonSchema } = await server.ssrLoadModule('/src/data/schema.ts');
  await writeFile(new URL('../data/schema.json', import.meta.url), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  console.log('wrote data/schema.json');
} finally {
  await server.close();
}
