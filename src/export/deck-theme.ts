import type JSZip from 'jszip';

/**
 * A written deck drawn in its theme's colours and fonts, so that an office's own theme restyles
 * it whole: PowerPoint's and WPS's 设计 → 变体 (colours, fonts), or a theme file applied. The
 * deck's colours become the theme's colour scheme and its font the theme's heading and body font
 * (Latin and Chinese); then every colour and font a slide, layout, master or chart names is swapped
 * for the theme's: a title's text takes the heading font, any other the body font.
 *
 * pptxgenjs writes the theme fixed (Office's blue, an empty Chinese font) and every run with the
 * colour and font it is given; this is done on the written file, in one place.
 */

/** The deck's colours, as hex without '#'. */
export interface ThemeColours {
  text: string;
  paper: string;
  muted: string;
  accent: string;
  compared: string;
  alert: string;
}

/** Each colour's slot in the theme's colour scheme, and the name a slide refers to it by. */
const SLOTS: readonly (readonly [keyof ThemeColours, string, string])[] = [
  ['text', 'dk1', 'tx1'],
  ['paper', 'lt1', 'bg1'],
  ['muted', 'dk2', 'tx2'],
  ['accent', 'accent1', 'accent1'],
  ['compared', 'accent2', 'accent2'],
  ['alert', 'accent3', 'accent3'],
];

const THEME = 'ppt/theme/theme1.xml';
/** The parts that draw: slides, their layouts and master, and the charts. */
const DRAWN = /^ppt\/(?:slides|slideLayouts|slideMasters|charts)\/[^/]+\.xml$/;
/** A title's shape, or the master's style for titles: their text takes the heading font. */
const HEADING = /<p:ph\b[^>]*\btype="(?:title|ctrTitle)"|^<p:titleStyle>/;
const SCRIPTS: Record<string, string> = { latin: 'lt', ea: 'ea', cs: 'cs' };

export async function themed(zip: JSZip, colours: ThemeColours, font: string): Promise<void> {
  const theme = await zip.file(THEME)?.async('string');
  if (theme === undefined) return;
  zip.file(THEME, themeWith(theme, colours, font));
  // A colour two roles share is the first's: the palettes give each role its own (an office's theme would recolour both).
  const names = new Map<string, string>();
  for (const [role, , name] of SLOTS) if (!names.has(colours[role].toUpperCase())) names.set(colours[role].toUpperCase(), name);
  const fontFace = new RegExp(`<a:(latin|ea|cs)\\s+typeface="${escapeRegExp(font)}"`, 'g');
  const fonts = (xml: string, kind: 'mj' | 'mn') =>
    xml.replace(fontFace, (_, script: string) => `<a:${script} typeface="+${kind}-${SCRIPTS[script]}"`);
  for (const path of Object.keys(zip.files).filter((name) => DRAWN.test(name))) {
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) continue;
    const coloured = xml.replace(
      /<a:srgbClr val="([0-9A-Fa-f]{6})"(\/>|>(.*?)<\/a:srgbClr>)/gs,
      (whole, hex: string, _end, inner?: string) => {
        const name = names.get(hex.toUpperCase());
        if (!name) return whole;
        return inner === undefined ? `<a:schemeClr val="${name}"/>` : `<a:schemeClr val="${name}">${inner}</a:schemeClr>`;
      },
    );
    const headed = coloured.replace(/<p:sp\b.*?<\/p:sp>|<p:titleStyle>.*?<\/p:titleStyle>/gs, (block) =>
      fonts(block, HEADING.test(block) ? 'mj' : 'mn'),
    );
    zip.file(path, fonts(headed, 'mn'));
  }
}

/** The theme with the deck's colours in its scheme and its font for headings and body, Latin and Chinese. */
function themeWith(theme: string, colours: ThemeColours, font: string): string {
  let written = theme;
  for (const [role, slot] of SLOTS)
    written = written.replace(
      new RegExp(`<a:${slot}>.*?</a:${slot}>`, 's'),
      `<a:${slot}><a:srgbClr val="${colours[role].toUpperCase()}"/></a:${slot}>`,
    );
  return written.replace(/<a:(majorFont|minorFont)>(.*?)<\/a:\1>/gs, (_, kind: string, fonts: string) => {
    const own = fonts
      .replace(/<a:latin typeface="[^"]*"/, `<a:latin typeface="${font}"`)
      .replace(/<a:ea typeface="[^"]*"/, `<a:ea typeface="${font}"`)
      .replace(/<a:font script="Hans" typeface="[^"]*"/, `<a:font script="Hans" typeface="${font}"`);
    return `<a:${kind}>${own}</a:${kind}>`;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
