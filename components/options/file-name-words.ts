import { FILE_NAME_TOKENS, fileNamePatternProblem } from '../../lib/forms/file-name';
import type { OptionsTranslator } from './words';

/** What is wrong with a file-name pattern, in the teacher's language; null when it can be used. */
export function fileNamePatternWords(t: OptionsTranslator, pattern: string): string | null {
  const problem = fileNamePatternProblem(pattern);
  if (!problem) return null;
  const allowed = FILE_NAME_TOKENS.map((token) => `{${token}}`).join(', ');
  switch (problem.code) {
    case 'unknown-fields': {
      const quoted = problem.fields.map((field) => (t.language === 'en' ? `“{${field}}”` : `«{${field}}»`)).join(', ');
      return t('optFileNameUnknownFields', quoted, pattern, allowed);
    }
    case 'stray-brace':
      return t('optFileNameStrayBrace', pattern, allowed);
  }
}
