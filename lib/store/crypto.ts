import { z } from 'zod';

/**
 * Encryption for the teacher's private notes, with WebCrypto only (globalThis.crypto.subtle: the
 * extension's pages and service worker, and Node 22 in tests).
 *
 * - The passphrase becomes an AES-GCM-256 key through PBKDF2-SHA-256 with 600 000 iterations
 *   (OWASP's current recommendation for PBKDF2-HMAC-SHA256) and a random 16-byte salt per vault.
 * - Every encryption draws a fresh random 12-byte IV; GCM's tag detects a wrong key and any
 *   tampering alike, which is why a separate key-check record tells the two apart.
 * - Keys are non-extractable: the raw key never exists as bytes a script could read back.
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

/** A wrong passphrase. Whatever was attempted changed nothing. */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor(message = 'Feil passord. Ingenting er endret.') {
    super(message);
  }
}

/** A ciphertext that the right key cannot open: damaged or altered. */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
  constructor(message = 'Innholdet kunne ikke dekrypteres: det er skadet eller endret.') {
    super(message);
  }
}

/** The constant the key check seals; only its decryption matters, not its secrecy. */
const KEY_CHECK_TEXT = 'naervaersradar-key-check-v1';

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/**
 * PBKDF2-SHA-256 → AES-GCM-256. `iterations` is the count stored with the vault (so a vault made
 * with an older default still opens); new vaults use PBKDF2_ITERATIONS.
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = PBKDF2_ITERATIONS,
  /** Only for a vault that shares its unlocked key through the browser's in-memory session storage. */
  extractable = false,
): Promise<CryptoKey> {
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`PBKDF2 iterations must be a positive integer, got ${iterations}`);
  }
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
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

export async function encryptJson(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const cipher = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(cipher)) };
}

/**
 * Decrypts and parses. The type parameter is a promise the caller keeps by validating the result
 * (the vault runs it through zod): decryption proves who wrote it, not what shape it has.
 */
export async function decryptJson<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  let plain: ArrayBuffer;
  try {
    const iv = fromBase64(sealed.iv);
    if (iv.length !== IV_BYTES) throw new DecryptionError();
    plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, fromBase64(sealed.data));
  } catch {
    throw new DecryptionError();
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as T;
  } catch {
    throw new DecryptionError('Innholdet ble dekryptert, men er ikke gyldig JSON.');
  }
}

export function makeKeyCheck(key: CryptoKey): Promise<Sealed> {
  return encryptJson(key, KEY_CHECK_TEXT);
}

/** True when `key` opens the key check, i.e. the passphrase was right. */
export async function keyMatches(key: CryptoKey, check: Sealed): Promise<boolean> {
  try {
    return (await decryptJson<unknown>(key, check)) === KEY_CHECK_TEXT;
  } catch {
    return false;
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
