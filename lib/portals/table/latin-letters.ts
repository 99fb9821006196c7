/**
 * The Unicode classes of letters (\p{L}) and numbers (\p{N}) written out for the text most pages
 * use: Latin-1 (U+0000–U+00FF, Norwegian's æ, ø and å included) and General Punctuation
 * (U+2000–U+206F: dashes, quotes, spaces; it holds no letter or number). A pattern with \p{L}
 * costs milliseconds to compile the first time a page's script uses it (3 ms for one
 * `[^\p{L}\p{N}%]+` in Chromium, 8 ms for a case-insensitive pattern with four such classes), and
 * every page pays it again; the same pattern over these ranges compiles in well under a
 * millisecond. On text with any other character, the readers use the Unicode pattern.
 */
export const LATIN_LETTERS = 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff';
export const LATIN_NUMBERS = '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe';

const LATIN_TEXT = /^[\x00-\xff\u2000-\u206f]*$/;

/**
 * Whether every character of `text` is in those ranges: a pattern over them, without the `u` flag,
 * then matches it exactly as the Unicode one does (case-insensitive too: no character outside the
 * ranges folds to one inside, as the Kelvin sign does to "k", that the text could hold).
 */
export function isLatinText(text: string): boolean {
  return LATIN_TEXT.test(text);
}
