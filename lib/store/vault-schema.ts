import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { z } from 'zod';
import { Sealed } from './crypto';

/**
 * The IndexedDB layout of the note store. Opened only from the extension's own origin: a content
 * script opening it would open the portal origin's database instead.
 *
 * In clear text the store holds only the KDF salt and count, the key check, the sealed manifest,
 * and per record an id (an HMAC of the student key that only the passphrase's key can compute) and
 * a Sealed value bound to that id. Student keys, names, notes, versions and every date are sealed.
 *
 * Schema v1–v2 kept student keys, `updatedAt` and reminder dates in clear ('students',
 * 'reminders'). v3 drops the reminder projection and adds 'records'; the old rows move there on
 * the first unlock (the move needs the key), lib/store/vault.ts.
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

/** A record as schema v1–v2 stored it: the student key and `updatedAt` in clear, the rest sealed without binding. */
export interface StoredStudent {
  studentKey: string;
  updatedAt: string;
  sealed: Sealed;
}

/**
 * A record as stored from schema v3: its id (HMAC of the student key) and its sealed record, bound
 * to the id. Since the manifest, the sealed value is `{ version, record }` (versionedRecordBinding);
 * a record sealed before holds the record alone (recordBinding) and counts as version 0.
 */
export interface StoredRecord {
  id: string;
  sealed: Sealed;
}

/** Clear-text projection of a record's open reminders (schema v2 only; dropped in v3). */
export interface StoredReminder {
  studentKey: string;
  id: string;
  dueOn: string;
}

export interface VaultSchema extends DBSchema {
  /** 'vault': VaultMeta; 'schema': SchemaMeta; 'manifest': the Sealed manifest (lib/store/vault-manifest.ts). */
  meta: { key: string; value: VaultMeta | SchemaMeta | Sealed };
  /** Schema v1–v2 records, kept until the first unlock moves them into 'records'. */
  students: { key: string; value: StoredStudent; indexes: { byUpdatedAt: string } };
  records: { key: string; value: StoredRecord };
  reminders: {
    key: [string, string];
    value: StoredReminder;
    indexes: { byDueOn: string; byStudent: string };
  };
}

export type VaultDb = IDBPDatabase<VaultSchema>;
export type VaultStoreName = StoreNames<VaultSchema>;
export type UpgradeTransaction = IDBPTransaction<VaultSchema, VaultStoreName[], 'versionchange'>;
