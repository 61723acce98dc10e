// Runs the command-line tools (TypeScript, src/cli/) in plain Node. They are bundled for Node
// with Vite once, on first use and again whenever one of their sources is newer than the bundle,
// into node_modules/.cache/fazhi-dashboard/cli (FAZHI_CLI_CACHE names another folder); a call
// then loads that bundle and no dev server. Each build goes to a folder of its own, and
// current.json, replaced in one rename, names the one to run, so that two calls at once never
// read a half-written bundle.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The tools: the name a script runs, and its module. */
export const tools = {
  extract: 'src/cli/extract.ts',
  validate: 'src/cli/validate.ts',
  collect: 'src/cli/collect.ts',
  slides: 'src/cli/slides.ts',
  'write-schema': 'src/cli/write-schema.ts',
  'write-docs': 'src/cli/write-docs.ts',
  static: 'src/cli/static.ts',
};

export function cacheFolder(env = process.env) {
  return env.FAZHI_CLI_CACHE || join(root, 'node_modules/.cache/fazhi-dashboard/cli');
}

/** The bundle's folder when it is there and no source it was built from is newer; else undefined. */
export function freshBuild(cache = cacheFolder()) {
  let current;
  try {
    current = JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const folder = join(cache, current.folder);
  if (!existsSync(folder)) return undefined;
  const stale = current.inputs.some(
    (path) => (statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > current.builtFrom,
  );
  return stale ? undefined : folder;
}

/** Bundles the tools into a new folder of `cache` and makes it the current one; returns the folder. */
export async function buildTools(cache = cacheFolder()) {
  // A source changed while the build reads it is newer than this, and is built again next time.
  const builtFrom = Date.now() - 1;
  const name = `build-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const folder = join(cache, name);
  await mkdir(cache, { recursive: true });
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    // One self-contained file per tool: it runs from any folder, and loads only what it uses.
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir: folder,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(tools).map(([tool, path]) => [tool, join(root, path)])),
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((each) => each.output);
  // A module imported with a query (`embed.html?raw`) is its file.
  const sources = new Set(
    outputs
      .flatMap((chunk) => chunk.moduleIds ?? [])
      .map((id) => id.replace(/\?.*$/, ''))
      .filter((id) => id.startsWith(root) && !id.includes('/node_modules/')),
  );
  const inputs = [...[...sources].map((id) => relative(root, id)), 'package-lock.json', 'scripts/cli.mjs'];
  const pointer = join(cache, 'current.json');
  const temporary = `${pointer}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ folder: name, builtFrom, inputs }, null, 2)}\n`);
  await rename(temporary, pointer);
  // Earlier builds, once no call can still be loading them.
  for (const other of await readdir(cache)) {
    if (!other.startsWith('build-') || other === name) continue;
    const { mtimeMs } = await stat(join(cache, other)).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > 60_000) await rm(join(cache, other), { recursive: true, force: true });
  }
  return folder;
}

/** Runs the tool `name` with this process's arguments; its exit code becomes this process's. */
export async function runTool(name) {
  // `npm run validate -- beiyang.json` called in data/: npm runs the script in the package's folder and names the caller's in
  // INIT_CWD; the files named are the caller's. Not when the tool is started by another script (npm test's).
  const { INIT_CWD, npm_lifecycle_script } = process.env;
  if (INIT_CWD && npm_lifecycle_script?.includes(`scripts/${basename(process.argv[1] ?? '')}`)) process.chdir(INIT_CWD);
  const folder = freshBuild() ?? (await buildTools());
  const { main } = await import(pathToFileURL(join(folder, `${name}.mjs`)).href);
  // `npm run slides` takes the elements' code as one script for the browser, built with Vite (kept in the cache folder).
  const standaloneCode = async () => (await import('./standalone.mjs')).standaloneCode(cacheFolder());
  process.exitCode = await main(process.argv.slice(2), { root, standaloneCode });
}
