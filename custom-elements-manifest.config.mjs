// The custom-elements manifest (custom-elements.json): what editors autocomplete of our tags, their
// attributes, events, CSS properties and parts, read from the JSDoc on the element classes.
// `npm run manifest` writes it; a test fails when it and the code disagree.
export default {
  globs: [
    'src/runtime/fz-element.ts',
    'src/runtime/fz-chart-element.ts',
    'src/runtime/fz-view-element.ts',
    'src/elements/fz-dashboard/fz-dashboard.ts',
    'src/elements/fz-year-toggle/fz-year-toggle.ts',
    'src/elements/fz-trend/fz-trend.ts',
    'src/elements/fz-compare/fz-compare.ts',
    'src/sections/*/element.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer never rewrites it.
  packagejson: false,
  plugins: [
    {
      // The analyzer reads the files in whatever order they are found: the same code, the same file.
      name: 'modules-in-path-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
