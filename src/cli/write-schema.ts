/** `npm run schema`: writes data/schema.json from the one definition in src/data/schema.ts, whole or not at all. */
import { join } from 'node:path';
import { datasetJsonSchema } from '../data/schema.js';
import { command } from './command.js';
import { writeFileWhole } from './files.js';

export const main = command(async (_, t, { root }) => {
  const file = 'data/schema.json';
  await writeFileWhole(join(root, file), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, t, file);
  console.log(t.wrote([file]));
  return 0;
});
