import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/harness.mjs';

describe('custom-elements.json', () => {
  it('is the manifest the code gives today (npm run manifest writes it)', () => {
    // The analyzer writes below the folder it runs in: a folder git ignores.
    const outdir = 'node_modules/.cache/manifest-check';
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', outdir],
        {
          cwd: root,
          stdio: 'pipe',
        },
      );
      const fresh = readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8');
      expect(
        fresh === readFileSync(join(root, 'custom-elements.json'), 'utf8'),
        'run npm run manifest and commit custom-elements.json',
      ).toBe(true);
    } finally {
      rmSync(join(root, outdir), { recursive: true, force: true });
    }
  });

  it('is named by package.json and shipped with it', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });
});
