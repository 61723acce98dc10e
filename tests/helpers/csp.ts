import type { Page } from 'playwright-core';

/** The strictest policy a portal might send: nothing inline, nothing from elsewhere (images of this page's own blobs and data). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/** A script for `/watch-csp.js`, loaded first on a page under test: it keeps every violation in `window.cspViolations`. */
export const WATCH_CSP = `window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

/** The violations a page served with `/watch-csp.js` has seen. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
