// The dataset editor as built, on a page with the strictest policy a portal might send: pasting a
// report, extracting, editing, previewing and saving make no request elsewhere and break no rule.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditor, root, serve } from '../../scripts/harness.mjs';
import { cspViolations, STRICT_CSP, WATCH_CSP } from '../helpers/csp.js';
import { closePages, openPage, sharedChromium } from '../helpers/pages.js';

let outDir: string;
let origin: string;
let stop: () => Promise<void>;
let browser: Browser;

beforeAll(async () => {
  outDir = await buildEditor();
  const files = new Set((await readdir(outDir)).filter((file) => file.endsWith('.js')));
  ({ origin, close: stop } = await serve(async (path) => {
    if (path === '/editor.html') {
      const body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/watch-csp.js"></script><script type="module" src="/fz-editor.js"></script></head>
<body><fz-editor></fz-editor></body></html>`;
      return { type: 'text/html; charset=utf-8', body, headers: { 'content-security-policy': STRICT_CSP } };
    }
    if (path === '/watch-csp.js') {
      return { type: 'text/javascript', body: WATCH_CSP };
    }
    if (files.has(path.slice(1))) return { type: 'text/javascript', body: await readFile(join(outDir, path.slice(1))) };
    return undefined;
  }));
  browser = await sharedChromium();
}, 120_000);

afterAll(async () => {
  await closePages(browser);
  await stop?.();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the dataset editor under a strict Content-Security-Policy', () => {
  it('extracts a pasted report, edits it, previews it and saves it with no violation and no request elsewhere', async () => {
    const { page, requests, errors, close } = await openPage(browser, `${origin}/editor.html`, { wait: false });
    await page.locator('fz-editor textarea.paste').fill(await readFile(join(root, 'data/reports/beiyang-2024.txt'), 'utf8'));
    await page.locator('fz-editor input.unit-id').fill('beiyang');
    await page.locator('fz-editor button.extract').click();
    // The preview draws the extracted figures.
    await expect.poll(() => page.locator('fz-editor .preview fz-petitions .chart svg').count()).toBe(1);
    await page.locator('fz-editor tr[data-key="years[0].training[0]"] .name input').fill('集中学法');
    await expect.poll(() => page.locator('fz-editor .preview fz-training [aria-label^="集中学法"]').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('fz-editor button.download').click()]);
    expect(download.suggestedFilename()).toBe('beiyang-2024.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(saved.years[0].training[0]).toMatchObject({ label: '集中学法', value: 12 });
    expect(await cspViolations(page)).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
