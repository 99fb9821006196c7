import { defineConfig } from 'wxt';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from '../../wxt.config';

/**
 * The bench's own build of the extension: the project's config, written to a private folder so a
 * bench run neither overwrites nor depends on .output (which other builds clean), and only the
 * entrypoints the bench loads (each WXT entrypoint is bundled on its own, so the content script is
 * byte-for-byte the one the full build ships).
 *
 *   NAERVAER_BENCH_READABLE=1  also turns minification off: the same code with its own function
 *                              names, for the profile that says what dominates.
 */
const readable = process.env.NAERVAER_BENCH_READABLE === '1';
const baseVite = base.vite;

export default defineConfig({
  ...base,
  outDir: process.env.NAERVAER_BENCH_OUT ?? join(tmpdir(), 'naervaer-bench-build', readable ? 'readable' : 'shipped'),
  filterEntrypoints: ['portal', 'background'],
  vite: async (env) => {
    const own = await (typeof baseVite === 'function' ? baseVite(env) : (baseVite ?? {}));
    return readable ? { ...own, build: { ...own.build, minify: false } } : own;
  },
});
