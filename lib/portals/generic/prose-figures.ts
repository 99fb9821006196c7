import { cleanText } from '../norwegian-format';

/**
 * A student's absence said only in sentences, as a contact teacher's summary writes it under the
 * student's name ("Peder har vært borte 2 hele dager og 2 enkelttimer denne terminen."). The words
 * are data (GENERIC_VOCABULARY in generic/index.ts); this file says how a sentence is read.
 */
export interface ProseWords {
  /** Words that say a sentence speaks of absence; a word starting with one of the longer ones too ("fraværsdager"). */
  absence: readonly string[];
  /** Units of a figure, as a sentence writes them after it ("2 dager", "1 enkelttime", "3 fraværsdager"). */
  days: readonly string[];
  lessons: readonly string[];
  /** A word between a figure and its unit that only says the days were whole ("2 hele dager"). */
  whole: readonly string[];
  /** Words that say there is none of a unit, before it ("ingen hele fraværsdager"). */
  none: readonly string[];
  /** Phrases that say there is no absence at all ("ikke noe registrert fravær"). */
  noAbsence: readonly string[];
  /** Words before a figure that make it a bound, no count ("mer enn 2 dager"): the student is left unread. */
  notACount: readonly string[];
  /**
   * Phrases that name a stretch shorter than the period ("denne uken", "de siste 14 dagene", "i
   * oktober"): such a sentence gives no total, and the student is left unread.
   */
  stretch: readonly string[];
}

/** A date or a time of day ("18.08.2026", "23.11.", "kl. 10.15"): no figure of absence. */
const DATE_OR_TIME = /\d{1,2}[.:]\d{1,2}(?:\.\d{2,4}|\.)?/gu;
/** A lesson's ordinal number ("2. time", "4.–6. time"): which lesson, not how many. */
const ORDINAL = /(\d)\.(?!\d)/gu;

/**
 * A sentence's words, lower-case, parted by single spaces, with a space at each end: a decimal
 * comma stays in its figure, and dates, times of day and ordinals become words that are no figure.
 */
function wordsOf(sentence: string): string {
  const words = sentence
    .toLowerCase()
    .replace(DATE_OR_TIME, ' dato ')
    .replace(ORDINAL, '$1nr')
    .replace(/(?<=\d),(?=\d)/gu, '\u0000')
    .replace(/[^\p{L}\d\u0000]+/gu, ' ')
    .replace(/\u0000/gu, ',');
  return ` ${words.trim()} `;
}

function saysAny(words: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => words.includes(` ${phrase} `));
}

function speaksOfAbsence(words: string, vocabulary: ProseWords): boolean {
  return (
    saysAny(words, vocabulary.absence) ||
    words.split(' ').some((word) => vocabulary.absence.some((start) => start.length >= 5 && word.startsWith(start)))
  );
}

/** What absenceInProse gives for sentences that say there is no absence at all: a figure cell of nought. */
export const NO_ABSENCE_SAID = '0 d 0 t';

/**
 * The absence a student's sentences say, as one figure cell in whole days and lessons ("2 d 2 t";
 * none at all is "0 d 0 t"), or undefined. Only sentences that speak of absence are read, and in them only figures written
 * with a unit of days or lessons ("5 hele dager", "1 enkelttime"; "2 av 34 dager" is 2). A figure
 * given as a bound or over a shorter stretch, or two different figures in one unit (either could be
 * the absence), leave the student unread; so do sentences with no such figure, unless one says
 * there is no absence at all.
 */
export function absenceInProse(text: string, vocabulary: ProseWords): string | undefined {
  const found = { days: new Set<string>(), lessons: new Set<string>() };
  let none = false;
  const unit = (word: string) => (vocabulary.days.includes(word) ? 'days' : vocabulary.lessons.includes(word) ? 'lessons' : undefined);
  // A sentence ends at a full stop after a word, not after a figure ("2. time" goes on).
  for (const sentence of cleanText(text.replace(/\n/gu, '. ')).split(/(?<=\p{L}[.!?]|[!?])\s+/u)) {
    const words = wordsOf(sentence);
    if (!speaksOfAbsence(words, vocabulary)) continue;
    if (saysAny(words, vocabulary.stretch)) return undefined;
    const list = words.trim().split(' ');
    list.forEach((word, at) => {
      const figure = /^\d+(?:,\d+)?$/u.test(word) ? word : vocabulary.none.includes(word) ? '0' : undefined;
      // "2 av 34 dager": the count is the first figure, the school days after "av" its basis.
      if (figure === undefined || (/^(?:av|of)$/u.test(list[at - 1] ?? '') && /^\d/u.test(list[at - 2] ?? ''))) return;
      let next = at + 1;
      if (figure !== '0' && /^(?:av|of)$/u.test(list[next] ?? '') && /^\d+$/u.test(list[next + 1] ?? '')) next += 2;
      if (vocabulary.whole.includes(list[next] ?? '')) next += 1;
      const which = unit(list[next] ?? '');
      if (!which) return;
      const previous = list.slice(Math.max(0, at - 2), at).join(' ');
      if (figure !== '0' && vocabulary.notACount.some((phrase) => ` ${previous} `.includes(` ${phrase} `))) found[which].add('bound');
      found[which].add(figure);
    });
    if (found.days.size === 0 && found.lessons.size === 0 && saysAny(words, vocabulary.noAbsence)) none = true;
  }
  if (found.days.has('bound') || found.lessons.has('bound') || found.days.size > 1 || found.lessons.size > 1) return undefined;
  const [days] = [...found.days];
  const [lessons] = [...found.lessons];
  if (days === undefined && lessons === undefined) return none ? NO_ABSENCE_SAID : undefined;
  // Written the way a figure cell shows days and lessons, for the reader of cells to read as one.
  return `${days ?? '0'} d ${lessons ?? '0'} t`;
}
