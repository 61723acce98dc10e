import { launchChromium } from './scripts/harness.mjs';

const [url, out, width, height, dark, selector, y] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: dark === 'dark' ? 'dark' : 'light',
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
const box = await page.locator(selector).first().boundingBox();
await page.screenshot({
  path: out,
  fullPage: true,
  clip: { x: box.x, y: box.y + Number(y ?? 0), width: box.width, height: Math.min(Number(height), box.height) },
});
await browser.close();
