import { xmlText } from '../data/characters.js';

/**
 * An SVG as the text of a file, for saving and for decoding as an image: serialised by its own
 * document's `XMLSerializer`, which escapes markup but writes a control character as it is, then
 * without what XML 1.0 cannot hold (`xmlText`), so that every SVG made is well-formed.
 */
export function svgText(svg: SVGSVGElement): string {
  const Serializer = svg.ownerDocument.defaultView?.XMLSerializer ?? XMLSerializer;
  return xmlText(new Serializer().serializeToString(svg));
}
