// What the bundle test and the benchmarks share: building the bundle as `npm run build` does,
// serving files on 127.0.0.1, and starting Debian's headless Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's Firefox ESR, which puppeteer-core drives over WebDriver BiDi (Playwright needs a Firefox of its own build). */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Flags that keep Chromium quiet on a closed network and let it run as root.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Builds the bundle into a new temporary folder, in a process of its own (no test NODE_ENV); returns the folder. */
export async function buildBundle() {
  const outDir = await mkdtemp(join(tmpdir(), 'fazhi-dist-'));
  const { NODE_ENV: _, ...env } = process.env;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  return outDir;
}

/**
 * Builds the dataset editor (`<fz-editor>`, a tool page's element, not part of the bundle) as one
 * ES module, `fz-editor.js`, with the files it loads on demand, into a new temporary folder;
 * returns the folder. For testing it as a page would load it (under a strict CSP).
 */
export async function buildEditor() {
  const outDir = await mkdtemp(join(tmpdir(), 'fazhi-editor-'));
  const { NODE_ENV: _, ...env } = process.env;
  const code = `import { build } from 'vite';
await build({ logLevel: 'warn', build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true,
  lib: { entry: 'src/elements/fz-editor/fz-editor.ts', formats: ['es'], fileName: () => 'fz-editor.js' } } });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, env, stdio: 'inherit' });
  return outDir;
}

/**
 * Builds the demo's docs page (demo/docs.html with its script and styles) as a site would serve it,
 * into a new temporary folder; returns the folder, which holds the page at `demo/docs.html`.
 */
export async function buildDocsPage() {
  const outDir = await mkdtemp(join(tmpdir(), 'fazhi-docs-'));
  const { NODE_ENV: _, ...env } = process.env;
  const code = `import { build } from 'vite';
await build({ configFile: false, root: ${JSON.stringify(root)}, logLevel: 'warn',
  build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true, rolldownOptions: { input: 'demo/docs.html' } } });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, env, stdio: 'inherit' });
  return outDir;
}

/**
 * Serves `respond(path)` — `{ type, body, headers?, status? }` (status 200 unless given) or undefined for 404 — on 127.0.0.1 at a free port.
 * Returns the origin and a function that stops the server.
 */
export async function serve(respond) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const found = await respond(path);
    if (!found) return response.writeHead(404).end();
    response.writeHead(found.status ?? 200, { 'content-type': found.type, ...found.headers }).end(found.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Debian's Chromium, headless (the browser a reader has, in its new headless mode). */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
