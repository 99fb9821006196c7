import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveKey, encryptJson, randomSalt } from '../../../lib/store/crypto';
import { openVaultDb } from '../../../lib/store/db';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../lib/store/migrations';
import { StoreError } from '../../../lib/store/store-error';
import { PASS, TEST_ITERATIONS, freshFactory, record, testVault, writeOldStore } from './fake-idb';
import { nbWords, rejectionWords } from './store-words';

afterEach(() => {
  vi.restoreAllMocks();
});

const oldRecords = [
  record('visma:1', { freeText: 'Første notat: søvn, skolevegring, «ærlig» samtale', updatedAt: '2026-10-03T08:00:00.000Z' }),
  record('visma:2', {
    updatedAt: '2026-10-01T08:00:00.000Z',
    contactLog: [
      { id: 'c1', date: '2026-09-30', withWhom: 'UngdomsLOS', agreed: 'Møte på Åsen skole', updatedAt: '2026-09-30T10:00:00.000Z' },
    ],
    reminders: [{ id: 'r1', dueOn: '2026-11-01', text: 'Evaluer', done: false, updatedAt: '2026-10-01T08:00:00.000Z' }],
  }),
];

/**
 * The old format written by hand (fake-idb.ts, writeOldStore), plus a record sealed before
 * `reminders` existed (v1) and one sealed with a key other than the passphrase's.
 */
async function oldDatabase(version: 1 | 2) {
  const factory = freshFactory();
  const key = await writeOldStore(factory, version, oldRecords);
  const db = await openVaultDb(factory, undefined, version);
  expect([...db.objectStoreNames].sort()).toEqual(version === 1 ? ['meta', 'students'] : ['meta', 'reminders', 'students']);
  const { reminders: _none, ...withoutReminders } = record('visma:3', { updatedAt: '2026-10-02T08:00:00.000Z' });
  await db.put('students', { studentKey: 'visma:3', updatedAt: withoutReminders.updatedAt, sealed: await encryptJson(key, withoutReminders) });
  const otherKey = await deriveKey('en helt annen lang setning', randomSalt(), TEST_ITERATIONS);
  await db.put('students', { studentKey: 'visma:9', updatedAt: '2026-10-04T08:00:00.000Z', sealed: await encryptJson(otherKey, record('visma:9')) });
  if (version === 2) expect(await db.getAll('reminders')).toEqual([{ studentKey: 'visma:2', id: 'r1', dueOn: '2026-11-01' }]);
  db.close();
  return { factory };
}

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(3);
  });

  it.each([1, 2] as const)('v%i → v3: the upgrade alone drops the clear reminder dates and keeps every old row', async (version) => {
    const { factory } = await oldDatabase(version);
    const db = await openVaultDb(factory);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'records', 'students']);
    expect((await db.getAllKeys('students')).sort()).toEqual(['visma:1', 'visma:2', 'visma:3', 'visma:9']);
    expect(await db.getAll('records')).toEqual([]);
    expect(await db.get('meta', 'schema')).toEqual({ version: 3 });
    db.close();
  });

  it.each([1, 2] as const)('v%i → v3: the first unlock seals every record under its keyed id; nothing lost, nothing in clear', async (version) => {
    const { factory } = await oldDatabase(version);
    const vault = testVault(factory);
    await vault.unlock(PASS);
    // Written before the manifest: it is made on this unlock, with no false alarm.
    expect(await vault.checkIntegrity()).toEqual([]);
    expect(await vault.getStudent('visma:1')).toEqual(oldRecords[0]);
    expect(await vault.getStudent('visma:2')).toEqual(oldRecords[1]);
    // Sealed before the field existed: the record schema fills it in.
    expect((await vault.getStudent('visma:3'))?.reminders).toEqual([]);
    expect(await vault.dueReminders('2026-11-01')).toEqual([{ studentKey: 'visma:2', id: 'r1', dueOn: '2026-11-01' }]);
    // The one the key cannot open stays where it was, and is listed as unreadable with its key.
    const list = await vault.listStudents();
    expect(list.map((s) => [s.readable, s.studentKey])).toEqual([
      [true, 'visma:1'],
      [true, 'visma:3'],
      [true, 'visma:2'],
      [false, 'visma:9'],
    ]);
    await vault.close();

    const db = await openVaultDb(factory);
    expect(await db.getAllKeys('students')).toEqual(['visma:9']);
    const rows = await db.getAll('records');
    db.close();
    expect(rows).toHaveLength(3);
    const stored = JSON.stringify(rows);
    for (const clear of ['visma:1', 'visma:2', 'visma:3', '2026-']) expect(stored).not.toContain(clear);
  });

  it('a migrated store survives a passphrase change once the unreadable record is deleted', async () => {
    const { factory } = await oldDatabase(2);
    const vault = testVault(factory);
    await vault.unlock(PASS);
    expect(await rejectionWords(vault.changePassphrase(PASS, 'ny og lang setning om båter'))).toContain('Notatet for visma:9 kan ikke åpnes');
    await vault.deleteStudent('visma:9');
    await vault.changePassphrase(PASS, 'ny og lang setning om båter');
    const fresh = testVault(factory);
    await fresh.unlock('ny og lang setning om båter');
    expect(await fresh.getStudent('visma:1')).toEqual(oldRecords[0]);
    expect(await fresh.getStudent('visma:2')).toEqual(oldRecords[1]);
  });

  it('an open old connection steps aside for the upgrade', async () => {
    const { factory } = await oldDatabase(2);
    const old = await openVaultDb(factory, undefined, 2);
    let closedByUpgrade = false;
    old.addEventListener('versionchange', () => {
      closedByUpgrade = true;
      old.close();
    });
    const vault = testVault(factory);
    await vault.unlock(PASS);
    expect(closedByUpgrade).toBe(true);
    expect(await vault.getStudent('visma:1')).toEqual(oldRecords[0]);
    expect(await rejectionWords(openVaultDb(factory, undefined, 2))).toContain('Notatene er lagret av en nyere versjon av Nærværsradar');
  });

  it('a failing migration leaves the database at the old version with its data', async () => {
    const { factory } = await oldDatabase(2);
    vi.spyOn(MIGRATIONS[2]!, 'run').mockRejectedValue(new Error('migration failed'));
    const vault = testVault(factory);
    const error = await vault.isSetUp().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(nbWords(error)).toContain('Ingenting er endret');
    vi.restoreAllMocks();
    const db = await openVaultDb(factory, undefined, 2);
    expect(db.version).toBe(2);
    expect(await db.getAll('reminders')).toEqual([{ studentKey: 'visma:2', id: 'r1', dueOn: '2026-11-01' }]);
    expect((await db.getAllKeys('students')).length).toBe(4);
    db.close();
    // Once the fault is gone, the upgrade goes through.
    const again = testVault(factory);
    await again.unlock(PASS);
    expect(await again.getStudent('visma:2')).toEqual(oldRecords[1]);
  });
});
