/**
 * What a read found wrong with the vault as a whole or with one record (lib/store/vault-manifest.ts
 * decides it). Codes, worded by the pages in nb, nn and en (lib/i18n/messages/student.ts,
 * `stuIntegrity…`). A file of its own so that store errors can carry it without importing the
 * manifest and its crypto.
 */
export type IntegrityProblem =
  /** An older ciphertext of this record was put back. */
  | { kind: 'rolledBack'; recordId: string; studentKey: string; displayName: string }
  /** The record was deleted outside the extension. */
  | { kind: 'deleted'; recordId: string; studentKey: string; displayName: string }
  /** A record the manifest does not list (deleted earlier, then put back). */
  | { kind: 'unlisted'; recordId: string; studentKey: string; displayName: string }
  /** The manifest is older than the records: it was put back from an earlier copy. */
  | { kind: 'manifestOlder' }
  /** The manifest is gone, yet the records were written with versions: it was removed. */
  | { kind: 'manifestMissing' }
  /** The manifest does not open with the vault's key: damaged or replaced. */
  | { kind: 'manifestDamaged' };

export type IntegrityProblemKind = IntegrityProblem['kind'];
