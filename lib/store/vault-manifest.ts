import { z } from 'zod';
import { Sealed, decryptJson, encryptJson } from './crypto';
import type { IntegrityProblem } from './integrity-problem';

/**
 * The vault's manifest: which records the vault holds, and which version of each it wrote last.
 * Sealed with the vault key, so someone who can write the browser profile can neither read nor
 * forge it; written in the same transaction as every record it describes (lib/store/vault.ts).
 *
 * Each record's sealed value carries its own version (`generation` when it was written); the
 * manifest carries the version it expects. Compared on every read, they tell:
 * - a record *older* than the manifest says: an earlier ciphertext of its own put back;
 * - a record the manifest lists but the store lacks: deleted outside the extension;
 * - a record the store holds but the manifest does not list: one deleted earlier, put back;
 * - a record *newer* than the manifest (or the manifest missing, while versioned records exist):
 *   the manifest itself was put back or removed.
 * What it cannot tell: the whole vault (manifest and every record written since) put back
 * together is an earlier state of it that was once current (docs/SECURITY.md).
 */

/** meta['manifest'] holds the Sealed manifest, bound to this label. */
export const MANIFEST_KEY = 'manifest';
const MANIFEST_BINDING = 'naervaersradar/manifest/v1';

export const ManifestEntry = z.object({
  /** The generation at which the record was last written; 0 for a record sealed before versions. */
  version: z.number().int().nonnegative(),
  /** Kept so that a record deleted behind the extension's back can still be named to the teacher. */
  studentKey: z.string().min(1),
  displayName: z.string(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  /** Bumped by every write; the newest version any record can hold. */
  generation: z.number().int().nonnegative(),
  /** By record id (the HMAC of the student key). */
  records: z.record(z.string(), ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

export const EMPTY_MANIFEST: Manifest = { generation: 0, records: {} };

export function sealManifest(key: CryptoKey, manifest: Manifest): Promise<Sealed> {
  return encryptJson(key, manifest, MANIFEST_BINDING);
}

/** The manifest, or null when it does not open or has a shape this version does not know. */
export async function openManifest(key: CryptoKey, stored: unknown): Promise<Manifest | null> {
  const sealed = Sealed.safeParse(stored);
  if (!sealed.success) return null;
  const plain = await decryptJson<unknown>(key, sealed.data, MANIFEST_BINDING).catch(() => null);
  const parsed = Manifest.safeParse(plain);
  return parsed.success ? parsed.data : null;
}


export type { IntegrityProblem, IntegrityProblemKind } from './integrity-problem';

/** A record as read from the store and opened: its version is null when sealed before versions. */
export interface OpenedVersion {
  recordId: string;
  studentKey: string;
  displayName: string;
  version: number | null;
}

/** How one opened record compares with the manifest; null when it is the version the manifest expects. */
export function recordProblem(manifest: Manifest, opened: OpenedVersion): IntegrityProblem | null {
  const version = opened.version ?? 0;
  const entry = manifest.records[opened.recordId];
  const who = { recordId: opened.recordId, studentKey: opened.studentKey, displayName: opened.displayName };
  if (version > manifest.generation || (entry !== undefined && version > entry.version)) return { kind: 'manifestOlder' };
  if (entry === undefined) return { kind: 'unlisted', ...who };
  if (version < entry.version) return { kind: 'rolledBack', ...who };
  return null;
}

/**
 * Every problem a full read finds: each opened record against the manifest, and each listed record
 * the store no longer holds (`storedIds`: every id in the store, opened or not — one that does not
 * open is reported as unreadable by the vault, not as deleted). Each problem once, in a stable order.
 */
export function integrityProblems(manifest: Manifest, opened: readonly OpenedVersion[], storedIds: ReadonlySet<string>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  let manifestOlder = false;
  for (const record of opened) {
    const problem = recordProblem(manifest, record);
    if (problem?.kind === 'manifestOlder') manifestOlder = true;
    else if (problem) problems.push(problem);
  }
  for (const [recordId, entry] of Object.entries(manifest.records)) {
    if (!storedIds.has(recordId)) problems.push({ kind: 'deleted', recordId, studentKey: entry.studentKey, displayName: entry.displayName });
  }
  problems.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return manifestOlder ? [{ kind: 'manifestOlder' }, ...problems] : problems;
}

function sortKey(problem: IntegrityProblem): string {
  return 'studentKey' in problem ? `${problem.kind}\u0000${problem.studentKey}` : problem.kind;
}
