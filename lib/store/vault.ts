import { StudentRecord, describeIssues, type IsoDate, type StudentRecordInput } from '../model';
import {
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  decryptJson,
  deriveVaultKeys,
  encryptJson,
  exportRawKey,
  fromBase64,
  keyMatches,
  makeKeyCheck,
  randomSalt,
  recordBinding,
  recordId,
  toBase64,
  vaultKeysFromRaw,
  type Sealed,
  type VaultKeys,
} from './crypto';
import { DB_NAME, openVaultDb } from './db';
import { passphraseStrength } from './passphrase-strength';
import { VaultMeta, type StoredRecord, type StoredStudent, type VaultDb, type VaultSchema, type VaultStoreName } from './vault-schema';
import {
  AlreadySetUpError,
  ConcurrentChangeError,
  KeyChangedError,
  LockedError,
  NotSetUpError,
  PassphraseTooShortError,
  StoreError,
  WeakPassphraseError,
  storeFailure,
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
 *   another student's slot does not open. A record put back to an older ciphertext *of its own*
 *   still opens: nothing here can tell a copy of the whole profile from an earlier day from the
 *   current one (docs/SECURITY.md).
 * - Records a schema v1–v2 store kept with clear keys and dates are sealed into the new store on
 *   the first unlock, in one transaction; a record the key cannot open stays where it is, listed.
 */

export const MIN_PASSPHRASE_LENGTH = 8;

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
      problem: string;
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

export class Vault {
  readonly #factory: IDBFactory;
  readonly #clock: () => Date;
  readonly #dbName: string;
  readonly #iterations: number;
  readonly #shareableKey: boolean;
  #db: Promise<VaultDb> | null = null;
  #unlocked: Unlocked | null = null;
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
        keyCheck: await makeKeyCheck(key),
      };
      await this.#write('Passordet ble ikke lagret', ['meta'], async (tx) => {
        // add, not put: two windows setting up at once must not overwrite each other's salt.
        await tx.objectStore('meta').add(meta, 'vault');
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
      const unlocked = { ...keys, keyCheckIv: meta.keyCheck.iv };
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
      const unlocked = { ...keys, keyCheckIv: meta.keyCheck.iv };
      await this.#sealLegacyRecords(unlocked);
      this.#unlocked = unlocked;
      return true;
    });
  }

  async getStudent(studentKey: string): Promise<StudentRecord | undefined> {
    const unlocked = this.#requireUnlocked();
    const db = await this.#open();
    const row = await db.get('records', await recordId(unlocked.indexKey, studentKey));
    return row ? openRecord(unlocked.key, row, studentKey) : undefined;
  }

  /** Validates, encrypts and writes the record (and its reminder dates) in one transaction. */
  async putStudent(input: StudentRecordInput): Promise<void> {
    const record = parseRecord(input);
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      const row = await sealRecord(unlocked, record);
      await this.#write('Notatet ble ikke lagret', ['meta', 'records'], async (tx) => {
        await assertSameKey(tx, unlocked);
        await tx.objectStore('records').put(row);
      });
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
      const [from, to] = await Promise.all([db.get('records', fromId), db.get('records', toId)]);
      if (!from || to) return false;
      const record = parseRecord({ ...(await openRecord(unlocked.key, from, fromKey)), studentKey: toKey });
      const row = await sealRecord(unlocked, record);
      await this.#write('Notatet ble ikke flyttet', ['meta', 'records'], async (tx) => {
        await assertSameKey(tx, unlocked);
        const current = await tx.objectStore('records').get(fromId);
        if (current?.sealed.iv !== from.sealed.iv || (await tx.objectStore('records').get(toId))) throw new ConcurrentChangeError();
        await tx.objectStore('records').put(row);
        await tx.objectStore('records').delete(fromId);
      });
      return true;
    });
  }

  /**
   * Summaries for the student list, most recently updated first (the dates are inside the sealed
   * records, so the order is decided after decrypting). Records that cannot be opened come last.
   */
  async listStudents(): Promise<StudentSummary[]> {
    const { key } = this.#requireUnlocked();
    const db = await this.#open();
    const problem = (error: unknown) => (error instanceof Error ? error.message : String(error));
    const readable: StudentSummary[] = [];
    const unreadable: StudentSummary[] = [];
    for (const row of await db.getAll('records')) {
      try {
        readable.push(summarise(await openRecord(key, row)));
      } catch (error) {
        unreadable.push({ readable: false, recordId: row.id, problem: problem(error) });
      }
    }
    // Left in the old store only when the first unlock could not open them.
    for (const row of await db.getAll('students')) {
      const opened = await openLegacyRecord(key, row).catch((error: unknown) => problem(error));
      unreadable.push({
        readable: false,
        recordId: row.studentKey,
        studentKey: row.studentKey,
        problem: typeof opened === 'string' ? opened : `Notatet for ${row.studentKey} er ikke flyttet til det nye lageret.`,
      });
    }
    const updated = (s: StudentSummary) => (s.readable ? s.updatedAt : '');
    // Ties by student key: the ids' order is the HMAC's, which says nothing.
    const order = (s: StudentSummary) => `${updated(s)}\u0000${s.studentKey ?? ''}`;
    readable.sort((a, b) => (updated(a) !== updated(b) ? (updated(a) < updated(b) ? 1 : -1) : order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    return [...readable, ...unreadable];
  }

  deleteStudent(studentKey: string): Promise<void> {
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      const id = await recordId(unlocked.indexKey, studentKey);
      await this.#write('Notatet ble ikke slettet', ['meta', 'records', 'students'], async (tx) => {
        await assertSameKey(tx, unlocked);
        await tx.objectStore('records').delete(id);
        // One the old store still holds (it could not be opened at unlock) is deleted by its key.
        await tx.objectStore('students').delete(studentKey);
      });
    });
  }

  /**
   * Removes every note, the salt and the key check, in one transaction, and locks. Allowed while
   * locked: it is the way out for a forgotten passphrase.
   */
  deleteEverything(): Promise<void> {
    return this.#serial(async () => {
      const stores: VaultStoreName[] = ['meta', 'records', 'students'];
      await this.#write('Notatene ble ikke slettet', stores, async (tx) => {
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
        keyCheck: await makeKeyCheck(newKeys.key),
      };
      await this.#sealLegacyRecords({ ...oldKeys, keyCheckIv: meta.keyCheck.iv });
      await retryOnConcurrentChange(async () => {
        const db = await this.#open();
        const left = await db.getAllKeys('students');
        if (left.length > 0) {
          throw new StoreError(
            `Notatet for ${String(left[0])} kan ikke åpnes med det gamle passordet, så passordet er ikke byttet. Ingenting er endret.`,
          );
        }
        const rows = await db.getAll('records');
        // The new key computes new ids: every record is sealed anew under its new id.
        const resealed: StoredRecord[] = [];
        for (const row of rows) {
          let record: StudentRecord;
          try {
            record = await openRecord(oldKeys.key, row);
          } catch {
            throw new StoreError('Et notat kan ikke åpnes med det gamle passordet, så passordet er ikke byttet. Ingenting er endret.');
          }
          resealed.push(await sealRecord(newKeys, record));
        }
        const expected = versionsOf(rows);
        await this.#write('Passordet ble ikke byttet', ['meta', 'records'], async (tx) => {
          await assertSameKey(tx, { keyCheckIv: meta.keyCheck.iv });
          await assertVersions(tx, expected);
          await tx.objectStore('meta').put(newMeta, 'vault');
          await tx.objectStore('records').clear();
          for (const row of resealed) await tx.objectStore('records').put(row);
        });
      });
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

  /** Every record, decrypted. Refuses (rather than skipping) if any record cannot be opened. */
  async snapshot(): Promise<VaultSnapshot> {
    const { key } = this.#requireUnlocked();
    const db = await this.#open();
    const rows = await db.getAll('records');
    const records: StudentRecord[] = [];
    const versions = new Map<string, string>();
    for (const row of rows) {
      const record = await openRecord(key, row);
      records.push(record);
      versions.set(record.studentKey, row.sealed.iv);
    }
    return { records, versions };
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
      const rows: StoredRecord[] = [];
      for (const record of records) rows.push(await sealRecord(unlocked, record));
      const expectedById = new Map<string, string | undefined>();
      for (const [studentKey, version] of expected) expectedById.set(await recordId(unlocked.indexKey, studentKey), version);
      await this.#write('Sikkerhetskopien ble ikke lest inn', ['meta', 'records'], async (tx) => {
        await assertSameKey(tx, unlocked);
        for (const [id, version] of expectedById) {
          const current = await tx.objectStore('records').get(id);
          if (current?.sealed.iv !== version) throw new ConcurrentChangeError();
        }
        for (const row of rows) await tx.objectStore('records').put(row);
      });
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
      keyCheck: meta.keyCheck,
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
      throw new StoreError(
        ['Nøkkeldataene i notatlageret er skadet:', ...describeIssues(parsed.error, 'meta.vault', raw)].join('\n'),
      );
    }
    return parsed.data;
  }

  /**
   * Seals the records a schema v1–v2 store kept (student key and `updatedAt` in clear, no binding)
   * into 'records', and removes the old rows, in one transaction. A row the key cannot open stays
   * where it was (listStudents shows it); a row another window changed meanwhile waits for the
   * next unlock. Nothing is lost: each old row goes only in the transaction its new row is written.
   */
  async #sealLegacyRecords(unlocked: Unlocked): Promise<void> {
    const db = await this.#open();
    const legacy = await db.getAll('students');
    if (legacy.length === 0) return;
    const moved: { from: StoredStudent; row: StoredRecord }[] = [];
    for (const from of legacy) {
      const record = await openLegacyRecord(unlocked.key, from).catch(() => null);
      if (record) moved.push({ from, row: await sealRecord(unlocked, record) });
    }
    if (moved.length === 0) return;
    await this.#write('Notatene ble ikke flyttet til det nye lageret', ['meta', 'records', 'students'], async (tx) => {
      await assertSameKey(tx, unlocked);
      for (const { from, row } of moved) {
        const current = await tx.objectStore('students').get(from.studentKey);
        if (current?.sealed.iv !== from.sealed.iv) continue;
        // Already there (it cannot be, unless written twice): keep both rather than lose one.
        if (await tx.objectStore('records').get(row.id)) continue;
        await tx.objectStore('records').put(row);
        await tx.objectStore('students').delete(from.studentKey);
      }
    });
  }

  /**
   * One read-write transaction around `body`. If the body throws, the transaction is aborted
   * explicitly: otherwise IndexedDB would commit the requests that had already succeeded.
   */
  async #write(action: string, stores: VaultStoreName[], body: (tx: WriteTx) => Promise<void>): Promise<void> {
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
    throw new StoreError(
      ['Notatet ble ikke lagret: det er ikke gyldig.', ...describeIssues(parsed.error, 'notat', input)].join('\n'),
    );
  }
  return parsed.data;
}

async function sealRecord(keys: VaultKeys, record: StudentRecord): Promise<StoredRecord> {
  const id = await recordId(keys.indexKey, record.studentKey);
  return { id, sealed: await encryptJson(keys.key, record, recordBinding(id)) };
}

/**
 * Opens a record bound to its id. A ciphertext copied into another record's slot fails here (its
 * additional data names the other id). `studentKey`, when the caller looked the record up by it,
 * must be the key inside: a second check that the slot holds whom it should.
 */
async function openRecord(key: CryptoKey, row: StoredRecord, studentKey?: string): Promise<StudentRecord> {
  const record = parseOpened(await decryptJson<unknown>(key, row.sealed, recordBinding(row.id)).catch(() => {
    throw new StoreError('Et notat kan ikke åpnes med denne nøkkelen: det er skadet, endret eller flyttet fra en annen elev.');
  }), 'Et notat');
  if (studentKey !== undefined && record.studentKey !== studentKey) {
    throw new StoreError('Et notat ligger på en annen elevs plass: det er endret eller flyttet, og vises ikke.');
  }
  return record;
}

/** Opens a record as schema v1–v2 stored it (sealed without binding, the student key beside it). */
async function openLegacyRecord(key: CryptoKey, row: StoredStudent): Promise<StudentRecord> {
  const record = parseOpened(await decryptJson<unknown>(key, row.sealed).catch(() => {
    throw new StoreError(`Notatet for ${row.studentKey} kan ikke åpnes med denne nøkkelen: det er skadet eller endret.`);
  }), `Notatet for ${row.studentKey}`);
  if (record.studentKey !== row.studentKey) throw new StoreError(`Notatet for ${row.studentKey} holder en annen elevs notater, og vises ikke.`);
  return record;
}

function parseOpened(plain: unknown, which: string): StudentRecord {
  const parsed = StudentRecord.safeParse(plain);
  if (!parsed.success) {
    throw new StoreError([`${which} har en form denne versjonen ikke kjenner:`, ...describeIssues(parsed.error, 'notat')].join('\n'));
  }
  return parsed.data;
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

/** The students store holds exactly the keys and versions in `expected`. */
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
