/** WCAG 2.1 contrast, measured on rendered elements. */

type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba | null {
  const match = value.match(/rgba?\(([^)]+)\)/);
  if (!match) return null;
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

export function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the rendered tree: through slots and out of shadow roots. */
function renderedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour behind an element: the first opaque background up the rendered tree, or a shape drawn under SVG text. */
export function backgroundOf(element: Element): Rgba {
  if (element instanceof SVGElement) {
    const group = element.closest('g');
    const shape = group?.querySelector(':scope > rect');
    const fill = shape && parseColor(getComputedStyle(shape).fill);
    if (fill && fill[3] > 0.5) return fill;
  }
  for (let node: Element | null = element; node; node = renderedParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0.5) return color;
  }
  return [255, 255, 255, 1];
}

/** The colour of an element's text: `fill` for SVG, `color` for HTML. */
export function textColorOf(element: Element): Rgba {
  const style = getComputedStyle(element);
  return parseColor(element instanceof SVGElement ? style.fill : style.color)!;
}
