/**
 * Every colour token, known here once: its public custom property, and its value in each theme —
 * light (the default, and what every theme prints in), dark, high contrast, and Windows' forced
 * colours. The elements' styles are made from this table (styles.ts), and what no token reaches —
 * a PowerPoint deck, the printed page's footer — takes the light values.
 */
interface Token {
  /** The public custom property a page sets (`--fz-color-accent`); the private token is `--_<name>`. */
  property: string;
  light: string;
  dark: string;
  contrast: string;
  forced: string;
}

export const TOKENS = {
  bg: { property: '--fz-color-background', light: '#ffffff', dark: '#161b22', contrast: '#000000', forced: 'Canvas' },
  text: { property: '--fz-color-text', light: '#1f2328', dark: '#e6edf3', contrast: '#ffffff', forced: 'CanvasText' },
  muted: { property: '--fz-color-muted', light: '#57606a', dark: '#a4aeb9', contrast: '#ffffff', forced: 'CanvasText' },
  accent: { property: '--fz-color-accent', light: '#1d5fa8', dark: '#6cb6ff', contrast: '#ffd500', forced: 'CanvasText' },
  'accent-soft': { property: '--fz-color-accent-soft', light: '#dbe8f7', dark: '#1c3350', contrast: '#000000', forced: 'Canvas' },
  border: { property: '--fz-color-border', light: '#c9d1d9', dark: '#3d444d', contrast: '#ffffff', forced: 'CanvasText' },
  surface: { property: '--fz-color-surface', light: '#f6f8fa', dark: '#21262d', contrast: '#000000', forced: 'Canvas' },
  alert: { property: '--fz-color-alert', light: '#b42318', dark: '#ff938a', contrast: '#ffd500', forced: 'CanvasText' },
  'alert-bg': { property: '--fz-color-alert-background', light: '#fef3f2', dark: '#3a1d1d', contrast: '#000000', forced: 'Canvas' },
  'warn-bg': { property: '--fz-color-warning-background', light: '#fff8e6', dark: '#3a2f12', contrast: '#000000', forced: 'Canvas' },
  focus: { property: '--fz-color-focus', light: '#b35900', dark: '#ffb366', contrast: '#00e5ff', forced: 'Highlight' },
  up: { property: '--fz-color-increase', light: '#a1460a', dark: '#ffa657', contrast: '#ffd500', forced: 'CanvasText' },
  down: { property: '--fz-color-decrease', light: '#5a32a3', dark: '#d2a8ff', contrast: '#7ee0ff', forced: 'CanvasText' },
} as const satisfies Record<string, Token>;

export type TokenName = keyof typeof TOKENS;

/** A theme's declarations of every private token: light and dark read the page's custom property first; contrast and forced colours do not. */
export function tokenDeclarations(theme: 'light' | 'dark' | 'contrast' | 'forced'): string {
  return Object.entries(TOKENS)
    .map(([name, token]) => {
      const value = token[theme];
      return theme === 'light' || theme === 'dark' ? `--_${name}: var(${token.property}, ${value});` : `--_${name}: ${value};`;
    })
    .join('\n');
}

/** The light theme's colours, by token: what is written where no token reaches. */
export const LIGHT = Object.fromEntries(Object.entries(TOKENS).map(([name, token]) => [name, token.light])) as {
  [N in TokenName]: (typeof TOKENS)[N]['light'];
};

/** Fonts with Chinese glyphs on every system a portal's readers use. */
export const FONT_STACK = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
