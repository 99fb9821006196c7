// The layering of lib/, checked in `npm test` (npm run lint). lib/ is plain TypeScript that runs
// in the page's content script, the background service worker and Node (unit tests) alike:
//   - DOM globals (what a page's window has and a service worker does not) only in *.dom.ts;
//   - browser extension APIs (webextension-polyfill, WXT's browser and storage) only in *.browser.ts;
//   - never an import of components/ or entrypoints/, which build on lib/, not the other way round.
// Outside lib/: the overlay puts elements into the portal's page only through
// components/overlay/shadow-host.dom.ts, so every root stays closed (docs/SECURITY.md).
// Import cycles are checked by dependency-cruiser (.dependency-cruiser.cjs), which sees the whole graph.
import tsParser from '@typescript-eslint/parser';
import globals from 'globals';

const workerOrNode = new Set([...Object.keys(globals.serviceworker), ...Object.keys(globals.node), ...Object.keys(globals.builtin)]);
const DOM_GLOBALS = Object.keys(globals.browser)
  .filter((name) => !workerOrNode.has(name))
  .map((name) => ({ name, message: 'DOM code in lib/ lives in a *.dom.ts file (lib/ also runs in the service worker and in Node).' }));

const EXTENSION_API_GLOBALS = ['browser', 'chrome'].map((name) => ({
  name,
  message: 'Browser extension APIs in lib/ live in a *.browser.ts file.',
}));

const UPWARD_IMPORTS = {
  group: ['**/components/**', '**/entrypoints/**', '**/components', '**/entrypoints'],
  message: 'lib/ never imports components/ or entrypoints/: they build on lib/.',
};
const EXTENSION_API_IMPORTS = {
  group: ['webextension-polyfill', 'wxt/browser', 'wxt/utils/storage'],
  message: 'Browser extension APIs in lib/ live in a *.browser.ts file.',
};

export default [
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  {
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  { files: ['**/*.tsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['components/overlay/shadow-host.dom.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'attachShadow', message: 'Overlay elements get their closed root from createShadowHost or attachClosedRoot (components/overlay/shadow-host.dom.ts).' },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.browser.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [UPWARD_IMPORTS, EXTENSION_API_IMPORTS] }],
    },
  },
  {
    files: ['lib/**/*.browser.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [UPWARD_IMPORTS] }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.dom.ts', 'lib/**/*.browser.ts'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS, ...EXTENSION_API_GLOBALS] },
  },
  {
    files: ['lib/**/*.dom.ts'],
    ignores: ['lib/**/*.browser.ts'],
    rules: { 'no-restricted-globals': ['error', ...EXTENSION_API_GLOBALS] },
  },
  {
    files: ['lib/**/*.browser.ts'],
    ignores: ['lib/**/*.dom.ts'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  },
];
