import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content script is parsed and compiled on every portal page a teacher opens, so its size is a
 * budget (docs/bench/README.md says why these numbers). Sizes are deterministic, unlike timings.
 *
 * It checks only a test build that exists: `npm test` runs the unit project before it builds, so on
 * a clean checkout this skips, and it checks after `npm run build:test` (or a later `npm test`).
 */
const CONTENT_SCRIPT_BUDGET = {
  rawBytes: 95_622,
  gzipBytes: 32 * 1024,
} as const;

const builds = [
  ['chrome-mv3', resolve('.output/test/chrome-mv3/content-scripts/portal.js')],
  ['firefox-mv3', resolve('.output/test/firefox-mv3/content-scripts/portal.js')],
] as const;

describe('content script size budget', () => {
  for (const [target, file] of builds) {
    const built = existsSync(file);
    it.skipIf(!built)(`${target}: portal.js stays within ${CONTENT_SCRIPT_BUDGET.rawBytes} bytes raw and ${CONTENT_SCRIPT_BUDGET.gzipBytes} bytes gzip`, () => {
      const code = readFileSync(file);
      const gzip = gzipSync(code, { level: 9 }).length;
      expect(code.length, `raw size of ${file}`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET.rawBytes);
      expect(gzip, `gzip size of ${file}`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET.gzipBytes);
    });
    // zod names every schema class it defines ("$ZodType", "$ZodObject", …) in strings the
    // minifier keeps: none of them means none of zod (docs/DECISIONS.md, "The content script
    // carries no zod").
    it.skipIf(!built)(`${target}: portal.js carries no zod`, () => {
      const names = readFileSync(file, 'utf8').match(/\$Zod[A-Za-z]+/g) ?? [];
      expect([...new Set(names)].slice(0, 5)).toEqual([]);
    });
    if (!built) {
      it.skip(`${target}: no test build at ${file} — run npm run build:test to check the budget`, () => undefined);
    }
  }
});
