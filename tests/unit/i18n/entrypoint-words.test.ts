import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MESSAGE_TABLES } from '../../../lib/i18n/catalogue';

/**
 * Each entrypoint carries only its own message tables: the content script the overlay's, each
 * extension page its own. This reads the JavaScript each one loads in the test build (a page: its
 * HTML's scripts and every chunk they import) and looks for the other areas' keys, which the
 * minifier keeps as property names ("stuRetentionConfirm:{nb:…").
 *
 * Like the size budget, it checks only a test build that exists (`npm run build:test`).
 */
type Area = keyof typeof MESSAGE_TABLES;

const NOT_CARRIED: Record<string, readonly Area[]> = {
  'content-scripts/portal.js': ['manifest', 'options', 'popup', 'policy', 'student', 'store', 'reading', 'popover', 'patterns', 'pageReading', 'indicator', 'teach'],
  // The overlay's parts loaded on demand carry their own words and are handed the overlay's: the
  // popover its tables (its own, the pattern findings' and the reader's notes'), the indicator its own and why a page or
  // its students could not be read, teach mode its banner's and why a page or the teacher's clicks
  // could not be read.
  'overlay-popover.js': ['manifest', 'options', 'popup', 'policy', 'student', 'store', 'level', 'overlay', 'assessment', 'forecast', 'indicator', 'teach'],
  'overlay-indicator.js': ['manifest', 'options', 'popup', 'policy', 'student', 'store', 'level', 'overlay', 'assessment', 'forecast', 'popover', 'patterns', 'teach'],
  'overlay-teach.js': ['manifest', 'options', 'popup', 'policy', 'student', 'store', 'reading', 'level', 'overlay', 'assessment', 'forecast', 'popover', 'patterns', 'indicator'],
  'options.html': ['manifest', 'overlay', 'popover', 'patterns', 'assessment', 'forecast', 'student', 'pageReading', 'reading', 'indicator', 'teach'],
  'popup.html': ['manifest', 'overlay', 'popover', 'patterns', 'assessment', 'options', 'student', 'store', 'indicator', 'teach'],
  'student.html': ['options', 'popup', 'policy', 'pageReading', 'reading', 'popover', 'indicator', 'teach'],
};
/** Tables each one must carry (so that the check above is looking at the right files). */
const CARRIED: Record<string, readonly Area[]> = {
  'content-scripts/portal.js': ['level', 'overlay', 'assessment', 'forecast'],
  'overlay-popover.js': ['popover', 'patterns', 'reading', 'pageReading'],
  'overlay-indicator.js': ['indicator', 'pageReading', 'reading'],
  'overlay-teach.js': ['pageReading', 'teach'],
  'options.html': ['level', 'options', 'policy', 'store'],
  'popup.html': ['level', 'popup', 'policy', 'forecast', 'pageReading', 'reading'],
  'student.html': ['level', 'student', 'overlay', 'patterns', 'assessment', 'forecast', 'store'],
};

/** The JavaScript an entry loads: a script itself, or a page's scripts and what they import. */
function loadedCode(root: string, entry: string): string {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const target = match[1]!;
      visit(target.startsWith('/') ? join(root, target) : resolve(dirname(file), target));
    }
  };
  if (entry.endsWith('.js')) visit(join(root, entry));
  else {
    const html = readFileSync(join(root, entry), 'utf8');
    for (const match of html.matchAll(/src="([^"]+\.js)"/g)) visit(join(root, match[1]!));
  }
  return [...seen].map((file) => readFileSync(file, 'utf8')).join('\n');
}

const keyIn = (code: string, key: string) => new RegExp(`[{,]${key}:\\{`).test(code);

describe('each entrypoint carries only its own words', () => {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const root = resolve('.output/test', target);
    for (const entry of Object.keys(NOT_CARRIED)) {
      it.skipIf(!existsSync(join(root, entry)))(`${target}: ${entry}`, () => {
        const code = loadedCode(root, entry);
        for (const area of CARRIED[entry]!) {
          const keys = Object.keys(MESSAGE_TABLES[area]);
          expect(keys.filter((key) => !keyIn(code, key)), `${area} keys missing from ${entry}`).toEqual([]);
        }
        for (const area of NOT_CARRIED[entry]!) {
          const keys = Object.keys(MESSAGE_TABLES[area]);
          expect(keys.filter((key) => keyIn(code, key)), `${area} keys in ${entry}`).toEqual([]);
        }
      });
    }
  }
});
