import { defineConfig, type WxtHooks } from 'wxt';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from '../../wxt.config';
import { BENCH_MARK_SCRIPTS } from './marks.ts';
import { TEST_MATCHES } from '../../lib/portals/hosts';

/**
 * The bench's own build of the extension: the project's config, written to a private folder so a
 * bench run neither overwrites nor depends on .output (which other builds clean), and only the
 * entrypoints the bench loads: the content script, the background and the page readers (each WXT
 * entrypoint is bundled on its own, so the content script is byte-for-byte the one the full build
 * ships).
 *
 * Two one-line scripts are injected around the extension's content scripts (the same isolated
 * world, in manifest order): one marks `naervaer:script-start` in an entry of its own ahead of all
 * the others (before the page's reader, which is a content script of its own, and portal.js), one
 * marks `naervaer:script-evaluated` in portal.js's entry, once portal.js's top level has run.
 * They are files of their own, so portal.js stays the shipped bytes and the production build
 * carries nothing of the bench (tests/bench/marks.ts).
 *
 *   NAERVAER_BENCH_READABLE=1  also turns minification off: the same code with its own function
 *                              names, for the profile that says what dominates.
 */
const readable = process.env.NAERVAER_BENCH_READABLE === '1';
const baseVite = base.vite;
// The project's config sets its hooks flat (not nested), so they are read back flat.
const baseHooks = (base.hooks ?? {}) as Partial<WxtHooks>;

export default defineConfig({
  ...base,
  outDir: process.env.NAERVAER_BENCH_OUT ?? join(tmpdir(), 'naervaer-bench-build', readable ? 'readable' : 'shipped'),
  // The page readers are scripts of their own that the background injects (entrypoints/reader-<id>.ts).
  filterEntrypoints: ['portal', 'background', ...readdirSync('entrypoints').filter((name) => /^reader-.*\.ts$/.test(name)).map((name) => name.slice(0, -3))],
  vite: async (env) => {
    const own = await (typeof baseVite === 'function' ? baseVite(env) : (baseVite ?? {}));
    return readable ? { ...own, build: { ...own.build, minify: false } } : own;
  },
  hooks: {
    ...baseHooks,
    'build:publicAssets': async (wxt, files) => {
      await baseHooks['build:publicAssets']?.(wxt, files);
      for (const script of Object.values(BENCH_MARK_SCRIPTS)) files.push({ relativeDest: script.file, contents: script.source });
    },
    'build:manifestGenerated': async (wxt, manifest) => {
      await baseHooks['build:manifestGenerated']?.(wxt, manifest);
      for (const script of manifest.content_scripts ?? []) {
        const js = script.js ?? [];
        const at = js.indexOf('content-scripts/portal.js');
        if (at < 0) continue;
        script.js = [...js.slice(0, at), js[at]!, BENCH_MARK_SCRIPTS.evaluated.file, ...js.slice(at + 1)];
      }
      // The start mark is an entry of its own ahead of every other, so that it comes before the
      // page's reader too (a content script of its own, ahead of portal.js; lib/portals/hosts.ts).
      manifest.content_scripts = [
        { matches: [...TEST_MATCHES], js: [BENCH_MARK_SCRIPTS.start.file], run_at: 'document_idle', all_frames: true, match_about_blank: true },
        ...(manifest.content_scripts ?? []),
      ];
    },
  },
});
