import { select } from 'd3';
import { markPoints, resetPoints } from './svg.js';
import { fitText, textWidthEm, wrapText } from './text.js';
import type { ChartOptions, ChartPoint } from './types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MIN_CARD_EM = 9;
const GAP_EM = 0.75;
const LINE_EM = 1.35;

interface Card {
  point: ChartPoint;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/**
 * The governance platforms as one diagram: a hub naming the system, a line to each platform,
 * and each platform as a card with its name and what the report gives for it. Any number of
 * platforms: side by side under the hub when they fit, otherwise a list hanging from it.
 *
 * @example platformsDiagram(points, { hub: '基层智治', width: 640, fontSize: 16, ariaLabel: '四平台', document })
 */
export function platformsDiagram(points: readonly ChartPoint[], options: ChartOptions & { hub: string }): SVGSVGElement {
  const { width, fontSize: f, document, hub } = options;
  const gap = GAP_EM * f;
  const side = points.length * MIN_CARD_EM * f + (points.length - 1) * gap <= width - 2;
  const hubWidth = Math.min(width - 2, (textWidthEm(hub) + 2) * f);
  // A name wider than the chart is cut short (bold: about a tenth wider than the estimate for regular text).
  const hubText = hubWidth < width - 2 ? hub : fitText(hub, (hubWidth / f - 2) * 0.88);
  const hubHeight = 2.4 * f;
  const hubX = side ? (width - hubWidth) / 2 : 1;

  const cardWidth = side ? (width - 2 - (points.length - 1) * gap) / points.length : width - 1 - 2.5 * f;
  // A card holds three lines of its name at most; the whole name is in the tooltip and the table.
  const lines = points.map((point) => wrapText(point.label, cardWidth / f - 1.4, 3));
  const cardHeight = (Math.max(...lines.map((l) => l.length)) * LINE_EM + LINE_EM + 1.2) * f;
  const top = hubHeight + (side ? 2 : 1) * f;
  const cards: Card[] = points.map((point, i) => ({
    point,
    lines: lines[i],
    width: cardWidth,
    height: cardHeight,
    x: side ? 1 + i * (cardWidth + gap) : 2.5 * f,
    y: side ? top : top + i * (cardHeight + gap),
  }));
  const height = Math.ceil(cards.length ? Math.max(...cards.map((c) => c.y + c.height)) + 1 : top);

  const root = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const svg = select(root)
    .attr('class', 'fz-chart fz-diagram')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('font-size', f)
    .attr('role', 'group')
    .attr('aria-label', options.ariaLabel);

  const links = svg.append('g').attr('class', 'fz-link').attr('aria-hidden', 'true');
  const hubBottom = hubHeight + 1;
  if (side) {
    const bus = hubBottom + f;
    const centers = cards.map((card) => card.x + card.width / 2);
    const drops = centers.map((x) => `M${x},${bus}V${top}`).join('');
    links.append('path').attr('d', `M${width / 2},${hubBottom}V${bus}M${Math.min(...centers)},${bus}H${Math.max(...centers)}${drops}`);
  } else if (cards.length > 0) {
    const trunk = 1.25 * f;
    const last = cards[cards.length - 1];
    const branches = cards.map((card) => `M${trunk},${card.y + card.height / 2}H${card.x}`).join('');
    links.append('path').attr('d', `M${trunk},${hubBottom}V${last.y + last.height / 2}${branches}`);
  }

  const hubGroup = svg.append('g').attr('class', 'fz-hub').attr('aria-hidden', 'true');
  hubGroup
    .append('rect')
    .attr('x', hubX)
    .attr('y', 1)
    .attr('width', hubWidth)
    .attr('height', hubHeight)
    .attr('rx', hubHeight / 2);
  hubGroup
    .append('text')
    .attr('x', hubX + hubWidth / 2)
    .attr('y', 1 + hubHeight / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .text(hubText);

  const cardGroups = svg
    .append('g')
    .selectAll<SVGGElement, Card>('g')
    .data(cards)
    .join('g')
    .attr('class', 'fz-card')
    .attr('transform', (card) => `translate(${card.x},${card.y})`);
  cardGroups
    .append('rect')
    .attr('width', (card) => card.width)
    .attr('height', (card) => card.height)
    .attr('rx', 0.4 * f);
  cardGroups.each(function (card) {
    writeLines(this, card, f);
  });
  markPoints(
    cardGroups.nodes(),
    cards.map((_, i) => i),
    points,
  );
  drawnFor.set(root, diagramKey(points, options));
  return root;
}

/** What each drawn diagram shows: the points as worded, the hub and the room. */
const drawnFor = new WeakMap<SVGSVGElement, string>();

const diagramKey = (points: readonly ChartPoint[], { width, fontSize, hub, ariaLabel }: ChartOptions & { hub: string }) =>
  JSON.stringify([width, fontSize, hub, ariaLabel, points]);

/**
 * Keeps a drawn diagram for another year when that year's platforms are worded the same (the
 * platforms seldom change from one report to the next): whether it shows them already. When it
 * does not, the diagram is drawn anew.
 */
export function movePlatformsDiagram(svg: SVGSVGElement, points: readonly ChartPoint[], options: ChartOptions & { hub: string }): boolean {
  if (drawnFor.get(svg) !== diagramKey(points, options)) return false;
  resetPoints(svg, points);
  return true;
}

function writeLines(node: SVGGElement, card: Card, f: number): void {
  const group = select(node);
  const label = group.append('text').attr('class', 'fz-card-label').attr('aria-hidden', 'true');
  card.lines.forEach((line, i) => {
    label
      .append('tspan')
      .attr('x', 0.7 * f)
      .attr('y', (0.6 + LINE_EM * (i + 1) - 0.3) * f)
      .text(line);
  });
  group
    .append('text')
    .attr('class', 'fz-card-value')
    .attr('aria-hidden', 'true')
    .attr('x', 0.7 * f)
    .attr('y', card.height - 0.75 * f)
    .text(card.point.markText);
}
