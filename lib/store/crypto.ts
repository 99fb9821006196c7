import { z } from 'zod';
import type { StoreProblem } from './store-error';

/**
 * Encryption for the teacher's private notes, with WebCrypto only (globalThis.crypto.subtle: the
 * extension's pages and service worker, and Node 22 in tests).
 *
 * - The passphrase becomes an AES-GCM-256 key through PBKDF2-SHA-256 with 600 000 iterations
 *   (OWASP's current recommendation for PBKDF2-HMAC-SHA256) and a random 16-byte salt per vault.
 * - Every encryption draws a fresh random 12-byte IV; GCM's tag detects a wrong key and any
 *   tampering alike, which is why a separate key-check record tells the two apart.
 * - Keys are non-extractable: the raw key never exists as bytes a script could read back.
 * - The vault's records are found by an HMAC-SHA-256 of the student key, never the key itself. The
 *   HMAC key comes from the same PBKDF2 output as the AES key, through HKDF with its own label, so
 *   one passphrase opens both and neither key reveals the other.
 * - A record's ciphertext carries its record id as AES-GCM additional data: moved to another id,
 *   it no longer opens. Its version is sealed inside it, beside the record.
 */

export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

/** A value as stored: base64 IV and base64 ciphertext (which ends in GCM's 16-byte tag). */
export const Sealed = z.object({
  iv: z.string().regex(/^[A-Za-z0-9+/]+=*$/, 'expected base64'),
  data: z.string().regex(/^[A-Za-z0-9+/]+=*$/, 'expected base64'),
});
export type Sealed = z.infer<typeof Sealed>;

/**
 * A wrong passphrase. Whatever was attempted changed nothing. Not a StoreError (the vault lets
 * those through its transactions unchanged), but it carries a store problem code for the pages
 * to word: a backup's own wrong passphrase says which day's passphrase it needs.
 */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  readonly problem: Extract<StoreProblem, { code: 'wrong-passphrase' | 'backup-wrong-passphrase' }>;
  constructor(problem: WrongPassphraseError['problem'] = { code: 'wrong-passphrase' }) {
    super(problem.code);
    this.problem = problem;
  }
}

/** A ciphertext that the right key cannot open (damaged or altered), or that opened to no JSON. */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
  readonly problem: Extract<StoreProblem, { code: 'decrypt-failed' | 'decrypted-not-json' }>;
  constructor(problem: DecryptionError['problem'] = { code: 'decrypt-failed' }) {
    super(problem.code);
    this.problem = problem;
  }
}

/** The constant the key check seals; only its decryption matters, not its secrecy. */
const KEY_CHECK_TEXT = 'naervaersradar-key-check-v1';
/**
 * The vault's key check since it keeps a manifest (lib/store/vault-manifest.ts): the same proof of
 * the passphrase, and the vault's own word that a manifest exists. Someone who removes the
 * manifest cannot turn this back into the first text without the key.
 */
const MANIFEST_KEY_CHECK_TEXT = 'naervaersradar-key-check-v2-manifest';

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/**
 * PBKDF2-SHA-256 → AES-GCM-256. `iterations` is the count stored with the vault (so a vault made
 * with an older default still opens); new vaults use PBKDF2_ITERATIONS. This is the key of a
 * backup file; the vault's keys come from deriveVaultKeys (whose AES key is the same).
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = PBKDF2_ITERATIONS,
  /** Only for a vault that shares its unlocked key through the browser's in-memory session storage. */
  extractable = false,
): Promise<CryptoKey> {
  const bits = await passphraseBits(passphrase, salt, iterations);
  return globalThis.crypto.subtle.importKey('raw', bits, { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
}

/** PBKDF2-SHA-256, 256 bits: what deriveKey would give as an AES key (WebCrypto derives it from these bits). */
async function passphraseBits(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`PBKDF2 iterations must be a positive integer, got ${iterations}`);
  }
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256));
}

/** What opens a vault: the AES key for its contents, the HMAC key for its record ids. */
export interface VaultKeys {
  key: CryptoKey;
  indexKey: CryptoKey;
}

const INDEX_KEY_INFO = new TextEncoder().encode('naervaersradar vault record index v1');

/**
 * PBKDF2-SHA-256 → 256 bits. The AES key is those bits (exactly what deriveKey gives, so every
 * vault and backup made before keeps opening); the index key is HKDF-SHA-256 over them.
 */
export async function deriveVaultKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = PBKDF2_ITERATIONS,
  extractable = false,
): Promise<VaultKeys> {
  return vaultKeysFromRaw(await passphraseBits(passphrase, salt, iterations), extractable);
}

/** The vault's keys from the raw AES key (as shared between the extension's own contexts). */
export async function vaultKeysFromRaw(raw: Uint8Array<ArrayBuffer>, extractable = false): Promise<VaultKeys> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
  const hkdf = await subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  const indexKey = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: INDEX_KEY_INFO },
    hkdf,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { key, indexKey };
}

/** A record's id: HMAC-SHA-256 of the student key, base64url without padding (43 characters). */
export async function recordId(indexKey: CryptoKey, studentKey: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', indexKey, new TextEncoder().encode(studentKey));
  return toBase64(new Uint8Array(mac)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The additional data that binds a record's ciphertext to its id (records sealed before they carried a version). */
export function recordBinding(id: string): string {
  return `naervaersradar/record/v1/${id}`;
}

/** The same for a record sealed with its version beside it (lib/store/vault-manifest.ts). */
export function versionedRecordBinding(id: string): string {
  return `naervaersradar/record/v2/${id}`;
}

/** The raw AES key as base64, for the session hand-over between the extension's own contexts. */
export async function exportRawKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', key)));
}

/** Imports a raw AES-GCM-256 key; the imported key is not extractable again. */
export async function importRawKey(base64: string): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', fromBase64(base64), { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** `binding`: additional data the ciphertext is bound to; it must be given again to decrypt. */
export async function encryptJson(key: CryptoKey, value: unknown, binding?: string): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const cipher = await globalThis.crypto.subtle.encrypt(gcm(iv, binding), key, plain);
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(cipher)) };
}

/**
 * Decrypts and parses. The type parameter is a promise the caller keeps by validating the result
 * (the vault runs it through zod): decryption proves who wrote it, not what shape it has.
 */
export async function decryptJson<T>(key: CryptoKey, sealed: Sealed, binding?: string): Promise<T> {
  let plain: ArrayBuffer;
  try {
    const iv = fromBase64(sealed.iv);
    if (iv.length !== IV_BYTES) throw new DecryptionError();
    plain = await globalThis.crypto.subtle.decrypt(gcm(iv, binding), key, fromBase64(sealed.data));
  } catch {
    throw new DecryptionError();
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as T;
  } catch {
    throw new DecryptionError({ code: 'decrypted-not-json' });
  }
}

function gcm(iv: Uint8Array<ArrayBuffer>, binding: string | undefined): AesGcmParams {
  return binding === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(binding) };
}

/** A key check for a backup file (which has no manifest). */
export function makeKeyCheck(key: CryptoKey): Promise<Sealed> {
  return encryptJson(key, KEY_CHECK_TEXT);
}

/** The vault's key check, saying the vault keeps a manifest. */
export function makeManifestKeyCheck(key: CryptoKey): Promise<Sealed> {
  return encryptJson(key, MANIFEST_KEY_CHECK_TEXT);
}

/** True when `key` opens the key check (either kind), i.e. the passphrase was right. */
export async function keyMatches(key: CryptoKey, check: Sealed): Promise<boolean> {
  return (await keyCheckKind(key, check)) !== null;
}

/** Which key check `key` opens: 'plain' (a backup's, or a vault's from before the manifest), 'manifest', or null. */
export async function keyCheckKind(key: CryptoKey, check: Sealed): Promise<'plain' | 'manifest' | null> {
  try {
    const text = await decryptJson<unknown>(key, check);
    return text === KEY_CHECK_TEXT ? 'plain' : text === MANIFEST_KEY_CHECK_TEXT ? 'manifest' : null;
  } catch {
    return null;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
