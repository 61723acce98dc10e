/**
 * The light theme's colours and the font stack, known here once: the CSS tokens' defaults
 * (styles.ts), and what is written where no token reaches — a PowerPoint deck, the printed
 * page's footer.
 */
export const LIGHT = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  accent: '#1d5fa8',
  accentSoft: '#dbe8f7',
  border: '#c9d1d9',
  surface: '#f6f8fa',
  alert: '#b42318',
  alertBackground: '#fef3f2',
  warningBackground: '#fff8e6',
  focus: '#b35900',
  increase: '#a1460a',
  decrease: '#5a32a3',
} as const;

/** Fonts with Chinese glyphs on every system a portal's readers use. */
export const FONT_STACK = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
