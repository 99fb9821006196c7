import { cleanText } from '../norwegian-format';

/**
 * Small counts written as words, as plain-language ("klarspråk") printouts spell them: bokmål,
 * nynorsk and English, nought to twenty, each count's words at its place. "Ingen" and "none" are
 * not among them: a figure cell that says so has no absence, in whatever unit (saysNoAbsence).
 * "Ei" is also an article, but in a figure cell there is nothing for an article to stand before.
 */
const NUMBER_WORDS: readonly string[] = [
  ' null zero ',
  ' en én ein éin ei ett eitt étt one ',
  ' to two ',
  ' tre three ',
  ' fire four ',
  ' fem five ',
  ' seks six ',
  ' sju syv seven ',
  ' åtte eight ',
  ' ni nine ',
  ' ti ten ',
  ' elleve eleven ',
  ' tolv twelve ',
  ' tretten thirteen ',
  ' fjorten fourteen ',
  ' femten fifteen ',
  ' seksten sixteen ',
  ' sytten seventeen ',
  ' atten eighteen ',
  ' nitten nineteen ',
  ' tjue tyve twenty ',
];

/** The units a count in words may have after it: days or lessons ("tre dager", "ein time", "two periods"). */
const UNIT = /^(?:d|dag|dager|dagar|t|time|timer|timar|enkelttime|enkelttimer|enkelttimar|days?|lessons?|periods?)\.?$/u;

/**
 * A figure cell that writes its count as a word, "tre" or "tre dager", as the figure in digits
 * ("3", "3 dager"), for the number parser to read with its unit; any other text as it is. Only
 * when the word is the whole cell, or has only its unit after it: a word for a number inside a
 * name or a sentence ("ingen fravær registrert") is no count.
 */
export function withNumberWord(text: string): string {
  const match = /^(\p{L}+)(?: (\p{L}+\.?))?$/u.exec(cleanText(text).toLowerCase());
  const value = match?.[1] === undefined ? -1 : NUMBER_WORDS.findIndex((words) => words.includes(` ${match[1]} `));
  if (value < 0 || (match?.[2] !== undefined && !UNIT.test(match[2]))) return text;
  return match?.[2] === undefined ? `${value}` : `${value} ${match[2]}`;
}
