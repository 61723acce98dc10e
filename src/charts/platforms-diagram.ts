import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fitText, textWidthEm, wrapText } from './text.js';
import { type ChartOptions, type ChartPoint, POINT_CLASS } from './types.js';

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
 * @example render(platformsDiagram(points, { hub: '基层智治', width: 640, fontSize: 16, ariaLabel: '四平台' }), box)
 */
export function platformsDiagram(points: readonly ChartPoint[], options: ChartOptions & { hub: string }): TemplateResult {
  const { width, fontSize: f, hub, tabStop = 0, height: fill } = options;
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
  // A line for what the report gives each platform, when it gives any a figure.
  const valued = points.some((point) => point.markText);
  const needed = (Math.max(...lines.map((l) => l.length)) * LINE_EM + (valued ? LINE_EM : 0) + 1.2) * f;
  const top = hubHeight + (side ? 2 : 1) * f;
  // A height to fill (a slide's): the cards side by side grow into it, up to twice what they need.
  const cardHeight = fill && side ? Math.max(needed, Math.min(2 * needed, fill - top - 2)) : needed;
  const cards: Card[] = points.map((point, i) => ({
    point,
    lines: lines[i],
    width: cardWidth,
    height: cardHeight,
    x: side ? 1 + i * (cardWidth + gap) : 2.5 * f,
    y: side ? top : top + i * (cardHeight + gap),
  }));
  const drawn = Math.ceil(cards.length ? Math.max(...cards.map((c) => c.y + c.height)) + 1 : top);
  // In a taller box than it needs, the diagram sits in the middle of it; in a smaller one (a slide's small preview) it is drawn
  // smaller to fit, never over what follows it.
  const height = fill ?? drawn;
  const viewHeight = Math.max(height, drawn);
  const offset = Math.floor((viewHeight - drawn) / 2);

  const hubBottom = hubHeight + 1;
  let links = '';
  if (side) {
    const bus = hubBottom + f;
    const centers = cards.map((card) => card.x + card.width / 2);
    const drops = centers.map((x) => `M${x},${bus}V${top}`).join('');
    links = `M${width / 2},${hubBottom}V${bus}M${Math.min(...centers)},${bus}H${Math.max(...centers)}${drops}`;
  } else if (cards.length > 0) {
    const trunk = 1.25 * f;
    const last = cards[cards.length - 1];
    const branches = cards.map((card) => `M${trunk},${card.y + card.height / 2}H${card.x}`).join('');
    links = `M${trunk},${hubBottom}V${last.y + last.height / 2}${branches}`;
  }

  return html`<svg
    class="fz-chart fz-diagram"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${viewHeight}"
    font-size=${f}
    role="group"
    aria-label=${options.ariaLabel}
    aria-describedby=${options.describedBy ?? nothing}
  >
    <g transform=${offset ? `translate(0,${offset})` : nothing}>
    <g class="fz-link" aria-hidden="true">${links ? svg`<path d=${links}></path>` : nothing}</g>
    <g class="fz-hub" aria-hidden="true">
      <rect x=${hubX} y="1" width=${hubWidth} height=${hubHeight} rx=${hubHeight / 2}></rect>
      <text x=${hubX + hubWidth / 2} y=${1 + hubHeight / 2} dy="0.35em" text-anchor="middle">${hubText}</text>
    </g>
    <g>${repeat(
      cards,
      (card) => card.point.id,
      (card, i) => svg`<g
        class="fz-card ${POINT_CLASS}"
        transform="translate(${card.x},${card.y})"
        data-index=${i}
        tabindex=${i === tabStop ? 0 : -1}
        role="img"
        aria-label=${card.point.name}
      >
        <rect width=${card.width} height=${card.height} rx=${0.4 * f}></rect>
        <text class="fz-card-label" aria-hidden="true">${card.lines.map(
          (line, j) => svg`<tspan x=${0.7 * f} y=${(0.6 + LINE_EM * (j + 1) - 0.3) * f}>${line}</tspan>`,
        )}</text>
        ${valued ? svg`<text class="fz-card-value" aria-hidden="true" x=${0.7 * f} y=${card.height - 0.75 * f}>${card.point.markText}</text>` : nothing}
      </g>`,
    )}</g>
    </g>
  </svg>`;
}
