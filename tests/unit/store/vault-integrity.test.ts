import { describe, expect, it } from 'vitest';
import { deriveVaultKeys, encryptJson, fromBase64, keyCheckKind, makeKeyCheck, randomSalt, recordBinding, recordId, toBase64 } from '../../../lib/store/crypto';
import { openVaultDb } from '../../../lib/store/db';
import { IntegrityError } from '../../../lib/store/store-error';
import type { Vault } from '../../../lib/store/vault';
import { MANIFEST_KEY, type IntegrityProblem } from '../../../lib/store/vault-manifest';
import { VaultMeta, type StoredRecord } from '../../../lib/store/vault-schema';
import { PASS, TEST_ITERATIONS, freshFactory, record, testVault } from './fake-idb';

/**
 * Someone who can write the browser profile, played with raw IndexedDB beside the vault: an older
 * ciphertext of a record put back, a record deleted, one deleted and put back, the manifest put
 * back, removed or replaced. Each is reported by a fresh unlock and the record is never returned
 * as current. Names below are what the records were written with, so every expected problem is
 * known before the code runs.
 */

const KARI = 'visma:1001';
const OLA = 'visma:1002';

async function rawDb(factory: IDBFactory) {
  return openVaultDb(factory);
}

/** The stored row of a student (the attacker copies rows; the test finds which one with the passphrase). */
async function rowOf(factory: IDBFactory, studentKey: string): Promise<StoredRecord> {
  const db = await rawDb(factory);
  const meta = VaultMeta.parse(await db.get('meta', 'vault'));
  const keys = await deriveVaultKeys(PASS, fromBase64(meta.salt), meta.iterations);
  const row = await db.get('records', await recordId(keys.indexKey, studentKey));
  db.close();
  if (!row) throw new Error(`no row for ${studentKey}`);
  return row;
}

async function putRaw(factory: IDBFactory, row: StoredRecord): Promise<void> {
  const db = await rawDb(factory);
  await db.put('records', row);
  db.close();
}

/** A fresh window's vault, unlocked: what the teacher gets after the profile was tampered with. */
async function reopened(factory: IDBFactory): Promise<Vault> {
  const vault = testVault(factory);
  await vault.unlock(PASS);
  return vault;
}

async function problemOf(promise: Promise<unknown>): Promise<IntegrityProblem | string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof IntegrityError ? error.integrity : String(error);
  }
}

async function vaultWithKariAndOla() {
  const factory = freshFactory();
  const vault = testVault(factory);
  await vault.setUp(PASS);
  await vault.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Første samtale' }));
  await vault.putStudent(record(OLA, { displayName: 'Ola Hansen', freeText: 'Ola sitt notat' }));
  return { factory, vault };
}

describe('Vault manifest: one record rolled back or deleted by someone with the profile', () => {
  it('an older ciphertext of the same record put back is reported, never returned as current', async () => {
    const { factory, vault } = await vaultWithKariAndOla();
    const older = await rowOf(factory, KARI);
    await vault.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Andre samtale: avtale om oppmøte' }));
    await vault.close();
    await putRaw(factory, older);

    const teacher = await reopened(factory);
    const rolledBack = { kind: 'rolledBack', recordId: older.id, studentKey: KARI, displayName: 'Kari Nordmann' };
    expect(await problemOf(teacher.getStudent(KARI))).toEqual(rolledBack);
    expect(await teacher.checkIntegrity()).toEqual([rolledBack]);
    // Not listed as Kari's notes; Ola's record is untouched and still opens.
    expect((await teacher.listStudents()).map((s) => s.studentKey)).toEqual([OLA]);
    expect((await teacher.getStudent(OLA))?.freeText).toBe('Ola sitt notat');
    // Neither a backup nor a passphrase change makes the older copy current unasked.
    expect(await problemOf(teacher.snapshot())).toEqual(rolledBack);
    expect(await problemOf(teacher.changePassphrase(PASS, 'en helt ny setning om fjell'))).toEqual(rolledBack);
  });

  it('a record deleted outside the extension is reported by name, and not taken for a new student', async () => {
    const { factory, vault } = await vaultWithKariAndOla();
    const kari = await rowOf(factory, KARI);
    await vault.close();
    const db = await rawDb(factory);
    await db.delete('records', kari.id);
    db.close();

    const teacher = await reopened(factory);
    const deleted = { kind: 'deleted', recordId: kari.id, studentKey: KARI, displayName: 'Kari Nordmann' };
    expect(await problemOf(teacher.getStudent(KARI))).toEqual(deleted);
    expect(await teacher.checkIntegrity()).toEqual([deleted]);
    expect((await teacher.getStudent(OLA))?.displayName).toBe('Ola Hansen');
  });

  it('a record the teacher deleted, put back from an earlier copy, is reported', async () => {
    const { factory, vault } = await vaultWithKariAndOla();
    const kari = await rowOf(factory, KARI);
    await vault.deleteStudent(KARI);
    expect(await vault.getStudent(KARI)).toBeUndefined();
    await vault.close();
    await putRaw(factory, kari);

    const teacher = await reopened(factory);
    const unlisted = { kind: 'unlisted', recordId: kari.id, studentKey: KARI, displayName: 'Kari Nordmann' };
    expect(await problemOf(teacher.getStudent(KARI))).toEqual(unlisted);
    expect(await teacher.checkIntegrity()).toEqual([unlisted]);
  });

  it('after the teacher accepts what is stored, the older copy is the current one and nothing is reported', async () => {
    const { factory, vault } = await vaultWithKariAndOla();
    const older = await rowOf(factory, KARI);
    await vault.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Andre samtale' }));
    await vault.close();
    await putRaw(factory, older);

    const teacher = await reopened(factory);
    await teacher.acceptStoredState();
    expect(await teacher.checkIntegrity()).toEqual([]);
    expect((await teacher.getStudent(KARI))?.freeText).toBe('Første samtale');
    // And the defence holds from there on: the newer copy is now the one that is out of date.
    await teacher.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Tredje samtale' }));
    expect((await teacher.getStudent(KARI))?.freeText).toBe('Tredje samtale');
  });

  it('the manifest put back, removed or replaced is reported; writes wait until the teacher accepts', async () => {
    const { factory, vault } = await vaultWithKariAndOla();
    let db = await rawDb(factory);
    const manifestAfterTwo = await db.get('meta', MANIFEST_KEY);
    db.close();
    await vault.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Andre samtale' }));
    await vault.close();

    // Put back: Kari's record (version 3) is newer than that manifest (generation 2).
    db = await rawDb(factory);
    await db.put('meta', manifestAfterTwo!, MANIFEST_KEY);
    db.close();
    expect(await (await reopened(factory)).checkIntegrity()).toEqual([{ kind: 'manifestOlder' }]);

    // Removed: the key check says the vault keeps one, so the missing manifest is not re-made.
    db = await rawDb(factory);
    await db.delete('meta', MANIFEST_KEY);
    db.close();
    let teacher = await reopened(factory);
    expect(await teacher.checkIntegrity()).toEqual([{ kind: 'manifestMissing' }]);
    expect(await problemOf(teacher.getStudent(OLA))).toEqual({ kind: 'manifestMissing' });
    expect(await problemOf(teacher.putStudent(record(OLA)))).toEqual({ kind: 'manifestMissing' });
    await teacher.close();

    // Replaced with a value the key does not open.
    const other = await deriveVaultKeys('en annen lang setning her', randomSalt(), TEST_ITERATIONS);
    db = await rawDb(factory);
    await db.put('meta', await encryptJson(other.key, { generation: 99, records: {} }, 'naervaersradar/manifest/v1'), MANIFEST_KEY);
    db.close();
    teacher = await reopened(factory);
    expect(await teacher.checkIntegrity()).toEqual([{ kind: 'manifestDamaged' }]);
    expect(await problemOf(teacher.deleteStudent(OLA))).toEqual({ kind: 'manifestDamaged' });

    await teacher.acceptStoredState();
    expect(await teacher.checkIntegrity()).toEqual([]);
    expect((await teacher.getStudent(KARI))?.freeText).toBe('Andre samtale');
    await teacher.putStudent(record(OLA, { displayName: 'Ola Hansen', freeText: 'Etter godkjenning' }));
    expect((await teacher.getStudent(OLA))?.freeText).toBe('Etter godkjenning');
  });

  it('a passphrase change carries the manifest: a rollback across it is still reported', async () => {
    const { factory, vault } = await vaultWithKariAndOla();
    await vault.changePassphrase(PASS, 'en helt ny setning om fjell');
    expect(await vault.checkIntegrity()).toEqual([]);
    const db = await rawDb(factory);
    const rows = await db.getAll('records');
    db.close();
    await vault.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Etter byttet' }));
    await vault.putStudent(record(OLA, { displayName: 'Ola Hansen', freeText: 'Etter byttet' }));
    await vault.close();
    for (const row of rows) await putRaw(factory, row);
    const teacher = testVault(factory);
    await teacher.unlock('en helt ny setning om fjell');
    expect((await teacher.checkIntegrity()).map((p) => [p.kind, 'displayName' in p ? p.displayName : ''])).toEqual([
      ['rolledBack', 'Kari Nordmann'],
      ['rolledBack', 'Ola Hansen'],
    ]);
  });

  it('what it cannot tell: the whole vault put back together is an earlier state that was once current', async () => {
    const { factory, vault } = await vaultWithKariAndOla();
    let db = await rawDb(factory);
    const earlier = { meta: await db.get('meta', MANIFEST_KEY), rows: await db.getAll('records') };
    db.close();
    await vault.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Andre samtale' }));
    await vault.close();
    db = await rawDb(factory);
    await db.put('meta', earlier.meta!, MANIFEST_KEY);
    for (const row of earlier.rows) await db.put('records', row);
    db.close();
    const teacher = await reopened(factory);
    expect(await teacher.checkIntegrity()).toEqual([]);
    expect((await teacher.getStudent(KARI))?.freeText).toBe('Første samtale');
  });
});

describe('Vault manifest: a vault written before it', () => {
  /** Schema v3 as it was before the manifest: a plain key check, records bound to their id, no version. */
  async function preManifestVault() {
    const factory = freshFactory();
    const salt = randomSalt();
    const keys = await deriveVaultKeys(PASS, salt, TEST_ITERATIONS);
    const db = await rawDb(factory);
    await db.put('meta', { salt: toBase64(salt), iterations: TEST_ITERATIONS, keyCheck: await makeKeyCheck(keys.key) }, 'vault');
    for (const rec of [record(KARI, { displayName: 'Kari Nordmann' }), record(OLA, { displayName: 'Ola Hansen' })]) {
      const id = await recordId(keys.indexKey, rec.studentKey);
      await db.put('records', { id, sealed: await encryptJson(keys.key, rec, recordBinding(id)) });
    }
    db.close();
    return { factory, keys };
  }

  it('opens without a false alarm, and from then on a rollback of its old records is reported', async () => {
    const { factory, keys } = await preManifestVault();
    let db = await rawDb(factory);
    const kariBefore = await db.get('records', await recordId(keys.indexKey, KARI));
    db.close();

    const teacher = await reopened(factory);
    expect(await teacher.checkIntegrity()).toEqual([]);
    expect((await teacher.getStudent(KARI))?.displayName).toBe('Kari Nordmann');
    expect((await teacher.listStudents()).map((s) => s.studentKey).sort()).toEqual([KARI, OLA]);
    // The key check now says the vault keeps a manifest.
    db = await rawDb(factory);
    const meta = VaultMeta.parse(await db.get('meta', 'vault'));
    db.close();
    expect(await keyCheckKind(keys.key, meta.keyCheck)).toBe('manifest');

    await teacher.putStudent(record(KARI, { displayName: 'Kari Nordmann', freeText: 'Ny' }));
    await teacher.close();
    await putRaw(factory, kariBefore!);
    const again = await reopened(factory);
    expect(await problemOf(again.getStudent(KARI))).toMatchObject({ kind: 'rolledBack', studentKey: KARI });
    expect(await again.checkIntegrity()).toEqual([expect.objectContaining({ kind: 'rolledBack' })]);
  });

  it('its manifest, removed before any record was written again, is still missed (the key check says it existed)', async () => {
    const { factory } = await preManifestVault();
    await (await reopened(factory)).close();
    const db = await rawDb(factory);
    await db.delete('meta', MANIFEST_KEY);
    db.close();
    const teacher = await reopened(factory);
    expect(await teacher.checkIntegrity()).toEqual([{ kind: 'manifestMissing' }]);
    expect(await problemOf(teacher.getStudent(KARI))).toEqual({ kind: 'manifestMissing' });
  });
});
