/** Reading back the files the exports write, as strictly as the programs that open them. */
import { parseXml } from '@rgrove/parse-xml';
import JSZip from 'jszip';

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
