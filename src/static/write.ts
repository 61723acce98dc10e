import type { TemplateResult } from 'lit';
import { yearsOf } from '../data/derive.js';
import type { Dataset } from '../data/schema.js';
import type { Lang } from '../i18n/format.js';
import type { Theme } from '../runtime/palette.js';
import type { AnySection } from '../sections/section.js';
import { type FigureOptions, staticFigure } from './figure.js';
import { paintChart } from './paint.js';

/** What the static HTML is written for. */
export interface StaticOptions {
  /** The sections whose elements are written, in the dashboard's order; those the year's report does not give are left out. */
  sections: readonly AnySection[];
  /** Where the element finds the dataset once its script runs (its `src`). */
  src: string;
  /** The year shown; default the dataset's latest. Written on each element, so the live one shows the same. */
  year?: number;
  /** A year shown beside it (`previous` or a year): drawn in the figure, and written on each element (`compare`). */
  compare?: string;
  /** The language written in, and set on each element; default Chinese, the element then speaking the page's. */
  lang?: Lang;
  /** The width the charts are drawn for. */
  width?: number;
  /**
   * The elements' theme, written on each (the live chart's colours); the static figure keeps the
   * page's colours, which read on a light page and on a dark one.
   */
  theme?: Theme;
  /** Large text (适老化): written on each element, and the charts drawn at 18 px as the element draws them. */
  largeText?: boolean;
  /**
   * Only the tags every article editor's filter keeps (js-xss's and sanitize-html's defaults, a
   * 集约化 platform's whitelist): each figure's title, words, key figures, table and source, with no
   * element, no chart and no disclosure. For a CMS that shows the elements or the SVG as code, or
   * takes the SVG apart into loose words. Nothing takes it over.
   */
  plain?: boolean;
}

/** The chart width a static figure is drawn for by default: a phone's, so that it is read there at its size; wider boxes leave it as it is. */
export const STATIC_WIDTH = 360;

/**
 * Draws a template into an element of some DOM: Lit's `render` in a page, Lit's server renderer
 * and a parsed tree in Node. Whatever marks Lit leaves (comments) are taken out here.
 */
export type Draw = (template: TemplateResult) => Element;

/**
 * The HTML an editor pastes: each section's element (`<fz-petitions src year>`) holding its static
 * figure as light-DOM children, which the element takes over when its script runs. Charts carry
 * their look as presentation attributes; nothing in it is a script or a style. `plain`: each
 * figure alone, with no element and no chart, in common tags (`inCommonTags`).
 */
export function staticHtml(dataset: Dataset, options: StaticOptions, draw: Draw): string {
  const year = options.year ?? yearsOf(dataset).at(-1);
  const figureOptions: FigureOptions = {
    src: options.src,
    year,
    compare: options.compare,
    lang: options.lang ?? 'zh-CN',
    width: options.width ?? STATIC_WIDTH,
    // The element's text size: 16 px, and 18 px at least in large text.
    fontSize: options.largeText ? 18 : 16,
  };
  const written: string[] = [];
  for (const section of options.sections) {
    const figure = staticFigure(section, dataset, { ...figureOptions, chart: !options.plain });
    if (!figure) continue;
    const box = draw(figure);
    withoutComments(box);
    readableUnstyled(box);
    if (options.plain) {
      written.push(inCommonTags(box).innerHTML.trim());
      continue;
    }
    for (const svg of box.querySelectorAll<SVGSVGElement>('svg')) {
      paintChart(svg);
      fitToWidth(svg, figureOptions.width);
    }
    const attributes: [string, string | undefined][] = [
      ['src', options.src],
      ['year', String(year)],
      ['compare', options.compare],
      ['lang', options.lang],
      ['theme', options.theme],
      ['large-text', options.largeText ? '' : undefined],
    ];
    const open = attributes
      .filter((attribute): attribute is [string, string] => attribute[1] !== undefined)
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
    written.push(`<${section.tag}${open}>${box.innerHTML.trim()}</${section.tag}>`);
  }
  return written.join('\n');
}

/**
 * A chart drawn `width` wide, laid out the same under any page's rules for SVG: as wide as its box
 * and as high as drawn (an outer `<svg width="100%" height>` with no `viewBox`, so a page's
 * `svg { height: auto }` finds no ratio to scale it by), its drawing (the chart as drawn, inside)
 * scaled down to fit a box narrower than it was drawn for and left at its size in a wider one
 * (`preserveAspectRatio`). The outer one is no part of the chart for assistive technology.
 */
function fitToWidth(svg: SVGSVGElement, width: number): void {
  if (Number(svg.getAttribute('width')) !== width) return;
  const box = svg.ownerDocument.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of [
    ['width', '100%'],
    ['height', svg.getAttribute('height') ?? ''],
    ['role', 'none'],
    ['overflow', svg.getAttribute('overflow') ?? 'visible'],
  ])
    box.setAttribute(name, value);
  svg.replaceWith(box);
  box.append(svg);
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A figure made to read with no stylesheet of ours: each table's cells drawn apart by the browser
 * itself (`border="1"`, the one presentational attribute written: a page that resets every padding
 * and styles no table would run 98.99% and 98 ÷ 99 together), and out of its scroll box, which
 * scrolls only under our styles (with none, it was a stop for the keyboard that did nothing).
 */
function readableUnstyled(box: Element): void {
  for (const table of box.querySelectorAll('table')) table.setAttribute('border', '1');
  for (const scroll of box.querySelectorAll('.table-scroll')) scroll.replaceWith(...scroll.childNodes);
}

/**
 * `box` in the tags every article editor keeps: each figure a `<div>` (a `<section>` is on no
 * list of some), the data table out of its disclosure (open, with no "查看数据表" left to click).
 * The report's words are already text in quotation marks, in a `<span>` marked with their language.
 */
function inCommonTags(box: Element): Element {
  for (const details of box.querySelectorAll('details')) {
    details.querySelector(':scope > summary')?.remove();
    details.replaceWith(...details.childNodes);
  }
  for (const section of box.querySelectorAll('section')) {
    const div = box.ownerDocument.createElement('div');
    for (const name of section.getAttributeNames()) div.setAttribute(name, section.getAttribute(name) ?? '');
    div.append(...section.childNodes);
    section.replaceWith(div);
  }
  return box;
}

function withoutComments(box: Element): void {
  const walker = box.ownerDocument.createTreeWalker(box, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** `value` as it may stand between double quotes in HTML. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
