import { readFile } from 'node:fs/promises';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/harness.mjs';
import { testRoutes } from './tests/server-routes.js';

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
 * Plot's core imports d3-geo (map projections), d3-scale-chromatic (colour schemes), d3-time and
 * d3-time-format (time scales and date ticks), d3-shape and d3-path (lines, areas, symbols) and
 * d3-axis whatever the chart, and its own axes, tips, pointer interaction, legends, frame, colour
 * schemes, time intervals, symbols and its ordinal, diverging and time scales; ours use none of
 * them (marks are rects and text coloured by CSS, scales are linear and identity, axes, legends
 * and frames are off, tooltips are our own), and together they are about 29 kB of the gzipped bundle
 * every portal visitor downloads. The build puts stand-ins in their place: a stand-in may be
 * called (Plot calls geoTransform while loading) but throws a clear error the moment anything
 * reads from it. The bundle tests render, hover, compare and switch every element from the built
 * file to prove no chart reaches them. Dev server and tests use the real modules.
 */
const leftOut = ['d3-geo', 'd3-scale-chromatic', 'd3-time', 'd3-time-format', 'd3-shape', 'd3-path', 'd3-axis'];
const plotLeftOut = [
  ...['marks/axis.js', 'marks/tip.js', 'marks/frame.js', 'interactions/pointer.js', 'legends/ramp.js', 'legends/swatches.js'],
  ...['scales/schemes.js', 'scales/diverging.js', 'scales/ordinal.js', 'scales/temporal.js', 'time.js', 'symbol.js'],
].map((path) => `@observablehq/plot/src/${path}`);
const standIn = `const leftOut = (name) => new Proxy(function () {}, {
  get(_, key) { throw new Error(name + " is left out of fazhi-dashboard (read " + String(key) + ")"); },
  apply: () => leftOut(name + "()"),
  construct: () => leftOut("new " + name),
});`;
const leaveOut: Plugin = {
  name: 'fazhi-leave-out',
  apply: 'build',
  enforce: 'pre',
  async resolveId(id, importer) {
    if (leftOut.includes(id)) return `\0left-out:${id}`;
    if (!importer?.includes('@observablehq/plot/src/') || !id.startsWith('.')) return undefined;
    const resolved = await this.resolve(id, importer, { skipSelf: true });
    const path = resolved && plotLeftOut.find((name) => resolved.id.endsWith(name));
    return path ? `\0left-out:${resolved.id}` : undefined;
  },
  async load(id) {
    if (!id.startsWith('\0left-out:')) return undefined;
    const name = id.slice('\0left-out:'.length);
    const exports = Object.keys(await import(name));
    const shown = name.replace(/.*node_modules\//, '');
    return [standIn, `const module = leftOut("${shown}");`, `export { ${exports.map((key) => `module as ${key}`).join(', ')} };`].join(
      '\n',
    );
  },
};

/** The iframe embed's page and its style sheet go beside the bundle as they are (`dist/embed.html`, which loads the bundle and `embed.js`). */
const embedPage: Plugin = {
  name: 'fazhi-embed-page',
  apply: 'build',
  async generateBundle() {
    for (const fileName of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName, source: await readFile(`src/embed/${fileName}`, 'utf8') });
    }
  },
};

export default defineConfig({
  plugins: [demoAtRoot, leaveOut, embedPage, ...(process.env.VITEST ? [testRoutes()] : [])],
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    // The embed's script shares no module with the bundle (embed.html loads both), so the bundle stays one file.
    lib: {
      entry: { 'fazhi-dashboard': 'src/index.ts', embed: 'src/embed/embed.ts' },
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
  optimizeDeps: { include: ['lit', 'lit/decorators.js', '@observablehq/plot', 'd3'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // The built bundle, for the tests that load it as a portal page would; the command-line tools, bundled once for all their tests.
          globalSetup: ['tests/setup/bundle.ts', 'tests/setup/cli.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
            // Lets a test switch forced colours, colour scheme or reduced motion, as a reader's system would.
            commands: {
              emulateMedia: async ({ page }, media: Parameters<import('playwright-core').Page['emulateMedia']>[0]) => {
                await page.emulateMedia(media);
              },
            },
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
