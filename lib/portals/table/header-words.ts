import { cleanText } from '../norwegian-format';

/**
 * What a header (or a heading, a label) says, as lower-case words between single spaces: no
 * punctuation, sort arrows or footnote marks, so "Dager (udok.) ▲", "dager udok" and
 * "Dager, udok.:" are the same words. Every reader compares header words through this one
 * function; the generic reader pads it with a space at each end to match whole phrases.
 */
export function normaliseHeader(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((word) => word !== '')
    .join(' ');
}
