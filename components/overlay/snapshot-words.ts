import { snapshotMessages } from '../../lib/i18n/messages/snapshot';
import { translatorFor, type UiLanguage } from '../../lib/i18n/translate';

/** The anonymised snapshot file's title, note and language, in the teacher's language. */
export function snapshotWords(language: UiLanguage): { language: UiLanguage; title: string; note: string } {
  const t = translatorFor(snapshotMessages, language);
  return { language, title: t('snapshotTitle'), note: t('snapshotNote') };
}
