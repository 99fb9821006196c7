import { errorWords } from '../../../components/common/store-problem-words';
import { mergeWords } from '../../../components/options/merge-words';
import { OPTIONS_WORDS } from '../../../components/options/words';
import { ALL_MESSAGES } from '../../../lib/i18n/catalogue';
import { translatorFor } from '../../../lib/i18n/translate';

/** A store error as the teacher reads it in bokmål (the store returns codes; the pages word them). */
export function nbWords(error: unknown): string {
  return errorWords(translatorFor(ALL_MESSAGES, 'nb'), error);
}

/** The bokmål words of what `promise` rejected with; fails if it resolved. */
export async function rejectionWords(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => nbWords(error),
  );
}

/** What a backup import writes into merged notes, as the options page words it in `language`. */
export function mergeWordsIn(language: 'nb' | 'nn' | 'en' = 'nb') {
  return mergeWords(translatorFor(OPTIONS_WORDS, language));
}
