import { pageReadingMessages } from '../../lib/i18n/messages/page-reading';
import { readingMessages } from '../../lib/i18n/messages/reading';
import { translatorFor, type UiLanguage } from '../../lib/i18n/translate';
import type { PageNote } from '../../lib/portals/read-problem';
import { pageNoteSentences } from '../common/read-problem-words';

/**
 * What the page's reader noticed and read around (lib/portals/read-problem.ts, PageNote), as the
 * popover shows it beside one student's figures. Carried by the popover's script, not the content
 * script.
 */

/** Notes about the page as a whole: each bears on every student's figures. */
const PAGE_WIDE = new Set<PageNote['code']>(['paginated', 'several-tables', 'one-subject', 'column-not-found', 'embedded-data-not-json', 'embedded-data-unexpected']);

/** The student a popover is about: the row's key on the page, and the name the page shows. */
export interface NotedStudent {
  row: string;
  name: string;
}

/**
 * The notes that bear on one student's figures: the page's, and those the reader made about this
 * student's row: by its key where the note carries one (two students may share a name), else by
 * the name the page shows. A note about another row, or about a row left out, is not this student's.
 */
export function readerNotesFor(notes: readonly PageNote[], student: NotedStudent): PageNote[] {
  return notes.filter(
    (note) =>
      PAGE_WIDE.has(note.code) ||
      ('row' in note && note.row !== undefined ? note.row === student.row : 'student' in note && note.student === student.name),
  );
}

/** Those notes in the teacher's language, each once, as sentences. */
export function readerNoteLines(language: UiLanguage, notes: readonly PageNote[], student: NotedStudent): string[] {
  const t = translatorFor({ ...pageReadingMessages, ...readingMessages }, language);
  return pageNoteSentences(t, readerNotesFor(notes, student));
}
