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
 * `code` with the text of each `css` template shrunk (`shrinkCss`), its interpolations as they
 * are. The templates are found in `program`, the code's syntax tree: a `css` in a comment or a
 * string is none.
 */
export function shrinkCssLiterals(code, program) {
  const parts = [];
  visit(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'css') return;
    const { quasis } = node.quasi;
    // The template's first and last white space: none between an interpolation and the text next to it, which parts tokens.
    for (const [i, part] of quasis.entries()) parts.push({ part, first: i === 0, last: i === quasis.length - 1 });
  });
  let out = code;
  // From the end, so that the offsets of those before hold.
  for (const { part, first, last } of parts.sort((a, b) => b.part.start - a.part.start)) {
    let text = shrinkCss(code.slice(part.start, part.end));
    if (first) text = text.trimStart();
    if (last) text = text.trimEnd();
    out = out.slice(0, part.start) + text + out.slice(part.end);
  }
  return out;
}

function visit(node, call) {
  call(node);
  for (const value of Object.values(node))
    for (const child of Array.isArray(value) ? value : [value]) if (typeof child?.type === 'string') visit(child, call);
}

/** The build's plugin: every source file's `css` templates shrunk. */
export const cssLiterals = {
  name: 'fazhi-css-literals',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
    return { code: shrinkCssLiterals(code, this.parse(code)), map: null };
  },
};
