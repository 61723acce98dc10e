import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../custom-elements.json';
import { vscodeCustomData } from '../../scripts/editor-data.mjs';
import { root } from '../../scripts/harness.mjs';
import { TOKENS } from '../../src/runtime/palette.js';
import { sections } from '../../src/sections/registry.js';

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

  it('gives every colour its light default and its dark value as the token table has them', () => {
    const base = manifest.modules
      .flatMap(
        (module) =>
          (module.declarations ?? []) as { name: string; cssProperties?: { name: string; default?: string; description?: string }[] }[],
      )
      .find((declaration) => declaration.name === 'FzElement');
    const colours = (base?.cssProperties ?? []).filter((property) => property.name.startsWith('--fz-color-'));
    expect(colours.map((property) => property.name).sort()).toEqual(
      Object.values(TOKENS)
        .map((token) => token.property)
        .sort(),
    );
    for (const token of Object.values(TOKENS)) {
      const listed = colours.find((property) => property.name === token.property);
      expect(listed?.default, token.property).toBe(token.light);
      expect(listed?.description, token.property).toContain(`dark: \`${token.dark}\``);
    }
  });

  it('is named by package.json and shipped with it', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });
});

describe('vscode.html-custom-data.json', () => {
  const written = JSON.parse(readFileSync(join(root, 'vscode.html-custom-data.json'), 'utf8'));

  it('is what the manifest gives today (npm run docs writes it), and ships with the package', () => {
    expect(written).toEqual(vscodeCustomData(manifest));
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).files).toContain('vscode.html-custom-data.json');
  });

  it('completes every tag and attribute, with the values an attribute takes', () => {
    const tags = new Map(written.tags.map((tag: { name: string }) => [tag.name, tag]));
    const declarations = manifest.modules.flatMap(
      (module) => (module.declarations ?? []) as { tagName?: string; attributes?: { name: string }[] }[],
    );
    for (const declaration of declarations) {
      if (!declaration.tagName) continue;
      const tag = tags.get(declaration.tagName) as { attributes: { name: string; values?: { name: string }[] }[] };
      expect(tag, declaration.tagName).toBeDefined();
      expect(tag.attributes.map((attribute) => attribute.name)).toEqual((declaration.attributes ?? []).map((attribute) => attribute.name));
    }
    const theme = (tags.get('fz-petitions') as { attributes: { name: string; values?: { name: string }[] }[] }).attributes.find(
      (attribute) => attribute.name === 'theme',
    );
    expect(theme?.values?.map((value) => value.name)).toEqual(['light', 'dark', 'contrast', 'red', 'auto']);
    // The dashboard, the year toggle, the trend, the comparison and each section's chart.
    expect(tags.size).toBe(4 + sections.length);
  });
});
