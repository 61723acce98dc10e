import type { Browser } from 'playwright-core';

export const root: string;
export const chromiumPath: string;
export const chromiumArgs: string[];
export const firefoxPath: string;
export function buildBundle(): Promise<string>;
export function buildEditor(): Promise<string>;
export function buildDocsPage(): Promise<string>;
export function serve(
  respond: (
    path: string,
  ) => Promise<{ type: string; body: string | Uint8Array; headers?: Record<string, string>; status?: number } | undefined>,
): Promise<{ origin: string; close: () => Promise<void> }>;
export function launchChromium(): Promise<Browser>;
