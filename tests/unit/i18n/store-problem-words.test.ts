import { describe, expect, it } from 'vitest';
import { errorWords, storeProblemWords } from '../../../components/common/store-problem-words';
import { ALL_MESSAGES } from '../../../lib/i18n/catalogue';
import { translatorFor, type UiLanguage } from '../../../lib/i18n/translate';
import { itWordsEveryCode } from './worded-codes';
import { BackupError } from '../../../lib/store/backup';
import { DecryptionError, WrongPassphraseError } from '../../../lib/store/crypto';
import { LockedError, StoreError, storeFailure, type StoreProblem, type StoreProblemCode } from '../../../lib/store/store-error';

const words = (language: UiLanguage, problem: StoreProblem) => storeProblemWords(translatorFor(ALL_MESSAGES, language), problem);

/** One problem of every code, with parameters that must show in the words (the type makes the list complete). */
const SAMPLES: { [C in StoreProblemCode]: { problem: Extract<StoreProblem, { code: C }>; shows: string[] } } = {
  locked: { problem: { code: 'locked' }, shows: [] },
  'not-set-up': { problem: { code: 'not-set-up' }, shows: [] },
  'already-set-up': { problem: { code: 'already-set-up' }, shows: [] },
  'passphrase-too-short': { problem: { code: 'passphrase-too-short', minLength: 8 }, shows: ['8'] },
  'passphrase-weak': { problem: { code: 'passphrase-weak' }, shows: [] },
  'wrong-passphrase': { problem: { code: 'wrong-passphrase' }, shows: [] },
  'concurrent-change': { problem: { code: 'concurrent-change' }, shows: [] },
  'key-changed': { problem: { code: 'key-changed' }, shows: [] },
  'storage-full': { problem: { code: 'storage-full', action: 'save-note' }, shows: [] },
  'write-aborted': { problem: { code: 'write-aborted', action: 'delete-all', cause: 'AbortError' }, shows: ['AbortError'] },
  'db-open-failed': { problem: { code: 'db-open-failed' }, shows: [] },
  'db-newer-version': { problem: { code: 'db-newer-version' }, shows: [] },
  'db-upgrade-failed': { problem: { code: 'db-upgrade-failed' }, shows: [] },
  'meta-damaged': { problem: { code: 'meta-damaged', issues: [{ path: 'salt', problem: { code: 'missing', expected: 'string' } }] }, shows: ['salt: '] },
  'decrypt-failed': { problem: { code: 'decrypt-failed' }, shows: [] },
  'decrypted-not-json': { problem: { code: 'decrypted-not-json' }, shows: ['JSON'] },
  'note-invalid': { problem: { code: 'note-invalid', issues: [{ path: 'contactLog[0].date', problem: { code: 'other', message: 'Invalid date' }, found: '"2026-13-01"' }] }, shows: ['contactLog[0].date', 'Invalid date', '"2026-13-01"'] },
  'note-unknown-shape': { problem: { code: 'note-unknown-shape', studentKey: 'visma:7', issues: [{ path: 'portal', problem: { code: 'not-allowed', allowed: ['"vigilo"'] } }] }, shows: ['visma:7', 'portal: ', '"vigilo"'] },
  'note-unreadable': { problem: { code: 'note-unreadable', studentKey: 'visma:3' }, shows: ['visma:3'] },
  'note-in-wrong-slot': { problem: { code: 'note-in-wrong-slot' }, shows: [] },
  'note-of-other-student': { problem: { code: 'note-of-other-student', studentKey: 'vigilo:12' }, shows: ['vigilo:12'] },
  'note-not-moved': { problem: { code: 'note-not-moved', studentKey: 'vigilo:4' }, shows: ['vigilo:4'] },
  'passphrase-kept-note-unreadable': { problem: { code: 'passphrase-kept-note-unreadable', studentKey: 'visma:9' }, shows: ['visma:9'] },
  'backup-empty': { problem: { code: 'backup-empty' }, shows: [] },
  'backup-truncated': { problem: { code: 'backup-truncated' }, shows: ['JSON'] },
  'backup-not-json': { problem: { code: 'backup-not-json' }, shows: ['JSON'] },
  'backup-not-ours': { problem: { code: 'backup-not-ours', format: 'naervaersradar-backup' }, shows: ['"format": "naervaersradar-backup"'] },
  'backup-newer-version': { problem: { code: 'backup-newer-version', version: 99 }, shows: ['99'] },
  'backup-damaged': { problem: { code: 'backup-damaged', issues: [{ path: 'kdf.iterations', problem: { code: 'too-big', maximum: 10, inclusive: true }, found: '11' }] }, shows: ['kdf.iterations', '10', '11'] },
  'backup-key-data-damaged': { problem: { code: 'backup-key-data-damaged' }, shows: [] },
  'backup-wrong-passphrase': { problem: { code: 'backup-wrong-passphrase', createdOn: '2026-11-23' }, shows: ['2026-11-23'] },
  'backup-undecryptable': { problem: { code: 'backup-undecryptable' }, shows: [] },
  'backup-unknown-notes': { problem: { code: 'backup-unknown-notes', issues: [{ path: 'students[0].portal', problem: { code: 'unknown-field' } }] }, shows: ['students[0].portal'] },
  integrity: { problem: { code: 'integrity', kind: 'rolledBack', recordId: 'r1', studentKey: 'visma:5', displayName: 'Åse Berg' }, shows: ['Åse Berg'] },
  'backup-impossible-dates': {
    problem: {
      code: 'backup-impossible-dates',
      dates: [
        { index: 0, studentKey: 'visma:1', field: 'updatedAt', value: '2099-01-01T00:00:00.000Z' },
        { index: 2, studentKey: 'visma:9', field: 'closedAt', value: '2026-12-24', today: '2026-11-23' },
      ],
    },
    shows: ['students[0] (visma:1).updatedAt: 2099-01-01T00:00:00.000Z', 'students[2] (visma:9).closedAt: 2026-12-24', '2026-11-23'],
  },
};

describe('store problems in words', () => {
  itWordsEveryCode(SAMPLES, words);

  it('says what did not happen and why, in the chosen language', () => {
    expect(words('nb', { code: 'storage-full', action: 'save-note' })).toMatch(/^Notatet ble ikke lagret: lagringsplassen i nettleseren er full\. Ingenting er endret;/);
    expect(words('nn', { code: 'write-aborted', action: 'delete-all' })).toBe(
      'Notata vart ikkje sletta: lagringa vart avbroten. Ingenting er endra; førre versjon er halden på. Prøv igjen.',
    );
    expect(words('en', { code: 'passphrase-too-short', minLength: 8 })).toBe(
      'The passphrase must have at least 8 characters. A sentence you remember works well.',
    );
    expect(words('en', SAMPLES['backup-wrong-passphrase'].problem)).toBe(
      'Wrong passphrase for this backup. Use the passphrase that was in use when it was made (2026-11-23). Nothing was changed.',
    );
    expect(words('nb', SAMPLES['backup-impossible-dates'].problem).split('\n')).toEqual([
      'Sikkerhetskopien har datoer som ikke kan stemme:',
      'students[0] (visma:1).updatedAt: 2099-01-01T00:00:00.000Z er fram i tid',
      'students[2] (visma:9).closedAt: 2026-12-24 er etter i dag (2026-11-23)',
      'Ingenting er endret.',
    ]);
  });

  it('words the errors the store and its crypto layer throw, and leaves any other error its own message', () => {
    const en = translatorFor(ALL_MESSAGES, 'en');
    expect(errorWords(en, new LockedError())).toBe('The notes are locked. Unlock them with your passphrase.');
    expect(errorWords(en, new BackupError({ code: 'backup-empty' }))).toBe('The file is empty. Nothing was changed.');
    expect(errorWords(en, new WrongPassphraseError())).toBe('Wrong passphrase. Nothing was changed.');
    expect(errorWords(en, new DecryptionError({ code: 'decrypted-not-json' }))).toBe('The content was decrypted but is not valid JSON.');
    expect(errorWords(en, storeFailure('import-backup', new DOMException('full', 'QuotaExceededError')))).toMatch(
      /^The backup was not imported: the browser's storage is full\./,
    );
    expect(errorWords(en, new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    // A look-alike from elsewhere is not taken for a store error.
    expect(errorWords(en, Object.assign(new Error('other'), { problem: { code: 'locked' } }))).toBe('other');
    expect(new StoreError({ code: 'locked' }).message).toBe('locked');
  });
});
