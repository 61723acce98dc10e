// The elements' styles as the bundle carries them: the text of each Lit `css` template of the
// source without its comments and its indentation (the minifier leaves a template's text as it is,
// and every visitor of a page downloads it). What the styles say is unchanged: a comment goes,
// a run of white space becomes one space, and none is kept beside `{`, `}` or `;`.

/** The text between interpolations of a `css` template, shrunk. */
export function shrinkCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1');
}

/**
 * `code` with the text of each `css` template shrunk (`shrinkCss`), its interpolations as they are.
 * A template whose interpolations hold a template of their own is left whole.
 */
export function shrinkCssLiterals(code) {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(/\bcss`/g)) {
    const start = match.index + match[0].length;
    if (start <= from) continue;
    const parts = templateParts(code, start);
    if (!parts) continue;
    out += code.slice(from, start);
    const shrunk = parts.map(({ text, interpolation }) => (interpolation ? text : shrinkCss(text)));
    // The template's first and last white space: none between an interpolation and the text next to it, which parts tokens.
    shrunk[0] = shrunk[0].trimStart();
    shrunk[shrunk.length - 2] = shrunk[shrunk.length - 2].trimEnd();
    out += shrunk.join('');
    from = parts.end;
  }
  return out + code.slice(from);
}

/** The parts of the template whose text starts at `start`, up to its closing backtick (`end` just after it). */
function templateParts(code, start) {
  const parts = [];
  let text = '';
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '\\') {
      text += char + code[i + 1];
      i++;
    } else if (char === '`') {
      parts.push({ text });
      parts.push({ text: '`', interpolation: true });
      parts.end = i + 1;
      return parts;
    } else if (char === '$' && code[i + 1] === '{') {
      parts.push({ text });
      text = '';
      let depth = 0;
      let j = i;
      for (; j < code.length; j++) {
        if (code[j] === '`') return undefined;
        if (code[j] === '{') depth++;
        else if (code[j] === '}' && --depth === 0) break;
      }
      parts.push({ text: code.slice(i, j + 1), interpolation: true });
      i = j;
    } else text += char;
  }
  return undefined;
}

/** The build's plugin: every source file's `css` templates shrunk. */
export const cssLiterals = {
  name: 'fazhi-css-literals',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
    return { code: shrinkCssLiterals(code), map: null };
  },
};
