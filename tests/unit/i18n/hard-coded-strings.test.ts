import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

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

/**
 * lib/ returns codes with their parameters and the UI words them; a sentence in lib/ is a UI word
 * in the wrong place. Not scanned, because they are data rather than UI words: the guideline
 * profiles (lib/guidelines/profiles: the sources' own Norwegian words, quoted with their reference)
 * and the form definitions (lib/forms/definitions: the forms' printed Norwegian text, and the
 * Norwegian words the extension writes into a form's answers, which go to parents and services as
 * Norwegian documents). A portal's data object is data too: the constant its file opens with
 * (VIGILO, GENERIC_VOCABULARY …) holds the page's own words the reader looks for (headings,
 * headers, cell words) and the portal's names for its absence codes, and is left out of the scan;
 * the rest of the file is scanned.
 *
 * A string literal counts as a sentence when it has two or more words (a template's values left
 * out) and a Norwegian function word; a date or number formatted in a language fixed in lib/
 * counts too. No file in lib/ outside those data has any.
 */
const NORWEGIAN_FUNCTION_WORD =
  /(^|[^\p{L}])(ikke|kan|kunne|er|av|og|på|fra|til|med|som|det|har|skal|fant|mangler|finnes|ingen|eller|dette|denne|må|ble|uten|i|siste|før|etter|for|om)(?=$|[^\p{L}])/iu;
const LIB_DATA = /^lib\/(i18n\/messages|guidelines\/profiles|forms\/definitions)\//;

/** A portal file's data object: `export const NAME … = {` at the top level, to its closing `};`. */
const PORTAL_DATA_OBJECT = /^export const [A-Z][A-Z0-9_]*\b[\s\S]*?^\}(?: as const)?;$/gm;

function sentencesIn(source: string, path = ''): string[] {
  const code = (path.startsWith('lib/portals/') ? source.replace(PORTAL_DATA_OBJECT, '') : source)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of code.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)) {
    // A template's ${…} are not words: "i perioden ${range}" is a two-word phrase.
    const text = match[2]!.replace(/\$\{[^}]*\}/g, ' ');
    const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length >= 2 && NORWEGIAN_FUNCTION_WORD.test(text)) found.push(match[2]!);
  }
  // A date or number formatted in a language fixed in lib/ rather than the teacher's.
  for (const match of code.matchAll(/\bformat\w*\(\s*'(nb|nn|en)'/g)) found.push(match[0]);
  return found;
}

describe('words in lib/', () => {
  const libFiles = files('lib')
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.ts') && !LIB_DATA.test(path));

  it.each(libFiles)('%s has no sentence in it', (path) => {
    expect(sentencesIn(readFileSync(path, 'utf8'), path)).toEqual([]);
  });

  it('notices a sentence in lib/, but not an identifier or a single header word', () => {
    expect(sentencesIn("const reason = 'Fant ikke tabellen med fravær';")).toEqual(['Fant ikke tabellen med fravær']);
    expect(sentencesIn("const header = 'Fravær'; const key = 'could-not-read';")).toEqual([]);
    // Two words are a phrase, the words of a template around its values count, and a format in a fixed language is caught.
    expect(sentencesIn("const a = 'dette halvåret'; const b = `i perioden ${range(from, to)}`; const c = formatDate('nb', day);")).toEqual([
      'dette halvåret',
      'i perioden ${range(from, to)}',
      "formatDate('nb'",
    ]);
  });

  it("leaves out a portal's data object, and only that", () => {
    const portal = [
      'export const EKSEMPEL = {',
      "  codes: { IM: { description: 'Ikke meldt fravær' } },",
      '} as const;',
      "const reason = 'fant ingen tabell med kolonnen «Elev»';",
    ].join('\n');
    expect(sentencesIn(portal, 'lib/portals/eksempel.ts')).toEqual(['fant ingen tabell med kolonnen «Elev»']);
    expect(sentencesIn(portal, 'lib/store/eksempel.ts')).toEqual(['Ikke meldt fravær', 'fant ingen tabell med kolonnen «Elev»']);
  });
});
