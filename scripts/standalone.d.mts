/** The elements as one script with nothing loaded on demand, and the source files it was built from. */
export function buildStandalone(): Promise<{ code: string; sources: string[] }>;
/** The standalone code kept in `cache`, built again when a source is newer. */
export function standaloneCode(cache: string): Promise<string>;
