import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { PORTAL_MATCHES, TEST_MATCHES, OPTIONAL_HOST_MATCHES } from './lib/portals/hosts';
import { localeFile } from './lib/i18n/catalogue';

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    permissions: ['storage', 'alarms', 'downloads', 'scripting'],
    host_permissions: testBuild ? [...PORTAL_MATCHES, ...TEST_MATCHES] : [...PORTAL_MATCHES],
    optional_host_permissions: [...OPTIONAL_HOST_MATCHES],
    commands: {
      'toggle-screen-share': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandScreenShare__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'naervaersradar@naervaersradar.no', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } }
        : undefined,
  }),
  vite: () => ({
    define: { __NAERVAER_TEST_BUILD__: JSON.stringify(testBuild) },
  }),
  hooks: {
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
      if (!testBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...TEST_MATCHES])];
      }
    },
  },
});
