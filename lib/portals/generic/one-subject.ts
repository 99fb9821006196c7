import type { AbsenceTotals } from '../../model';
import { cleanText } from '../norwegian-format';
import type { ColumnRole } from './columns';
import { headerPhrase } from './columns';
import { captionOf, linesBefore, titlesAbove } from './page-signals';

/**
 * A subject teacher's table of one subject ("Fravær i fag – Matematikk R1": a row per student,
 * "Fraværstimer | Timer gjennomført | Fravær i faget"). Its figures are the student's absence in
 * that subject's lessons: a part of their absence, not the whole, and its share is of the subject's
 * lessons, not of the school days. Read as the student's absence, a few lessons missed in one
 * subject would pass for a term with almost none. Such a row's figures are kept as that subject's,
 * which a guideline's limit per subject can weigh, and the rules about the student's school time
 * are left undecided.
 *
 * A student's own page split by subject (a "Fag" column, or one table per subject whose rows are
 * added up) is the whole absence, and is no such table.
 */

export interface OneSubjectWords {
  /** In a header, the subject the whole table is about: "Fravær i faget", "Timer i faget". */
  headers: readonly string[];
  /** In a line above the table: "Tabellen viser fravær i dette faget, ikke elevens samlede fravær". */
  lines: readonly string[];
  /** Words a title segment names the absence or the page by, not the subject ("Fravær i fag"). */
  notSubject: readonly string[];
  /** What the subject is called when nothing above the table names it. */
  unnamed: string;
}

const SEGMENT_BREAK = /\s+[·–—|-]\s+|\s*[·|]\s*/u;

/**
 * The subject the table counts, when the table or the lines above it say it counts one subject's
 * absence and it has no column of subjects; undefined otherwise. Named by the first segment of a
 * heading above the table, or of the page's title, that is neither the class nor a word about
 * absence ("Matematikk R1 · 2STA" → "Matematikk R1"); else by the vocabulary's word for it ("faget").
 */
export function oneSubjectOf(
  table: Element,
  headers: readonly string[],
  roles: readonly ColumnRole[],
  className: string | undefined,
  words: OneSubjectWords,
): string | undefined {
  if (roles.some((role) => role.kind === 'subject')) return undefined;
  const says = (text: string, phrases: readonly string[]) => {
    const phrase = headerPhrase(text);
    return phrases.some((word) => phrase.includes(headerPhrase(word)));
  };
  const inHeader = headers.some((text) => says(text, words.headers));
  const above = [captionOf(table), ...linesBefore(table)].some((line) => says(line, words.lines));
  if (!inHeader && !above) return undefined;
  return subjectNamed(table, className, words) ?? words.unnamed;
}

function subjectNamed(table: Element, className: string | undefined, words: OneSubjectWords): string | undefined {
  const [caption = '', title = '', ...headings] = titlesAbove(table);
  const classWord = className === undefined ? undefined : headerPhrase(className);
  for (const text of [...headings, caption, title]) {
    for (const segment of cleanText(text).split(SEGMENT_BREAK)) {
      const phrase = headerPhrase(segment);
      if (phrase.trim() === '' || phrase === classWord) continue;
      if (words.notSubject.some((word) => phrase.includes(headerPhrase(word)))) continue;
      return segment.trim();
    }
  }
  return undefined;
}

/**
 * A row's figures as the one subject's: the lessons missed in it and its share of the subject's
 * lessons. Whole days and the figures of shorter stretches are not kept: a subject's table says
 * nothing of the days, and its last 14 days are no more the student's than its term is.
 */
export function asOneSubject(totals: AbsenceTotals, subject: string): AbsenceTotals {
  const lessons = totals.lessons;
  const percent = totals.percent;
  // Late arrivals in one subject are a part of the student's too, and are left out with the days.
  return {
    period: totals.period,
    subjects: [
      {
        subject,
        ...(lessons === undefined ? {} : { absentLessons: lessons }),
        ...(percent === undefined ? {} : { percent }),
      },
    ],
  };
}
