// Benchmark: switching the year of a full dashboard (plus its toggle) in headless Chromium, from
// the built bundle. For each switch: the script time (click to every element updated), the time
// to the next painted frame (the first frame after the update has run its style, layout and
// paint), and the longest frame while the bars move (~300 ms).
// Runs at full speed and with the CPU slowed 4× (an old office PC).
// Usage: npm run bench (BENCH_VERBOSE=1 prints every switch)
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBundle, launchChromium, root, serve } from './harness.mjs';

const SWITCHES = 24;
const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/fazhi-dashboard.js"></script></head><body style="width:1280px">
<fz-year-toggle src="/sample.json"></fz-year-toggle><fz-dashboard src="/sample.json"></fz-dashboard></body></html>`;

const outDir = await buildBundle();
const server = await serve(async (path) => {
  if (path === '/') return { type: 'text/html; charset=utf-8', body: page };
  if (path === '/fazhi-dashboard.js') return { type: 'text/javascript', body: await readFile(join(outDir, 'fazhi-dashboard.js')) };
  if (path === '/sample.json') return { type: 'application/json', body: await readFile(join(root, 'demo/data/sample-multi-year.json')) };
  return undefined;
});
const browser = await launchChromium();

/** In the page: click year `year` (and the compare box when asked), then time the frames. */
function switchYear({ year, toggleCompare }) {
  const all = (el) => [el, ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((c) => c.localName.startsWith('fz-')).flatMap(all)];
  const elements = [...document.body.children].filter((el) => el.localName.startsWith('fz-')).flatMap(all);
  const toggle = document.querySelector('fz-year-toggle');
  return new Promise((resolve) => {
    const start = performance.now();
    if (toggleCompare) toggle.shadowRoot.querySelector('input[type="checkbox"]').click();
    else toggle.shadowRoot.querySelector(`input[value="${year}"]`).click();
    Promise.all(elements.map((el) => el.updateComplete)).then(() => {
      const script = performance.now() - start;
      requestAnimationFrame((frameStart) => {
        // A message posted from a frame's rAF callback is delivered after that frame's paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const toFrame = performance.now() - start;
          const frames = [];
          let last = frameStart;
          const tick = (now) => {
            frames.push(now - last);
            last = now;
            if (now - frameStart < 450) requestAnimationFrame(tick);
            else resolve({ script, toFrame, longestFrame: Math.max(...frames) });
          };
          requestAnimationFrame(tick);
        };
        channel.port2.postMessage(null);
      });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
try {
  for (const throttle of [1, 4]) {
    const tab = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const cdp = await tab.context().newCDPSession(tab);
    await tab.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    await tab.waitForFunction(() => document.querySelector('fz-dashboard')?.shadowRoot?.querySelector('.charts'));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const runs = [];
    for (let i = 0; i < SWITCHES; i++) {
      const step = i % 6 === 5 ? { toggleCompare: true } : { year: 2021 + (i % 4) };
      runs.push(await tab.evaluate(switchYear, step));
    }
    if (process.env.BENCH_VERBOSE) {
      for (const [i, run] of runs.entries())
        console.log(
          `switch ${i} (${i % 6 === 5 ? 'compare' : 'year'}): script ${run.script.toFixed(1)} ms, next frame ${run.toFrame.toFixed(1)} ms, longest frame ${run.longestFrame.toFixed(1)} ms`,
        );
    }
    const script = runs.map((run) => run.script);
    const toFrame = runs.map((run) => run.toFrame);
    const longest = runs.map((run) => run.longestFrame);
    results.push({
      cpu: throttle === 1 ? 'full speed' : `${throttle}× slower`,
      switches: runs.length,
      'script, median ms': +median(script).toFixed(1),
      'to next frame, median ms': +median(toFrame).toFixed(1),
      'to next frame, max ms': +Math.max(...toFrame).toFixed(1),
      'longest frame, median ms': +median(longest).toFixed(1),
      'longest frame, max ms': +Math.max(...longest).toFixed(1),
    });
    await tab.close();
  }
  console.table(results);
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
