import { ExportError } from './formats.js';
import { svgText } from './svg-text.js';

/**
 * The largest canvas Chromium draws (measured in Chromium 156): 65,535 pixels a side, 2^28
 * (16,384²) pixels in all. A larger one gives no PNG at all.
 */
const CANVAS = { side: 65_535, area: 2 ** 28 };
/** The largest scale any picture may have. */
const MAX_SCALE = 8;

/** The canvas a picture `width` × `height` CSS pixels takes at `scale`. */
const canvasOf = (width: number, height: number, scale: number) => ({
  width: Math.round(width * scale),
  height: Math.round(height * scale),
});

const fits = ({ width, height }: { width: number; height: number }, scale: number) =>
  scale <= MAX_SCALE && width >= 1 && height >= 1 && width <= CANVAS.side && height <= CANVAS.side && width * height <= CANVAS.area;

/**
 * The scales a picture `width` × `height` CSS pixels can be drawn at, as written for a reader:
 * from the smallest that gives it a pixel each way (in thousandths) to the largest the browser's
 * canvas holds (in hundredths), at most 8.
 */
export function scaleRange(width: number, height: number): { smallest: number; largest: number } {
  const smallest = Math.ceil((1000 * 0.5) / Math.min(width, height)) / 1000;
  const exact = Math.min(MAX_SCALE, CANVAS.side / width, CANVAS.side / height, Math.sqrt(CANVAS.area / (width * height)));
  let largest = Math.floor(exact * 100) / 100;
  // Rounding the canvas to whole pixels may take it past a limit: a hundredth less then.
  while (largest > smallest && !fits(canvasOf(width, height, largest), largest)) largest = Math.round((largest - 0.01) * 100) / 100;
  return { smallest, largest };
}

/**
 * A PNG of a self-contained SVG, `scale` times its CSS pixel size: the SVG is decoded as an image
 * (a `blob:` URL of this page) and drawn on a canvas. Text takes the fonts the system has, as on
 * the page. A scale the browser cannot draw the picture at (or no number, or above 8) is refused
 * before anything is drawn.
 */
export async function pngOf(svg: SVGSVGElement, scale: number): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const size = canvasOf(width, height, scale);
  // NaN fails every comparison: no number is no scale.
  if (!fits(size, scale)) throw new ExportError('scale', scaleRange(width, height));
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch((error: unknown) => {
      throw new ExportError('canvas', {}, { cause: error });
    });
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new ExportError('canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportError('canvas'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
