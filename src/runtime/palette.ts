/**
 * Every colour token, known here once: its public custom property, and its value in each theme —
 * light (the default, and what every theme prints in), dark, high contrast, red (red and white,
 * for a government meeting's slides and deck), and Windows' forced colours. The elements' styles are made from this table (styles.ts), and what no token reaches —
 * a PowerPoint deck, the printed page's footer — takes the light values. A static figure's chart
 * (`npm run static`), drawn with no stylesheet of ours on a page that may be light or dark, takes
 * the `page` values.
 */
interface Token {
  /** The public custom property a page sets (`--fz-color-accent`); the private token is `--_<name>`. */
  property: string;
  light: string;
  dark: string;
  contrast: string;
  red: string;
  forced: string;
  /**
   * A static figure's chart, written as presentation attributes that every browser reads: text in
   * the page's own colour (`currentColor`, which the page made readable on its background, light
   * or dark), shapes with no fill of their own or a blue that reads on white and on near-black
   * (3.3:1 on #161b22, 5.2:1 under white text).
   */
  page: string;
}

export const TOKENS = {
  bg: {
    property: '--fz-color-background',
    light: '#ffffff',
    dark: '#161b22',
    contrast: '#000000',
    red: '#ffffff',
    forced: 'Canvas',
    page: '#ffffff',
  },
  text: {
    property: '--fz-color-text',
    light: '#1f2328',
    dark: '#e6edf3',
    contrast: '#ffffff',
    red: '#1f2328',
    forced: 'CanvasText',
    page: 'currentColor',
  },
  muted: {
    property: '--fz-color-muted',
    light: '#57606a',
    dark: '#a4aeb9',
    contrast: '#ffffff',
    red: '#574f4f',
    forced: 'CanvasText',
    page: 'currentColor',
  },
  accent: {
    property: '--fz-color-accent',
    light: '#1d5fa8',
    dark: '#6cb6ff',
    contrast: '#ffd500',
    red: '#b3141b',
    forced: 'CanvasText',
    page: '#2b6cc4',
  },
  'accent-soft': {
    property: '--fz-color-accent-soft',
    light: '#dbe8f7',
    dark: '#1c3350',
    contrast: '#000000',
    red: '#f9e1e1',
    forced: 'Canvas',
    page: 'none',
  },
  border: {
    property: '--fz-color-border',
    light: '#c9d1d9',
    dark: '#3d444d',
    contrast: '#ffffff',
    red: '#dcc3c3',
    forced: 'CanvasText',
    page: 'currentColor',
  },
  surface: {
    property: '--fz-color-surface',
    light: '#f6f8fa',
    dark: '#21262d',
    contrast: '#000000',
    red: '#fbf4f4',
    forced: 'Canvas',
    page: 'none',
  },
  alert: {
    property: '--fz-color-alert',
    light: '#b42318',
    dark: '#ff938a',
    contrast: '#ffd500',
    red: '#8c1d12',
    forced: 'CanvasText',
    page: 'currentColor',
  },
  'alert-bg': {
    property: '--fz-color-alert-background',
    light: '#fef3f2',
    dark: '#3a1d1d',
    contrast: '#000000',
    red: '#fdf0ee',
    forced: 'Canvas',
    page: 'none',
  },
  'warn-bg': {
    property: '--fz-color-warning-background',
    light: '#fff8e6',
    dark: '#3a2f12',
    contrast: '#000000',
    red: '#fff8e6',
    forced: 'Canvas',
    page: 'none',
  },
  focus: {
    property: '--fz-color-focus',
    light: '#b35900',
    dark: '#ffb366',
    contrast: '#00e5ff',
    red: '#1d5fa8',
    forced: 'Highlight',
    page: 'currentColor',
  },
  up: {
    property: '--fz-color-increase',
    light: '#a1460a',
    dark: '#ffa657',
    contrast: '#ffd500',
    red: '#a1460a',
    forced: 'CanvasText',
    page: 'currentColor',
  },
  down: {
    property: '--fz-color-decrease',
    light: '#5a32a3',
    dark: '#d2a8ff',
    contrast: '#7ee0ff',
    red: '#5a32a3',
    forced: 'CanvasText',
    page: 'currentColor',
  },
} as const satisfies Record<string, Token>;

export type TokenName = keyof typeof TOKENS;

/** A theme's declarations of every private token: light and dark read the page's custom property first; contrast and forced colours do not. */
export function tokenDeclarations(theme: 'light' | 'dark' | 'contrast' | 'red' | 'forced'): string {
  return Object.entries(TOKENS)
    .map(([name, token]) => {
      const value = token[theme];
      return theme === 'contrast' || theme === 'forced' ? `--_${name}: ${value};` : `--_${name}: var(${token.property}, ${value});`;
    })
    .join('\n');
}

/** A theme's colours, by token: what is written where no token reaches (a deck, the printed footer). */
export type Colours = Record<TokenName, string>;
const coloursOf = (theme: 'light' | 'red'): Colours =>
  Object.fromEntries(Object.entries(TOKENS).map(([name, token]) => [name, token[theme]])) as Colours;

/** The light theme's colours. */
export const LIGHT = coloursOf('light');
/** The red-and-white theme's colours. */
export const RED = coloursOf('red');

/** The themes an element takes (its `theme`): a palette's, or `auto`, the reader's system's (light or dark). */
export const THEMES = ['light', 'dark', 'contrast', 'red', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Fonts with Chinese glyphs on every system a portal's readers use. */
export const FONT_STACK = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
