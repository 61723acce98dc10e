// What VS Code's HTML support reads to complete our tags and attributes (its "custom data" format),
// made from custom-elements.json. A project points to it with
// "html.customData": ["./node_modules/fazhi-dashboard/vscode.html-custom-data.json"].

/** Values an attribute takes, where its type lists them: `'light' | 'dark'` → light, dark. */
function valuesOf(type) {
  const literals = [...(type?.text ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);
  return literals.length > 0 ? literals.map((name) => ({ name })) : undefined;
}

export function vscodeCustomData(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: (element.summary || element.description || '').replace(/\s+/g, ' ').trim(),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
        ...(valuesOf(attribute.type) ? { values: valuesOf(attribute.type) } : {}),
        // A boolean attribute is written bare: `large-text`.
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}
