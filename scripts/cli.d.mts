export const tools: Record<string, string>;
export function cacheFolder(env?: Record<string, string | undefined>): string;
export function freshBuild(cache?: string): string | undefined;
export function buildTools(cache?: string): Promise<string>;
export function runTool(name: string): Promise<void>;
