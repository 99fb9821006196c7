import { z } from 'zod';
import { StudentRecord, fieldIssues, type IsoDate, type StudentRecordInput } from '../model';
import {
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  decryptJson,
  deriveVaultKeys,
  encryptJson,
  exportRawKey,
  fromBase64,
  keyCheckKind,
  keyMatches,
  makeKeyCheck,
  makeManifestKeyCheck,
  randomSalt,
  recordBinding,
  recordId,
  toBase64,
  vaultKeysFromRaw,
  versionedRecordBinding,
  type Sealed,
  type VaultKeys,
} from './crypto';
import { DB_NAME, openVaultDb } from './db';
import { passphraseStrength } from './passphrase-strength';
import {
  EMPTY_MANIFEST,
  MANIFEST_KEY,
  integrityProblems,
  openManifest,
  recordProblem,
  sealManifest,
  type IntegrityProblem,
  type Manifest,
  type OpenedVersion,
} from './vault-manifest';
import { VaultMeta, type StoredRecord, type StoredStudent, type VaultDb, type VaultSchema, type VaultStoreName } from './vault-schema';
import {
  AlreadySetUpError,
  ConcurrentChangeError,
  IntegrityError,
  KeyChangedError,
  LockedError,
  NotSetUpError,
  PassphraseTooShortError,
  StoreError,
  WeakPassphraseError,
  storeFailure,
  storeProblemOf,
  type StoreAction,
  type StoreProblem,
} from './store-error';
import type { IDBPTransaction } from 'idb';

/**
 * The teacher's private notes: encrypted at rest, opened with a passphrase, used only from the
 * extension's own origin (background service worker and extension pages).
 *
 * Guarantees:
 * - Every write is one IndexedDB transaction, encrypted before it starts (awaiting WebCrypto inside
 *   a transaction would let it commit half-way). It resolves when the data is committed, or rejects
 *   with a StoreError saying so; on failure the transaction is aborted and the previous version
 *   stays.
 * - Writes of one Vault run one after another, so a passphrase change can never interleave with a
 *   write sealed under the old key. Across windows, each write checks in the same transaction that
 *   the key check it unlocked with is still the stored one.
 * - A wrong passphrase changes nothing, not even the locked/unlocked state.
 * - Nothing in clear names a student or a date: records are found by an HMAC of the student key,
 *   and each sealed record is bound to that id (AES-GCM additional data), so a ciphertext moved to
 *   another student's slot does not open.
 * - Every write bumps the sealed manifest in the same transaction (lib/store/vault-manifest.ts):
 *   a record put back to an older ciphertext of its own, deleted, or put back after deletion is
 *   reported on read (IntegrityError, checkIntegrity) and never returned as current. The whole
 *   vault put back together is an earlier state of it and cannot be told (docs/SECURITY.md).
 * - A vault written before the manifest gets one on its first unlock, listing what it holds then.
 * - Records a schema v1–v2 store kept with clear keys and dates are sealed into the new store on
 *   the first unlock, in one transaction; a record the key cannot open stays where it is, listed.
 */

export const MIN_PASSPHRASE_LENGTH = 8;

/** What did not happen, as the subject of storeFailure's sentence. */
const NOT_SAVED: StoreAction = 'save-note';
const UPGRADE_FAILED: StoreAction = 'move-legacy-notes';

export interface VaultOptions {
  /** `indexedDB` in the extension; `new IDBFactory()` from fake-indexeddb in tests. */
  factory: IDBFactory;
  /** The clock for backup stamps and merge markers (lib/ never reads the clock itself). */
  clock: () => Date;
  dbName?: string;
  /**
   * Test-only knob: `iterations` lowers the PBKDF2 count for new vaults so unit tests do not spend
   * a second per derivation. Production code never passes it.
   */
  testOnly?: { iterations?: number };
  /**
   * Derive keys that can be exported once, so that the extension's pages and its background share
   * one unlock through storage.session (memory only, extension-only). See docs/DECISIONS.md.
   */
  shareableKey?: boolean;
}

export type StudentSummary =
  | {
      readable: true;
      studentKey: string;
      updatedAt: string;
      portal: string;
      displayName: string;
      className?: string;
      closedAt?: IsoDate;
      caseOpen: boolean;
      contactCount: number;
      nextReminderOn?: IsoDate;
    }
  | {
      /** Stored but cannot be opened with the current key: shown, never hidden or deleted. */
      readable: false;
      /** The stored id; for a record the old schema kept, its student key (which it names in clear). */
      recordId: string;
      studentKey?: string;
      problem: StoreProblem;
    };

export interface DueReminder {
  studentKey: string;
  id: string;
  dueOn: IsoDate;
}

/** The vault's KDF parameters and a value sealed with its current key (for backups). */
export interface SealedWithVaultKey {
  kdf: { salt: string; iterations: number };
  keyCheck: Sealed;
  sealed: Sealed;
}

/** Every record, decrypted, with the version token (the stored IV) each was read at. */
export interface VaultSnapshot {
  records: StudentRecord[];
  versions: ReadonlyMap<string, string>;
}

type WriteTx = IDBPTransaction<VaultSchema, VaultStoreName[], 'readwrite'>;

interface Unlocked extends VaultKeys {
  /** Which stored key check this key was verified against (its IV is unique per seal). */
  keyCheckIv: string;
}

/** A stored record, opened: the record and the version it was sealed with (null: sealed before versions). */
interface OpenedRecord {
  row: StoredRecord;
  record: StudentRecord;
  version: number | null;
}

/** Everything the store holds, opened as far as the key allows, and what it says about integrity. */
interface FullRead {
  opened: OpenedRecord[];
  unreadable: { row: StoredRecord; problem: StoreProblem }[];
  problems: IntegrityProblem[];
}

export class Vault {
  readonly #factory: IDBFactory;
  readonly #clock: () => Date;
  readonly #dbName: string;
  readonly #iterations: number;
  readonly #shareableKey: boolean;
  #db: Promise<VaultDb> | null = null;
  #unlocked: Unlocked | null = null;
  /** The last manifest opened, by the IV it was sealed with (unique per seal), and the key that opened it. */
  #manifestCache: { iv: string; key: CryptoKey; manifest: Manifest } | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.#factory = options.factory;
    this.#clock = options.clock;
    this.#dbName = options.dbName ?? DB_NAME;
    this.#iterations = options.testOnly?.iterations ?? PBKDF2_ITERATIONS;
    this.#shareableKey = options.shareableKey ?? false;
  }

  now(): Date {
    return this.#clock();
  }

  isUnlocked(): boolean {
    return this.#unlocked !== null;
  }

  lock(): void {
    this.#unlocked = null;
    this.#manifestCache = null;
  }

  /** Closes the connection (tests, and before the extension is unloaded). Locks too. */
  async close(): Promise<void> {
    this.lock();
    const db = this.#db;
    this.#db = null;
    if (db) (await db.catch(() => null))?.close();
  }

  async isSetUp(): Promise<boolean> {
    const db = await this.#open();
    return (await db.get('meta', 'vault')) !== undefined;
  }

  /** First use: chooses the passphrase. Leaves the vault unlocked. */
  async setUp(passphrase: string): Promise<void> {
    checkStrength(passphrase);
    return this.#serial(async () => {
      if (await this.isSetUp()) throw new AlreadySetUpError();
      const salt = randomSalt();
      const keys = await deriveVaultKeys(passphrase, salt, this.#iterations, this.#shareableKey);
      const key = keys.key;
      const meta: VaultMeta = {
        salt: toBase64(salt),
        iterations: this.#iterations,
        keyCheck: await makeManifestKeyCheck(key),
      };
      const manifest = await sealManifest(key, EMPTY_MANIFEST);
      await this.#write('save-passphrase', ['meta'], async (tx) => {
        // add, not put: two windows setting up at once must not overwrite each other's salt.
        await tx.objectStore('meta').add(meta, 'vault');
        await tx.objectStore('meta').put(manifest, MANIFEST_KEY);
      });
      this.#unlocked = { ...keys, keyCheckIv: meta.keyCheck.iv };
    });
  }

  /**
   * Wrong passphrase → WrongPassphraseError, and the vault stays as it was (locked or not). The
   * first unlock of a store the old schema wrote also moves its records (#sealLegacyRecords).
   */
  unlock(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const meta = await this.#readMeta();
      const keys = await deriveVaultKeys(passphrase, fromBase64(meta.salt), meta.iterations, this.#shareableKey);
      if (!(await keyMatches(keys.key, meta.keyCheck))) throw new WrongPassphraseError();
      const unlocked = await this.#adoptManifest({ ...keys, keyCheckIv: meta.keyCheck.iv });
      await this.#sealLegacyRecords(unlocked);
      this.#unlocked = unlocked;
    });
  }

  /** The unlocked key as base64, for storage.session; null when locked or not shareable. */
  async exportSessionKey(): Promise<string | null> {
    const unlocked = this.#unlocked;
    if (!unlocked || !unlocked.key.extractable) return null;
    return exportRawKey(unlocked.key);
  }

  /** Unlocks with a key another of the extension's contexts exported; false if it no longer fits. */
  unlockWithSessionKey(base64: string): Promise<boolean> {
    return this.#serial(async () => {
      const meta = await this.#readMeta();
      const keys = await vaultKeysFromRaw(fromBase64(base64)).catch(() => null);
      if (!keys || !(await keyMatches(keys.key, meta.keyCheck))) return false;
      const unlocked = await this.#adoptManifest({ ...keys, keyCheckIv: meta.keyCheck.iv });
      await this.#sealLegacyRecords(unlocked);
      this.#unlocked = unlocked;
      return true;
    });
  }

  /**
   * The student's record as last written, or undefined when there is none. IntegrityError when the
   * store holds an older copy, lost it behind the extension's back, holds one deleted earlier, or
   * its manifest cannot vouch for anything (removed, damaged, put back): never an unverified record.
   */
  async getStudent(studentKey: string): Promise<StudentRecord | undefined> {
    const unlocked = this.#requireUnlocked();
    return (await this.#getVerified(unlocked, await recordId(unlocked.indexKey, studentKey), studentKey))?.record;
  }

  /** Validates, encrypts and writes the record, with the manifest's new version of it, in one transaction. */
  async putStudent(input: StudentRecordInput): Promise<void> {
    const record = parseRecord(input);
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      await this.#writeVersioned(NOT_SAVED, unlocked, [], async () => ({ puts: [record], deleteIds: [] }));
    });
  }

  /**
   * Moves a record to a new key in one transaction (the old key's record, reminders and all, is
   * gone afterwards). Used to carry notes over when the keys' format changes. False when there is
   * no record under `fromKey`, or one is already under `toKey` (nothing is overwritten).
   */
  moveStudent(fromKey: string, toKey: string): Promise<boolean> {
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      const db = await this.#open();
      const [fromId, toId] = await Promise.all([recordId(unlocked.indexKey, fromKey), recordId(unlocked.indexKey, toKey)]);
      const [from, to] = await Promise.all([this.#getVerified(unlocked, fromId, fromKey), db.get('records', toId)]);
      if (!from || to) return false;
      const record = parseRecord({ ...from.record, studentKey: toKey });
      await this.#writeVersioned('move-note', unlocked, [], async () => ({
        puts: [record],
        deleteIds: [fromId],
        async inTx(tx) {
          const current = await tx.objectStore('records').get(fromId);
          if (current?.sealed.iv !== from.row.sealed.iv || (await tx.objectStore('records').get(toId))) throw new ConcurrentChangeError();
        },
      }));
      return true;
    });
  }

  /**
   * Summaries for the student list, most recently updated first (the dates are inside the sealed
   * records, so the order is decided after decrypting). Records that cannot be opened come last.
   * A record the manifest reports (an older copy, or one put back after deletion) is left out:
   * checkIntegrity names it, and it is never listed as the student's current notes.
   */
  async listStudents(): Promise<StudentSummary[]> {
    const unlocked = this.#requireUnlocked();
    const db = await this.#open();
    const { opened, unreadable: unopened, problems } = await this.#readAll(unlocked);
    const reported = new Set(problems.flatMap((p) => ('recordId' in p ? [p.recordId] : [])));
    const readable: StudentSummary[] = opened.filter(({ row }) => !reported.has(row.id)).map(({ record }) => summarise(record));
    const unreadable: StudentSummary[] = unopened.map(({ row, problem }) => ({ readable: false, recordId: row.id, problem }));
    // Left in the old store only when the first unlock could not open them.
    for (const row of await db.getAll('students')) {
      const opened = await openLegacyRecord(unlocked.key, row).catch((error: unknown) => problemOf(error, row.studentKey));
      unreadable.push({
        readable: false,
        recordId: row.studentKey,
        studentKey: row.studentKey,
        problem: 'code' in opened ? opened : { code: 'note-not-moved', studentKey: row.studentKey },
      });
    }
    const updated = (s: StudentSummary) => (s.readable ? s.updatedAt : '');
    // Ties by student key: the ids' order is the HMAC's, which says nothing.
    const order = (s: StudentSummary) => `${updated(s)}\u0000${s.studentKey ?? ''}`;
    readable.sort((a, b) => (updated(a) !== updated(b) ? (updated(a) < updated(b) ? 1 : -1) : order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    return [...readable, ...unreadable];
  }

  /**
   * What a full read finds wrong (lib/store/vault-manifest.ts), for the student list to tell the
   * teacher; empty when every record is the version the vault last wrote.
   */
  async checkIntegrity(): Promise<IntegrityProblem[]> {
    return (await this.#readAll(this.#requireUnlocked())).problems;
  }

  /**
   * The teacher has seen what checkIntegrity reported and keeps the notes as they are stored now:
   * the manifest is written anew from the records that open (an older copy becomes the current
   * one, a deleted record is forgotten, one put back is listed again). Nothing else changes.
   */
  acceptStoredState(): Promise<void> {
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      await retryOnConcurrentChange(async () => {
        const rawManifest = await this.#readManifestRaw(unlocked);
        const previous = await openManifest(unlocked.key, rawManifest);
        const { opened } = await this.#readAll(unlocked);
        const manifest = manifestOf(opened, previous?.generation ?? 0);
        const sealed = await sealManifest(unlocked.key, manifest);
        await this.#write(NOT_SAVED, ['meta', 'records'], async (tx) => {
          await assertSameKey(tx, unlocked);
          if (sealedIv(await tx.objectStore('meta').get(MANIFEST_KEY)) !== sealedIv(rawManifest)) throw new ConcurrentChangeError();
          await assertVersionsIncluded(tx, versionsOf(opened.map((o) => o.row)));
          await tx.objectStore('meta').put(sealed, MANIFEST_KEY);
        });
      });
    });
  }

  deleteStudent(studentKey: string): Promise<void> {
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      const id = await recordId(unlocked.indexKey, studentKey);
      await this.#writeVersioned('delete-note', unlocked, ['students'], async () => ({
        puts: [],
        deleteIds: [id],
        async inTx(tx) {
          // One the old store still holds (it could not be opened at unlock) is deleted by its key.
          await tx.objectStore('students').delete(studentKey);
        },
      }));
    });
  }

  /**
   * Removes every note, the salt and the key check, in one transaction, and locks. Allowed while
   * locked: it is the way out for a forgotten passphrase.
   */
  deleteEverything(): Promise<void> {
    return this.#serial(async () => {
      const stores: VaultStoreName[] = ['meta', 'records', 'students'];
      await this.#write('delete-all', stores, async (tx) => {
        for (const name of stores) await tx.objectStore(name).clear();
        await tx.objectStore('meta').put({ version: tx.db.version }, 'schema');
      });
      this.lock();
    });
  }

  /**
   * Re-encrypts every record under a key from the new passphrase, with a new salt, in ONE
   * transaction together with the new key check: afterwards either everything opens with the new
   * passphrase, or (on any failure) everything still opens with the old one.
   */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    checkStrength(newPassphrase);
    return this.#serial(async () => {
      const meta = await this.#readMeta();
      const oldKeys = await deriveVaultKeys(oldPassphrase, fromBase64(meta.salt), meta.iterations);
      if (!(await keyMatches(oldKeys.key, meta.keyCheck))) throw new WrongPassphraseError();
      const salt = randomSalt();
      const newKeys = await deriveVaultKeys(newPassphrase, salt, this.#iterations, this.#shareableKey);
      const newMeta: VaultMeta = {
        salt: toBase64(salt),
        iterations: this.#iterations,
        keyCheck: await makeManifestKeyCheck(newKeys.key),
      };
      const old = await this.#adoptManifest({ ...oldKeys, keyCheckIv: meta.keyCheck.iv });
      await this.#sealLegacyRecords(old);
      await retryOnConcurrentChange(async () => {
        const db = await this.#open();
        const left = await db.getAllKeys('students');
        if (left.length > 0) {
          throw new StoreError({ code: 'passphrase-kept-note-unreadable', studentKey: String(left[0]) });
        }
        const rawManifest = await db.get('meta', MANIFEST_KEY);
        const { opened, unreadable, problems } = await this.#readAll(old);
        if (unreadable.length > 0) {
          throw new StoreError({ code: 'passphrase-kept-note-unreadable' });
        }
        // Re-sealing would make whatever is stored now current under the new key: not unasked.
        if (problems[0]) throw new IntegrityError(problems[0]);
        // The new key computes new ids: every record is sealed anew under its new id, as one
        // generation, and the manifest with them.
        const generation = (await this.#manifestOf(old.key, rawManifest)).generation + 1;
        const resealed: StoredRecord[] = [];
        for (const { record } of opened) resealed.push(await sealRecord(newKeys, record, generation));
        const manifest = await sealManifest(newKeys.key, manifestOf(opened.map((o, i) => ({ ...o, row: resealed[i]!, version: generation })), generation));
        const expected = versionsOf(opened.map((o) => o.row));
        await this.#write('change-passphrase', ['meta', 'records'], async (tx) => {
          await assertSameKey(tx, { keyCheckIv: meta.keyCheck.iv });
          await assertVersions(tx, expected);
          if (sealedIv(await tx.objectStore('meta').get(MANIFEST_KEY)) !== sealedIv(rawManifest)) throw new ConcurrentChangeError();
          await tx.objectStore('meta').put(newMeta, 'vault');
          await tx.objectStore('meta').put(manifest, MANIFEST_KEY);
          await tx.objectStore('records').clear();
          for (const row of resealed) await tx.objectStore('records').put(row);
        });
      });
      this.#manifestCache = null;
      this.#unlocked = { ...newKeys, keyCheckIv: newMeta.keyCheck.iv };
    });
  }

  /** Open reminders due on or before `asOf`. Their dates are sealed, so this needs the vault unlocked. */
  async dueReminders(asOf: IsoDate): Promise<DueReminder[]> {
    const { records } = await this.snapshot();
    return records
      .flatMap((record) => record.reminders.filter((r) => !r.done && r.dueOn <= asOf).map((r) => ({ studentKey: record.studentKey, id: r.id, dueOn: r.dueOn })))
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  }

  // --- for lib/store/backup.ts -------------------------------------------------------------

  /**
   * Every record, decrypted. Refuses (rather than skipping) if any record cannot be opened, and
   * with IntegrityError if the manifest reports anything: a backup or a merge must not make an
   * older copy current unasked.
   */
  async snapshot(): Promise<VaultSnapshot> {
    const { opened, unreadable, problems } = await this.#readAll(this.#requireUnlocked());
    if (unreadable[0]) throw new StoreError(unreadable[0].problem);
    if (problems[0]) throw new IntegrityError(problems[0]);
    const versions = new Map(opened.map(({ record, row }) => [record.studentKey, row.sealed.iv]));
    return { records: opened.map((o) => o.record), versions };
  }

  /**
   * Writes many records in one transaction, provided every key in `expected` still holds the
   * version it was read at (undefined: must not exist). Otherwise ConcurrentChangeError, nothing
   * written.
   */
  async putStudents(
    inputs: readonly StudentRecordInput[],
    expected: ReadonlyMap<string, string | undefined>,
  ): Promise<void> {
    const records = inputs.map(parseRecord);
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      const expectedById = new Map<string, string | undefined>();
      for (const [studentKey, version] of expected) expectedById.set(await recordId(unlocked.indexKey, studentKey), version);
      await this.#writeVersioned('import-backup', unlocked, [], async () => ({
        puts: records,
        deleteIds: [],
        async inTx(tx) {
          for (const [id, version] of expectedById) {
            const current = await tx.objectStore('records').get(id);
            if (current?.sealed.iv !== version) throw new ConcurrentChangeError();
          }
        },
      }));
    });
  }

  /** Seals a value with the current key, together with what re-derives that key from the passphrase. */
  async sealWithVaultKey(value: unknown): Promise<SealedWithVaultKey> {
    const unlocked = this.#requireUnlocked();
    const meta = await this.#readMeta();
    if (meta.keyCheck.iv !== unlocked.keyCheckIv) {
      this.lock();
      throw new KeyChangedError();
    }
    return {
      kdf: { salt: meta.salt, iterations: meta.iterations },
      // A backup's own key check: the file has no manifest, and older versions read this kind.
      keyCheck: await makeKeyCheck(unlocked.key),
      sealed: await encryptJson(unlocked.key, value),
    };
  }

  // --- internals ---------------------------------------------------------------------------

  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(operation, operation);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #requireUnlocked(): Unlocked {
    if (!this.#unlocked) throw new LockedError();
    return this.#unlocked;
  }

  #open(): Promise<VaultDb> {
    if (!this.#db) {
      const opening = openVaultDb(this.#factory, this.#dbName).then((db) => {
        // Another window upgrading the schema: step aside, reopen on next use.
        db.addEventListener('versionchange', () => {
          db.close();
          if (this.#db === opening) this.#db = null;
        });
        // Closed by the browser (site data cleared, a storage failure): reopen on next use.
        db.addEventListener('close', () => {
          if (this.#db === opening) this.#db = null;
        });
        return db;
      });
      opening.catch(() => {
        if (this.#db === opening) this.#db = null;
      });
      this.#db = opening;
    }
    return this.#db;
  }

  async #readMeta(): Promise<VaultMeta> {
    const db = await this.#open();
    const raw = await db.get('meta', 'vault');
    if (raw === undefined) throw new NotSetUpError();
    const parsed = VaultMeta.safeParse(raw);
    if (!parsed.success) {
      throw new StoreError({ code: 'meta-damaged', issues: fieldIssues(parsed.error, raw) });
    }
    return parsed.data;
  }

  /**
   * Seals the records a schema v1–v2 store kept (student key and `updatedAt` in clear, no binding)
   * into 'records' with the manifest, and removes the old rows, in one transaction. A row the key
   * cannot open stays where it was (listStudents shows it), and so does every row while the
   * manifest cannot vouch for the store (checkIntegrity says why). Nothing is lost: each old row
   * goes only in the transaction its new row is written.
   */
  async #sealLegacyRecords(unlocked: Unlocked): Promise<void> {
    const db = await this.#open();
    if ((await db.count('students')) === 0) return;
    await this.#writeVersioned(UPGRADE_FAILED, unlocked, ['students'], async () => {
      const moved: { from: StoredStudent; id: string; record: StudentRecord }[] = [];
      for (const from of await db.getAll('students')) {
        const record = await openLegacyRecord(unlocked.key, from).catch(() => null);
        const id = await recordId(unlocked.indexKey, from.studentKey);
        // Already there (it cannot be, unless written twice): keep both rather than lose one.
        if (record && (await db.getKey('records', id)) === undefined) moved.push({ from, id, record });
      }
      return {
        puts: moved.map((m) => m.record),
        deleteIds: [],
        async inTx(tx) {
          for (const { from, id } of moved) {
            const current = await tx.objectStore('students').get(from.studentKey);
            if (current?.sealed.iv !== from.sealed.iv || (await tx.objectStore('records').getKey(id)) !== undefined) throw new ConcurrentChangeError();
            await tx.objectStore('students').delete(from.studentKey);
          }
        },
      };
    }).catch((error: unknown) => {
      if (!(error instanceof IntegrityError)) throw error;
    });
  }

  /**
   * A vault written before the manifest gets one listing what it holds, every record at version 0,
   * and a key check that says so, in one transaction; returns the keys with that key check. Not
   * when the key check already says so, or a record already carries a version: then the manifest
   * existed and was removed, and reads report it (manifestMissing) instead of trusting what is there.
   */
  async #adoptManifest(unlocked: Unlocked): Promise<Unlocked> {
    let adopted = unlocked;
    await retryOnConcurrentChange(async () => {
      const db = await this.#open();
      const meta = await this.#readMeta();
      // Another window may have adopted it a moment ago, with a new key check for the same key.
      const kind = await keyCheckKind(unlocked.key, meta.keyCheck);
      if (kind === null) throw new KeyChangedError();
      adopted = { ...unlocked, keyCheckIv: meta.keyCheck.iv };
      if ((await db.getKey('meta', MANIFEST_KEY)) !== undefined || kind !== 'plain') return;
      const rows = await db.getAll('records');
      const opened: OpenedRecord[] = [];
      for (const row of rows) {
        const record = await openStoredRecord(unlocked.key, row).catch(() => null);
        if (record?.version !== null && record?.version !== undefined) return;
        if (record) opened.push(record);
      }
      const sealed = await sealManifest(unlocked.key, manifestOf(opened, 0));
      const newMeta: VaultMeta = { ...meta, keyCheck: await makeManifestKeyCheck(unlocked.key) };
      await this.#write(UPGRADE_FAILED, ['meta', 'records'], async (tx) => {
        const current = (await tx.objectStore('meta').get('vault')) as VaultMeta | undefined;
        if (current?.keyCheck.iv !== adopted.keyCheckIv) throw new ConcurrentChangeError();
        if ((await tx.objectStore('meta').getKey(MANIFEST_KEY)) !== undefined) throw new ConcurrentChangeError();
        await assertVersions(tx, versionsOf(rows));
        await tx.objectStore('meta').put(newMeta, 'vault');
        await tx.objectStore('meta').put(sealed, MANIFEST_KEY);
      });
      adopted = { ...unlocked, keyCheckIv: newMeta.keyCheck.iv };
    });
    return adopted;
  }

  /**
   * One write of records with the manifest: `plan` reads what it needs and says what to put and
   * delete; each put is sealed with the next generation as its version, and the manifest with it,
   * in one transaction that also runs the plan's own checks. Another window's write in between is
   * noticed by the manifest's IV, and the whole plan runs again on fresh data (up to three times).
   * IntegrityError when the manifest is missing or does not open: writing over it would vouch for
   * whatever the store holds now.
   */
  async #writeVersioned(
    action: StoreAction,
    unlocked: Unlocked,
    stores: VaultStoreName[],
    plan: () => Promise<{ puts: readonly StudentRecord[]; deleteIds: readonly string[]; inTx?: (tx: WriteTx) => Promise<void> }>,
  ): Promise<void> {
    await retryOnConcurrentChange(async () => {
      const rawManifest = await this.#readManifestRaw(unlocked);
      const manifest = await this.#manifestOf(unlocked.key, rawManifest);
      const { puts, deleteIds, inTx } = await plan();
      const generation = manifest.generation + 1;
      const entries = { ...manifest.records };
      for (const id of deleteIds) delete entries[id];
      const rows: StoredRecord[] = [];
      for (const record of puts) {
        const row = await sealRecord(unlocked, record, generation);
        rows.push(row);
        entries[row.id] = { version: generation, studentKey: record.studentKey, displayName: record.displayName };
      }
      const sealed = await sealManifest(unlocked.key, { generation, records: entries });
      await this.#write(action, ['meta', 'records', ...stores], async (tx) => {
        await assertSameKey(tx, unlocked);
        if (sealedIv(await tx.objectStore('meta').get(MANIFEST_KEY)) !== sealedIv(rawManifest)) throw new ConcurrentChangeError();
        await inTx?.(tx);
        for (const id of deleteIds) await tx.objectStore('records').delete(id);
        for (const row of rows) await tx.objectStore('records').put(row);
        await tx.objectStore('meta').put(sealed, MANIFEST_KEY);
      });
    });
  }

  /**
   * The stored manifest as it is now, after checking that the key is still the vault's: a window
   * unlocked before a passphrase change elsewhere would find a manifest it cannot open, which is
   * no sign of tampering. KeyChangedError (and locked) then, as for a write.
   */
  async #readManifestRaw(unlocked: Unlocked): Promise<unknown> {
    const db = await this.#open();
    const tx = db.transaction('meta', 'readonly');
    const [rawManifest, meta] = await Promise.all([tx.store.get(MANIFEST_KEY), tx.store.get('vault')]);
    await tx.done;
    this.#assertSameKeyCheck(unlocked, meta);
    return rawManifest;
  }

  #assertSameKeyCheck(unlocked: Pick<Unlocked, 'keyCheckIv'>, meta: unknown): void {
    if ((meta as Partial<VaultMeta> | undefined)?.keyCheck?.iv === unlocked.keyCheckIv) return;
    if (this.#unlocked?.keyCheckIv === unlocked.keyCheckIv) this.lock();
    throw new KeyChangedError();
  }

  /** The stored manifest, opened (cached by its IV); IntegrityError when it is missing or does not open. */
  async #manifestOf(key: CryptoKey, stored: unknown): Promise<Manifest> {
    if (stored === undefined) throw new IntegrityError({ kind: 'manifestMissing' });
    const iv = sealedIv(stored);
    const cached = this.#manifestCache;
    if (cached && cached.key === key && iv !== undefined && cached.iv === iv) return cached.manifest;
    const manifest = await openManifest(key, stored);
    if (!manifest || iv === undefined) throw new IntegrityError({ kind: 'manifestDamaged' });
    this.#manifestCache = { iv, key, manifest };
    return manifest;
  }

  /**
   * One record by id, checked against the manifest read in the same transaction; undefined when
   * neither the store nor the manifest knows it. IntegrityError for anything else but the version
   * the manifest expects.
   */
  async #getVerified(unlocked: Unlocked, id: string, studentKey: string): Promise<OpenedRecord | undefined> {
    const db = await this.#open();
    const tx = db.transaction(['meta', 'records'], 'readonly');
    const [row, rawManifest, meta] = await Promise.all([
      tx.objectStore('records').get(id),
      tx.objectStore('meta').get(MANIFEST_KEY),
      tx.objectStore('meta').get('vault'),
    ]);
    await tx.done;
    this.#assertSameKeyCheck(unlocked, meta);
    const manifest = await this.#manifestOf(unlocked.key, rawManifest);
    if (!row) {
      const entry = manifest.records[id];
      if (entry) throw new IntegrityError({ kind: 'deleted', recordId: id, studentKey: entry.studentKey, displayName: entry.displayName });
      return undefined;
    }
    const opened = await openStoredRecord(unlocked.key, row, studentKey);
    const problem = recordProblem(manifest, openedVersion(opened));
    if (problem) throw new IntegrityError(problem);
    return opened;
  }

  /** Every record opened as far as the key allows, and the integrity problems the manifest shows. */
  async #readAll(unlocked: Unlocked): Promise<FullRead> {
    const db = await this.#open();
    const tx = db.transaction(['meta', 'records'], 'readonly');
    const [rows, rawManifest, meta] = await Promise.all([
      tx.objectStore('records').getAll(),
      tx.objectStore('meta').get(MANIFEST_KEY),
      tx.objectStore('meta').get('vault'),
    ]);
    await tx.done;
    this.#assertSameKeyCheck(unlocked, meta);
    const opened: OpenedRecord[] = [];
    const unreadable: FullRead['unreadable'] = [];
    for (const row of rows) {
      try {
        opened.push(await openStoredRecord(unlocked.key, row));
      } catch (error) {
        unreadable.push({ row, problem: problemOf(error) });
      }
    }
    let problems: IntegrityProblem[];
    try {
      const manifest = await this.#manifestOf(unlocked.key, rawManifest);
      problems = integrityProblems(manifest, opened.map(openedVersion), new Set(rows.map((row) => row.id)));
    } catch (error) {
      if (!(error instanceof IntegrityError)) throw error;
      problems = [error.integrity];
    }
    return { opened, unreadable, problems };
  }

  /**
   * One read-write transaction around `body`. If the body throws, the transaction is aborted
   * explicitly: otherwise IndexedDB would commit the requests that had already succeeded.
   */
  async #write(action: StoreAction, stores: VaultStoreName[], body: (tx: WriteTx) => Promise<void>): Promise<void> {
    const db = await this.#open();
    let tx: WriteTx;
    try {
      tx = db.transaction(stores, 'readwrite');
    } catch (error) {
      throw storeFailure(action, error);
    }
    try {
      await body(tx);
      await tx.done;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by IndexedDB itself (a failed request, quota): nothing was committed.
      }
      await tx.done.catch(() => undefined);
      if (error instanceof KeyChangedError) this.lock();
      if (error instanceof StoreError) throw error;
      throw storeFailure(action, tx.error, error);
    }
  }
}

/** Length first (its own message), then the strength estimate (lib/store/passphrase-strength.ts). */
function checkStrength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new PassphraseTooShortError(MIN_PASSPHRASE_LENGTH);
  if (!passphraseStrength(passphrase).strongEnough) throw new WeakPassphraseError();
}

function parseRecord(input: StudentRecordInput): StudentRecord {
  const parsed = StudentRecord.safeParse(input);
  if (!parsed.success) {
    throw new StoreError({ code: 'note-invalid', issues: fieldIssues(parsed.error, input) });
  }
  return parsed.data;
}

/** Seals a record with its version beside it, bound to its id. */
async function sealRecord(keys: VaultKeys, record: StudentRecord, version: number): Promise<StoredRecord> {
  const id = await recordId(keys.indexKey, record.studentKey);
  return { id, sealed: await encryptJson(keys.key, { version, record }, versionedRecordBinding(id)) };
}

const VersionedRecord = z.object({ version: z.number().int().nonnegative(), record: z.unknown() });

/**
 * Opens a record bound to its id: sealed with its version, or (written before versions) alone,
 * version null. A ciphertext copied into another record's slot fails here (its additional data
 * names the other id). `studentKey`, when the caller looked the record up by it, must be the key
 * inside: a second check that the slot holds whom it should.
 */
async function openStoredRecord(key: CryptoKey, row: StoredRecord, studentKey?: string): Promise<OpenedRecord> {
  const versioned = await decryptJson<unknown>(key, row.sealed, versionedRecordBinding(row.id)).then(
    (plain) => VersionedRecord.safeParse(plain),
    () => null,
  );
  let opened: { plain: unknown; version: number | null };
  if (versioned?.success) opened = { plain: versioned.data.record, version: versioned.data.version };
  else if (versioned) opened = { plain: undefined, version: 0 };
  else {
    opened = {
      plain: await decryptJson<unknown>(key, row.sealed, recordBinding(row.id)).catch(() => {
        throw new StoreError({ code: 'note-unreadable' });
      }),
      version: null,
    };
  }
  const record = parseOpened(opened.plain);
  if (studentKey !== undefined && record.studentKey !== studentKey) {
    throw new StoreError({ code: 'note-in-wrong-slot' });
  }
  return { row, record, version: opened.version };
}

function openedVersion({ row, record, version }: OpenedRecord): OpenedVersion {
  return { recordId: row.id, studentKey: record.studentKey, displayName: record.displayName, version };
}

/** A manifest listing exactly these records at the versions they hold. */
function manifestOf(opened: readonly OpenedRecord[], generationAtLeast: number): Manifest {
  const records: Manifest['records'] = {};
  let generation = generationAtLeast;
  for (const { row, record, version } of opened) {
    records[row.id] = { version: version ?? 0, studentKey: record.studentKey, displayName: record.displayName };
    generation = Math.max(generation, version ?? 0);
  }
  return { generation, records };
}

/** The IV of a stored Sealed value (unique per seal): what tells one write of it from another. */
function sealedIv(stored: unknown): string | undefined {
  return stored && typeof stored === 'object' && 'iv' in stored && typeof stored.iv === 'string' ? stored.iv : undefined;
}

/** Opens a record as schema v1–v2 stored it (sealed without binding, the student key beside it). */
async function openLegacyRecord(key: CryptoKey, row: StoredStudent): Promise<StudentRecord> {
  const record = parseOpened(await decryptJson<unknown>(key, row.sealed).catch(() => {
    throw new StoreError({ code: 'note-unreadable', studentKey: row.studentKey });
  }), row.studentKey);
  if (record.studentKey !== row.studentKey) throw new StoreError({ code: 'note-of-other-student', studentKey: row.studentKey });
  return record;
}

/** `studentKey` names the note in the error when the caller knows whose it is. */
function parseOpened(plain: unknown, studentKey?: string): StudentRecord {
  const parsed = StudentRecord.safeParse(plain);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new StoreError(studentKey === undefined ? { code: 'note-unknown-shape', issues } : { code: 'note-unknown-shape', studentKey, issues });
  }
  return parsed.data;
}

/** Why a record did not open: the store's own problem; anything else still says the note is unreadable. */
function problemOf(error: unknown, studentKey?: string): StoreProblem {
  return storeProblemOf(error) ?? (studentKey === undefined ? { code: 'note-unreadable' } : { code: 'note-unreadable', studentKey });
}

function summarise(record: StudentRecord): StudentSummary {
  const openReminders = record.reminders.filter((reminder) => !reminder.done).map((reminder) => reminder.dueOn);
  openReminders.sort();
  return {
    readable: true,
    studentKey: record.studentKey,
    updatedAt: record.updatedAt,
    portal: record.portal,
    displayName: record.displayName,
    ...(record.className !== undefined ? { className: record.className } : {}),
    ...(record.closedAt !== undefined ? { closedAt: record.closedAt } : {}),
    caseOpen: record.caseRecord !== null && record.caseRecord.closed === undefined,
    contactCount: record.contactLog.length,
    ...(openReminders[0] !== undefined ? { nextReminderOn: openReminders[0] } : {}),
  };
}

function versionsOf(rows: readonly StoredRecord[]): Map<string, string> {
  return new Map(rows.map((row) => [row.id, row.sealed.iv]));
}

async function assertSameKey(tx: WriteTx, unlocked: Pick<Unlocked, 'keyCheckIv'>): Promise<void> {
  const meta = (await tx.objectStore('meta').get('vault')) as VaultMeta | undefined;
  if (meta?.keyCheck?.iv !== unlocked.keyCheckIv) throw new KeyChangedError();
}

/** Each record in `expected` is still stored at that version (others may have been added). */
async function assertVersionsIncluded(tx: WriteTx, expected: ReadonlyMap<string, string>): Promise<void> {
  for (const [id, iv] of expected) {
    if ((await tx.objectStore('records').get(id))?.sealed.iv !== iv) throw new ConcurrentChangeError();
  }
}

/** The records store holds exactly the ids and versions in `expected`. */
async function assertVersions(tx: WriteTx, expected: ReadonlyMap<string, string>): Promise<void> {
  const rows = await tx.objectStore('records').getAll();
  if (rows.length !== expected.size) throw new ConcurrentChangeError();
  for (const row of rows) {
    if (expected.get(row.id) !== row.sealed.iv) throw new ConcurrentChangeError();
  }
}

async function retryOnConcurrentChange(attempt: () => Promise<void>, tries = 3): Promise<void> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || i >= tries) throw error;
    }
  }
}
