/**
 * The layers of the code, one way: data below views, page-level code handed the section registry
 * from above. Read from the sources' import statements, starting at each module of a layer and
 * following every relative import to the end: what importing that module loads. Type-only imports
 * are erased, and a dynamic import loads nothing until it is called (a section's extraction rules,
 * loaded by the extractor only), so neither counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
/** The modules of `folder` (relative to src/), its tests left out. */
const files = (folder: string): string[] =>
  readdirSync(join(src, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(folder, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [join(folder, entry.name)]
        : [],
  );

/** The modules `file` loads (relative to src/) and the packages it imports, type-only imports left out. */
function importsOf(file: string): { modules: string[]; packages: string[] } {
  const code = readFileSync(join(src, file), 'utf8');
  const specifiers = [...code.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map(
    (match) => match[1],
  );
  const modules = specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(src, join(src, dirname(file), specifier)).replace(/\.js$/, '.ts'));
  return { modules, packages: specifiers.filter((specifier) => !specifier.startsWith('.')) };
}

/** Every module `start` loads, directly or not, with the packages they import. */
function graphOf(start: string[]): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const found = importsOf(file);
    for (const name of found.packages) packages.add(name);
    for (const module of found.modules) visit(module);
  };
  for (const file of start) visit(file);
  return { modules, packages };
}

const sectionFolders = readdirSync(join(src, 'sections'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('the data layer (schema kit, validation, loading, derivation, each section’s data half)', () => {
  const dataLayer = [...files('data'), 'sections/data-registry.ts', ...sectionFolders.map((name) => `sections/${name}/data.ts`)];
  const { modules, packages } = graphOf(dataLayer);

  it('starts from every module of the layer, validation among them', () => {
    expect(dataLayer).toContain('data/validate.ts');
    expect(dataLayer).toContain('sections/petitions/data.ts');
    expect(modules.size).toBeGreaterThan(dataLayer.length);
  });

  it('loads no chart, element, page code, export, view, words or section registry', () => {
    const views = [...modules].filter(
      (module) =>
        /^(charts|runtime|elements|export|embed|extract)\//.test(module) ||
        /^sections\/(registry|section|points)\.ts$/.test(module) ||
        /^sections\/[^/]+\/(view|messages|section|styles|fz-[^/]+)\.ts$/.test(module),
    );
    expect(views).toEqual([]);
  });

  it('imports no Lit, Plot or d3', () => {
    expect([...packages].filter((name) => /^(lit|@lit\/|@observablehq\/|d3)/.test(name))).toEqual([]);
  });
});

describe('the page-level code (element bases, controllers, year sync, address)', () => {
  it('is handed the section registry from above, never loads it', () => {
    for (const file of files('runtime')) {
      const { modules } = graphOf([file]);
      expect(modules.has('sections/registry.ts'), file).toBe(false);
    }
  });
});

describe('the two lists of sections', () => {
  it('name the same sections in the same order, each whole section built on its own data half', async () => {
    const { sectionData } = await import('../../src/sections/data-registry.js');
    const { sections } = await import('../../src/sections/registry.js');
    expect(sections.map((section) => section.key)).toEqual(sectionData.map((data) => data.key));
    for (const [i, section] of sections.entries()) {
      expect(section.schema).toBe(sectionData[i].schema);
      expect(section.derive).toBe(sectionData[i].derive);
      // The words a dataset may replace are words the section says, in every language.
      for (const words of Object.values(section.messages))
        for (const word of section.words ?? []) expect(typeof (words as unknown as Record<string, unknown>)[word], word).toBe('string');
    }
  });
});

describe('a section’s folder', () => {
  it('holds its tests: each section of the registry has `<key>.test.ts` beside its code, run with the Node tests', async () => {
    const { sections } = await import('../../src/sections/registry.js');
    expect([...sectionFolders].sort()).toEqual(sections.map((section) => section.key).sort());
    for (const { key } of sections) expect(readdirSync(join(src, 'sections', key)), key).toContain(`${key}.test.ts`);
    const config = readFileSync(new URL('../../vite.config.ts', import.meta.url), 'utf8');
    expect(/name: 'node',\s*include: \[([^\]]*)\]/.exec(config)?.[1]).toContain("'src/**/*.test.ts'");
  });
});
