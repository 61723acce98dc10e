import type { Page } from 'playwright-core';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates media features for the page, e.g. `{ forcedColors: 'active' }`. */
    emulateMedia: (media: Parameters<Page['emulateMedia']>[0]) => Promise<void>;
    /** Turns the browser's auto dark theme on or off for the page: it darkens what never asked for dark. */
    autoDark: (enabled: boolean) => Promise<void>;
  }
}
