export function vscodeCustomData(manifest: unknown): {
  version: number;
  tags: {
    name: string;
    description: string;
    attributes: { name: string; description: string; values?: { name: string }[]; valueSet?: string }[];
  }[];
};
