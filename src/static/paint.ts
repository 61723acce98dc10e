import { barChartCss } from '../charts/bar-chart.css.js';
import { chartCss } from '../charts/chart.css.js';
import { platformsDiagramCss } from '../charts/platforms-diagram.css.js';
import { TOKENS } from '../runtime/palette.js';
import { baseStyles } from '../runtime/styles.js';

/**
 * A chart's look written on its marks, for a page with no stylesheet of ours: the chart's own CSS
 * (`chart.css.ts`, `bar-chart.css.ts`, `platforms-diagram.css.ts`, as the elements adopt it) read
 * rule by rule, each declaration that SVG has a presentation attribute for set on the marks its
 * selector picks, the tokens (`var(--_accent)`) resolved to colours that read on the page, light
 * or dark (the palette's `page` values: text in the page's own colour). No `style` attribute, no `<style>`: what a strict
 * Content-Security-Policy lets through, and what vector editors read.
 *
 * The rules it reads are plain: a selector list and declarations. Rules under `@media` (motion,
 * forced colours) and selectors with a state (`:focus-visible`) are the page's business, not a
 * picture's.
 */
export function paintChart(svg: Element): void {
  const tokens = hostTokens();
  for (const { prelude, declarations } of rules(CHART_CSS)) {
    const carried = declarations.filter(([property]) => CARRIED.has(property));
    const selectors = prelude.split(',').map((selector) => selector.trim());
    if (carried.length === 0) continue;
    for (const selector of selectors.filter((each) => !each.includes(':'))) {
      const marks = [...(svg.matches(selector) ? [svg] : []), ...svg.querySelectorAll(selector)];
      for (const mark of marks) for (const [property, value] of carried) mark.setAttribute(property, resolve(value, tokens));
    }
  }
  // The elements' font and its spacing, which their frame (`.root`) gives the chart, whatever the page's text around it
  // has: a portal's spaced-out article text would push the labels past the widths they were laid out for.
  const frame = rules(baseStyles.cssText).find((rule) => rule.prelude === '.root');
  for (const [property, value] of frame?.declarations ?? [])
    if (FRAME_CARRIED.has(property)) svg.setAttribute(property, resolve(value, tokens));
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    // Text keeps its spaces as laid out (the chart's CSS says white-space: pre).
    if (element.localName === 'text') element.setAttributeNS(XML, 'xml:space', 'preserve');
    // Nothing of the page's: no classes, focus order or data attributes.
    for (const name of element.getAttributeNames())
      if (name === 'class' || name === 'tabindex' || name.startsWith('data-')) element.removeAttribute(name);
  }
}

const XML = 'http://www.w3.org/XML/1998/namespace';

const CHART_CSS = [chartCss, barChartCss, platformsDiagramCss].join('\n');

/** The CSS properties an SVG mark can carry as presentation attributes, of those the charts' CSS sets. */
const CARRIED = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-weight',
  'font-size',
  'text-anchor',
  'overflow',
]);

/** What the frame sets of its text that SVG has a presentation attribute for. */
const FRAME_CARRIED = new Set(['font-family', 'font-style', 'font-weight', 'letter-spacing', 'word-spacing']);

interface Rule {
  prelude: string;
  declarations: [string, string][];
}

/** The top-level rules of `css`, each with its selectors as written and its declarations; `@media` blocks left out. */
function rules(css: string): Rule[] {
  const found: Rule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  let prelude = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) prelude = text.slice(start, i).trim();
      depth++;
      start = i + 1;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0 && !prelude.startsWith('@')) {
        const declarations = text
          .slice(start, i)
          .split(';')
          .map((line) => line.split(/:(.*)/s).map((part) => part.trim()))
          .filter(([property, value]) => property && value) as [string, string][];
        found.push({ prelude, declarations });
      }
      start = i + 1;
    }
  }
  return found;
}

let tokensRead: Map<string, string> | undefined;

/**
 * The private tokens the elements declare on their host (`--_accent`, `--_line: 1.5px`), with the
 * colours a static figure takes on a page light or dark (the palette's `page` values: the page's
 * own text colour, a blue that reads on both).
 */
function hostTokens(): Map<string, string> {
  if (tokensRead) return tokensRead;
  const host = rules(baseStyles.cssText).find((rule) => rule.prelude === ':host');
  const tokens = new Map((host?.declarations ?? []).filter(([name]) => name.startsWith('--_')));
  for (const [name, token] of Object.entries(TOKENS)) tokens.set(`--_${name}`, token.page);
  for (const [name, value] of tokens) tokens.set(name, resolve(value, tokens));
  tokensRead = tokens;
  return tokens;
}

/** `value` with each `var(--name, fallback)` replaced by the token's value, else its fallback. */
function resolve(value: string, tokens: Map<string, string>): string {
  let resolved = value;
  for (let guard = 0; guard < 8 && resolved.includes('var('); guard++) {
    resolved = resolved.replace(
      /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
      (_, name: string, fallback?: string) => tokens.get(name) ?? (fallback ?? '').trim(),
    );
  }
  return resolved;
}
