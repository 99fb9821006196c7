import { z } from 'zod';
import { IsoTimestamp, StudentRecord, fieldIssues, toIso } from '../model';
import { DecryptionError, Sealed, WrongPassphraseError, decryptJson, deriveKey, fromBase64, keyMatches } from './crypto';
import { mergeAll, type MergeSummary, type MergeWords } from './merge';
import { retentionPlan } from './retention';
import { ConcurrentChangeError, LockedError, StoreError, type BackupDateProblem } from './store-error';
import type { Vault } from './vault';

export type { MergeSummary } from './merge';

/**
 * One-file backups of the notes, and reading them back (merge rules: lib/store/merge.ts).
 *
 * The file is a JSON envelope whose only clear-text content is what is needed to re-derive the key
 * (salt and PBKDF2 count) and the moment it was made; the records are one AES-GCM value sealed with
 * the key of the passphrase in use when the backup was made. A key check travels with it so that a
 * wrong passphrase and a damaged file get different messages.
 *
 * A file is fully read, checked and decrypted before anything in the store is touched; a refused
 * file changes nothing.
 */

export const BACKUP_FORMAT = 'naervaersradar-backup';
export const BACKUP_VERSION = 1;
/** Above this a file's PBKDF2 count is refused rather than left to hang the page for minutes. */
const MAX_BACKUP_ITERATIONS = 10_000_000;

export const BackupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: IsoTimestamp,
  kdf: z.object({
    salt: z.string().regex(/^[A-Za-z0-9+/]+=*$/, 'expected base64'),
    iterations: z.number().int().positive().max(MAX_BACKUP_ITERATIONS),
  }),
  keyCheck: Sealed,
  sealed: Sealed,
});
export type BackupEnvelope = z.infer<typeof BackupEnvelope>;

const BackupPayload = z.object({ students: z.array(StudentRecord) });

/** A backup file refused, with what is wrong with it (its `problem`). Nothing was changed. */
export class BackupError extends StoreError {
  override name = 'BackupError';
}

export async function exportBackup(vault: Vault): Promise<string> {
  const { records } = await vault.snapshot();
  const { kdf, keyCheck, sealed } = await vault.sealWithVaultKey({ students: records });
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: vault.now().toISOString(),
    kdf,
    keyCheck,
    sealed,
  };
  return JSON.stringify(envelope, null, 2);
}

/** What an import would change, worked out before anything is written. */
export interface ImportPreview {
  summary: MergeSummary;
  /**
   * Names of the students the import adds or changes whose case closed longer ago than the
   * retention period: the student list will offer to delete them (and deletes only when the
   * teacher confirms there).
   */
  dueForDeletion: string[];
  /** Writes the merge. Until this is called nothing is written; not calling it is cancelling. */
  apply(): Promise<MergeSummary>;
}

/**
 * Reads, checks and decrypts a backup and merges it with the vault's records in memory only, to
 * show the teacher what the import would change. The vault must be unlocked, or not set up at all:
 * then `apply` sets it up with the backup's passphrase (restoring on a new machine).
 *
 * `apply` merges again with the records as they are then, so a note saved in another window
 * between the preview and the confirmation is merged, not overwritten.
 */
export async function previewBackup(
  vault: Vault,
  fileText: string,
  passphrase: string,
  words: MergeWords,
  retentionMonths = 12,
): Promise<ImportPreview> {
  const envelope = parseEnvelope(fileText);
  const students = await openPayload(envelope, passphrase);
  checkDates(students, vault.now());
  const setUp = await vault.isSetUp();
  if (setUp && !vault.isUnlocked()) throw new LockedError();
  const now = vault.now();
  const ctx = { importedOn: toIso(now), now: now.toISOString(), words };
  const local = setUp ? (await vault.snapshot()).records : [];
  const { changed, summary } = mergeAll(local, students, ctx);
  const due = new Set(retentionPlan(changed, toIso(now), retentionMonths).toDelete);
  return {
    summary,
    dueForDeletion: changed.filter((record) => due.has(record.studentKey)).map((record) => record.displayName),
    apply: () => applyMerge(vault, students, passphrase, words),
  };
}

/** Reads a backup into the vault at once (the preview's merge, applied). */
export async function importBackup(vault: Vault, fileText: string, passphrase: string, words: MergeWords): Promise<MergeSummary> {
  return (await previewBackup(vault, fileText, passphrase, words)).apply();
}

async function applyMerge(vault: Vault, students: readonly StudentRecord[], passphrase: string, words: MergeWords): Promise<MergeSummary> {
  if (!vault.isUnlocked()) {
    if (await vault.isSetUp()) throw new LockedError();
    await vault.setUp(passphrase);
  }
  const now = vault.now();
  const ctx = { importedOn: toIso(now), now: now.toISOString(), words };
  for (let attempt = 1; ; attempt += 1) {
    const { records, versions } = await vault.snapshot();
    const { changed, summary } = mergeAll(records, students, ctx);
    if (changed.length === 0) return summary;
    const expected = new Map(changed.map((record) => [record.studentKey, versions.get(record.studentKey)]));
    try {
      await vault.putStudents(changed, expected);
      return summary;
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt >= 3) throw error;
    }
  }
}

/**
 * A record's dates decide the merge (the newer `updatedAt` wins) and the retention rule (a
 * `closedAt` long ago is due for deletion). A file that claims a record was changed in the future,
 * or closed after today, would win every merge and could have the notes it merged into deleted:
 * such a file is refused whole, naming the record and the field. One day of clock difference
 * between two machines is allowed.
 */
export function checkDates(students: readonly StudentRecord[], now: Date): void {
  const latest = new Date(now.getTime() + 86_400_000).toISOString();
  const today = toIso(now);
  const dates: BackupDateProblem[] = [];
  students.forEach((record, index) => {
    const { studentKey } = record;
    if (record.updatedAt > latest) dates.push({ index, studentKey, field: 'updatedAt', value: record.updatedAt });
    if (record.createdAt > latest) dates.push({ index, studentKey, field: 'createdAt', value: record.createdAt });
    if (record.closedAt !== undefined && record.closedAt > today) dates.push({ index, studentKey, field: 'closedAt', value: record.closedAt, today });
  });
  if (dates.length > 0) throw new BackupError({ code: 'backup-impossible-dates', dates: dates.slice(0, 10) });
}

export function parseEnvelope(fileText: string): BackupEnvelope {
  if (fileText.trim() === '') throw new BackupError({ code: 'backup-empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch {
    if (fileText.trimStart().startsWith('{') && fileText.includes(BACKUP_FORMAT)) {
      throw new BackupError({ code: 'backup-truncated' });
    }
    throw new BackupError({ code: 'backup-not-json' });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError({ code: 'backup-not-ours', format: BACKUP_FORMAT });
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupError({ code: 'backup-newer-version', version });
  }
  const parsed = BackupEnvelope.safeParse(raw);
  if (!parsed.success) {
    throw new BackupError({ code: 'backup-damaged', issues: fieldIssues(parsed.error, raw) });
  }
  return parsed.data;
}

async function openPayload(envelope: BackupEnvelope, passphrase: string): Promise<StudentRecord[]> {
  let key: CryptoKey;
  try {
    key = await deriveKey(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
  } catch (error) {
    throw new BackupError({ code: 'backup-key-data-damaged' }, { cause: error });
  }
  if (!(await keyMatches(key, envelope.keyCheck))) {
    throw new WrongPassphraseError({ code: 'backup-wrong-passphrase', createdOn: envelope.createdAt.slice(0, 10) });
  }
  let payload: unknown;
  try {
    payload = await decryptJson<unknown>(key, envelope.sealed);
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    throw new BackupError({ code: 'backup-undecryptable' });
  }
  const parsed = BackupPayload.safeParse(payload);
  if (!parsed.success) {
    throw new BackupError({ code: 'backup-unknown-notes', issues: fieldIssues(parsed.error) });
  }
  return parsed.data.students;
}
