/**
 * An emblem as a deck holds it: a PNG as a data URL, drawn from whatever image the page shows
 * (PNG, JPEG, SVG…) at a size a band and a title slide need.
 */

/** The emblem at `address` as a PNG data URL, `height` pixels tall; rejects when it cannot be loaded. */
export async function emblemPng(address: string, document: Document, height = 256): Promise<string> {
  const image = new Image();
  image.src = address;
  await image.decode();
  const ratio = image.naturalWidth && image.naturalHeight ? image.naturalWidth / image.naturalHeight : 1;
  const canvas = document.createElement('canvas');
  canvas.height = height;
  canvas.width = Math.max(1, Math.round(height * ratio));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
