// Browser tests run in Debian's Chromium, and one in Debian's Firefox ESR (driven by puppeteer-core
// over WebDriver BiDi). Installs them (and CJK fonts, so Chinese text is measured as readers see it,
// and poppler's pdftotext, which reads back the printed handout) when missing and running as root;
// otherwise says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const missing = [
  !existsSync(chromium) && 'chromium',
  !existsSync(firefox) && 'firefox-esr',
  !existsSync(cjkFont) && 'fonts-noto-cjk',
  !existsSync('/usr/bin/pdftotext') && 'poppler-utils',
].filter(Boolean);

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt || process.env.CHROMIUM_PATH || process.env.FIREFOX_PATH) {
    console.error(`Browser tests need: ${missing.join(', ')}.`);
    console.error(
      `Install them with: sudo apt-get install -y ${missing.join(' ')}   (or set CHROMIUM_PATH to a Chromium binary, FIREFOX_PATH to a Firefox ESR)`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
