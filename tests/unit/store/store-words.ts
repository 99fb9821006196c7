import { errorWords } from '../../../components/common/store-problem-words';
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
