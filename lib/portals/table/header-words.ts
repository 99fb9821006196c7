import { cleanText } from '../norwegian-format';
import { isLatinText, LATIN_LETTERS, LATIN_NUMBERS } from './latin-letters';

/**
 * What a header (or a heading, a label) says, as lower-case words between single spaces: no
 * punctuation, sort arrows or footnote marks, so "Dager (udok.) ▲", "dager udok" and
 * "Dager, udok.:" are the same words. Every reader compares header words through this one
 * function; the generic reader pads it with a space at each end to match whole phrases.
 */
export function normaliseHeader(text: string): string {
  const lower = cleanText(text).toLowerCase();
  return lower
    .split(isLatinText(lower) ? NOT_A_LATIN_WORD : NOT_A_WORD)
    .filter((word) => word !== '')
    .join(' ');
}

const NOT_A_WORD = /[^\p{L}\p{N}%]+/u;
/** NOT_A_WORD for Latin text (latin-letters.ts): compiled when first used, far faster. */
const NOT_A_LATIN_WORD = new RegExp(`[^${LATIN_LETTERS}${LATIN_NUMBERS}%]+`);
