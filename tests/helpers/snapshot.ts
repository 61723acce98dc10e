import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const folder = new URL('../snapshots/', import.meta.url);

/**
 * An SVG as a snapshot can hold it: without the comments Lit marks its parts with, numbers rounded
 * to two decimals (so that a change in the last digits of a float is no change), one element a
 * line, indented by depth.
 */
export function cleanSvg(svg: Element): string {
  const rounded = svg.outerHTML
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100))
    .replace(/(<(\w+)[^<>]*)><\/\2>/g, '$1/>');
  let depth = 0;
  return `${rounded
    .replace(/></g, '>\n<')
    .split('\n')
    .map((line) => {
      if (line.startsWith('</')) depth--;
      const indented = '  '.repeat(Math.max(depth, 0)) + line;
      if (!line.startsWith('</') && !line.endsWith('/>') && !line.includes('</')) depth++;
      return indented;
    })
    .join('\n')}\n`;
}

/**
 * Compares `svg` with the committed `tests/snapshots/<name>.svg`. When they differ it writes
 * `<name>-changed.svg` beside it, to open in a browser, and fails with a line-by-line diff. A
 * missing snapshot is written; under CI that fails, as nothing was compared.
 */
export function expectSnapshot(svg: Element, name: string): void {
  const actual = cleanSvg(svg);
  const file = new URL(`${name}.svg`, folder);
  const changed = new URL(`${name}-changed.svg`, folder);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    if (process.env.CI) expect.fail(`no snapshot tests/snapshots/${name}.svg was committed; one was written now`);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) return;
  writeFileSync(changed, actual);
  expect(actual, `tests/snapshots/${name}.svg changed: see ${name}-changed.svg`).toBe(expected);
}
