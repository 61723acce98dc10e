import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildBundle } from '../../scripts/harness.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder `npm run build` wrote the bundle to, once for all the tests that load it. */
    bundleDir: string;
  }
}

/** Builds the bundle once before the Node tests; removes it after them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await buildBundle();
  project.provide('bundleDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
