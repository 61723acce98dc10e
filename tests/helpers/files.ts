/** Reading back the files the exports write, as strictly as the programs that open them. */

import { posix } from 'node:path';
import { parseXml } from '@rgrove/parse-xml';
import JSZip from 'jszip';
import { expect } from 'vitest';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Throws unless `text` is well-formed XML 1.0: a character XML cannot hold (U+000B, U+FFFE, half a
 * surrogate pair), an unescaped `<` or `&`, a stray `]]>`, unclosed tags. (happy-dom's and
 * @xmldom/xmldom's parsers let the characters through; this one refuses them, as LibreOffice does.)
 */
export function wellFormed(text: string, name = 'XML'): void {
  try {
    parseXml(text);
  } catch (error) {
    throw new Error(`${name} is not well-formed: ${(error as Error).message}`);
  }
}

/** Every XML part of a PowerPoint file and of the workbooks inside it, by name, each decoded as strict UTF-8 (invalid UTF-8 throws). */
export async function pptxXmlParts(file: Blob | ArrayBuffer | Uint8Array): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  const read = async (zip: JSZip, prefix: string) => {
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const name = `${prefix}${entry.name}`;
      const bytes = await entry.async('uint8array');
      if (/\.(xml|rels)$/.test(entry.name)) {
        try {
          parts.set(name, utf8.decode(bytes));
        } catch {
          throw new Error(`${name} is not valid UTF-8`);
        }
      } else if (entry.name.endsWith('.xlsx')) await read(await JSZip.loadAsync(bytes), `${name}!/`);
    }
  };
  await read(await JSZip.loadAsync(file instanceof Blob ? await file.arrayBuffer() : file), '');
  return parts;
}

/** A PowerPoint file's parts by name, and the parts a slide's relationships point to: its charts and its notes. */
export async function deckOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.reject(new Error(`${name} is not in the deck`));
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  /** The parts slide `n` (counted from 1) refers to, e.g. `ppt/charts/chart1.xml`. */
  const partsOf = async (n: number) => {
    const rels = await text(`ppt/slides/_rels/slide${n}.xml.rels`);
    // A target is relative to the slide's folder, or to the package's root when it starts with "/".
    return [...rels.matchAll(/Target="([^"]+)"/g)].map(([, target]) =>
      target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('ppt/slides', target)),
    );
  };
  /** The native charts of slide `n`, in the order the slide adds them. */
  const chartsOf = async (n: number) =>
    Promise.all((await partsOf(n)).filter((part) => /^ppt\/charts\/chart\d+\.xml$/.test(part)).map((part) => text(part)));
  /** Slide `n`'s charts as one text (undefined for none). */
  const chartOf = async (n: number) => {
    const charts = await chartsOf(n);
    return charts.length > 0 ? charts.join('\n') : undefined;
  };
  const notesOf = async (n: number) => {
    const notes = (await partsOf(n)).filter((part) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(part));
    expect(notes, `notes of slide ${n}`).toHaveLength(1);
    return text(notes[0]);
  };
  return { text, slideNames, partsOf, chartOf, chartsOf, notesOf };
}
