import { pageReadingMessages } from '../../lib/i18n/messages/page-reading';
import { translatorFor, type UiLanguage } from '../../lib/i18n/translate';
import type { PageProblem } from '../../lib/portals/read-problem';
import { pageProblemWords } from '../common/page-problem-words';

/**
 * Why the page could not be read, one line per problem, in the teacher's language. The table of
 * these words is carried by the indicator's script (loaded when a page could not be read), not by
 * the content script.
 */
export function pageProblemLines(language: UiLanguage, problems: readonly PageProblem[]): string[] {
  const t = translatorFor(pageReadingMessages, language);
  return problems.map((problem) => pageProblemWords(t, problem));
}
