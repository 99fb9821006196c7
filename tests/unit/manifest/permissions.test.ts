import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_HOST_MATCHES, PORTAL_MATCHES, TEST_MATCHES } from '../../../lib/portals/hosts';

/**
 * Reads the manifests the last builds wrote; builds nothing itself. A missing build skips its
 * block with the command that makes it (npm run build for the store build, npm run build:test
 * for the test build).
 */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  content_security_policy?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

interface Build {
  label: string;
  dir: string;
  browser: 'chrome' | 'firefox';
  testBuild: boolean;
  command: string;
}

const BUILDS: Build[] = [
  { label: 'store build, Chrome', dir: '.output/chrome-mv3', browser: 'chrome', testBuild: false, command: 'npm run build' },
  { label: 'store build, Firefox', dir: '.output/firefox-mv3', browser: 'firefox', testBuild: false, command: 'npm run build' },
  { label: 'test build, Chrome', dir: '.output/test/chrome-mv3', browser: 'chrome', testBuild: true, command: 'npm run build:test' },
  { label: 'test build, Firefox', dir: '.output/test/firefox-mv3', browser: 'firefox', testBuild: true, command: 'npm run build:test' },
];

/** Every API permission and what uses it (docs/STORE.md has the table for the stores). */
const EXPECTED_PERMISSIONS = ['storage', 'alarms', 'downloads', 'scripting', 'activeTab'];

const LOOPBACK = /^[a-z*]+:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const build of BUILDS) {
  const dir = resolve(build.dir);
  const present = existsSync(join(dir, 'manifest.json'));
  const title = present ? `manifest of the ${build.label}` : `manifest of the ${build.label} (skipped: no ${build.dir}/manifest.json — run ${build.command})`;

  describe.skipIf(!present)(title, () => {
    const manifest = present ? readManifest(dir) : ({} as Manifest);

    it('asks for exactly storage, alarms, downloads, scripting and activeTab', () => {
      expect(manifest.permissions).toEqual(EXPECTED_PERMISSIONS);
    });

    it(build.testBuild ? 'adds the loopback fixture hosts to the portals' : 'asks for the three portals only, no loopback', () => {
      const hosts = manifest.host_permissions ?? [];
      if (build.testBuild) {
        expect(hosts).toEqual([...PORTAL_MATCHES, ...TEST_MATCHES]);
        expect(hosts.filter((host) => LOOPBACK.test(host))).toEqual([...TEST_MATCHES]);
      } else {
        expect(hosts).toEqual([...PORTAL_MATCHES]);
        expect(hosts.filter((host) => LOOPBACK.test(host))).toEqual([]);
      }
      for (const host of PORTAL_MATCHES) expect(host.startsWith('https://')).toBe(true);
    });

    it(build.testBuild ? 'runs the content script on loopback too' : 'runs the content script on no loopback page', () => {
      const scripts = manifest.content_scripts ?? [];
      const loopback = (list: typeof scripts) => list.flatMap((script) => script.matches ?? []).filter((match) => LOOPBACK.test(match));
      if (build.testBuild) {
        // The core on every loopback page; the page readers (lib/portals/hosts.ts) on loopback pages only.
        expect(new Set(loopback(scripts.filter((script) => script.js?.includes('content-scripts/portal.js'))))).toEqual(new Set(TEST_MATCHES));
        for (const match of loopback(scripts)) expect(TEST_MATCHES.some((origin) => match.startsWith(origin.slice(0, -1))), match).toBe(true);
      } else expect(loopback(scripts)).toEqual([]);
    });

    it('leaves any other site to an optional permission the user grants', () => {
      expect(manifest.optional_host_permissions).toEqual([...OPTIONAL_HOST_MATCHES]);
    });

    it('declares the screen-share shortcut', () => {
      expect(Object.keys(manifest.commands ?? {})).toEqual(['toggle-screen-share']);
      expect(manifest.commands?.['toggle-screen-share']?.suggested_key?.default).toBe('Alt+Shift+S');
    });

    it('keeps the default content security policy (no eval, no remote code)', () => {
      expect(manifest.content_security_policy).toBeUndefined();
    });

    it('lists a PNG icon of the right size for 16, 32, 48, 96 and 128 px, and the toolbar icon', () => {
      expect(Object.keys(manifest.icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
      for (const [size, path] of Object.entries(manifest.icons ?? {})) {
        expect(pngSize(join(dir, path))).toEqual({ width: Number(size), height: Number(size) });
      }
      expect(manifest.action?.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
    });

    if (build.browser === 'firefox') {
      it('names the add-on, its minimum Firefox versions and that it collects no data', () => {
        expect(manifest.browser_specific_settings).toEqual({
          gecko: { id: 'naervaersradar@naervaersradar.no', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          gecko_android: { strict_min_version: '142.0' },
        });
      });
    } else {
      it('carries no Firefox-only settings', () => {
        expect(manifest.browser_specific_settings).toBeUndefined();
      });
    }
  });
}
