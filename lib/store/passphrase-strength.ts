import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * How long a passphrase would stand against someone who copied the browser profile and guesses
 * offline. The estimate is zxcvbn's (maintained as @zxcvbn-ts/core with its common-password lists
 * and keyboard patterns): it counts the guesses an attacker who tries common passwords, names,
 * keyboard walks, dates, repeats and l33t spellings first would need. A character-class rule
 * ("a digit and a capital") would pass «Sommer2024!», which that attacker finds early.
 *
 * The bar: at least 10^10 guesses (zxcvbn's top score). Each guess costs a PBKDF2 run of 600 000
 * SHA-256 rounds (lib/store/crypto.ts); at a graphics card's some ten thousand such runs a second,
 * 10^10 guesses are about twelve days of one card's time on average, per vault. A sentence of four
 * ordinary words clears it; a word with a year and a mark does not. Used only in the extension's
 * own pages and background (never the content script).
 */
export const MIN_GUESSES_LOG10 = 10;

/** Words this extension's users are likelier than most to reach for; zxcvbn counts them as weak. */
const CONTEXT_WORDS = ['nærværsradar', 'naervaersradar', 'nærvær', 'fravær', 'fravaer', 'skole', 'elev', 'elever', 'lærer', 'kontaktlærer', 'passord', 'notater'];

export interface PassphraseStrength {
  strongEnough: boolean;
  /** log10 of the estimated guesses. */
  guessesLog10: number;
}

let estimator: ZxcvbnFactory | null = null;

export function passphraseStrength(passphrase: string): PassphraseStrength {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  const { guessesLog10 } = estimator.check(passphrase, CONTEXT_WORDS);
  return { strongEnough: guessesLog10 >= MIN_GUESSES_LOG10, guessesLog10 };
}
