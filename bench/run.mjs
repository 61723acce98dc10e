// The benchmark (npm run bench): the built bundle in headless Chromium, against the same four
// charts in tree-shaken ECharts (bench/echarts/baseline.ts) in the same run and browser. Prints
// one table per part and writes bench/results.json. Medians with min–max over repeated runs.
//
//   1. size: what a plain page with <fz-dashboard> downloads (raw, gzip -9), and each on-demand file
//   2. first render: navigation → all four charts drawn, cold cache; full speed, CPU 4× slower,
//      and CPU 4× slower on a slow 4G network (CDP)
//   3. year switch: click → next painted frame, and the longest frame of the animated switch
//   4. scaling: 1/10/50 years, 4/20/100 items, pages of 1/10/40 elements on one dataset
//   5. memory: JS heap after 500 switches, and after 200 elements added and removed
//   6. static first paint: the four charts' HTML drawn in advance (npm run static) and the bundle: when
//      the charts first show (full speed, and CPU 4× slower on slow 4G), the take-over's layout shift (and apart, the
//      shift as the HTML arrives, before any script),
//      what shows with no script, the HTML's size, and as the floor the same article with no chart and no script
//   7. comparing units: a ranking of 12, 100 and 1 000 invented units (from the index npm run
//      collect writes): first render, a year switch, the bytes it loads against every unit's whole
//      dataset, and the heap over 200 year switches after a warm-up of 600
//
// Every page, script and dataset is served gzipped, as a portal's server sends them. Our loads and the peer's take turns
// (first renders, switches, and the static first paint beside the peer's first render): a machine that slows down or
// speeds up during the run moves both alike.
// BENCH_QUICK=1 runs fewer repetitions (a quick look, not figures to report: results.json is left as it is).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBundle, launchChromium, root, serve } from '../scripts/harness.mjs';
import { sampleDistrict, writeDistrict } from '../scripts/sample-district.mjs';
import { scaledDataset } from './scaled.mjs';

const QUICK = !!process.env.BENCH_QUICK;
const LOADS = QUICK ? 2 : 7;
const SWITCHES = QUICK ? 6 : 24;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CONDITIONS = [
  { name: 'full speed', cpu: 1 },
  { name: 'CPU 4× slower', cpu: 4 },
  { name: 'CPU 4× slower, slow 4G', cpu: 4, network: SLOW_4G },
];

// The four charts of the report: the sample's years that have all four, with only those four sections (the peer draws no other).
const sample = JSON.parse(await readFile(join(root, 'demo/data/sample-multi-year.json'), 'utf8'));
const four = {
  ...sample,
  years: sample.years
    .filter((year) => year.mediation)
    .map(({ year, source, petitions, mediation, training, platforms }) => ({ year, source, petitions, mediation, training, platforms })),
};
const SWITCH_YEARS = four.years.map((year) => year.year);
const datasets = new Map([['four', four]]);
for (const years of [1, 10, 50]) datasets.set(`years-${years}`, scaledDataset({ years, items: 4 }));
for (const items of [4, 20, 100]) datasets.set(`items-${items}`, scaledDataset({ years: 4, items }));

const head = (script) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">${script}</head>`;
/** What the runner drives in our page, the same calls as the peer's. */
const OUR_HOOKS = `<script type="module">
const all = (el) => [el, ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((c) => c.localName.startsWith('fz-')).flatMap(all)];
const elements = () => [...document.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('fz-')).flatMap(all);
const charts = () => elements().filter((el) => !['fz-dashboard', 'fz-year-toggle'].includes(el.localName));
window.__switchTo = (year) => document.querySelector('fz-year-toggle').shadowRoot.querySelector('input[value="' + year + '"]').click();
window.__settled = () => Promise.all(elements().map((el) => el.updateComplete));
const inView = (el) => { const box = el.getBoundingClientRect(); return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth; };
window.__updated = () => { const seen = elements().filter(inView); return () => seen.every((el) => !el.isUpdatePending); };
window.__charts = () => charts().map((el) => el.localName);
window.__drawn = () => { const shown = charts(); return shown.length > 0 && shown.every((el) => el.shadowRoot?.querySelector('.chart svg')); };
</script><script type="module" src="/fazhi-dashboard.js"></script>`;
const CHART_TAGS = ['fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms'];

/** Our page: the toggle and a dashboard, or `count` charts, on one dataset. */
function ourPage(data, count) {
  const body =
    count === undefined
      ? `<fz-dashboard src="/data/${data}.json"></fz-dashboard>`
      : Array.from({ length: count }, (_, i) => `<${CHART_TAGS[i % 4]} src="/data/${data}.json"></${CHART_TAGS[i % 4]}>`).join('');
  return `${head(OUR_HOOKS)}<body style="width:1280px;margin:0"><fz-year-toggle src="/data/${data}.json"></fz-year-toggle>${body}</body></html>`;
}
/** The peer's page: its year radios and four charts in two columns, as our dashboard lays them out at this width. */
const peerPage = `${head('<script type="module" src="/echarts.js"></script>')}<body style="width:1280px;margin:0" data-src="/data/four.json">
<div id="toggle"></div><div style="display:grid;grid-template-columns:1fr 1fr;gap:16px">${'<div class="chart" style="height:420px"></div>'.repeat(4)}</div></body></html>`;

/** The peer, built as a portal would: one minified ES module. */
async function buildPeer() {
  const outDir = await mkdtemp(join(tmpdir(), 'fazhi-echarts-'));
  const code = `import { build } from 'vite';
await build({ configFile: false, logLevel: 'warn', define: { 'process.env.NODE_ENV': '"production"' }, build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true, minify: true, target: 'es2022',
  lib: { entry: 'bench/echarts/baseline.ts', formats: ['es'], fileName: () => 'echarts.js' } } });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, stdio: 'inherit' });
  return outDir;
}

// ---- in the page ----

/**
 * Clicks `year`, then times the next painted frame that shows the switch and every frame of the
 * animated switch, the first included (from the click). A switch's updates run in the click's task
 * and its microtasks, so the frame after them is the next one the browser paints; should an update
 * of an element in view still be pending in a frame, the frame after it is timed. What comes after
 * that paint (elements out of view, a closed data table's rows) falls in the frames that follow,
 * and in the longest.
 */
function timeSwitch(year) {
  return new Promise((resolve) => {
    // Which elements a reader sees, found before the click: finding them is the benchmark's work, not the switch's.
    const updated = window.__updated();
    const start = performance.now();
    window.__switchTo(year);
    const frame = (frameStart) => {
      if (!updated()) {
        requestAnimationFrame(frame);
        return;
      }
      // A message posted from a frame's rAF callback is delivered after that frame's paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const toFrame = performance.now() - start;
        const frames = [toFrame];
        let last = performance.now();
        const tick = (now) => {
          frames.push(now - last);
          last = now;
          if (now - frameStart < 450) requestAnimationFrame(tick);
          else resolve({ toFrame, longestFrame: Math.max(...frames) });
        };
        requestAnimationFrame(tick);
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

/** Switches `count` times without watching the animation; for the heap. */
async function switchMany({ count, years }) {
  for (let i = 0; i < count; i++) {
    window.__switchTo(years[i % years.length]);
    await window.__settled();
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Adds `count` charts one after the other, each removed once drawn; for the heap. */
async function addAndRemove({ count, src }) {
  const tags = ['fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms'];
  for (let i = 0; i < count; i++) {
    const element = document.createElement(tags[i % 4]);
    element.setAttribute('src', src);
    document.body.append(element);
    while (!element.shadowRoot?.querySelector('.chart svg')) await new Promise((resolve) => requestAnimationFrame(resolve));
    element.remove();
  }
}

// ---- the runner ----

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], runs: values.length };
};
const ms = (stat) => (stat ? `${stat.median.toFixed(1)} (${stat.min.toFixed(0)}–${stat.max.toFixed(0)})` : '—');
const kB = (bytes) => +(bytes / 1000).toFixed(1);

/** The four charts' static HTML, as `npm run static` writes it for the page's dataset, after the bundle's script line. */
async function staticCharts() {
  const folder = await mkdtemp(join(tmpdir(), 'fazhi-static-'));
  try {
    const file = join(folder, 'four.json');
    await writeFile(file, JSON.stringify(four));
    const elements = CHART_TAGS.flatMap((tag) => ['--element', tag]);
    const args = [join(root, 'scripts/static.mjs'), file, ...elements, '--src', '/data/four.json', '--script', '/fazhi-dashboard.js'];
    return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A portal's article with the four charts' static HTML: the first frame that shows them is what is timed. */
const staticPage = (charts) =>
  `${head('<script>window.__drawn = () => document.querySelectorAll(".fz-static > svg").length === 4;</script>')}<body style="width:1280px;margin:0"><main style="max-width:760px;margin:0 auto;padding:0 16px">
<h1>某镇2024年度法治政府建设年度报告</h1><p>正文第一段。</p>${charts}<p>文章结尾。</p></main></body></html>`;

const outDir = await buildBundle();
const peerDir = await buildPeer();
// Invented districts of 12, 100 and 1 000 units (marked sample), each with its units' datasets and its index.
const districtsDir = await mkdtemp(join(tmpdir(), 'fazhi-districts-'));
const DISTRICTS = [12, 100, 1000];
for (const units of DISTRICTS)
  await writeDistrict(join(districtsDir, `district-${units}.json`), sampleDistrict({ units, folder: `district-${units}` }));
/** Pages by path, added as the run needs them. */
const pages = new Map();
const pageFor = (html) => {
  const path = `/page-${pages.size}.html`;
  pages.set(path, html);
  return path;
};
/** Bodies sent gzipped, as a portal's server sends its pages, scripts and data (each compressed once, as a server caches it). */
const compressed = new Map();
const gzipped = (path, found) => {
  if (!found) return found;
  if (!compressed.has(path)) compressed.set(path, gzipSync(found.body, { level: 6 }));
  return { ...found, body: compressed.get(path), headers: { ...found.headers, 'content-encoding': 'gzip' } };
};
const server = await serve(async (path) => gzipped(path, await respond(path)));
async function respond(path) {
  if (pages.has(path)) return { type: 'text/html; charset=utf-8', body: pages.get(path) };
  if (path.startsWith('/data/')) {
    const dataset = datasets.get(path.slice(6).replace(/\.json$/, ''));
    return dataset && { type: 'application/json', body: JSON.stringify(dataset) };
  }
  if (/^\/districts\/[\w-]+(\/[\w-]+)*(\.[\w-]+)*\.json$/.test(path))
    return { type: 'application/json', body: await readFile(join(districtsDir, path.slice('/districts/'.length))) };
  if (path === '/echarts.js') return { type: 'text/javascript', body: await readFile(join(peerDir, 'echarts.js')) };
  if (/^\/fazhi-dashboard[\w-]*\.js$/.test(path)) return { type: 'text/javascript', body: await readFile(join(outDir, path.slice(1))) };
  return undefined;
}
const browser = await launchChromium();

/** Opens `path` in a fresh context (cold cache) under `condition`; resolves when every chart is drawn, with the time since navigation. */
async function load(path, condition = CONDITIONS[0]) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (condition.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  if (condition.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', condition.network);
  }
  const requests = [];
  page.on('requestfinished', (request) => requests.push(new URL(request.url()).pathname));
  // The page notes, in its own frames, when every chart is first drawn (no round trip to this process in the figure):
  // the start of the frame that has them, and once that frame is painted (a message posted from its rAF callback).
  await page.addInitScript(() => {
    const look = () => {
      if (!window.__drawn?.()) {
        requestAnimationFrame(look);
        return;
      }
      window.__drawnAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__paintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(look);
  });
  await page.goto(server.origin + path);
  await page.waitForFunction(() => window.__paintedAt !== undefined, undefined, { timeout: 120_000 });
  const [firstRender, painted] = await page.evaluate(() => [window.__drawnAt, window.__paintedAt]);
  return { page, context, cdp, firstRender, painted, requests };
}

/**
 * Opens the static page under `condition`: when the charts first show (the frame that has them), the
 * first contentful paint, and, once every element has taken its figure over, the layout shift of the take-over (from
 * the moment the elements are defined) and the one before it, as the HTML arrives.
 */
async function staticLoad(path, condition, { takeOver = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (condition.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  if (condition.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', condition.network);
  }
  await page.addInitScript(() => {
    // Each shift with its time; the take-over's are those from the moment the elements are defined (the bundle runs),
    // the others come as the page's HTML arrives (an open table that widens as its rows come, on a slow network).
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push([entry.startTime, entry.value]);
    }).observe({ type: 'layout-shift', buffered: true });
    customElements.whenDefined('fz-petitions').then(() => {
      window.__definedAt = performance.now();
    });
    const look = () => {
      if (window.__drawn?.()) window.__drawnAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(server.origin + path);
  await page.waitForFunction(
    () => window.__drawnAt !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0,
    undefined,
    {
      timeout: 120_000,
    },
  );
  if (takeOver)
    await page.waitForFunction(
      () => [...document.querySelectorAll('.fz-static')].every((figure) => figure.parentElement.shadowRoot?.querySelector('.chart svg')),
      undefined,
      { timeout: 120_000 },
    );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const result = await page.evaluate(() => {
    const sum = (shifts) => shifts.reduce((total, [, value]) => total + value, 0);
    const defined = window.__definedAt ?? Infinity;
    return {
      shown: window.__drawnAt,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      shift: sum(window.__shifts.filter(([at]) => at >= defined)),
      arrivingShift: sum(window.__shifts.filter(([at]) => at < defined)),
    };
  });
  await context.close();
  return result;
}

/** The static page with no script: whether each chart shows its drawing, figures and table, and its source. */
async function withoutScript(path) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.origin + path);
  const figures = page.locator('.fz-static');
  const count = await figures.count();
  let shown = 0;
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const drawn = await figure.locator('svg rect').first().isVisible();
    const table = await figure.locator('table').isVisible();
    const figuresShown = (await figure.locator('svg text').count()) > 0 && (await figure.locator('table tbody tr').count()) > 0;
    const source = await figure.locator('.source').isVisible();
    if (drawn && table && figuresShown && source) shown++;
  }
  await context.close();
  return { charts: count, shown };
}

/** The JS heap in use after two full collections. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** The `round`th round's order of what takes turns: as given, then the other way round, and so on. */
const inTurn = (each, round) => (round % 2 === 0 ? each : [...each].reverse());

async function firstRenders(path, condition, runs = LOADS) {
  const [renders] = await pairedRenders([path], condition, runs);
  return renders;
}

/**
 * First renders of each of `paths`, their loads taking turns (ours, the peer's; then the peer's, ours…): each is measured
 * beside the other in the same minutes, so that a machine that slows down or speeds up during the run moves both alike.
 */
async function pairedRenders(paths, condition, runs = LOADS) {
  const times = paths.map(() => []);
  const requests = paths.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const at of inTurn(
      paths.map((_, at) => at),
      i,
    )) {
      const loaded = await load(paths[at], condition);
      times[at].push(loaded.firstRender);
      requests[at] = loaded.requests;
      await loaded.context.close();
    }
  }
  return paths.map((_, at) => ({ ...stats(times[at]), requests: requests[at] }));
}

/**
 * A ranking's first render, cold: from navigation (the bundle, the chart code, the collection, the
 * index and the figure loaded, then drawn), and from the figure's file arriving to the ranking drawn
 * (reading it, ranking, drawing: the frame that has it) and to that frame painted (the browser's
 * laying it out and painting it too): what grows with the units.
 */
async function rankingRenders(path, runs) {
  const times = [];
  const fromData = [];
  const toPainted = [];
  let requests = [];
  for (let i = 0; i < runs; i++) {
    const loaded = await load(path);
    times.push(loaded.firstRender);
    const arrived = await loaded.page.evaluate(() =>
      Math.max(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => /\/index\/(?!figures|reports)[\w.-]+\.json$/.test(entry.name))
          .map((entry) => entry.responseEnd),
      ),
    );
    fromData.push(loaded.firstRender - arrived);
    toPainted.push(loaded.painted - arrived);
    requests = loaded.requests;
    await loaded.context.close();
  }
  return { render: stats(times), fromData: stats(fromData), toPainted: stats(toPainted), requests };
}

async function switches(path, condition, years = SWITCH_YEARS, count = SWITCHES) {
  const [switched] = await pairedSwitches([path], condition, years, count);
  return switched;
}

/** `count` year switches on each of `paths`, in two loads each taking turns (ours, the peer's, the peer's, ours). */
async function pairedSwitches(paths, condition, years = SWITCH_YEARS, count = SWITCHES) {
  const runs = paths.map(() => []);
  const halves = paths.length > 1 ? [Math.ceil(count / 2), Math.floor(count / 2)] : [count];
  for (const [half, size] of halves.entries()) {
    for (const at of inTurn(
      paths.map((_, at) => at),
      half,
    )) {
      const loaded = await load(paths[at], condition);
      await loaded.page.waitForTimeout(300);
      for (let i = 0; i < size; i++) runs[at].push(await loaded.page.evaluate(timeSwitch, years[(i + 1) % years.length]));
      await loaded.context.close();
    }
  }
  return runs.map((run) => ({ toFrame: stats(run.map((one) => one.toFrame)), longestFrame: stats(run.map((one) => one.longestFrame)) }));
}

const gz = async (dir, file) => {
  const body = await readFile(join(dir, file));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};
const ratio = (ours, peer) => +(ours / peer).toFixed(2);

const ourDashboard = pageFor(ourPage('four'));
const peer = pageFor(peerPage);
const results = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    chromium: browser.version(),
    node: process.version,
  },
  runs: { loads: LOADS, switches: SWITCHES },
};

try {
  // Like for like: our dashboard draws the peer's four charts, no other.
  const drawn = await load(ourDashboard);
  const drawnCharts = await drawn.page.evaluate(() => window.__charts());
  await drawn.context.close();
  if (drawnCharts.join() !== CHART_TAGS.join())
    throw new Error(`The dashboard draws ${drawnCharts.join(', ')}, not the peer's ${CHART_TAGS.join(', ')}`);

  // 1. Size: what a plain page downloads (its requests), and what loads only on demand.
  const [ourLoad, peerLoad] = await pairedRenders([ourDashboard, peer], CONDITIONS[0], 1);
  const downloaded = async (requests, dir) =>
    Object.fromEntries(
      await Promise.all(requests.filter((path) => path.endsWith('.js')).map(async (path) => [path.slice(1), await gz(dir, path.slice(1))])),
    );
  const ourFiles = await downloaded(ourLoad.requests, outDir);
  const peerFiles = await downloaded(peerLoad.requests, peerDir);
  const total = (files) =>
    Object.values(files).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  const onDemand = Object.fromEntries(
    await Promise.all(
      (await readdir(outDir))
        .filter((file) => file.endsWith('.js') && !(file in ourFiles) && file !== 'embed.js')
        .map(async (file) => [file, await gz(outDir, file)]),
    ),
  );
  results.size = { ours: { files: ourFiles, ...total(ourFiles) }, peer: { files: peerFiles, ...total(peerFiles) }, onDemand };
  results.size.ratio = ratio(results.size.ours.gzip, results.size.peer.gzip);

  // 2. First render, cold cache.
  results.firstRender = [];
  for (const condition of CONDITIONS) {
    const [ours, theirs] = await pairedRenders([ourDashboard, peer], condition);
    delete ours.requests;
    delete theirs.requests;
    results.firstRender.push({ condition: condition.name, ours, peer: theirs, ratio: ratio(ours.median, theirs.median) });
  }

  // 3. Year switch.
  results.yearSwitch = [];
  for (const condition of CONDITIONS.slice(0, 2)) {
    const [ours, theirs] = await pairedSwitches([ourDashboard, peer], condition);
    results.yearSwitch.push({ condition: condition.name, ours, peer: theirs, ratio: ratio(ours.toFrame.median, theirs.toFrame.median) });
  }

  // 4. Scaling (ours, full speed).
  const scale = async (name, path, years) => {
    const render = await firstRenders(path, CONDITIONS[0], QUICK ? 1 : 3);
    delete render.requests;
    const switched = years.length > 1 ? await switches(path, CONDITIONS[0], years, QUICK ? 4 : 8) : undefined;
    return { name, firstRender: render, toFrame: switched?.toFrame, longestFrame: switched?.longestFrame };
  };
  const yearsOf = (name) =>
    datasets
      .get(name)
      .years.map((year) => year.year)
      .slice(-4);
  results.scaling = {
    years: [],
    items: [],
    elements: [],
  };
  for (const years of [1, 10, 50])
    results.scaling.years.push(await scale(`${years} years`, pageFor(ourPage(`years-${years}`)), yearsOf(`years-${years}`)));
  for (const items of [4, 20, 100])
    results.scaling.items.push(await scale(`${items} items`, pageFor(ourPage(`items-${items}`)), yearsOf(`items-${items}`)));
  for (const count of [1, 10, 40])
    results.scaling.elements.push(await scale(`${count} elements`, pageFor(ourPage('four', count)), SWITCH_YEARS));

  // 5. Memory: the heap after many switches, and after many elements came and went, against the
  // heap once the code has run each path a few times (compiled code and caches settle first).
  const loaded = await load(ourDashboard);
  const first = await heap(loaded.cdp);
  await loaded.page.evaluate(switchMany, { count: 200, years: SWITCH_YEARS });
  const warm = await heap(loaded.cdp);
  await loaded.page.evaluate(switchMany, { count: QUICK ? 100 : 500, years: SWITCH_YEARS });
  const afterSwitches = await heap(loaded.cdp);
  await loaded.page.evaluate(addAndRemove, { count: 20, src: '/data/four.json' });
  const warmElements = await heap(loaded.cdp);
  await loaded.page.evaluate(addAndRemove, { count: QUICK ? 40 : 200, src: '/data/four.json' });
  const afterElements = await heap(loaded.cdp);
  await loaded.context.close();
  const mb = (bytes) => +(bytes / 2 ** 20).toFixed(2);
  results.memory = {
    firstMB: mb(first),
    warmMB: mb(warm),
    afterSwitchesMB: mb(afterSwitches),
    warmElementsMB: mb(warmElements),
    afterElementsMB: mb(afterElements),
    switchesGrowth: +(afterSwitches / warm - 1).toFixed(3),
    elementsGrowth: +(afterElements / warmElements - 1).toFixed(3),
  };

  // 6. The static first paint, against the peer's first render under the same condition.
  const charts = await staticCharts();
  const staticPath = pageFor(staticPage(charts));
  // The floor: the same article with one paragraph and no chart, no script (what any page costs this browser to paint first).
  const plainPath = pageFor(
    staticPage('').replace(
      'window.__drawn = () => document.querySelectorAll(".fz-static > svg").length === 4;',
      'window.__drawn = () => true;',
    ),
  );
  results.staticFirstPaint = { size: { raw: Buffer.byteLength(charts), gzip: gzipSync(charts, { level: 9 }).length }, loads: [] };
  for (const condition of [CONDITIONS[0], CONDITIONS[2]]) {
    // The static page, the plain article and the peer's first render take turns, as the first renders above.
    const runs = [];
    const plain = [];
    const peerRenders = [];
    const measures = [
      async () => runs.push(await staticLoad(staticPath, condition)),
      async () => plain.push((await staticLoad(plainPath, condition, { takeOver: false })).firstPaint),
      async () => {
        const loaded = await load(peer, condition);
        peerRenders.push(loaded.firstRender);
        await loaded.context.close();
      },
    ];
    for (let i = 0; i < LOADS; i++) for (const measure of inTurn(measures, i)) await measure();
    const peerRender = stats(peerRenders);
    // The first paint showing the charts: the first contentful paint when they were there by then (the page's HTML holds them).
    const painted = stats(runs.map((run) => Math.max(run.shown, run.firstPaint)));
    results.staticFirstPaint.loads.push({
      condition: condition.name,
      painted,
      firstPaint: stats(runs.map((run) => run.firstPaint)),
      inFirstPaint: runs.filter((run) => run.shown <= run.firstPaint).length,
      runs: runs.length,
      shift: stats(runs.map((run) => run.shift)),
      arrivingShift: stats(runs.map((run) => run.arrivingShift)),
      peer: peerRender,
      ratio: ratio(painted.median, peerRender.median),
      plainPage: stats(plain),
      plainRatio: ratio(stats(plain).median, peerRender.median),
    });
  }
  results.staticFirstPaint.withoutScript = await withoutScript(staticPath);

  // 7. Comparing units, from the index: the first ranking drawn, a year switch, the bytes, the heap.
  results.comparing = { rankings: [] };
  for (const units of DISTRICTS) {
    const path = pageFor(comparePage(units));
    const { render, fromData, toPainted, requests } = await rankingRenders(path, QUICK ? 2 : LOADS);
    const loadedFiles = requests.filter((file) => file.startsWith('/districts/'));
    const bytesOf = async (files) => {
      const sizes = await Promise.all(files.map((file) => gz(districtsDir, file.replace(/^\/districts\//, ''))));
      return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
    };
    const unitFiles = (await readdir(join(districtsDir, `district-${units}`))).filter((file) => file.endsWith('.json'));
    const ranking = await bytesOf(loadedFiles.filter((file) => !/\/district-\d+\/[\w-]+\.json$/.test(file) || file.includes('/index/')));
    const whole = await bytesOf([`/districts/district-${units}.json`, ...unitFiles.map((file) => `/districts/district-${units}/${file}`)]);
    const switched = units === 100 ? await switches(path, CONDITIONS[0], [2022, 2023, 2024], QUICK ? 6 : SWITCHES) : undefined;
    results.comparing.rankings.push({
      units,
      firstRender: render,
      fromData,
      toPainted,
      files: loadedFiles,
      ranking,
      whole,
      toFrame: switched?.toFrame,
      longestFrame: switched?.longestFrame,
    });
  }
  {
    // As the dashboard's: the heap after the first render, after a warm-up that fills what the engine keeps (its compiled code), then over 200 more switches.
    const loaded = await load(pageFor(comparePage(100)));
    const first = await heap(loaded.cdp);
    await loaded.page.evaluate(switchMany, { count: QUICK ? 50 : 600, years: [2022, 2023, 2024] });
    const warm = await heap(loaded.cdp);
    await loaded.page.evaluate(switchMany, { count: 200, years: [2022, 2023, 2024] });
    const after = await heap(loaded.cdp);
    await loaded.context.close();
    results.comparing.memory = {
      firstMB: +(first / 2 ** 20).toFixed(2),
      warmMB: +(warm / 2 ** 20).toFixed(2),
      afterMB: +(after / 2 ** 20).toFixed(2),
      growth: +(after / warm - 1).toFixed(3),
    };
  }

  // A quick look is not figures to report: bench/results.json keeps the last full run.
  if (!QUICK) await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTables(results);
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(peerDir, { recursive: true, force: true });
  await rm(districtsDir, { recursive: true, force: true });
}

/** A page ranking the `units` of an invented district, its host the first, with the year toggle of its group. */
function comparePage(units) {
  const host = units <= 12 ? 'dongxi' : 'unit-0001';
  return `${head(OUR_HOOKS)}<body style="width:1280px;margin:0"><fz-year-toggle src="/districts/district-${units}/${host}.json" group="g"></fz-year-toggle>
<fz-compare src="/districts/district-${units}.json" unit="${host}" group="g"></fz-compare></body></html>`;
}

function printTables(r) {
  console.log(
    `\nfazhi-dashboard benchmark — ${r.machine.cpu}, ${r.machine.cores} cores, Chromium ${r.machine.chromium}; medians (min–max)\n`,
  );
  console.table({
    'first load, gzip kB': {
      ours: kB(r.size.ours.gzip),
      ECharts: kB(r.size.peer.gzip),
      'ours/ECharts': r.size.ratio,
      target: '≤ 60 kB, ≤ 0.40',
    },
    'first load, raw kB': {
      ours: kB(r.size.ours.raw),
      ECharts: kB(r.size.peer.raw),
      'ours/ECharts': ratio(r.size.ours.raw, r.size.peer.raw),
      target: '',
    },
    ...Object.fromEntries(
      r.firstRender.map((row) => [
        `first render ms, ${row.condition}`,
        {
          ours: ms(row.ours),
          ECharts: ms(row.peer),
          'ours/ECharts': row.ratio,
          target: row.condition.includes('4G') ? '≤ 0.60' : '≤ 0.50',
        },
      ]),
    ),
    ...Object.fromEntries(
      r.yearSwitch.flatMap((row) => [
        [
          `switch → next frame ms, ${row.condition}`,
          {
            ours: ms(row.ours.toFrame),
            ECharts: ms(row.peer.toFrame),
            'ours/ECharts': row.ratio,
            target: row.condition === 'full speed' ? '≤ 0.35, ≤ 17 ms' : '≤ 0.35',
          },
        ],
        [
          `switch, longest frame ms, ${row.condition}`,
          {
            ours: ms(row.ours.longestFrame),
            ECharts: ms(row.peer.longestFrame),
            'ours/ECharts': ratio(row.ours.longestFrame.median, row.peer.longestFrame.median),
            target: 'none over 50 ms (the max)',
          },
        ],
      ]),
    ),
  });
  console.log(
    'on demand (gzip kB):',
    Object.fromEntries(Object.entries(r.size.onDemand).map(([file, size]) => [file.replace(/-[\w]{8}\.js$/, ''), kB(size.gzip)])),
  );
  for (const [part, rows] of Object.entries(r.scaling)) {
    const base = rows[0].firstRender.median;
    console.log(`\nscaling: ${part} (full speed)`);
    console.table(
      Object.fromEntries(
        rows.map((row) => [
          row.name,
          {
            'first render ms': ms(row.firstRender),
            '× the smallest': +(row.firstRender.median / base).toFixed(2),
            'switch → next frame ms': ms(row.toFrame),
            'longest frame ms': ms(row.longestFrame),
          },
        ]),
      ),
    );
  }
  const first = r.staticFirstPaint;
  console.log('\nstatic first paint: the four charts drawn in advance (npm run static), with the bundle');
  console.table({
    ...Object.fromEntries(
      first.loads.flatMap((row) => [
        [
          `charts first painted ms, ${row.condition}`,
          {
            ours: ms(row.painted),
            'ECharts first render, beside it': ms(row.peer ?? r.firstRender.find((each) => each.condition === row.condition).peer),
            'ours/ECharts': row.ratio,
            target: '≤ 0.20',
          },
        ],
        [
          `the article without charts or script, first paint ms, ${row.condition}`,
          {
            ours: row.plainPage ? ms(row.plainPage) : '—',
            'ECharts first render, beside it': ms(row.peer ?? r.firstRender.find((each) => each.condition === row.condition).peer),
            'ours/ECharts': row.plainRatio ?? '—',
            target: '(the floor)',
          },
        ],
        [
          `charts in the first contentful paint, ${row.condition}`,
          { ours: `${row.inFirstPaint} of ${row.runs} loads`, target: 'every load' },
        ],
        [
          `take-over layout shift, ${row.condition}`,
          { ours: `${row.shift.median.toFixed(4)} (max ${row.shift.max.toFixed(4)})`, target: '< 0.01' },
        ],
        [
          `layout shift as the HTML arrives, before the script, ${row.condition}`,
          { ours: `${row.arrivingShift.median.toFixed(4)} (max ${row.arrivingShift.max.toFixed(4)})`, target: '' },
        ],
      ]),
    ),
    'without script: charts with drawing, figures, table, source': {
      ours: `${first.withoutScript.shown} of ${first.withoutScript.charts}`,
      target: 'every one',
    },
    'static HTML of the four charts, gzip kB': { ours: kB(first.size.gzip), target: '≤ 30 kB' },
  });
  const rankings = r.comparing.rankings;
  const smallest = rankings[0].fromData.median;
  console.log(
    '\ncomparing units: a ranking from the index (full speed; first render ≤ 250 ms for 1 000 units, no faster than linear growth; a switch in the next frame for 100)',
  );
  console.table(
    Object.fromEntries(
      rankings.map((row) => [
        `${row.units} units`,
        {
          'first render ms': ms(row.firstRender),
          'figure → drawn ms': ms(row.fromData),
          'figure → painted ms': ms(row.toPainted),
          '× the smallest': +(row.fromData.median / smallest).toFixed(2),
          '× the units': +(row.units / rankings[0].units).toFixed(1),
          'switch → next frame ms': ms(row.toFrame),
          'loaded kB gzip (raw)': `${kB(row.ranking.gzip)} (${kB(row.ranking.raw)})`,
          'every dataset kB gzip (raw)': `${kB(row.whole.gzip)} (${kB(row.whole.raw)})`,
        },
      ]),
    ),
  );
  console.log(
    `ranking of 100 units: heap ${r.comparing.memory.firstMB} MB after the first render, ${r.comparing.memory.warmMB} MB after ${QUICK ? 50 : 600} year switches (warm-up), ${r.comparing.memory.afterMB} MB after 200 more (${(r.comparing.memory.growth * 100).toFixed(1)} %)`,
  );
  console.log('\nmemory (JS heap after collection; growth against the heap after the warm-up before it):');
  console.table({
    'after first render': { MB: r.memory.firstMB, growth: '' },
    'after 200 switches (warm-up)': { MB: r.memory.warmMB, growth: '' },
    [`after ${QUICK ? 100 : 500} switches more`]: {
      MB: r.memory.afterSwitchesMB,
      growth: `${(r.memory.switchesGrowth * 100).toFixed(1)} %`,
    },
    'after 20 elements added and removed (warm-up)': { MB: r.memory.warmElementsMB, growth: '' },
    [`after ${QUICK ? 40 : 200} elements more`]: {
      MB: r.memory.afterElementsMB,
      growth: `${(r.memory.elementsGrowth * 100).toFixed(1)} %`,
    },
  });
}
