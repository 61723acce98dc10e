import { readFile } from 'node:fs/promises';
import { playwright } from '@vitest/browser-playwright';
import type { CDPSession, Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { cssLiterals } from './scripts/css-literals.mjs';
import { chromiumArgs, chromiumPath } from './scripts/harness.mjs';
import { buildStandalone } from './scripts/standalone.mjs';
import type { Dataset } from './src/data/schema.js';
import { offlinePage } from './src/export/offline-page.js';
import { testRoutes } from './tests/server-routes.js';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The bundle's first line is V8's explicit compile hint (Chromium 136 and later; a comment elsewhere): Chromium compiles
 * each of its functions on a thread of its own as the file comes, rather than on the page's main thread when it is first
 * called; three quarters of its code runs in the first render (docs/performance.md). Not the files loaded on demand, most
 * of whose code a page never calls.
 */
const compileHint: Plugin = {
  name: 'fazhi-compile-hint',
  apply: 'build',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle))
      if (file.type === 'chunk' && file.isEntry && !this.environment?.config.build.ssr) file.code = `${COMPILE_HINT}\n${file.code}`;
  },
};

/** The test page's DevTools session that holds its auto dark theme (`autoDark`, a browser test's command). */
const autoDarkSessions = new WeakMap<Page, CDPSession>();

/** `npm start` opens on the demo page. */
const demoAtRoot: Plugin = {
  name: 'fazhi-demo-at-root',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/') return next();
      response.statusCode = 302;
      response.setHeader('Location', '/demo/');
      response.end();
    });
  },
};

/**
 * The iframe embed's page, its style sheet and its script go beside the bundle: `dist/embed.html`
 * loads `embed.js`, two lines that ask the bundle to show the element the address names (the
 * embed's code, a file of its own, comes with it).
 */
const embedPage: Plugin = {
  name: 'fazhi-embed-page',
  apply: 'build',
  async generateBundle() {
    for (const fileName of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName, source: await readFile(`src/embed/${fileName}`, 'utf8') });
    }
    this.emitFile({
      type: 'asset',
      fileName: 'embed.js',
      source: "import { showEmbedded } from './fazhi-dashboard.js';\nshowEmbedded(document);\n",
    });
  },
};

/**
 * The elements as one script with nothing loaded on demand (scripts/standalone.mjs), which the
 * dashboard's 离线演示 export puts inside an offline presentation: beside the bundle, and served by
 * the dev server; and an offline presentation of the multi-year sample, dist/slides-sample.html.
 */
const standalone: Plugin = {
  name: 'fazhi-standalone',
  configureServer(server) {
    let built: Promise<string> | undefined;
    server.middlewares.use((request, response, next) => {
      if (!request.url?.split('?')[0].endsWith('/fazhi-dashboard-standalone.js')) return next();
      built ??= buildStandalone().then(({ code }) => code);
      built.then(
        (code) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(code);
        },
        (error: unknown) => {
          built = undefined;
          next(error);
        },
      );
    });
  },
  async generateBundle() {
    if (this.environment?.config.build.ssr) return;
    const { code } = await buildStandalone();
    this.emitFile({ type: 'asset', fileName: 'fazhi-dashboard-standalone.js', source: code });
    const dataset = JSON.parse(await readFile('demo/data/sample-multi-year.json', 'utf8')) as Dataset;
    const latest = dataset.years[dataset.years.length - 1];
    this.emitFile({
      type: 'asset',
      fileName: 'slides-sample.html',
      source: offlinePage({ code, dataset, title: latest.source.title, lang: 'zh-CN' }),
    });
  },
};

export default defineConfig({
  plugins: [demoAtRoot, embedPage, standalone, compileHint, cssLiterals, ...(process.env.VITEST ? [testRoutes()] : [])],
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    lib: {
      entry: { 'fazhi-dashboard': 'src/index.ts' },
      formats: ['es'],
      fileName: (_, entry) => `${entry}.js`,
    },
    minify: true,
    // Exports load their own files when asked for (`fazhi-dashboard-files-….js`, `fazhi-dashboard-pptx-….js`).
    rolldownOptions: {
      // What the loaded-on-demand files share with the bundle stays in the bundle (exported from it), not in a third file every page would load.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'fazhi-dashboard-[name]-[hash].js' },
    },
  },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'lit/directives/if-defined.js', 'd3', '@observablehq/plot'],
  },
  test: {
    // Two Node files at a time, beside one browser file: the run keeps this machine's two cores busy (a new tab costs
    // Chromium about a second of processor time here, so the Node files share one: tests/helpers/pages.ts).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // The files of a worker share its modules, loaded once (each file's own state is its own: no test changes a module's),
          // and its Chromium (tests/helpers/pages.ts).
          isolate: false,
          // The built bundle, for the tests that load it as a portal page would; the command-line tools, bundled once for all their tests.
          globalSetup: ['tests/setup/bundle.ts', 'tests/setup/cli.ts'],
          // The browser files, one at a time, end the run: the Node workers take the processor they leave.
          setupFiles: ['tests/setup/yield.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // A condition waited for is looked at every 10 ms (in the page itself: no round trip), not every 50: the files run one
          // after the other, and a test waits on its page for most of its time.
          expect: { poll: { interval: 10 } },
          // The files of a worker share its page's modules, loaded once: each test puts back what it changed (helpers.ts `cleanup`).
          isolate: false,
          browser: {
            enabled: true,
            headless: true,
            // One file at a time: the clicker's tests, timed against the test's limit, were starved by a second file
            // beside them on two cores (each file has a page of its own, so keys, focus and mouse would not mix). Two at a
            // time, tried again, were no faster from a clean clone (docs/architecture.md).
            fileParallelism: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
            // Lets a test switch forced colours, colour scheme or reduced motion, as a reader's system would.
            commands: {
              emulateMedia: async ({ page }, media: Parameters<import('playwright-core').Page['emulateMedia']>[0]) => {
                await page.emulateMedia(media);
              },
              // A browser that darkens pages which never asked for dark (Chrome's auto dark theme, which phone browsers' night
              // modes are built on). The override lasts while its session does: kept until it is turned off.
              autoDark: async ({ page }, enabled: boolean) => {
                const session = autoDarkSessions.get(page) ?? (await page.context().newCDPSession(page));
                autoDarkSessions.set(page, session);
                await session.send('Emulation.setAutoDarkModeOverride', enabled ? { enabled } : {});
              },
            },
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
