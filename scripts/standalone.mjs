// The elements as one script with nothing loaded on demand (every file the bundle would load later
// is inside it): what an offline presentation (a single HTML file, opened from a USB stick with no
// network, where a browser refuses to load a module file or fetch one) holds inline. `npm run
// build` writes it beside the bundle (dist/fazhi-dashboard-standalone.js, which the dashboard's
// export menu reads to write such a file) and writes dist/slides-sample.html with it; `npm run
// slides` builds it into the tools' cache folder when a source is newer than the one there.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The standalone script's code, built now (a Vite library build of src/index.ts with code splitting off, minified). */
export async function buildStandalone() {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, 'src/index.ts'), formats: ['es'], fileName: () => 'fazhi-dashboard-standalone.js' },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((each) => each.output);
  const chunks = outputs.filter((output) => output.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`the standalone build gave ${chunks.length} scripts, not one`);
  return { code: chunks[0].code, sources: chunks[0].moduleIds.filter((id) => id.startsWith(root) && !id.includes('/node_modules/')) };
}

/**
 * The standalone code from `cache` (a folder) when no source it was built from is newer; else
 * built now and kept there (written whole: a temporary file renamed over the old one).
 */
export async function standaloneCode(cache) {
  const pointer = join(cache, 'standalone.json');
  const file = join(cache, 'fazhi-dashboard-standalone.js');
  try {
    const { builtFrom, inputs } = JSON.parse(readFileSync(pointer, 'utf8'));
    const stale = inputs.some((path) => (statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > builtFrom);
    if (!stale && existsSync(file)) return readFileSync(file, 'utf8');
  } catch {
    // None built yet.
  }
  const builtFrom = Date.now() - 1;
  const { code, sources } = await buildStandalone();
  await mkdir(cache, { recursive: true });
  const inputs = [...sources.map((id) => relative(root, id)), 'package-lock.json'];
  for (const [target, content] of [
    [file, code],
    [pointer, `${JSON.stringify({ builtFrom, inputs }, null, 2)}\n`],
  ]) {
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, target);
  }
  return code;
}
