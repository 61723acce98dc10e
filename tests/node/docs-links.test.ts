/**
 * The README and the manual in docs/ link to each other, to screenshots and to the code: every
 * relative link must reach a file that exists, and every `#anchor` into one of our Markdown files a
 * heading (or id) it has, so that a section moved or renamed cannot leave a reader at a dead end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorsOf, diskFiles, type Files, linkProblems, linksOf, slugOf } from '../helpers/doc-links.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The Markdown files at the root and under docs/, at any depth. */
function markdownFiles(): string[] {
  const under = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? under(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
    );
  const atRoot = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(root, entry.name));
  return [...atRoot, ...under(join(root, 'docs'))];
}

describe('the links of the README and docs/', () => {
  it('every relative link and image reaches a file, and every #anchor into our Markdown a heading it has', () => {
    const files = markdownFiles();
    expect(files.map((file) => file.slice(root.length))).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md']));
    const texts = files.map((file) => [file, readFileSync(file, 'utf8')] as const);
    // The README links into the manual, and the manual into itself: the walk below has links to look at.
    expect(linksOf(texts[0][1]).length).toBeGreaterThan(5);
    expect(texts.flatMap(([, text]) => linksOf(text).filter((link) => link.target.includes('#'))).length).toBeGreaterThan(5);
    const problems = texts.flatMap(([file, text]) => linkProblems(root, file, text, diskFiles()));
    expect(problems).toEqual([]);
  });

  it('names a missing file, a missing anchor in another file and in its own, and reads no link in code', () => {
    const fake: Record<string, string> = {
      '/r/docs/a.md': '# A page\n\n## `<fz-trend>`: every year\n\n## Years\n\n### Years\n',
      '/r/docs/shot.png': '',
    };
    const files: Files = { exists: (path) => path in fake || path === '/r/docs', markdown: (path) => fake[path] };
    const text = [
      '# Own heading: 中文 (x)',
      '[fine](a.md) [fine](a.md#fz-trend-every-year) [fine](a.md#years-1) [fine](#own-heading-中文-x)',
      '<img src="shot.png" alt=""> <img src="gone.png" alt="">',
      '[gone](b.md) [no anchor](a.md#nowhere) [no own anchor](#elsewhere) [elsewhere](https://example.com/x.md)',
      '`[code](code.md)`',
      '```md',
      '[block](block.md)',
      '```',
    ].join('\n');
    expect(linkProblems('/r', '/r/docs/own.md', text, files)).toEqual([
      'docs/own.md:3 gone.png — no such file',
      'docs/own.md:4 b.md — no such file',
      'docs/own.md:4 a.md#nowhere — docs/a.md has no heading or id "nowhere"',
      'docs/own.md:4 #elsewhere — docs/own.md has no heading or id "elsewhere"',
    ]);
  });

  it("makes a heading's anchor as GitHub does", () => {
    expect(slugOf('`<fz-compare>`: every unit of a district side by side')).toBe('fz-compare-every-unit-of-a-district-side-by-side');
    expect(slugOf('Keys and the mouse')).toBe('keys-and-the-mouse');
    expect(slugOf("The host's colours: which theme to pick")).toBe('the-hosts-colours-which-theme-to-pick');
    expect(slugOf('[Linked](x.md) and **strong**')).toBe('linked-and-strong');
    expect([...anchorsOf('# Same\n## Same\n<a id="here"></a>\n```\n# not a heading\n```\n')]).toEqual(['same', 'same-1', 'here']);
  });
});
