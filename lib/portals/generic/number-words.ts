import { cleanText } from '../norwegian-format';

/**
 * Small counts written as words, as plain-language ("klarspråk") printouts spell them: bokmål,
 * nynorsk and English, nought to twenty. "Ingen" and "none" are here too, as the nought they are
 * in a count. Only words that are a count on their own are listed: "ei" and "et" are also the
 * article, but in a figure cell there is nothing for an article to stand before.
 */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      [0, 'null ingen inga zero none'],
      [1, 'en én ein éin ei ett eitt étt one'],
      [2, 'to two'],
      [3, 'tre three'],
      [4, 'fire four'],
      [5, 'fem five'],
      [6, 'seks six'],
      [7, 'sju syv seven'],
      [8, 'åtte eight'],
      [9, 'ni nine'],
      [10, 'ti ten'],
      [11, 'elleve eleven'],
      [12, 'tolv twelve'],
      [13, 'tretten thirteen'],
      [14, 'fjorten fourteen'],
      [15, 'femten fifteen'],
      [16, 'seksten sixteen'],
      [17, 'sytten seventeen'],
      [18, 'atten eighteen'],
      [19, 'nitten nineteen'],
      [20, 'tjue tyve twenty'],
    ] as const
  ).flatMap(([value, words]) => words.split(' ').map((word) => [word, value] as const)),
);

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
  const value = match?.[1] === undefined ? undefined : NUMBER_WORDS.get(match[1]);
  if (value === undefined || (match?.[2] !== undefined && !UNIT.test(match[2]))) return text;
  return match?.[2] === undefined ? `${value}` : `${value} ${match[2]}`;
}
