// Takes a full-page screenshot of a page in Debian's headless Chromium.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width=1280] [--dark] [--forced-colors] [--reduced-motion]
//        [--no-script] [--selector=CSS] [--click=CSS] [--hover=CSS] [--zoom=2]
// --no-script opens the page with JavaScript off (a reader whose browser or portal runs none).
// With --selector, only the first element matching CSS is taken; --click and --hover act on the
// first match before the shot; --zoom renders at that device scale (browser zoom).
import { launchChromium } from './harness.mjs';

const [url, out, width = '1280', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [--dark]');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const option = (name) => flags.find((flag) => flag.startsWith(`--${name}=`))?.slice(name.length + 3);
  const zoom = Number(option('zoom') ?? 1);
  const page = await browser.newPage({
    // Browser zoom: the same window holds fewer CSS pixels, each drawn larger.
    viewport: { width: Math.round(Number(width) / zoom), height: 800 },
    deviceScaleFactor: zoom,
    colorScheme: flags.includes('--dark') ? 'dark' : 'light',
    forcedColors: flags.includes('--forced-colors') ? 'active' : 'none',
    reducedMotion: flags.includes('--reduced-motion') ? 'reduce' : 'no-preference',
    javaScriptEnabled: !flags.includes('--no-script'),
  });
  page.on('console', (message) => message.type() === 'error' && console.error('page:', message.text()));
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const selector = option('selector');
  if (option('click')) await page.locator(option('click')).first().click();
  if (option('hover')) await page.locator(option('hover')).first().hover();
  if (option('click') || option('hover')) await page.waitForTimeout(400);
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
