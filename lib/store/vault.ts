import { StudentRecord, describeIssues, type IsoDate, type StudentRecordInput } from '../model';
import {
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  decryptJson,
  deriveKey,
  encryptJson,
  exportRawKey,
  fromBase64,
  importRawKey,
  keyMatches,
  makeKeyCheck,
  randomSalt,
  toBase64,
  type Sealed,
} from './crypto';
import { DB_NAME, openVaultDb } from './db';
import { VaultMeta, type StoredStudent, type VaultDb, type VaultSchema, type VaultStoreName } from './vault-schema';
import { LATEST_SCHEMA_VERSION } from './migrations';
import {
  AlreadySetUpError,
  ConcurrentChangeError,
  KeyChangedError,
  LockedError,
  NotSetUpError,
  PassphraseTooShortError,
  StoreError,
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
 */

export const MIN_PASSPHRASE_LENGTH = 8;

export interface VaultOptions {
  /** `indexedDB` in the extension; `new IDBFactory()` from fake-indexeddb in tests. */
  factory: IDBFactory;
  /** The clock for backup stamps and merge markers (lib/ never reads the clock itself). */
  clock: () => Date;
  dbName?: string;
  /**
   * Test-only knobs. `iterations` lowers the PBKDF2 count for new vaults so unit tests do not
   * spend a second per derivation; `schemaVersion` opens an older schema to write data the way
   * that version did. Production code never passes these.
   */
  testOnly?: { iterations?: number; schemaVersion?: number };
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
      studentKey: string;
      updatedAt: string;
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

interface Unlocked {
  key: CryptoKey;
  /** Which stored key check this key was verified against (its IV is unique per seal). */
  keyCheckIv: string;
}

export class Vault {
  readonly #factory: IDBFactory;
  readonly #clock: () => Date;
  readonly #dbName: string;
  readonly #iterations: number;
  readonly #schemaVersion: number;
  readonly #shareableKey: boolean;
  #db: Promise<VaultDb> | null = null;
  #unlocked: Unlocked | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.#factory = options.factory;
    this.#clock = options.clock;
    this.#dbName = options.dbName ?? DB_NAME;
    this.#iterations = options.testOnly?.iterations ?? PBKDF2_ITERATIONS;
    this.#schemaVersion = options.testOnly?.schemaVersion ?? LATEST_SCHEMA_VERSION;
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
    checkLength(passphrase);
    return this.#serial(async () => {
      if (await this.isSetUp()) throw new AlreadySetUpError();
      const salt = randomSalt();
      const key = await deriveKey(passphrase, salt, this.#iterations, this.#shareableKey);
      const meta: VaultMeta = {
        salt: toBase64(salt),
        iterations: this.#iterations,
        keyCheck: await makeKeyCheck(key),
      };
      await this.#write('Passordet ble ikke lagret', ['meta'], async (tx) => {
        // add, not put: two windows setting up at once must not overwrite each other's salt.
        await tx.objectStore('meta').add(meta, 'vault');
      });
      this.#unlocked = { key, keyCheckIv: meta.keyCheck.iv };
    });
  }

  /** Wrong passphrase → WrongPassphraseError, and the vault stays as it was (locked or not). */
  unlock(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const meta = await this.#readMeta();
      const key = await deriveKey(passphrase, fromBase64(meta.salt), meta.iterations, this.#shareableKey);
      if (!(await keyMatches(key, meta.keyCheck))) throw new WrongPassphraseError();
      this.#unlocked = { key, keyCheckIv: meta.keyCheck.iv };
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
      const key = await importRawKey(base64).catch(() => null);
      if (!key || !(await keyMatches(key, meta.keyCheck))) return false;
      this.#unlocked = { key, keyCheckIv: meta.keyCheck.iv };
      return true;
    });
  }

  async getStudent(studentKey: string): Promise<StudentRecord | undefined> {
    const { key } = this.#requireUnlocked();
    const db = await this.#open();
    const row = await db.get('students', studentKey);
    return row ? openRecord(key, row) : undefined;
  }

  /** Validates, encrypts and writes the record (and its reminder dates) in one transaction. */
  async putStudent(input: StudentRecordInput): Promise<void> {
    const record = parseRecord(input);
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      const row = await sealRecord(unlocked.key, record);
      await this.#write('Notatet ble ikke lagret', this.#storesFor('meta', 'students', 'reminders'), async (tx) => {
        await assertSameKey(tx, unlocked);
        await tx.objectStore('students').put(row);
        await this.#writeReminders(tx, record);
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
      const [from, to] = await Promise.all([db.get('students', fromKey), db.get('students', toKey)]);
      if (!from || to) return false;
      const record = parseRecord({ ...(await openRecord(unlocked.key, from)), studentKey: toKey });
      const row = await sealRecord(unlocked.key, record);
      await this.#write('Notatet ble ikke flyttet', this.#storesFor('meta', 'students', 'reminders'), async (tx) => {
        await assertSameKey(tx, unlocked);
        const current = await tx.objectStore('students').get(fromKey);
        if (current?.sealed.iv !== from.sealed.iv || (await tx.objectStore('students').get(toKey))) throw new ConcurrentChangeError();
        await tx.objectStore('students').put(row);
        await tx.objectStore('students').delete(fromKey);
        await this.#deleteReminders(tx, fromKey);
        await this.#writeReminders(tx, record);
      });
      return true;
    });
  }

  /** Summaries for the student list, most recently updated first. */
  async listStudents(): Promise<StudentSummary[]> {
    const { key } = this.#requireUnlocked();
    const rows = await this.#allRows();
    const summaries = await Promise.all(
      rows.map(async (row): Promise<StudentSummary> => {
        try {
          return summarise(await openRecord(key, row));
        } catch (error) {
          return {
            readable: false,
            studentKey: row.studentKey,
            updatedAt: row.updatedAt,
            problem: error instanceof Error ? error.message : String(error),
          };
        }
      }),
    );
    return summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  deleteStudent(studentKey: string): Promise<void> {
    return this.#serial(async () => {
      const unlocked = this.#requireUnlocked();
      await this.#write('Notatet ble ikke slettet', this.#storesFor('meta', 'students', 'reminders'), async (tx) => {
        await assertSameKey(tx, unlocked);
        await tx.objectStore('students').delete(studentKey);
        await this.#deleteReminders(tx, studentKey);
      });
    });
  }

  /**
   * Removes every note, the salt and the key check, in one transaction, and locks. Allowed while
   * locked: it is the way out for a forgotten passphrase.
   */
  deleteEverything(): Promise<void> {
    return this.#serial(async () => {
      const stores = this.#storesFor('meta', 'students', 'reminders');
      await this.#write('Notatene ble ikke slettet', stores, async (tx) => {
        for (const name of stores) await tx.objectStore(name).clear();
        await tx.objectStore('meta').put({ version: this.#schemaVersion }, 'schema');
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
    checkLength(newPassphrase);
    return this.#serial(async () => {
      const meta = await this.#readMeta();
      const oldKey = await deriveKey(oldPassphrase, fromBase64(meta.salt), meta.iterations);
      if (!(await keyMatches(oldKey, meta.keyCheck))) throw new WrongPassphraseError();
      const salt = randomSalt();
      const newKey = await deriveKey(newPassphrase, salt, this.#iterations, this.#shareableKey);
      const newMeta: VaultMeta = {
        salt: toBase64(salt),
        iterations: this.#iterations,
        keyCheck: await makeKeyCheck(newKey),
      };
      await retryOnConcurrentChange(async () => {
        const rows = await this.#allRows();
        const resealed: StoredStudent[] = [];
        for (const row of rows) {
          let plain: unknown;
          try {
            plain = await decryptJson<unknown>(oldKey, row.sealed);
          } catch {
            throw new StoreError(
              `Notatet for ${row.studentKey} kan ikke åpnes med det gamle passordet, så passordet er ikke byttet. Ingenting er endret.`,
            );
          }
          resealed.push({ ...row, sealed: await encryptJson(newKey, plain) });
        }
        const expected = versionsOf(rows);
        await this.#write('Passordet ble ikke byttet', ['meta', 'students'], async (tx) => {
          await assertSameKey(tx, { keyCheckIv: meta.keyCheck.iv });
          await assertVersions(tx, expected);
          await tx.objectStore('meta').put(newMeta, 'vault');
          for (const row of resealed) await tx.objectStore('students').put(row);
        });
      });
      this.#unlocked = { key: newKey, keyCheckIv: newMeta.keyCheck.iv };
    });
  }

  /** Open reminders due on or before `asOf`. Dates are stored in clear, so this works while locked. */
  async dueReminders(asOf: IsoDate): Promise<DueReminder[]> {
    const db = await this.#open();
    if (!db.objectStoreNames.contains('reminders')) return [];
    const rows = await db.getAllFromIndex('reminders', 'byDueOn');
    return rows.filter((row) => row.dueOn <= asOf).map(({ studentKey, id, dueOn }) => ({ studentKey, id, dueOn }));
  }

  // --- for lib/store/backup.ts -------------------------------------------------------------

  /** Every record, decrypted. Refuses (rather than skipping) if any record cannot be opened. */
  async snapshot(): Promise<VaultSnapshot> {
    const { key } = this.#requireUnlocked();
    const rows = await this.#allRows();
    const records: StudentRecord[] = [];
    for (const row of rows) records.push(await openRecord(key, row));
    return { records, versions: versionsOf(rows) };
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
      const rows: StoredStudent[] = [];
      for (const record of records) rows.push(await sealRecord(unlocked.key, record));
      await this.#write('Sikkerhetskopien ble ikke lest inn', this.#storesFor('meta', 'students', 'reminders'), async (tx) => {
        await assertSameKey(tx, unlocked);
        for (const [studentKey, version] of expected) {
          const current = await tx.objectStore('students').get(studentKey);
          if (current?.sealed.iv !== version) throw new ConcurrentChangeError();
        }
        for (const [i, row] of rows.entries()) {
          await tx.objectStore('students').put(row);
          await this.#writeReminders(tx, records[i] as StudentRecord);
        }
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
      const opening = openVaultDb(this.#factory, this.#dbName, this.#schemaVersion).then((db) => {
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

  async #allRows(): Promise<StoredStudent[]> {
    const db = await this.#open();
    return db.getAll('students');
  }

  /** The stores a write needs, minus those this schema version does not have yet. */
  #storesFor(...names: VaultStoreName[]): VaultStoreName[] {
    return this.#schemaVersion >= 2 ? names : names.filter((name) => name !== 'reminders');
  }

  async #writeReminders(tx: WriteTx, record: StudentRecord): Promise<void> {
    if (!tx.objectStoreNames.contains('reminders')) return;
    await this.#deleteReminders(tx, record.studentKey);
    for (const reminder of record.reminders) {
      if (!reminder.done) {
        await tx.objectStore('reminders').put({ studentKey: record.studentKey, id: reminder.id, dueOn: reminder.dueOn });
      }
    }
  }

  async #deleteReminders(tx: WriteTx, studentKey: string): Promise<void> {
    if (!tx.objectStoreNames.contains('reminders')) return;
    const store = tx.objectStore('reminders');
    for (const key of await store.index('byStudent').getAllKeys(studentKey)) await store.delete(key);
  }

  /**
   * One read-write transaction around `body`. If the body throws, the transaction is aborted
   * explicitly: otherwise IndexedDB would commit the requests that had already succeeded.
   */
  async #write(action: string, stores: VaultStoreName[], body: (tx: WriteTx) => Promise<void>): Promise<void> {
    const db = await this.#open();
    let tx: WriteTx;
    try {
      tx = db.transaction(this.#storesFor(...stores), 'readwrite');
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

function checkLength(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new PassphraseTooShortError(MIN_PASSPHRASE_LENGTH);
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

async function sealRecord(key: CryptoKey, record: StudentRecord): Promise<StoredStudent> {
  return { studentKey: record.studentKey, updatedAt: record.updatedAt, sealed: await encryptJson(key, record) };
}

async function openRecord(key: CryptoKey, row: StoredStudent): Promise<StudentRecord> {
  let plain: unknown;
  try {
    plain = await decryptJson<unknown>(key, row.sealed);
  } catch {
    throw new StoreError(`Notatet for ${row.studentKey} kan ikke åpnes med denne nøkkelen: det er skadet eller endret.`);
  }
  const parsed = StudentRecord.safeParse(plain);
  if (!parsed.success) {
    throw new StoreError(
      [`Notatet for ${row.studentKey} har en form denne versjonen ikke kjenner:`, ...describeIssues(parsed.error, 'notat')].join(
        '\n',
      ),
    );
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

function versionsOf(rows: readonly StoredStudent[]): Map<string, string> {
  return new Map(rows.map((row) => [row.studentKey, row.sealed.iv]));
}

async function assertSameKey(tx: WriteTx, unlocked: Pick<Unlocked, 'keyCheckIv'>): Promise<void> {
  const meta = (await tx.objectStore('meta').get('vault')) as VaultMeta | undefined;
  if (meta?.keyCheck?.iv !== unlocked.keyCheckIv) throw new KeyChangedError();
}

/** The students store holds exactly the keys and versions in `expected`. */
async function assertVersions(tx: WriteTx, expected: ReadonlyMap<string, string>): Promise<void> {
  const rows = await tx.objectStore('students').getAll();
  if (rows.length !== expected.size) throw new ConcurrentChangeError();
  for (const row of rows) {
    if (expected.get(row.studentKey) !== row.sealed.iv) throw new ConcurrentChangeError();
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
