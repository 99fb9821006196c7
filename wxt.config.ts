import { defineConfig } from 'wxt';
import { PORTAL_MATCHES, TEST_MATCHES, OPTIONAL_HOST_MATCHES } from './lib/portals/hosts';

/**
 * The test build (NAERVAER_TEST_BUILD=1) also runs on 127.0.0.1/localhost so that the E2E suite
 * and the demo can serve fixture portal pages; the store build matches only the portals.
 */
const testBuild = process.env.NAERVAER_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: testBuild ? '.output/test' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    permissions: ['storage', 'alarms', 'downloads', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!testBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...TEST_MATCHES])];
      }
    },
  },
});
