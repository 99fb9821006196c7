// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLatinText, LATIN_LETTERS, LATIN_NUMBERS } from '../../../lib/portals/table/latin-letters';
import { normaliseHeader } from '../../../lib/portals/table';
import { classNameFromPage } from '../../../lib/portals/generic/page-signals';
import { GENERIC_VOCABULARY } from '../../../lib/portals/generic';
import { parsePage } from './generic-fixtures';

/** Every character the Latin patterns are used on: U+0000–U+00FF and U+2000–U+206F. */
const LATIN_RANGE = [...Array.from({ length: 0x100 }, (_, i) => i), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)].map((code) =>
  String.fromCharCode(code),
);
const escaped = (char: string) => `\\u{${char.codePointAt(0)!.toString(16)}}`;
const escapedLatin = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

describe('the Latin letter and number classes', () => {
  it('hold exactly the characters of the range that Unicode calls letters and numbers', () => {
    const letter = new RegExp(`^[${LATIN_LETTERS}]$`);
    const number = new RegExp(`^[${LATIN_NUMBERS}]$`);
    for (const char of LATIN_RANGE) {
      expect(letter.test(char), escaped(char)).toBe(/^\p{L}$/u.test(char));
      expect(number.test(char), escaped(char)).toBe(/^\p{N}$/u.test(char));
    }
  });

  it('match case-insensitively as the Unicode classes do, in and out of the class', () => {
    const letter = new RegExp(`^[${LATIN_LETTERS}]$`, 'i');
    const other = new RegExp(`^[^${LATIN_LETTERS}]$`, 'i');
    for (const char of LATIN_RANGE) {
      expect(letter.test(char), escaped(char)).toBe(/^\p{L}$/iu.test(char));
      expect(other.test(char), escaped(char)).toBe(/^[^\p{L}]$/iu.test(char));
    }
  });

  it('give, without the u flag, the same case-insensitive pairs as with it, across the whole range', () => {
    const differ: string[] = [];
    for (const a of LATIN_RANGE.filter((char) => char < '\u0100')) {
      const plain = new RegExp(`^${escapedLatin(a)}$`, 'i');
      const unicode = new RegExp(`^${escaped(a)}$`, 'iu');
      for (const b of LATIN_RANGE) if (plain.test(b) !== unicode.test(b)) differ.push(`${escaped(a)} ${escaped(b)}`);
    }
    expect(differ).toEqual([]);
  });

  it('are used only on text wholly in the range', () => {
    expect(isLatinText('Fraværsregister – klasse 10A, skoleåret 2026/27')).toBe(true);
    expect(isLatinText('')).toBe(true);
    expect(isLatinText('Klasse 10Б')).toBe(false); // Cyrillic
    expect(isLatinText('Klaſſe 10A')).toBe(false); // the long s folds to "s"
    expect(isLatinText('\u212Alasse 10A')).toBe(false); // the Kelvin sign folds to "k"
    expect(isLatinText('Elev 😀')).toBe(false);
  });
});

describe('header words and class names read the same through the Latin patterns', () => {
  // The words the Unicode pattern gives, worked out by hand.
  it('normaliseHeader', () => {
    expect(normaliseHeader('Dager (udok.) ▲')).toBe('dager udok');
    expect(normaliseHeader('Fravær – «skoleåret» 2026/27')).toBe('fravær skoleåret 2026 27');
    expect(normaliseHeader('Timer ½ %')).toBe('timer ½ %');
    expect(normaliseHeader('Ærlig º ª µ ²')).toBe('ærlig º ª µ ²');
    expect(normaliseHeader('Ученик, класс')).toBe('ученик класс');
    expect(normaliseHeader('Elev ✓ 😀 navn')).toBe('elev navn');
  });

  it('classNameFromPage', () => {
    const classOf = (title: string) => {
      const doc = parsePage(`<html><head><title>${title}</title></head><body><table><tr><th>Navn</th></tr></table></body></html>`);
      return classNameFromPage(doc, doc.querySelector('table') as Element, GENERIC_VOCABULARY.page);
    };
    expect(classOf('Fraværsregister – klasse 10A, skoleåret 2026/27')).toBe('10A');
    expect(classOf('KLASSE 9Ø – fravær')).toBe('9Ø');
    expect(classOf('Underklasse 9C')).toBeUndefined(); // a letter before the label
    expect(classOf('Klasse 10ABCDE')).toBeUndefined(); // five letters after the number
    expect(classOf('Klaſſe 8B')).toBe('8B'); // the long s is an "s" to the Unicode pattern
    expect(classOf('Klasse 8Б – Ученики')).toBe('8Б');
  });
});
