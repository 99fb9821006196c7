import type { IntegrityProblem } from './vault-manifest';

/**
 * Failures of the note store, with messages a teacher can act on (bokmål). Every write either
 * completes or rejects with one of these; none is swallowed. "Ingenting er endret" is only said
 * where the transaction really was rolled back.
 */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The vault is locked; the caller must ask for the passphrase. */
export class LockedError extends StoreError {
  override name = 'LockedError';
  constructor() {
    super('Notatene er låst. Lås opp med passordet ditt.');
  }
}

export class NotSetUpError extends StoreError {
  override name = 'NotSetUpError';
  constructor() {
    super('Notatene er ikke satt opp ennå. Velg et passord først.');
  }
}

export class AlreadySetUpError extends StoreError {
  override name = 'AlreadySetUpError';
  constructor() {
    super('Notatene er allerede satt opp med et passord. Lås opp med det, eller bytt passord.');
  }
}

export class PassphraseTooShortError extends StoreError {
  override name = 'PassphraseTooShortError';
  constructor(minLength: number) {
    super(`Passordet må ha minst ${minLength} tegn. Velg gjerne en setning du husker.`);
  }
}

/** A passphrase long enough but easy to guess (lib/store/passphrase-strength.ts). Nothing was changed. */
export class WeakPassphraseError extends StoreError {
  override name = 'WeakPassphraseError';
  constructor() {
    super('Passordet er for lett å gjette: det ligner vanlige passord, ord eller mønstre. Velg en setning av fire eller flere ord du husker.');
  }
}

/**
 * The stored data changed under an operation that re-encrypts or merges (another window wrote in
 * between). The operation wrote nothing; it can be retried on fresh data.
 */
export class ConcurrentChangeError extends StoreError {
  override name = 'ConcurrentChangeError';
  constructor() {
    super('Notatene ble endret i et annet vindu samtidig. Ingenting er endret; prøv igjen.');
  }
}

/** The passphrase was changed, or everything deleted, from another window since this one unlocked. */
export class KeyChangedError extends StoreError {
  override name = 'KeyChangedError';
  constructor() {
    super(
      'Passordet er byttet, eller notatene er slettet, i et annet vindu. Ingenting er lagret her; lås opp på nytt.',
    );
  }
}

/**
 * A read found the vault not as it last wrote it (lib/store/vault-manifest.ts): a record put back
 * to an older copy, deleted or put back after deletion, or the manifest itself put back, removed
 * or damaged. Nothing was written; the record is not used. The pages word `problem` in nb, nn and
 * en (components/student/integrity-text.ts).
 */
export class IntegrityError extends StoreError {
  override name = 'IntegrityError';
  constructor(readonly problem: IntegrityProblem) {
    // The kind only: a message may reach a log, and the student's key is private.
    super(`vault integrity: ${problem.kind}`);
  }
}

function errorName(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : undefined;
}

/**
 * Turns what IndexedDB threw (DOMException, or the transaction's error after an abort) into a
 * StoreError that says what did not happen and why. `action` is the sentence's subject, e.g.
 * "Notatet ble ikke lagret".
 */
export function storeFailure(action: string, ...causes: unknown[]): StoreError {
  if (causes.some((cause) => errorName(cause) === 'QuotaExceededError')) {
    return new StoreError(
      `${action}: lagringsplassen i nettleseren er full. Ingenting er endret; forrige versjon er beholdt. ` +
        'Frigjør plass (for eksempel ved å slette avsluttede saker etter å ha tatt sikkerhetskopi) og prøv igjen.',
      { cause: causes.find((cause) => errorName(cause) === 'QuotaExceededError') },
    );
  }
  const cause = causes.find((c) => c !== null && c !== undefined);
  const name = errorName(cause);
  const detail = name && name !== 'Error' ? ` (${name})` : '';
  return new StoreError(
    `${action}: lagringen ble avbrutt${detail}. Ingenting er endret; forrige versjon er beholdt. Prøv igjen.`,
    { cause },
  );
}
