// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the samples are source code, their interpolations its text.
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { shrinkCssLiterals as shrink } from '../../scripts/css-literals.mjs';

/** As the build does it: the code's templates found in its syntax tree. */
const shrinkCssLiterals = (code: string) => shrink(code, parseAst(code, { lang: 'js' }));

// The build's shrinking of the elements' `css` templates (scripts/css-literals.mjs).

describe('shrinkCssLiterals', () => {
  it('takes out comments and indentation, keeping every rule and each interpolation as it is', () => {
    const source = [
      'export const styles = css`',
      '  :host {',
      '    ${lightTokens}',
      '    /* Drawn light as it is. */',
      '    color-scheme: only light;',
      '    font-family: var(--fz-font-family, ${unsafeCSS(FONT_STACK)});',
      '  }',
      "  :host([theme='dark']) .a   .b {",
      "    content: '\\\\201C';",
      '  }',
      '`;',
    ].join('\n');
    expect(shrinkCssLiterals(source)).toBe(
      "export const styles = css`:host{${lightTokens} color-scheme: only light;font-family: var(--fz-font-family, ${unsafeCSS(FONT_STACK)});}:host([theme='dark']) .a .b{content: '\\\\201C';}`;",
    );
  });

  it('leaves other templates whole, also one inside a css template’s interpolation', () => {
    const source = 'const a = html`<p>  x  </p>`;\nconst b = css`  .x {  ${`  y  `}  }  `;\nconst c = unsafeCSS(`  .z { }  `);';
    expect(shrinkCssLiterals(source)).toBe(
      'const a = html`<p>  x  </p>`;\nconst b = css`.x{${`  y  `}}`;\nconst c = unsafeCSS(`  .z { }  `);',
    );
  });

  it('finds no template in a comment or a string that says css`', () => {
    const source =
      "/** What each `css` template holds: a ; b { c } */\nexport const separator = ' ; ';\nexport const code = 'css`if (a) {\\n  b();\\n}`';";
    expect(shrinkCssLiterals(source)).toBe(source);
  });

  it('shrinks every css template of a file, whatever comes between them', () => {
    const source = 'const a = css`  .a {  b: c;  }  `;\nconst n = 1 /* a note */;\nconst d = css`\n  .d { e: f; }\n`;';
    expect(shrinkCssLiterals(source)).toBe('const a = css`.a{b: c;}`;\nconst n = 1 /* a note */;\nconst d = css`.d{e: f;}`;');
  });
});
