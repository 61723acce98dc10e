/**
 * The links of a Markdown file, and what is wrong with them: a relative link (or image) to a file
 * that does not exist, or to a `#anchor` a Markdown file of ours does not have. Anchors are GitHub's:
 * each heading's text, lower-cased, punctuation dropped, spaces made hyphens, a repeated one
 * numbered (`-1`, `-2`); and any `id` or `name` an HTML tag in the file gives.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A link as written, and the line it is on. */
export interface Link {
  target: string;
  line: number;
}

/** The text with fenced code blocks and code spans blanked out (same length, lines kept): links and headings in code are none. */
export function withoutCode(text: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, ' ');
  return text.replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, blank).replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every link and image of a Markdown file: `[text](target)`, `![alt](target)`, `[name]: target` and HTML `href`/`src`. */
export function linksOf(text: string): Link[] {
  const prose = withoutCode(text);
  const found: Link[] = [];
  const patterns = [
    /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
    /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
    /\s(?:href|src)="([^"]+)"/g,
  ];
  for (const pattern of patterns)
    for (const match of prose.matchAll(pattern)) found.push({ target: match[1], line: lineOf(prose, match.index) });
  return found.sort((a, b) => a.line - b.line);
}

/** GitHub's anchor for a heading's Markdown text (without the repeat number). */
export function slugOf(heading: string): string {
  // Code spans are text as written; outside them, links and images keep their text and HTML tags are dropped.
  const text = heading
    .split(/(`+[^`]*`+)/)
    .map((part, index) =>
      index % 2 === 1
        ? part.replace(/^`+|`+$/g, '')
        : part
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/<\/?[a-z][^>]*>/gi, '')
            .replace(/[*_]{1,3}(\S[^*_]*?)[*_]{1,3}/g, '$1'),
    )
    .join('');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a Markdown file has: its headings' and the `id`s and `name`s of its HTML. */
export function anchorsOf(text: string): Set<string> {
  const prose = withoutCode(text);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const headings = [...withoutFences(text).matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => match[1]);
  for (const heading of headings) {
    const slug = slugOf(heading);
    const times = seen.get(slug) ?? 0;
    seen.set(slug, times + 1);
    anchors.add(times === 0 ? slug : `${slug}-${times}`);
  }
  for (const match of prose.matchAll(/\s(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  return anchors;
}

/** The text with only fenced code blocks blanked (a heading's code spans are part of its anchor). */
function withoutFences(text: string): string {
  return text.replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, (code) => code.replace(/[^\n]/g, ' '));
}

/** What a file system answers: whether a path is a file or folder, and a Markdown file's text. */
export interface Files {
  exists(path: string): boolean;
  markdown(path: string): string;
}

/** The repository's files on disk. */
export const diskFiles = (): Files => ({
  exists: (path) => existsSync(path) && (statSync(path).isFile() || statSync(path).isDirectory()),
  markdown: (path) => readFileSync(path, 'utf8'),
});

/**
 * Each problem with the links of the Markdown file at `path` (under `root`), as
 * `file:line target — why`. Links to other sites, and to addresses a page would serve
 * (`mailto:`, `data:`), are not looked at.
 */
export function linkProblems(root: string, path: string, text: string, files: Files): string[] {
  const problems: string[] = [];
  const where = (link: Link) => `${relative(root, path)}:${link.line} ${link.target}`;
  for (const link of linksOf(text)) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link.target)) continue;
    const [address, anchor] = link.target.split('#', 2);
    const file = address === '' ? path : join(address.startsWith('/') ? root : dirname(path), decodeURIComponent(address.split('?')[0]));
    if (address !== '' && !files.exists(file)) {
      problems.push(`${where(link)} — no such file`);
      continue;
    }
    if (anchor === undefined || !file.endsWith('.md')) continue;
    if (!anchorsOf(file === path ? text : files.markdown(file)).has(decodeURIComponent(anchor)))
      problems.push(`${where(link)} — ${relative(root, file)} has no heading or id "${anchor}"`);
  }
  return problems;
}
