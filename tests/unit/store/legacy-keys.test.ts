import { afterEach, describe, expect, it } from 'vitest';
import { loadStudentRecord } from '../../../lib/store/legacy-keys';
import { PASS, record, testVault } from './fake-idb';
import type { Vault } from '../../../lib/store/vault';

/** Notes stored under a generic key from before keys named their site survive the change. */
describe('generic keys from before they named their site', () => {
  let vault: Vault;
  afterEach(async () => vault?.close());

  it('moves the legacy record to the first scoped key that opens it, notes and reminders included', async () => {
    vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(
      record('generic:48213', {
        freeText: 'Notat fra før (privat-8080)',
        reminders: [{ id: 'r1', dueOn: '2026-12-01', text: 'Ring hjem', done: false, updatedAt: '2026-11-01T08:00:00.000Z' }],
      }),
    );
    const moved = await loadStudentRecord(vault, 'generic@skole-a.example.no/48213');
    expect(moved?.studentKey).toBe('generic@skole-a.example.no/48213');
    expect(moved?.freeText).toBe('Notat fra før (privat-8080)');
    expect(await vault.getStudent('generic:48213')).toBeUndefined();
    // The same id on another site is another student: nothing left to claim there.
    expect(await loadStudentRecord(vault, 'generic@skole-b.example.no/48213')).toBeUndefined();
    expect((await vault.listStudents()).map((s) => s.studentKey)).toEqual(['generic@skole-a.example.no/48213']);
    expect((await vault.dueReminders('2026-12-31')).map((r) => r.studentKey)).toEqual(['generic@skole-a.example.no/48213']);
  });

  it('never overwrites a record already under the scoped key, and leaves other portals’ keys alone', async () => {
    vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(record('generic:7', { freeText: 'gammel' }));
    await vault.putStudent(record('generic@skole-a.example.no/7', { freeText: 'ny' }));
    expect((await loadStudentRecord(vault, 'generic@skole-a.example.no/7'))?.freeText).toBe('ny');
    expect(await vault.moveStudent('generic:7', 'generic@skole-a.example.no/7')).toBe(false);
    expect((await vault.getStudent('generic:7'))?.freeText).toBe('gammel');
    expect(await loadStudentRecord(vault, 'visma-flyt-skole:1')).toBeUndefined();
  });
});
