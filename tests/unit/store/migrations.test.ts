import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveKey, encryptJson, fromBase64 } from '../../../lib/store/crypto';
import { openVaultDb } from '../../../lib/store/db';
import { VaultMeta } from '../../../lib/store/vault-schema';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../lib/store/migrations';
import { StoreError } from '../../../lib/store/store-error';
import { PASS, freshFactory, record, testVault } from './fake-idb';

afterEach(() => {
  vi.restoreAllMocks();
});

const v1Records = [
  record('visma:1', { freeText: 'Første notat: søvn, skolevegring, «ærlig» samtale', updatedAt: '2026-10-03T08:00:00.000Z' }),
  record('visma:2', {
    updatedAt: '2026-10-01T08:00:00.000Z',
    contactLog: [
      { id: 'c1', date: '2026-09-30', withWhom: 'UngdomsLOS', agreed: 'Møte på Åsen skole', updatedAt: '2026-09-30T10:00:00.000Z' },
    ],
  }),
];

/** A database as version 1 left it: written through the v1 code path, plus a record sealed before `reminders` existed. */
async function v1Database() {
  const factory = freshFactory();
  const v1 = testVault(factory, 1);
  await v1.setUp(PASS);
  for (const rec of v1Records) await v1.putStudent(rec);
  await v1.close();

  const db = await openVaultDb(factory, undefined, 1);
  expect(db.version).toBe(1);
  expect([...db.objectStoreNames].sort()).toEqual(['meta', 'students']);
  const meta = VaultMeta.parse(await db.get('meta', 'vault'));
  const key = await deriveKey(PASS, fromBase64(meta.salt), meta.iterations);
  const { reminders: _none, ...withoutReminders } = record('visma:3', { updatedAt: '2026-10-02T08:00:00.000Z' });
  await db.put('students', {
    studentKey: 'visma:3',
    updatedAt: withoutReminders.updatedAt,
    sealed: await encryptJson(key, withoutReminders),
  });
  db.close();
  return factory;
}

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(2);
  });

  it('v1 → v2: every record written by v1 reads back through v2', async () => {
    const factory = await v1Database();
    const v2 = testVault(factory);
    await v2.unlock(PASS);
    expect(await v2.getStudent('visma:1')).toEqual(v1Records[0]);
    expect(await v2.getStudent('visma:2')).toEqual(v1Records[1]);
    // Sealed before the field existed: the record schema fills it in.
    expect((await v2.getStudent('visma:3'))?.reminders).toEqual([]);
    expect((await v2.listStudents()).map((s) => s.studentKey)).toEqual(['visma:1', 'visma:3', 'visma:2']);
    await v2.close();
  });

  it('v1 → v2: adds the updatedAt index over the old rows and the reminders store', async () => {
    const factory = await v1Database();
    const db = await openVaultDb(factory);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'reminders', 'students']);
    const byUpdatedAt = await db.getAllFromIndex('students', 'byUpdatedAt');
    expect(byUpdatedAt.map((row) => row.studentKey)).toEqual(['visma:2', 'visma:3', 'visma:1']);
    expect(await db.get('meta', 'schema')).toEqual({ version: 2 });
    expect(await db.getAll('reminders')).toEqual([]);
    db.close();
  });

  it('v1 → v2: the migrated store takes new reminders, and v1 data survives a passphrase change', async () => {
    const factory = await v1Database();
    const v2 = testVault(factory);
    await v2.unlock(PASS);
    const rec = (await v2.getStudent('visma:3'))!;
    await v2.putStudent({
      ...rec,
      reminders: [{ id: 'r1', dueOn: '2026-11-01', text: 'Evaluer', done: false, updatedAt: '2026-10-20T08:00:00.000Z' }],
    });
    expect(await v2.dueReminders('2026-11-01')).toEqual([{ studentKey: 'visma:3', id: 'r1', dueOn: '2026-11-01' }]);
    await v2.changePassphrase(PASS, 'ny og lang setning');
    expect(await v2.getStudent('visma:1')).toEqual(v1Records[0]);
  });

  it('an open v1 connection steps aside for the upgrade, and then v1 code is told plainly it is too old', async () => {
    const factory = freshFactory();
    const v1 = testVault(factory, 1);
    await v1.setUp(PASS);
    await v1.putStudent(v1Records[0]!);
    const v2 = testVault(factory);
    await v2.unlock(PASS);
    expect(await v2.getStudent('visma:1')).toEqual(v1Records[0]);
    await expect(v1.isSetUp()).rejects.toThrow('Notatene er lagret av en nyere versjon av Nærværsradar');
  });

  it('a failing migration leaves the database at the old version with its data', async () => {
    const factory = await v1Database();
    vi.spyOn(MIGRATIONS[1]!, 'run').mockRejectedValue(new Error('migration failed'));
    const v2 = testVault(factory);
    const error = await v2.isSetUp().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('Ingenting er endret');
    vi.restoreAllMocks();
    const v1 = testVault(factory, 1);
    await v1.unlock(PASS);
    expect(await v1.getStudent('visma:1')).toEqual(v1Records[0]);
    await v1.close();
    // Once the fault is gone, the upgrade goes through.
    const again = testVault(factory);
    await again.unlock(PASS);
    expect(await again.getStudent('visma:2')).toEqual(v1Records[1]);
  });
});
