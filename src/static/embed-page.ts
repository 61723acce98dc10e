import embedHtml from '../embed/embed.html?raw';
import type { Lang } from '../i18n/format.js';

/**
 * The iframe embed's page (`embed.html`: its policy, style sheet and script) with `elements` in it,
 * written in advance: put beside `embed.html`, it shows its figures with no script, and its script
 * takes them over and tells the article its height, as `embed.html` does for the element its
 * address names.
 */
export function embedPage(elements: string, { lang }: { lang: Lang }): string {
  return embedHtml.replace(/<html lang="[^"]*">/, `<html lang="${lang}">`).replace('<body></body>', `<body>\n${elements}\n</body>`);
}
