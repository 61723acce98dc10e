// Takes a full-page screenshot of a page in Debian's headless Chromium.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width=1280] [--dark] [--selector=CSS]
// With --selector, only the first element matching CSS is taken.
import { chromium } from 'playwright-core';

const [url, out, width = '1280', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [--dark]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 800 },
    colorScheme: flags.includes('--dark') ? 'dark' : 'light',
  });
  page.on('console', (message) => message.type() === 'error' && console.error('page:', message.text()));
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const selector = flags.find((flag) => flag.startsWith('--selector='))?.slice('--selector='.length);
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
