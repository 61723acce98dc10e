import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { root } from '../../scripts/harness.mjs';

// The code serves any unit: what one town's report holds comes from its dataset (and the words
// reports use, from data/report-words.json), never from src/. A section's tests, in its folder,
// check the code against that report's figures and words.

/**
 * Each item's Chinese label, its English one where that is more than one common word, and its id
 * where that is no plain English word (`visits`, `letters` are words of any code).
 */
const labels = (items: { id: string; label: string | { 'zh-CN': string; en?: string } }[]) =>
  items.flatMap(({ id, label }) => [
    ...(/[-\d]/.test(id) ? [id] : []),
    ...(typeof label === 'string' ? [label] : [label['zh-CN'], ...(label.en?.includes(' ') ? [label.en] : [])]),
  ]);

/** The first town's names, and the channels, subsets and platforms of its report, by label and by id. */
const townWords = [
  beiyang.unit.id,
  typeof beiyang.unit.name === 'string' ? beiyang.unit.name : beiyang.unit.name['zh-CN'],
  'Beiyang',
  '北洋',
  '黄岩',
  'Huangyan',
  ...beiyang.years.flatMap((year) => [
    ...labels(year.petitions.channels),
    ...labels(year.petitions.flags ?? []),
    ...labels(year.platforms),
  ]),
];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : Promise.resolve(entry.name.endsWith('.test.ts') ? [] : [join(dir, entry.name)]),
    ),
  );
  return nested.flat();
}

describe('src/', () => {
  it('names no word of the first town in its code (its tests aside): its name, its channels, subsets or platforms', async () => {
    expect(townWords).toEqual(
      expect.arrayContaining(['beiyang', '北洋镇', '12345热线', 'hotline-12345', '来访', '省级来信', '党建统领', '公共服务']),
    );
    const found: string[] = [];
    for (const file of await sourceFiles(join(root, 'src'))) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        for (const word of townWords)
          if (line.toLowerCase().includes(word.toLowerCase())) found.push(`${file.slice(root.length)}:${index + 1} ${word}`);
      });
    }
    expect(found).toEqual([]);
  });
});
