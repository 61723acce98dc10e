import type { Page } from 'playwright-core';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates media features for the page, e.g. `{ forcedColors: 'active' }`. */
    emulateMedia: (media: Parameters<Page['emulateMedia']>[0]) => Promise<void>;
  }
}
