import type { FieldIssue } from '../model/validation';
import type { IntegrityProblem } from './integrity-problem';

/**
 * Failures of the note store, as codes with their parameters; the extension's pages word them in
 * the teacher's language (components/common/store-problem-words.ts). Every write either completes
 * or rejects with one of these; none is swallowed. A code that says nothing was changed is only
 * used where the transaction really was rolled back.
 */

/** What a store operation was doing when it failed ("the note was not saved"). */
export type StoreAction =
  | 'save-passphrase'
  | 'save-note'
  | 'move-note'
  | 'delete-note'
  | 'delete-all'
  | 'change-passphrase'
  | 'import-backup'
  | 'move-legacy-notes';

/**
 * Every failure the store reports. `issues` say which field and what is wrong there, as codes the
 * pages word; `studentKey` names the note when it is known.
 */
export type StoreProblem =
  | { code: 'locked' }
  | { code: 'not-set-up' }
  | { code: 'already-set-up' }
  | { code: 'passphrase-too-short'; minLength: number }
  | { code: 'passphrase-weak' }
  | { code: 'wrong-passphrase' }
  | { code: 'concurrent-change' }
  | { code: 'key-changed' }
  | { code: 'storage-full'; action: StoreAction }
  | { code: 'write-aborted'; action: StoreAction; cause?: string }
  | { code: 'db-open-failed' }
  | { code: 'db-newer-version' }
  | { code: 'db-upgrade-failed' }
  | { code: 'meta-damaged'; issues: FieldIssue[] }
  | { code: 'decrypt-failed' }
  | { code: 'decrypted-not-json' }
  | { code: 'note-invalid'; issues: FieldIssue[] }
  | { code: 'note-unknown-shape'; studentKey?: string; issues: FieldIssue[] }
  | { code: 'note-unreadable'; studentKey?: string }
  | { code: 'note-in-wrong-slot' }
  | { code: 'note-of-other-student'; studentKey: string }
  | { code: 'note-not-moved'; studentKey: string }
  | { code: 'passphrase-kept-note-unreadable'; studentKey?: string }
  | { code: 'backup-empty' }
  | { code: 'backup-truncated' }
  | { code: 'backup-not-json' }
  | { code: 'backup-not-ours'; format: string }
  | { code: 'backup-newer-version'; version: number }
  | { code: 'backup-damaged'; issues: FieldIssue[] }
  | { code: 'backup-key-data-damaged' }
  | { code: 'backup-wrong-passphrase'; createdOn: string }
  | { code: 'backup-undecryptable' }
  | { code: 'backup-unknown-notes'; issues: FieldIssue[] }
  | { code: 'backup-impossible-dates'; dates: BackupDateProblem[] }
  /** The vault is not as it last wrote it (lib/store/vault-manifest.ts); `kind` says how. */
  | ({ code: 'integrity' } & IntegrityProblem);

/** A record in a backup whose date cannot be right: which record, which field, its value. */
export interface BackupDateProblem {
  index: number;
  studentKey: string;
  field: 'updatedAt' | 'createdAt' | 'closedAt';
  value: string;
  /** For closedAt: the day it may not be after. */
  today?: string;
}

export type StoreProblemCode = StoreProblem['code'];

/**
 * The problem as a developer reads it in a log: its code (and an integrity problem's kind) only.
 * The parameters stay out: a message may reach a log, and they can hold a student's key or a
 * field's value.
 */
function logLine(problem: StoreProblem): string {
  return problem.code === 'integrity' ? `${problem.code}: ${problem.kind}` : problem.code;
}

export class StoreError extends Error {
  override name = 'StoreError';
  readonly problem: StoreProblem;
  constructor(problem: StoreProblem, options?: ErrorOptions) {
    super(logLine(problem), options);
    this.problem = problem;
  }
}

/**
 * The store's problem behind an error: a StoreError's, or the crypto layer's wrong passphrase and
 * failed decryption (lib/store/crypto.ts), which carry one too. Undefined for anything else.
 */
export function storeProblemOf(error: unknown): StoreProblem | undefined {
  if (error instanceof StoreError) return error.problem;
  if (error instanceof Error && (error.name === 'WrongPassphraseError' || error.name === 'DecryptionError') && 'problem' in error) {
    return error.problem as StoreProblem;
  }
  return undefined;
}

/** The vault is locked; the caller must ask for the passphrase. */
export class LockedError extends StoreError {
  override name = 'LockedError';
  constructor() {
    super({ code: 'locked' });
  }
}

export class NotSetUpError extends StoreError {
  override name = 'NotSetUpError';
  constructor() {
    super({ code: 'not-set-up' });
  }
}

export class AlreadySetUpError extends StoreError {
  override name = 'AlreadySetUpError';
  constructor() {
    super({ code: 'already-set-up' });
  }
}

export class PassphraseTooShortError extends StoreError {
  override name = 'PassphraseTooShortError';
  constructor(minLength: number) {
    super({ code: 'passphrase-too-short', minLength });
  }
}

/** A passphrase long enough but easy to guess (lib/store/passphrase-strength.ts). Nothing was changed. */
export class WeakPassphraseError extends StoreError {
  override name = 'WeakPassphraseError';
  constructor() {
    super({ code: 'passphrase-weak' });
  }
}

/**
 * The stored data changed under an operation that re-encrypts or merges (another window wrote in
 * between). The operation wrote nothing; it can be retried on fresh data.
 */
export class ConcurrentChangeError extends StoreError {
  override name = 'ConcurrentChangeError';
  constructor() {
    super({ code: 'concurrent-change' });
  }
}

/** The passphrase was changed, or everything deleted, from another window since this one unlocked. */
export class KeyChangedError extends StoreError {
  override name = 'KeyChangedError';
  constructor() {
    super({ code: 'key-changed' });
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
  declare readonly problem: Extract<StoreProblem, { code: 'integrity' }>;
  /** The problem as the manifest reports it (without the store's code). */
  readonly integrity: IntegrityProblem;
  constructor(integrity: IntegrityProblem) {
    super({ code: 'integrity', ...integrity });
    this.integrity = integrity;
  }
}

function errorName(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : undefined;
}

/**
 * Turns what IndexedDB threw (DOMException, or the transaction's error after an abort) into a
 * StoreError that says what did not happen (`action`) and why.
 */
export function storeFailure(action: StoreAction, ...causes: unknown[]): StoreError {
  if (causes.some((cause) => errorName(cause) === 'QuotaExceededError')) {
    return new StoreError(
      { code: 'storage-full', action },
      { cause: causes.find((cause) => errorName(cause) === 'QuotaExceededError') },
    );
  }
  const cause = causes.find((c) => c !== null && c !== undefined);
  const name = errorName(cause);
  return new StoreError(
    name && name !== 'Error' ? { code: 'write-aborted', action, cause: name } : { code: 'write-aborted', action },
    { cause },
  );
}
