import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { z } from 'zod';
import { Sealed } from './crypto';
import { LATEST_SCHEMA_VERSION, runMigrations } from './migrations';
import { StoreError } from './store-error';

/**
 * The IndexedDB layout of the note store. Opened only from the extension's own origin: a content
 * script opening it would open the portal origin's database instead.
 *
 * In clear text the store holds only what it needs to find and order things: portal-local student
 * keys (ids, never names), updatedAt stamps, reminder dates, and the KDF salt and count. Every name,
 * note and date the teacher typed is inside a Sealed value.
 */

export const DB_NAME = 'naervaersradar';

/** meta['vault']: what turns a passphrase back into the key, and proves it is the right one. */
export const VaultMeta = z.object({
  salt: z.string().min(1),
  iterations: z.number().int().positive(),
  keyCheck: Sealed,
});
export type VaultMeta = z.infer<typeof VaultMeta>;

/** meta['schema']: the schema version the data was last migrated to (mirrors the IDB version). */
export interface SchemaMeta {
  version: number;
}

export interface StoredStudent {
  studentKey: string;
  updatedAt: string;
  sealed: Sealed;
}

/** Clear-text projection of a record's open reminders (schema v2): when, and for which key. */
export interface StoredReminder {
  studentKey: string;
  id: string;
  dueOn: string;
}

export interface VaultSchema extends DBSchema {
  meta: { key: string; value: VaultMeta | SchemaMeta };
  students: { key: string; value: StoredStudent; indexes: { byUpdatedAt: string } };
  reminders: {
    key: [string, string];
    value: StoredReminder;
    indexes: { byDueOn: string; byStudent: string };
  };
}

export type VaultDb = IDBPDatabase<VaultSchema>;
export type VaultStoreName = StoreNames<VaultSchema>;
export type UpgradeTransaction = IDBPTransaction<VaultSchema, VaultStoreName[], 'versionchange'>;

/**
 * Opens (and if needed creates or migrates) the database through an injected factory — the
 * browser's `indexedDB` in the extension, a fresh fake-indexeddb factory per unit test. idb's own
 * openDB always uses the global, hence this small equivalent around idb's `wrap`.
 *
 * A migration runs inside the version-change transaction: if it fails, the transaction aborts and
 * the database stays exactly as it was, at the old version.
 */
export async function openVaultDb(
  factory: IDBFactory,
  name: string = DB_NAME,
  version: number = LATEST_SCHEMA_VERSION,
): Promise<VaultDb> {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, version);
  } catch (error) {
    throw new StoreError('Kunne ikke åpne notatlageret i nettleseren.', { cause: error });
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as VaultDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
    // An aborted upgrade is reported through the open request below; this promise would only
    // repeat it as an unhandled rejection.
    tx.done.catch(() => undefined);
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch(() => {
      try {
        tx.abort();
      } catch {
        // Already finished: its own error reaches the open request.
      }
    });
  });
  try {
    return (await wrap(request)) as unknown as VaultDb;
  } catch (error) {
    const errorName = error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
    if (errorName === 'VersionError') {
      throw new StoreError(
        'Notatene er lagret av en nyere versjon av Nærværsradar. Oppdater utvidelsen; ingenting er endret.',
        { cause: error },
      );
    }
    throw new StoreError('Kunne ikke åpne eller oppgradere notatlageret. Ingenting er endret.', { cause: error });
  }
}
