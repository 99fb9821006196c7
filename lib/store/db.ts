import { wrap } from 'idb';
import { LATEST_SCHEMA_VERSION, runMigrations } from './migrations';
import { StoreError } from './store-error';
import type { UpgradeTransaction, VaultDb } from './vault-schema';

/** The note store's database; its layout is in vault-schema.ts. */
export const DB_NAME = 'naervaersradar';

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
    throw new StoreError({ code: 'db-open-failed' }, { cause: error });
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
      throw new StoreError({ code: 'db-newer-version' }, { cause: error });
    }
    throw new StoreError({ code: 'db-upgrade-failed' }, { cause: error });
  }
}
