// Checks the Lit templates in src/ with lit-analyzer: bindings of the wrong type, unknown
// attributes and elements, unclosed tags. Usage: node scripts/lint-templates.cjs
//
// lit-analyzer needs TypeScript's JavaScript compiler API, which the project's TypeScript 7 (the
// native compiler) does not have; the analyzer's own dependencies bring TypeScript 5, and this
// hook makes the analyzer load that one. Its CSS check is off: its CSS parser (2020) knows
// neither `forced-color-adjust` nor a block of declarations shared by two rules; the browser
// tests check the styles as Chromium reads them.
const Module = require('node:module');
const path = require('node:path');

const analyzer = path.dirname(require.resolve('web-component-analyzer'));
const typescript5 = require.resolve('typescript', { paths: [analyzer] });
const { version } = require(typescript5);
if (!version.startsWith('5.')) throw new Error(`lit-analyzer needs TypeScript 5; its dependencies bring ${version}`);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? typescript5 : request, ...rest);
};
process.argv.splice(2, Infinity, 'src', '--strict', '--rules.no-invalid-css', 'off', '--maxWarnings', '0');
require('lit-analyzer/cli.js');
