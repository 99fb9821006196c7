import { indicatorMessages } from '../../lib/i18n/messages/indicator';
import { pageReadingMessages } from '../../lib/i18n/messages/page-reading';
import { readingMessages } from '../../lib/i18n/messages/reading';
import { translatorFor, type Translator, type UiLanguage } from '../../lib/i18n/translate';
import type { PageProblem, RowProblem } from '../../lib/portals/read-problem';
import { pageProblemWords } from '../common/page-problem-words';
import { rowProblemWords } from '../common/read-problem-words';

/**
 * What the indicator says, in the teacher's language: why the page could not be read, or how many
 * of its students could not be read and why, in short. The tables of these words are carried by
 * the indicator's script (loaded when there is something to say), not by the content script.
 */
export type IndicatorTranslator = Translator<keyof typeof indicatorMessages>;

export function indicatorTranslator(language: UiLanguage): IndicatorTranslator {
  return translatorFor(indicatorMessages, language);
}

/** A student on the page whose row could not be read: the name as the page shows it, and why. */
export interface UnreadStudent {
  name: string;
  problems: readonly RowProblem[];
}

export interface IndicatorView {
  /** The pill's words: the page, or how many students, could not be read. */
  pill: string;
  /** Why the page could not be read, one line per problem (empty when it was read). */
  pageLines: string[];
  /** "2 elever kunne ikke leses:", or null when every student was read. */
  rowsIntro: string | null;
  /** Why, one line per distinct reason, the first few only. */
  rowLines: string[];
}

/** Reasons shown before "og 3 til": the indicator is a small box, not a report. */
export const SHOWN_ROW_REASONS = 5;

/** The codes whose words end with " for Kari" when they know the student, which some readers leave out. */
const NAMED_WHEN_KNOWN = new Set<RowProblem['code']>(['row-gone', 'unreadable-value', 'unknown-codes', 'unreadable-date', 'unreadable-minutes']);

/** The problem with the student's name from the page where the reader did not give it. */
function withStudent(problem: RowProblem, name: string): RowProblem {
  if (!name || !NAMED_WHEN_KNOWN.has(problem.code) || ('student' in problem && problem.student)) return problem;
  return { ...problem, student: name } as RowProblem;
}

export function indicatorView(language: UiLanguage, problems: readonly PageProblem[], unread: readonly UnreadStudent[]): IndicatorView {
  const t = indicatorTranslator(language);
  const reasons = translatorFor({ ...pageReadingMessages, ...readingMessages }, language);
  const pageLines = problems.map((problem) => pageProblemWords(reasons, problem));
  const count = unread.length;
  const pill = problems.length > 0 || count === 0 ? t('indicatorPill') : count === 1 ? t('indicatorPillStudent') : t('indicatorPillStudents', count);
  if (count === 0) return { pill, pageLines, rowsIntro: null, rowLines: [] };
  const lines = [...new Set(unread.flatMap((student) => student.problems.map((problem) => rowProblemWords(reasons, withStudent(problem, student.name.trim())))))];
  const rowLines = lines.slice(0, SHOWN_ROW_REASONS);
  if (lines.length > SHOWN_ROW_REASONS) rowLines.push(t('indicatorMoreReasons', lines.length - SHOWN_ROW_REASONS));
  return { pill, pageLines, rowsIntro: count === 1 ? t('indicatorUnreadableRow') : t('indicatorUnreadableRows', count), rowLines };
}
