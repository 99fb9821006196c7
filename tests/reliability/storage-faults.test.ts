import fc from 'fast-check';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudentRecord } from '../../lib/model';
import { StoreError } from '../../lib/store/store-error';
import type { Vault } from '../../lib/store/vault';
import { openVaultDb } from '../../lib/store/db';
import { FakeObjectStore, PASS, freshFactory, record, testVault, writeOldStore } from '../unit/store/fake-idb';
import { nbWords, rejectionWords } from '../unit/store/store-words';

/**
 * "Nothing lost": whatever goes wrong while a note is written — the disk is full, the transaction
 * is aborted half-way, the browser dies before the commit, the extension is updated and migrates
 * the store — every note written before the fault is still there, readable, and the one write
 * that did not complete was reported to the caller, never silently dropped.
 *
 * The store's own unit tests (tests/unit/store) cover each fault once; here they are strung
 * together in long random sequences and the whole store is checked, through a fresh Vault on the
 * same database, the way the extension finds it after a restart.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

type Fault = 'none' | 'quotaAbort' | 'quotaThrow' | 'abortMidWrite' | 'killMidWrite';

/** What the next write meets. Set just before a write; the spy below injects it once. */
let nextFault: Fault = 'none';

/**
 * Faults are injected at the object store's put, as browsers fail there:
 * - quotaAbort: the request fails and the transaction aborts with QuotaExceededError;
 * - quotaThrow: put throws QuotaExceededError synchronously;
 * - abortMidWrite: the student row has been written inside the transaction, then it aborts;
 * - killMidWrite: the student row has been written, then the connection is closed by force
 *   before the commit — what the database sees when the browser dies mid-write.
 */
function kill(tx: unknown): void {
  // A forced close aborts every running transaction with AbortError and then closes the
  // connection (IndexedDB, "close a database connection" with the forced flag). fake-indexeddb's
  // forceCloseDatabase only does the second half, so the first is done here.
  const transaction = tx as { _abort(name: string): void; db: never };
  transaction._abort('AbortError');
  forceCloseDatabase(transaction.db);
}

function injectFaults(): void {
  const put = FakeObjectStore.prototype.put;
  vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (
    this: InstanceType<typeof FakeObjectStore>,
    ...args: Parameters<typeof put>
  ) {
    if (this.name !== 'records' || nextFault === 'none') return put.apply(this, args);
    const fault = nextFault;
    nextFault = 'none';
    if (fault === 'quotaThrow') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const request = put.apply(this, args);
    const tx = this.transaction as unknown as { _abort(name: string): void; abort(): void; db: unknown };
    if (fault === 'quotaAbort') tx._abort('QuotaExceededError');
    if (fault === 'abortMidWrite') tx.abort();
    if (fault === 'killMidWrite') kill(tx);
    return request;
  });
}

const KEYS = ['visma-flyt-skole:1', 'visma-flyt-skole:2', 'vigilo:3', 'visma-inschool:4', 'generic:5'] as const;

/** Version n of a student's note: text, a contact, and (for odd n) an open reminder. */
function version(key: string, n: number): StudentRecord {
  const stamp = new Date(Date.UTC(2026, 8, 1) + n * 60_000).toISOString();
  return record(key, {
    freeText: `Versjon ${n} av notatet for ${key}: «ærlig» samtale, søvn, skolevegring.`,
    updatedAt: stamp,
    contactLog: [{ id: `c${n}`, date: '2026-10-06', withWhom: 'foresatte', agreed: `Avtale ${n}`, updatedAt: stamp }],
    reminders:
      n % 2 === 1 ? [{ id: `r${n}`, dueOn: '2026-12-01', text: `Følg opp ${n}`, done: false, updatedAt: stamp }] : [],
  });
}

type Step = { kind: 'put'; key: number; fault: Fault } | { kind: 'delete'; key: number; fault: 'none' | 'abortMidWrite' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      key: fc.nat(KEYS.length - 1),
      fault: fc.constantFrom<Fault>('none', 'none', 'quotaAbort', 'quotaThrow', 'abortMidWrite', 'killMidWrite'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.nat(KEYS.length - 1), fault: fc.constantFrom('none' as const) }),
  },
);

/** What the teacher reads of a failed write (in bokmål): what did not happen, and that the old version is kept. */
function expectToldPlainly(error: unknown, action: RegExp): void {
  expect(error).toBeInstanceOf(StoreError);
  const message = nbWords(error);
  expect(message).toMatch(action);
  expect(message).toContain('Ingenting er endret');
  expect(message).toContain('forrige versjon er beholdt');
}

/** Every note the model says exists, as it says; no other; reminders as the notes say. */
async function expectStoreHolds(vault: Vault, model: ReadonlyMap<string, StudentRecord>): Promise<void> {
  for (const key of KEYS) expect(await vault.getStudent(key), key).toEqual(model.get(key));
  const listed = await vault.listStudents();
  expect(listed.every((summary) => summary.readable)).toBe(true);
  expect(listed.map((summary) => summary.studentKey).sort()).toEqual([...model.keys()].sort());
  const due = (await vault.dueReminders('2026-12-31')).map((reminder) => `${reminder.studentKey}/${reminder.id}`).sort();
  const expected = [...model.values()]
    .flatMap((note) => note.reminders.filter((r) => !r.done).map((r) => `${note.studentKey}/${r.id}`))
    .sort();
  expect(due).toEqual(expected);
}

/** A fresh Vault on the same database, unlocked: the extension after a restart. */
async function restarted(factory: IDBFactory): Promise<Vault> {
  const vault = testVault(factory);
  await vault.unlock(PASS);
  return vault;
}

const SEQUENCES = 200;

describe('nothing lost across random sequences of writes and faults', () => {
  it('every committed note survives; every failed write is reported; a restart finds exactly the committed state', async () => {
    let operations = 0;
    const faults: Record<string, number> = {};
    let restarts = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        injectFaults();
        const factory = freshFactory();
        let vault = testVault(factory);
        await vault.setUp(PASS);
        const model = new Map<string, StudentRecord>();
        let n = 0;
        for (const s of steps) {
          const key = KEYS[s.key] as string;
          nextFault = s.fault;
          operations += 1;
          if (s.fault !== 'none') faults[s.fault] = (faults[s.fault] ?? 0) + 1;
          if (s.kind === 'put') {
            n += 1;
            const note = version(key, n);
            const outcome = await vault.putStudent(note).then(
              () => null,
              (error: unknown) => error,
            );
            if (s.fault === 'none') {
              expect(outcome).toBeNull();
              model.set(key, note);
            } else {
              expectToldPlainly(outcome, /^Notatet ble ikke lagret: /);
              if (s.fault.startsWith('quota')) expect(nbWords(outcome)).toContain('lagringsplassen i nettleseren er full');
            }
          } else {
            await vault.deleteStudent(key);
            model.delete(key);
          }
          nextFault = 'none';
          if (s.fault === 'killMidWrite') {
            // The browser died: this Vault is gone with it. The next start opens the database anew.
            await vault.close();
            vault = await restarted(factory);
            restarts += 1;
          }
          expect(await vault.getStudent(key), `after ${s.kind} ${key} (${s.fault})`).toEqual(model.get(key));
        }
        await vault.close();
        const after = await restarted(factory);
        await expectStoreHolds(after, model);
        await after.close();
        vi.restoreAllMocks();
      }),
      { numRuns: SEQUENCES, seed: 20_261_123 },
    );
    console.info(`storage fault summary ${JSON.stringify({ sequences: SEQUENCES, operations, faults, restarts })}`);
    expect(Object.keys(faults).sort()).toEqual(['abortMidWrite', 'killMidWrite', 'quotaAbort', 'quotaThrow']);
  });
});

describe('the browser killed during a write', () => {
  it('leaves the previous version of that note and every other note; the caller is told', async () => {
    injectFaults();
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    const model = new Map<string, StudentRecord>();
    for (const [i, key] of KEYS.entries()) {
      const note = version(key, i + 1);
      await vault.putStudent(note);
      model.set(key, note);
    }
    nextFault = 'killMidWrite';
    const error = await vault.putStudent(version(KEYS[0], 99)).catch((e: unknown) => e);
    expectToldPlainly(error, /^Notatet ble ikke lagret: lagringen ble avbrutt/);
    const after = await restarted(factory);
    await expectStoreHolds(after, model);
  });

  it('while a passphrase change re-encrypts every note: all notes still open, with the old passphrase', async () => {
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    const model = new Map<string, StudentRecord>();
    for (const [i, key] of KEYS.entries()) {
      const note = version(key, i + 1);
      await vault.putStudent(note);
      model.set(key, note);
    }
    // Die on the third re-encrypted note of the one transaction that re-encrypts them all.
    let puts = 0;
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args) {
      const request = put.apply(this, args);
      if (this.name === 'records' && ++puts === 3) kill(this.transaction);
      return request;
    });
    const error = await vault.changePassphrase(PASS, 'en helt ny setning').catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StoreError);
    expect(nbWords(error)).toMatch(/^Passordet ble ikke byttet: /);
    const after = await restarted(factory);
    await expectStoreHolds(after, model);
  });

  it('after a forced close, the Vault object still in use loses nothing: the interrupted write is reported, later ones go through', async () => {
    injectFaults();
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    const first = version(KEYS[0], 1);
    await vault.putStudent(first);
    nextFault = 'killMidWrite';
    expectToldPlainly(await vault.putStudent(version(KEYS[0], 2)).catch((e: unknown) => e), /^Notatet ble ikke lagret: /);
    const later = version(KEYS[1], 4);
    await vault.putStudent(version(KEYS[1], 3));
    await vault.putStudent(later);
    await expectStoreHolds(await restarted(factory), new Map([[KEYS[0], first], [KEYS[1], later]]));
  });

  /**
   * IndexedDB fires "close" when it closes a connection by force (site data cleared while the page
   * is open, a storage failure). The Vault drops that connection as it does on "versionchange", so
   * the next write reopens instead of failing until the page or service worker restarts.
   */
  it('after a forced close, the same Vault object recovers on its next write (no restart needed)', async () => {
    injectFaults();
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    await vault.putStudent(version(KEYS[0], 1));
    nextFault = 'killMidWrite';
    await expect(vault.putStudent(version(KEYS[0], 2))).rejects.toBeInstanceOf(StoreError);
    const next = await vault.putStudent(version(KEYS[1], 3)).then(
      () => 'written',
      (e: unknown) => (e as Error).message,
    );
    expect(next).toBe('written');
  });
});

describe('an extension update that migrates the store (v2 → v3)', () => {
  /** The notes as the version before the update stored them (old format, written by hand). */
  async function oldStore() {
    const factory = freshFactory();
    const model = new Map<string, StudentRecord>(KEYS.map((key, i) => [key, version(key, i * 2 + 1)]));
    await writeOldStore(factory, 2, [...model.values()]);
    return { factory, model };
  }

  it('keeps every old note through faults during and after the first unlock that moves them', async () => {
    injectFaults();
    const { factory, model } = await oldStore();
    // The move into the new store dies half-way: nothing moved, nothing lost, told plainly.
    const v3 = testVault(factory);
    nextFault = 'abortMidWrite';
    expectToldPlainly(await v3.unlock(PASS).catch((e: unknown) => e), /^Notatene ble ikke flyttet til det nye lageret: /);
    expect(v3.isUnlocked()).toBe(false);
    await v3.unlock(PASS);
    await expectStoreHolds(v3, model);
    // The old version, still open somewhere, is told plainly.
    expect(await rejectionWords(openVaultDb(factory, undefined, 2))).toContain('nyere versjon av Nærværsradar');

    // v3 writes, with a fault in the middle, then a restart.
    const added = version(KEYS[2], 51);
    await v3.putStudent(added);
    model.set(KEYS[2], added);
    nextFault = 'abortMidWrite';
    expectToldPlainly(await v3.putStudent(version(KEYS[0], 52)).catch((e: unknown) => e), /^Notatet ble ikke lagret: /);
    await v3.close();
    await expectStoreHolds(await restarted(factory), model);
  });

  it('a browser killed during the upgrade leaves the old store as it was, and the next start migrates', async () => {
    const { factory, model } = await oldStore();
    // Die while the upgrade creates the new store.
    const clear = FakeObjectStore.prototype.deleteIndex;
    vi.spyOn(FakeObjectStore.prototype, 'deleteIndex').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args) {
      clear.apply(this, args);
      kill(this.transaction);
    });
    const error = await testVault(factory).unlock(PASS).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StoreError);
    expect(nbWords(error)).toContain('Ingenting er endret');

    const stillOld = await openVaultDb(factory, undefined, 2);
    expect(stillOld.version).toBe(2);
    expect((await stillOld.getAllKeys('students')).length).toBe(KEYS.length);
    expect((await stillOld.getAll('reminders')).length).toBe(KEYS.length);
    stillOld.close();

    await expectStoreHolds(await restarted(factory), model);
  });
});
