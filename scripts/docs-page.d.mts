export const EXAMPLE_DATA: string;
export const TRY_VALUES: Record<string, string>;
export const COLOURS_CSS: string;
export const EXAMPLES: Record<string, { src: string; file: string; attributes: string }>;
export function docsPage(manifest: unknown, pkg: { name: string; version: string; description: string }): string;
