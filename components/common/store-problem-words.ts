import type { checkMessages } from '../../lib/i18n/messages/checks';
import type { storeMessages } from '../../lib/i18n/messages/store';
import type { FieldIssue } from '../../lib/model/validation';
import { fieldIssueWords } from './field-problem-words';
import type { Translator } from '../../lib/i18n/translate';
import { integrityText } from './integrity-text';
import { storeProblemOf, type StoreAction, type StoreProblem } from '../../lib/store/store-error';

/** The words the note store's problems need: the store's own table and the checks', which every page that can meet one carries. */
export type StoreTranslator = Translator<keyof typeof storeMessages | keyof typeof checkMessages>;

/**
 * The note store's problems (lib/store/store-error.ts) in the teacher's language. Lists of the
 * schema's own lines (which field, what is wrong) follow the sentence, one per line.
 */
export function storeProblemWords(t: StoreTranslator, problem: StoreProblem): string {
  const unchanged = t('storeUnchanged');
  const withLines = (head: string, lines: readonly string[], closing?: string) => [head, ...lines, ...(closing ? [closing] : [])].join('\n');
  const withIssues = (head: string, issues: readonly FieldIssue[], closing?: string) =>
    withLines(head, issues.map((issue) => fieldIssueWords(t, issue)), closing);
  switch (problem.code) {
    case 'locked':
      return t('storeLocked');
    case 'not-set-up':
      return t('storeNotSetUp');
    case 'already-set-up':
      return t('storeAlreadySetUp');
    case 'passphrase-too-short':
      return t('storePassphraseTooShort', problem.minLength);
    case 'passphrase-weak':
      return t('storePassphraseWeak');
    case 'wrong-passphrase':
      return t('storeWrongPassphrase');
    case 'concurrent-change':
      return t('storeConcurrentChange');
    case 'key-changed':
      return t('storeKeyChanged');
    case 'storage-full':
      return t('storeFull', actionWords(t, problem.action));
    case 'write-aborted':
      return problem.cause === undefined
        ? t('storeWriteAborted', actionWords(t, problem.action))
        : t('storeWriteAbortedCause', actionWords(t, problem.action), problem.cause);
    case 'db-open-failed':
      return t('storeDbOpenFailed');
    case 'db-newer-version':
      return t('storeDbNewerVersion');
    case 'db-upgrade-failed':
      return t('storeDbUpgradeFailed');
    case 'meta-damaged':
      return withIssues(t('storeMetaDamaged'), problem.issues);
    case 'decrypt-failed':
      return t('storeDecryptFailed');
    case 'decrypted-not-json':
      return t('storeDecryptedNotJson');
    case 'note-invalid':
      return withIssues(t('storeNoteInvalid'), problem.issues);
    case 'note-unknown-shape':
      return withIssues(
        problem.studentKey === undefined ? t('storeNoteUnknownShape') : t('storeNoteOfUnknownShape', problem.studentKey),
        problem.issues,
      );
    case 'note-unreadable':
      return problem.studentKey === undefined ? t('storeNoteUnreadable') : t('storeNoteOfUnreadable', problem.studentKey);
    case 'note-in-wrong-slot':
      return t('storeNoteInWrongSlot');
    case 'note-of-other-student':
      return t('storeNoteOfOtherStudent', problem.studentKey);
    case 'note-not-moved':
      return t('storeNoteNotMoved', problem.studentKey);
    case 'passphrase-kept-note-unreadable':
      return problem.studentKey === undefined ? t('storePassphraseKept') : t('storePassphraseKeptFor', problem.studentKey);
    case 'backup-empty':
      return `${t('storeBackupEmpty')} ${unchanged}`;
    case 'backup-truncated':
      return `${t('storeBackupTruncated')} ${unchanged}`;
    case 'backup-not-json':
      return `${t('storeBackupNotJson')} ${unchanged}`;
    case 'backup-not-ours':
      return `${t('storeBackupNotOurs', problem.format)} ${unchanged}`;
    case 'backup-newer-version':
      return `${t('storeBackupNewerVersion', problem.version)} ${unchanged}`;
    case 'backup-damaged':
      return withIssues(t('storeBackupDamaged'), problem.issues, unchanged);
    case 'backup-key-data-damaged':
      return `${t('storeBackupKeyDataDamaged')} ${unchanged}`;
    case 'backup-wrong-passphrase':
      return `${t('storeBackupWrongPassphrase', problem.createdOn)} ${unchanged}`;
    case 'backup-undecryptable':
      return `${t('storeBackupUndecryptable')} ${unchanged}`;
    case 'backup-unknown-notes':
      return withIssues(t('storeBackupUnknownNotes'), problem.issues, unchanged);
    case 'backup-impossible-dates':
      return withLines(
        t('storeBackupImpossibleDates'),
        problem.dates.map((date) =>
          date.field === 'closedAt'
            ? t('storeBackupClosedAfterToday', date.index, date.studentKey, date.value, date.today ?? '')
            : t('storeBackupDateInFuture', date.index, date.studentKey, date.field, date.value),
        ),
        unchanged,
      );
    case 'integrity':
      return integrityText(t, problem);
  }
}

function actionWords(t: StoreTranslator, action: StoreAction): string {
  switch (action) {
    case 'save-passphrase':
      return t('storeActionSavePassphrase');
    case 'save-note':
      return t('storeActionSaveNote');
    case 'move-note':
      return t('storeActionMoveNote');
    case 'delete-note':
      return t('storeActionDeleteNote');
    case 'delete-all':
      return t('storeActionDeleteAll');
    case 'change-passphrase':
      return t('storeActionChangePassphrase');
    case 'import-backup':
      return t('storeActionImportBackup');
    case 'move-legacy-notes':
      return t('storeActionMoveLegacyNotes');
  }
}

/**
 * Any error a store call rejected with, in the teacher's language: the store's own problems worded
 * from the tables; anything else (a browser failure the store did not expect) by its own message.
 */
export function errorWords(t: StoreTranslator, error: unknown): string {
  const problem = storeProblemOf(error);
  if (problem) return storeProblemWords(t, problem);
  return error instanceof Error ? error.message : String(error);
}
