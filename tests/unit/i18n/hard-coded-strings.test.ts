import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every word the UI shows comes from the message tables (lib/i18n/messages), in nb, nn and en.
 * This scans the UI code for words written straight into it: text between JSX tags, user-facing
 * attributes with literal text, and literal text assigned to textContent in the overlay's DOM code.
 * Guideline quotes are data (lib/guidelines), not UI code, and are not scanned here.
 */
const UI_DIRS = ['components', 'entrypoints'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx|ts)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

const LETTERS = /[A-Za-zÆØÅæøå]{2,}/;
/** Symbols and marks that are not words in any language. */
const ALLOWED_TEXT = new Set(['×', '·', '–', '…']);

/** Text between a tag's ">" (not an arrow's "=>" or a generic's "Promise<void>") and the next "<". */
const TEXT_BETWEEN_TAGS = /(?<!=)>([^<>{}]*)<(?=\/?[a-zA-Z])/g;

/** A guideline's own words, quoted as the sources print them («…»), stay in Norwegian by design. */
function isSourceQuote(text: string): boolean {
  return /^«[\s\S]*»$/.test(text);
}

function findings(path: string): string[] {
  return findingsIn(readFileSync(path, 'utf8'), path.endsWith('.tsx'));
}

function findingsIn(text: string, isTsx: boolean): string[] {
  const source = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  if (isTsx) {
    // Text between tags: >Some words<
    for (const match of source.matchAll(TEXT_BETWEEN_TAGS)) {
      const text = match[1]!.trim();
      if (text && LETTERS.test(text) && !ALLOWED_TEXT.has(text) && !isSourceQuote(text) && !/=>|&&|\|\||\(|\)|;/.test(text)) found.push(text);
    }
    // User-facing attributes with literal text.
    for (const match of source.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) {
      if (LETTERS.test(match[2]!) && !/^https?:\/\//.test(match[2]!)) found.push(`${match[1]}="${match[2]}"`);
    }
  }
  // DOM code: literal words assigned as text.
  for (const match of source.matchAll(/\.(textContent|title|ariaLabel)\s*=\s*(['"`])([^'"`]*)\2/g)) {
    if (LETTERS.test(match[3]!)) found.push(`${match[1]} = ${match[3]}`);
  }
  for (const match of source.matchAll(/setAttribute\('(aria-label|title|alt|placeholder)',\s*(['"`])([^'"`]*)\2/g)) {
    if (LETTERS.test(match[3]!)) found.push(`${match[1]}: ${match[3]}`);
  }
  return found;
}

describe('UI strings', () => {
  const all = UI_DIRS.flatMap(files);

  it('scans the UI code', () => {
    expect(all.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(20);
  });

  it.each(all)('%s has no words written into the code', (path) => {
    expect(findings(path)).toEqual([]);
  });

  it('notices a hard-coded word (the scanner itself works)', () => {
    const sample = [
      'const f = (): Promise<void> => x;',
      '<p>Hei på deg</p> <q>«Kildens ord»</q> <button aria-label="Lukk">×</button>',
      "badge.textContent = 'Lagre';",
    ].join('\n');
    expect(findingsIn(sample, true)).toEqual(['Hei på deg', 'aria-label="Lukk"', 'textContent = Lagre']);
  });
});
