/**
 * `npm run schema`: writes data/schema.json (a dataset) from the one definition in src/data/schema.ts,
 * and data/collection-schema.json (a collection of units) from src/data/collection.ts, each whole or not at all.
 */
import { join } from 'node:path';
import { collectionJsonSchema } from '../data/collection.js';
import { datasetJsonSchema } from '../data/schema.js';
import { command } from './command.js';
import { writeFileWhole } from './files.js';

export const main = command(async (_, t, { root }) => {
  const files: [string, object][] = [
    ['data/schema.json', datasetJsonSchema()],
    ['data/collection-schema.json', collectionJsonSchema()],
  ];
  for (const [file, schema] of files) await writeFileWhole(join(root, file), `${JSON.stringify(schema, null, 2)}\n`, t, file);
  console.log(t.wrote(files.map(([file]) => file)));
  return 0;
});
