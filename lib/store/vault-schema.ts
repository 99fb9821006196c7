import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { z } from 'zod';
import { Sealed } from './crypto';

/**
 * The IndexedDB layout of the note store. Opened only from the extension's own origin: a content
 * script opening it would open the portal origin's database instead.
 *
 * In clear text the store holds only what it needs to find and order things: portal-local student
 * keys (ids, never names), updatedAt stamps, reminder dates, and the KDF salt and count. Every name,
 * note and date the teacher typed is inside a Sealed value.
 */

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
