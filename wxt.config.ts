import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { PORTAL_MATCHES, TEST_MATCHES, OPTIONAL_HOST_MATCHES, readerContentScripts } from './lib/portals/hosts';
import { localeFile } from './lib/i18n/catalogue';
import { vendorHardening } from './scripts/vendor-hardening';
import { overlayCss } from './scripts/overlay-css';

/**
 * The test build (NAERVAER_TEST_BUILD=1) also runs on 127.0.0.1/localhost so that the E2E suite
 * and the demo can serve fixture portal pages; the store build matches only the portals.
 */
const testBuild = process.env.NAERVAER_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: testBuild ? '.output/test' : '.output',
  // Build a subset while working on one part, e.g. NAERVAER_ENTRYPOINTS=portal,background
  ...(process.env.NAERVAER_ENTRYPOINTS ? { filterEntrypoints: process.env.NAERVAER_ENTRYPOINTS.split(',') } : {}),
  // The Firefox sources zip is what a reviewer rebuilds from (docs/STORE.md): WXT leaves out
  // node_modules, the output and test files; also leave out what test and demo runs write locally.
  zip: { excludeSources: ['test-results/**', 'demo-screenshots/**', 'coverage/**', 'bench-results/raw/**', '**/*.log'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    permissions: ['storage', 'alarms', 'downloads', 'scripting', 'activeTab'],
    host_permissions: testBuild ? [...PORTAL_MATCHES, ...TEST_MATCHES] : [...PORTAL_MATCHES],
    optional_host_permissions: [...OPTIONAL_HOST_MATCHES],
    commands: {
      'toggle-screen-share': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandScreenShare__',
      },
    },
    // What a school owner can set through Chrome's and Edge's enterprise policies (docs/DEPLOYMENT.md).
    // Firefox reads 3rdparty policies without a schema, and its linter does not know the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // The toolbar button's own icon (16 px, and 32 px for 2× screens); the other sizes come from public/icon/.
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Firefox 140 (an ESR release) and Firefox for Android 142 are the first to know
    // data_collection_permissions, which addons.mozilla.org requires; storage.session needs 115.
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: { id: 'naervaersradar@naervaersradar.no', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  vite: () => ({
    define: { __NAERVAER_TEST_BUILD__: JSON.stringify(testBuild) },
    plugins: [vendorHardening(), overlayCss()],
    // A call starting at zod's `z` builds a schema and does nothing else: a schema nothing uses is
    // dropped, so the content script carries no zod (docs/DECISIONS.md).
    build: { rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } } },
  }),
  hooks: {
    // The portal content script runs on every portal's pages. Its matches are set here rather than
    // in the entrypoint, where the list would bring each portal's reader code into the script.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) {
        if (entrypoint.type === 'content-script' && entrypoint.name === 'portal') entrypoint.options.matches = [...PORTAL_MATCHES];
      }
    },
    // The browser's _locales come from the same tables the UI uses (lib/i18n/messages), and the PDF
    // forms' font from the dejavu-fonts-ttf package: nothing generated is committed.
    'build:publicAssets': (_wxt, files) => {
      for (const language of ['nb', 'nn', 'en'] as const) {
        files.push({ relativeDest: `_locales/${language}/messages.json`, contents: JSON.stringify(localeFile(language), null, 2) });
      }
      for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
        files.push({ relativeDest: `fonts/${font}`, absoluteSrc: resolve('node_modules/dejavu-fonts-ttf/ttf', font) });
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (testBuild) {
        for (const script of manifest.content_scripts ?? []) {
          script.matches = [...new Set([...(script.matches ?? []), ...TEST_MATCHES])];
        }
      }
      // Each portal's reader runs on its portal's pages as a content script of its own, listed
      // before the core so that it is registered when the core asks (lib/portals/hosts.ts).
      manifest.content_scripts = [...readerContentScripts(testBuild), ...(manifest.content_scripts ?? [])];
      if (!testBuild) return;
      // Firefox's WebDriver BiDi cannot navigate a tab to moz-extension:// directly, so the test
      // build lets a loopback page open the extension's own pages (the store build does not).
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources: ['student.html', 'options.html', 'popup.html'], matches: [...TEST_MATCHES] },
      ] as typeof manifest.web_accessible_resources;
    },
  },
});
