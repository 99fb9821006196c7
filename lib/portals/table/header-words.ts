import { cleanText } from '../norwegian-format';
import { isLatinText, LATIN_LETTERS, LATIN_NUMBERS } from './latin-letters';

/**
 * What a header (or a heading, a label) says, as lower-case words between single spaces: no
 * punctuation, sort arrows or footnote marks, so "Dager (udok.) ▲", "dager udok" and
 * "Dager, udok.:" are the same words. Every reader compares header words through this one
 * function; the generic reader pads it with a space at each end to match whole phrases.
 */
export function normaliseHeader(text: string): string {
  let words = normalised.get(text);
  if (words === undefined) {
    const lower = cleanText(text).toLowerCase();
    words = lower
      .split(isLatinText(lower) ? NOT_A_LATIN_WORD : NOT_A_WORD)
      .filter((word) => word !== '')
      .join(' ');
    if (text.length <= NORMALISED_TEXT_MAX) {
      if (normalised.size >= NORMALISED_MAX) normalised.clear();
      normalised.set(text, words);
    }
  }
  return words;
}

/**
 * The words of texts already seen. Locating the bench's class register (191 school days) asks for
 * the words of its ~200 headers about 3 300 times, and each split costs microseconds. Bounded:
 * only short texts, and at most NORMALISED_MAX of them.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 4_096;
const NORMALISED_TEXT_MAX = 200;

const NOT_A_WORD = /[^\p{L}\p{N}%]+/u;
/** NOT_A_WORD for Latin text (latin-letters.ts): compiled when first used, far faster. */
const NOT_A_LATIN_WORD = new RegExp(`[^${LATIN_LETTERS}${LATIN_NUMBERS}%]+`);
