import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root, serve } from '../../scripts/harness.mjs';
import { sections } from '../../src/sections/registry.js';
import { closePages, openPage, sharedChromium } from '../helpers/pages.js';

// The npm package as a portal developer gets it: packed from a copy of the project with the
// build in it, installed into a project of theirs (inside node_modules/.cache, so that lit, d3 and
// Plot resolve from ours), type-checked and bundled there, and run in Chromium.

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
let stage: string;
let packed: string[];
const consumer = join(root, 'node_modules/.cache/package-consumer');
let browser: Browser;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  // The project's files (those git would commit) and the build, as `npm pack` would see them after `npm run build`.
  stage = await mkdtemp(join(tmpdir(), 'fazhi-package-'));
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], root).split('\0');
  await Promise.all(files.filter((file) => file && existsSync(join(root, file))).map((file) => cp(join(root, file), join(stage, file))));
  await cp(inject('bundleDir'), join(stage, 'dist'), { recursive: true });
  run(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.package.json', '--outDir', join(stage, 'dist/lib')],
    root,
  );
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', stage], stage));
  packed = pack.files.map((file: { path: string }) => file.path);
  const tarball = pack.filename;
  await rm(consumer, { recursive: true, force: true });
  const installed = join(consumer, 'node_modules/fazhi-dashboard');
  await mkdir(installed, { recursive: true });
  // A project of its own: without a package.json, the nearest would be ours, and `fazhi-dashboard` would name this folder.
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'portal-site', private: true, type: 'module' }));
  run('tar', ['-xzf', join(stage, tarball), '-C', installed, '--strip-components=1'], root);
  browser = await sharedChromium();
}, 120_000);

afterAll(async () => {
  await closePages(browser);
  await rm(stage, { recursive: true, force: true });
  await rm(consumer, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('holds the build, its types, the manifest, the schema, the default dataset, README and licence', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'data/schema.json',
      'data/beiyang.json',
      'dist/fazhi-dashboard.js',
      'dist/embed.html',
      'dist/embed.js',
      'dist/embed.css',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'dist/lib/runtime/events.d.ts',
    ])
      expect(packed, file).toContain(file);
    expect(packed.some((file) => /^dist\/fazhi-dashboard-pptx-[\w-]+\.js$/.test(file))).toBe(true);
  });

  it('holds no tests, demo, scripts, sources, reports or tool pages', () => {
    expect(packed.filter((file) => /^(tests|demo|scripts|src|docs|node_modules|\.ci)\//.test(file))).toEqual([]);
    expect(packed.filter((file) => /^data\/reports\/|editor|extract|\.test\./.test(file))).toEqual([]);
  });

  it('has an entry for each element: the dashboard, the year toggle, the trend, the comparison, and one pattern for every report section', async () => {
    const entries = Object.keys(pkg.exports).filter((key) => pkg.exports[key].types?.includes('/fz-'));
    expect(entries.sort()).toEqual(['./compare', './dashboard', './trend', './year-toggle']);
    // `fazhi-dashboard/<key>` is the section's folder's element, whatever sections there are.
    const { types, default: code } = pkg.exports['./*'];
    for (const section of sections) {
      for (const target of [types, code]) expect(packed, section.key).toContain(target.replace(/^\.\//, '').replaceAll('*', section.key));
      const module = await readFile(join(stage, code.replaceAll('*', section.key)), 'utf8');
      expect(module, section.key).toContain(`customElement('${section.tag}')`);
    }
  });

  it('has every file package.json names: main, types, each export, the manifest', () => {
    const targets = [
      pkg.main,
      pkg.types,
      pkg.customElements,
      ...Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry as object))),
    ].flatMap((target: string) => (target.includes('*') ? sections.map((section) => target.replaceAll('*', section.key)) : [target]));
    for (const target of targets) expect(packed, target).toContain(target.replace(/^\.\//, ''));
  });
});

/** The package's entries built from its modules (every one but the one-file bundle, which is for pages). */
/** Every entry of the package that is one of its modules: a pattern's, once for each section. */
const moduleEntries = Object.keys(pkg.exports)
  .filter((key) => /^\.\/dist\/lib\/.*\.js$/.test(pkg.exports[key].default ?? ''))
  .flatMap((key) => (key.includes('*') ? sections.map((section) => key.replace('*', section.key)) : [key]));

/** Runs `code` as an ES module in a child `node` (no DOM, no window) from the portal's project; its exit code and what it printed. */
function nodeRun(code: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', code], { cwd: consumer, encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      if (error && status === null) reject(error);
      else resolve({ status, output: `${stdout}${stderr}` });
    });
  });
}

describe('imported in Node without a DOM (server-side rendering, a portal’s unit tests)', () => {
  it('every entry imports without touching a page: no error, no listener, no global of its own', async () => {
    // Each entry with types, but the one-file bundle (a browser build).
    expect(moduleEntries.length).toBe(Object.keys(pkg.exports).filter((key) => pkg.exports[key].types).length - 1 + sections.length - 1);
    // Each entry in a process of its own, all at once.
    const runs = await Promise.all(
      moduleEntries.map(async (key) => {
        const name = `fazhi-dashboard${key.slice(1)}`.replace(/\/$/, '');
        // Lit's own globals (its server registry among them) come with Lit; ours would come after it.
        const { status, output } =
          await nodeRun(`const keys = () => new Set([...Object.getOwnPropertyNames(globalThis), ...Object.getOwnPropertySymbols(globalThis).map(String)]);
await import('lit');
const before = keys();
await import(${JSON.stringify(name)});
const added = [...keys()].filter((key) => !before.has(key));
if (added.length) throw new Error('globals added: ' + added.join(', '));`);
        return { entry: name, status, output };
      }),
    );
    for (const run of runs) expect(run).toEqual({ entry: run.entry, status: 0, output: '' });
  });

  it('defines its elements in the registry there is (Lit’s on a server), and imports all the same where there is none', async () => {
    const defined = await nodeRun(`await import('fazhi-dashboard');
console.log(['fz-dashboard', 'fz-petitions', 'fz-year-toggle'].map((tag) => typeof customElements.get(tag)).join());`);
    expect(defined).toEqual({ status: 0, output: 'function,function,function\n' });
    const none =
      await nodeRun(`Object.defineProperty(globalThis, 'customElements', { get: () => undefined, set: () => {}, configurable: true });
await import('fazhi-dashboard');
await import('fazhi-dashboard/petitions');
console.log(typeof globalThis.customElements);`);
    expect(none).toEqual({ status: 0, output: 'undefined\n' });
  });
});

describe('installed in a TypeScript project', () => {
  it('types each element, its attributes as properties, its events and the dataset', async () => {
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['app.ts'],
      }),
    );
    await writeFile(
      join(consumer, 'app.ts'),
      `import 'fazhi-dashboard/petitions';
import { type Dataset, FzDashboard, parseDataset } from 'fazhi-dashboard';
import type { FzPetitions } from 'fazhi-dashboard/petitions';
import type { FzYearToggle } from 'fazhi-dashboard/year-toggle';

const chart: FzPetitions = document.createElement('fz-petitions');
chart.year = 2024;
chart.compare = 'previous';
chart.theme = 'contrast';
chart.largeText = true;
chart.addEventListener('fz-year-change', (event) => console.log(event.detail.year, event.detail.compare));
document.addEventListener('fz-error', (event) => console.log(event.detail.kind.toUpperCase(), event.detail.path));
const toggle: FzYearToggle = document.createElement('fz-year-toggle');
const dashboard: FzDashboard = document.createElement('fz-dashboard');
dashboard.mode = 'present';
const dataset: Dataset = parseDataset({});
console.log(toggle, dataset.unit.name, document.querySelector('fz-mediation')?.compare);
// @ts-expect-error the year is a number
chart.year = '2024';
// @ts-expect-error no such theme
chart.theme = 'blue';
// @ts-expect-error no such element of ours
const unknown: FzPetitions = document.createElement('fz-unknown');
console.log(unknown);
`,
    );
    expect(() => run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], consumer)).not.toThrow();
  });
});

describe('installed and bundled', () => {
  it('one element’s entry registers that element alone; the one-file bundle on the same page adds the rest, and the two copies work together', async () => {
    await writeFile(join(consumer, 'main.js'), `import 'fazhi-dashboard/petitions';\n`);
    const out = join(consumer, 'out');
    const build = `import { build } from 'vite';
await build({ root: ${JSON.stringify(consumer)}, logLevel: 'warn', configFile: false,
  build: { outDir: ${JSON.stringify(out)}, emptyOutDir: true, lib: { entry: 'main.js', formats: ['es'], fileName: () => 'main.js' } } });`;
    run(process.execPath, ['--input-type=module', '-e', build], root);
    const files: Record<string, () => Promise<Buffer | string>> = {
      ...Object.fromEntries((await readdir(out)).map((file) => [`/${file}`, () => readFile(join(out, file))])),
      '/bundle/fazhi-dashboard.js': () => readFile(join(consumer, 'node_modules/fazhi-dashboard/dist/fazhi-dashboard.js')),
      '/data.json': () => readFile(join(root, 'demo/data/sample-multi-year.json')),
      '/page.html': async () => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/main.js"></script></head><body>
<fz-petitions src="/data.json"></fz-petitions><fz-mediation src="/data.json"></fz-mediation>
<fz-year-toggle src="/data.json"></fz-year-toggle><fz-dashboard src="/data.json"></fz-dashboard></body></html>`,
    };
    const server = await serve(async (path) => {
      const file = files[path];
      return (
        file && {
          type: path.endsWith('.html') ? 'text/html; charset=utf-8' : path.endsWith('.json') ? 'application/json' : 'text/javascript',
          body: await file(),
        }
      );
    });
    const { page, errors, close } = await openPage(browser, `${server.origin}/page.html`, { wait: false });
    await page.waitForFunction(() => !!document.querySelector('fz-petitions')?.shadowRoot?.querySelector('.chart svg'));
    const defined = () =>
      page.evaluate(() => ['fz-petitions', 'fz-mediation', 'fz-dashboard', 'fz-year-toggle'].map((tag) => !!customElements.get(tag)));
    expect(await defined()).toEqual([true, false, false, false]);

    await page.addScriptTag({ url: '/bundle/fazhi-dashboard.js', type: 'module' });
    await page.waitForFunction(() => !!document.querySelector('fz-mediation')?.shadowRoot?.querySelector('.chart svg'));
    expect(await defined()).toEqual([true, true, true, true]);
    // The bundle's dashboard hands its dataset to the petitions chart the package defined…
    await page.waitForFunction(() =>
      document.querySelector('fz-dashboard')?.shadowRoot?.querySelector('fz-petitions')?.shadowRoot?.querySelector('.chart svg'),
    );
    // …and the bundle's toggle moves the package's chart.
    await page.locator('fz-year-toggle label', { hasText: '2022' }).click();
    await expect.poll(() => page.locator('body > fz-petitions .subtitle').innerText()).toContain('2022');
    await expect.poll(() => page.locator('body > fz-mediation .subtitle').innerText()).toContain('2022');
    expect(errors).toEqual([]);
    await close();
    await server.close();
  });
});
