import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DecryptionError,
  IV_BYTES,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  decryptJson,
  deriveKey,
  deriveVaultKeys,
  encryptJson,
  fromBase64,
  keyMatches,
  makeKeyCheck,
  randomSalt,
  toBase64,
} from '../../../lib/store/crypto';

const LOW = 1_000;

describe('crypto', () => {
  it('uses at least 600 000 PBKDF2 iterations by default', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trips JSON with æøå under a derived key', async () => {
    const key = await deriveKey('et langt passord', randomSalt(), LOW);
    const value = { tekst: 'Åse ble hentet av bestemor; ærlig prat om søvn og mobil', n: 3, liste: ['ø', null] };
    expect(await decryptJson(key, await encryptJson(key, value))).toEqual(value);
  });

  it('draws a fresh 16-byte salt and 12-byte IV every time', async () => {
    expect(fromBase64(toBase64(randomSalt()))).toHaveLength(SALT_BYTES);
    expect(toBase64(randomSalt())).not.toBe(toBase64(randomSalt()));
    const key = await deriveKey('et langt passord', randomSalt(), LOW);
    const a = await encryptJson(key, 'samme');
    const b = await encryptJson(key, 'samme');
    expect(fromBase64(a.iv)).toHaveLength(IV_BYTES);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('does not contain the plaintext in the sealed value', async () => {
    const key = await deriveKey('et langt passord', randomSalt(), LOW);
    const sealed = await encryptJson(key, { navn: 'Kari Nordmann' });
    expect(JSON.stringify(sealed)).not.toContain('Kari');
    expect(atob(sealed.data)).not.toContain('Kari');
  });

  it('detects a wrong passphrase through the key check', async () => {
    const salt = randomSalt();
    const right = await deriveKey('riktig passord', salt, LOW);
    const wrong = await deriveKey('feil passord!', salt, LOW);
    const check = await makeKeyCheck(right);
    expect(await keyMatches(right, check)).toBe(true);
    expect(await keyMatches(wrong, check)).toBe(false);
    await expect(decryptJson(wrong, await encryptJson(right, 'x'))).rejects.toBeInstanceOf(DecryptionError);
  });

  it('derives different keys from the same passphrase with different salts or counts', async () => {
    const salt = randomSalt();
    const key = await deriveKey('riktig passord', salt, LOW);
    const check = await makeKeyCheck(key);
    expect(await keyMatches(await deriveKey('riktig passord', randomSalt(), LOW), check)).toBe(false);
    expect(await keyMatches(await deriveKey('riktig passord', salt, LOW + 1), check)).toBe(false);
  });

  it('refuses a tampered ciphertext or IV', async () => {
    const key = await deriveKey('riktig passord', randomSalt(), LOW);
    const sealed = await encryptJson(key, 'hemmelig');
    const bytes = fromBase64(sealed.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(decryptJson(key, { ...sealed, data: toBase64(bytes) })).rejects.toBeInstanceOf(DecryptionError);
    await expect(decryptJson(key, { ...sealed, iv: toBase64(new Uint8Array(8)) })).rejects.toBeInstanceOf(
      DecryptionError,
    );
  });

  it('base64 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('deriveVaultKeys', () => {
  it('gives the AES key earlier versions derived straight from PBKDF2, so their vaults and backups open', async () => {
    const salt = randomSalt();
    const subtle = globalThis.crypto.subtle;
    // The derivation every earlier version used, written out here.
    const material = await subtle.importKey('raw', new TextEncoder().encode('riktig hest batteri stift'), 'PBKDF2', false, ['deriveKey']);
    const earlier = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1_000 }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const sealed = await encryptJson(earlier, { note: 'fra før' });
    const { key } = await deriveVaultKeys('riktig hest batteri stift', salt, 1_000);
    expect(await decryptJson(key, sealed)).toEqual({ note: 'fra før' });
  });

  it('binds a sealed value to its additional data', async () => {
    const { key } = await deriveVaultKeys('riktig hest batteri stift', randomSalt(), 1_000);
    const sealed = await encryptJson(key, 'x', 'naervaersradar/record/v1/A');
    expect(await decryptJson(key, sealed, 'naervaersradar/record/v1/A')).toBe('x');
    await expect(decryptJson(key, sealed, 'naervaersradar/record/v1/B')).rejects.toBeInstanceOf(DecryptionError);
    await expect(decryptJson(key, sealed)).rejects.toBeInstanceOf(DecryptionError);
  });
});
