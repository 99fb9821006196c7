import type { readingMessages } from '../../lib/i18n/messages/reading';
import type { Translator, UiLanguage } from '../../lib/i18n/translate';
import type { PageNote, RowIssue, RowProblem, UnknownCode } from '../../lib/portals/read-problem';
import { formatDate } from '../../lib/i18n/format';
import { pageProblemWords, quoted, stepError, type PageReadingTranslator } from './page-problem-words';

/** The words a student's reasons and a page's notes need: the reading table and the page-reading table. */
export type ReadingTranslator = Translator<keyof typeof readingMessages> & PageReadingTranslator;

/** A date a reader parsed, in the teacher's format; anything else as it was found. */
function dateWords(language: UiLanguage, date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(language, date) : date;
}

function codeWords(language: UiLanguage, code: UnknownCode): string {
  return code.date ? `${quoted(language, code.text)} (${dateWords(language, code.date)})` : quoted(language, code.text);
}

function issueWords(t: ReadingTranslator, issue: RowIssue): string {
  return issue.found === undefined ? t('readInvalidField', issue.path, issue.message) : t('readInvalidFieldFound', issue.path, issue.message, issue.found);
}

/** " i kolonnen «Dager»", " den 23.11.2026", " for Kari": the parts a reason has only when the reader knows them. */
function inColumn(t: ReadingTranslator, header: string | undefined): string {
  return header ? t('readInColumn', quoted(t.language, header)) : '';
}
function onDate(t: ReadingTranslator, date: string | undefined): string {
  return date ? t('readOnDate', dateWords(t.language, date)) : '';
}
function forStudent(t: ReadingTranslator, student: string | undefined): string {
  return student ? t('readForStudent', student) : '';
}

/** Why one student could not be read, in the teacher's language. Every code has its words. */
export function rowProblemWords(t: ReadingTranslator, problem: RowProblem): string {
  const { language } = t;
  switch (problem.code) {
    case 'other-reader':
    case 'reader-not-loaded':
    case 'no-student-name':
      return pageProblemWords(t, problem);
    case 'unexpected-error':
      return stepError(t, problem.step, problem.message);
    case 'student-not-found':
      return t('readStudentNotFound', problem.key);
    case 'row-gone':
      return problem.student ? t('readRowGoneOf', problem.student) : t('readRowGone');
    case 'invalid-row':
      return t('readInvalidRow', problem.student, problem.issues.map((issue) => issueWords(t, issue)).join('; '));
    case 'column-unit-unclear':
      return t('readColumnUnitUnclear', quoted(language, problem.header), problem.student);
    case 'columns-disagree':
      return t('readColumnsDisagree', quoted(language, problem.first), quoted(language, problem.second), problem.student);
    case 'unreadable-value':
      return t('readUnreadableValue', quoted(language, problem.text)) + inColumn(t, problem.header) + forStudent(t, problem.student);
    case 'no-figures':
      return t('readNoFigures', problem.student);
    case 'unknown-codes':
      return (
        t('readUnknownCodes', problem.codes.map((code) => codeWords(language, code)).join(', ')) +
        forStudent(t, problem.student) +
        t('readUnknownCodesHint')
      );
    case 'unreadable-date':
      return t('readUnreadableDate', quoted(language, problem.text)) + inColumn(t, problem.header) + forStudent(t, problem.student);
    case 'no-date':
      return t('readNoDate', problem.student);
    case 'end-before-start':
      return t('readEndBeforeStart', dateWords(language, problem.end), dateWords(language, problem.start), problem.student);
    case 'unknown-absence-type':
      return t('readUnknownAbsenceType', quoted(language, problem.text), dateWords(language, problem.date));
    case 'unreadable-minutes':
      return t('readUnreadableMinutes', quoted(language, problem.text)) + onDate(t, problem.date) + forStudent(t, problem.student);
    case 'no-code':
      return t('readNoCode', dateWords(language, problem.date));
  }
}

/** Notes in the teacher's language, each once, as sentences (a capital first). */
export function pageNoteSentences(t: ReadingTranslator, notes: readonly PageNote[]): string[] {
  const lines = new Set(notes.map((note) => pageNoteWords(t, note)));
  return [...lines].map((line) => line.charAt(0).toUpperCase() + line.slice(1));
}

/** What a reader noticed and read around, in the teacher's language. */
export function pageNoteWords(t: ReadingTranslator, note: PageNote): string {
  switch (note.code) {
    case 'paginated':
      return t('readNotePaginated');
    case 'several-tables':
      return t('readNoteSeveralTables');
    case 'one-subject':
      return t('readNoteOneSubject', note.subject);
    case 'empty-table':
      return t('readNoteEmptyTable');
    case 'row-without-id':
      return t('readNoteRowWithoutId', quoted(t.language, note.name));
    case 'column-not-found':
      return t('readNoteColumnNotFound', quoted(t.language, note.column));
    case 'embedded-data-not-json':
    case 'embedded-data-unexpected':
      return pageProblemWords(t, note);
    default:
      return rowProblemWords(t, note);
  }
}
