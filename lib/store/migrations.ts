import type { UpgradeTransaction, VaultDb } from './vault-schema';

/**
 * Schema versions of the note store, oldest first. Each migration takes the database from the
 * previous version to its own, inside the version-change transaction (so only IndexedDB work may
 * be awaited here — never WebCrypto: the transaction would commit half-way). Migrations therefore
 * change structure and clear-text fields only; what is inside a Sealed value is upgraded by the
 * record schema when it is read (StudentRecord's defaults).
 *
 * Never edit a released migration: add the next one. Tests open a database written by each
 * version's code path and read it back through the latest.
 */
export interface Migration {
  version: number;
  /** What the version adds, for the changelog and test names. */
  describe: string;
  run(db: VaultDb, tx: UpgradeTransaction): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: "stores 'meta' (KDF salt, iterations, key check, schema version) and 'students' (sealed records by key)",
    async run(db, tx) {
      db.createObjectStore('meta');
      db.createObjectStore('students', { keyPath: 'studentKey' });
      await tx.objectStore('meta').put({ version: 1 }, 'schema');
    },
  },
  {
    version: 2,
    describe:
      "index 'byUpdatedAt' on students (most recently worked-on first) and store 'reminders' (clear-text dates of open reminders)",
    async run(db, tx) {
      // The index is built over the records v1 wrote: their clear updatedAt is already there.
      tx.objectStore('students').createIndex('byUpdatedAt', 'updatedAt');
      const reminders = db.createObjectStore('reminders', { keyPath: ['studentKey', 'id'] });
      reminders.createIndex('byDueOn', 'dueOn');
      reminders.createIndex('byStudent', 'studentKey');
      // v1 records hold no reminders (the field did not exist), so the projection starts empty.
      await tx.objectStore('meta').put({ version: 2 }, 'schema');
    },
  },
  {
    version: 3,
    describe:
      "store 'records' (sealed records by keyed hash, nothing in clear); the clear reminder dates and the updatedAt index are dropped",
    async run(db, tx) {
      db.createObjectStore('records', { keyPath: 'id' });
      // The reminders are inside each sealed record; this was only their clear-text projection.
      db.deleteObjectStore('reminders');
      tx.objectStore('students').deleteIndex('byUpdatedAt');
      // The old rows still name their student and date in clear: the vault seals them into
      // 'records' on the first unlock (WebCrypto cannot run in this transaction).
      await tx.objectStore('meta').put({ version: 3 }, 'schema');
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export async function runMigrations(
  db: VaultDb,
  tx: UpgradeTransaction,
  fromVersion: number,
  toVersion: number,
): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > fromVersion && migration.version <= toVersion) {
      await migration.run(db, tx);
    }
  }
}
