import type { Plugin } from 'vite';

/** The text between interpolations of a `css` template, without its comments and indentation. */
export function shrinkCss(text: string): string;
/** `code` with the text of each Lit `css` template shrunk, found in `program` (the code's syntax tree), its interpolations as they are. */
export function shrinkCssLiterals(code: string, program: object): string;
/** The build's plugin: every source file's `css` templates shrunk. */
export const cssLiterals: Plugin;
