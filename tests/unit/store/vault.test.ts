import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudentRecord } from '../../../lib/model';
import { PBKDF2_ITERATIONS, WrongPassphraseError } from '../../../lib/store/crypto';
import { openVaultDb } from '../../../lib/store/db';
import { VaultMeta } from '../../../lib/store/vault-schema';
import {
  AlreadySetUpError,
  KeyChangedError,
  LockedError,
  WeakPassphraseError,
  NotSetUpError,
  PassphraseTooShortError,
  StoreError,
} from '../../../lib/store/store-error';
import { Vault } from '../../../lib/store/vault';
import { FakeObjectStore, PASS, freshFactory, record, testVault } from './fake-idb';
import { nbWords, rejectionWords } from './store-words';

const NEW_PASS = 'en helt ny setning';

afterEach(() => {
  vi.restoreAllMocks();
});

function fullRecord(key: string): StudentRecord {
  return record(key, {
    displayName: 'Åsmund Ødegård-Ærlig',
    className: '10Å',
    caseRecord: {
      studentKey: key,
      profileId: 'raelingen-grunnskole',
      openedOn: '2026-10-05',
      steps: [{ stepId: 'kontakt-foresatte', doneOn: '2026-10-06', doneBy: 'kontaktlærer' }],
      agreementSignedOn: '2026-10-20',
    },
    contactLog: [
      {
        id: 'c1',
        date: '2026-10-06',
        withWhom: 'foresatte',
        agreed: 'Mor ringer skolen før kl. 08 ved fravær. Søvnrytme tas opp på helsestasjonen.',
        updatedAt: '2026-10-06T12:00:00.000Z',
      },
    ],
    mapping: {
      naervaersfaktorer: 'Trives i kroppsøving; god venn i klassen',
      utlosendeFaktorer: 'Bytte av klasse etter høstferien',
      opprettholdendeFaktorer: 'Får være hjemme med spill når han er borte',
    },
    stress: [
      { id: 's1', situation: 'Fremføring foran klassen', rank: 1, grade: 'Umulig' },
      { id: 's2', situation: 'Garderoben før gym', rank: 2, grade: null },
    ],
    reminders: [
      { id: 'r1', dueOn: '2026-11-10', text: 'Evaluer samarbeidsavtalen', done: false, updatedAt: '2026-10-20T10:00:00.000Z' },
    ],
    freeText: 'Bekymret for søvn. «Vi prøver én uke til» – ærlig samtale.',
  });
}

describe('Vault: set-up, unlock, lock', () => {
  it('is not set up until a passphrase is chosen, then unlocked', async () => {
    const vault = testVault();
    expect(await vault.isSetUp()).toBe(false);
    expect(vault.isUnlocked()).toBe(false);
    await expect(vault.unlock(PASS)).rejects.toBeInstanceOf(NotSetUpError);
    await vault.setUp(PASS);
    expect(await vault.isSetUp()).toBe(true);
    expect(vault.isUnlocked()).toBe(true);
  });

  it('refuses a passphrase under 8 characters with a clear message, and counts æøå as one each', async () => {
    const vault = testVault();
    expect(await rejectionWords(vault.setUp('kort'))).toContain('Passordet må ha minst 8 tegn');
    await expect(vault.setUp('1234567')).rejects.toBeInstanceOf(PassphraseTooShortError);
    expect(await vault.isSetUp()).toBe(false);
    // Eight characters pass the length rule (æøå count one each) and meet the strength estimate.
    await expect(vault.setUp('æøåæøåæø')).rejects.toBeInstanceOf(WeakPassphraseError);
    expect(await vault.isSetUp()).toBe(false);
  });

  it.each(['Sommer2024!', 'passord123', 'qwertyuiop12', 'Nærværsradar1', 'aaaaaaaaaaaaaaaa'])(
    'refuses %s as easy to guess, and sets nothing up',
    async (weak) => {
      const vault = testVault();
      const error = await vault.setUp(weak).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WeakPassphraseError);
      expect(nbWords(error)).toContain('for lett å gjette');
      expect(await vault.isSetUp()).toBe(false);
    },
  );

  it('accepts a sentence of four ordinary words', async () => {
    const vault = testVault();
    await vault.setUp('gule båter ved kaia');
    expect(await vault.isSetUp()).toBe(true);
  });

  it('refuses to set up twice', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await expect(vault.setUp('en annen setning')).rejects.toBeInstanceOf(AlreadySetUpError);
    vault.lock();
    await vault.unlock(PASS);
  });

  it('locks, and unlocks again with the right passphrase', async () => {
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    await vault.putStudent(record('visma:1'));
    vault.lock();
    expect(vault.isUnlocked()).toBe(false);
    await expect(vault.getStudent('visma:1')).rejects.toBeInstanceOf(LockedError);
    expect(await rejectionWords(vault.listStudents())).toContain('Notatene er låst');
    await expect(vault.putStudent(record('visma:2'))).rejects.toBeInstanceOf(LockedError);
    await vault.unlock(PASS);
    expect((await vault.getStudent('visma:1'))?.studentKey).toBe('visma:1');
    // A second instance on the same database (another extension page) opens it too.
    const other = testVault(factory);
    await other.unlock(PASS);
    expect(await other.getStudent('visma:1')).toEqual(await vault.getStudent('visma:1'));
  });

  it('a wrong passphrase says so in Norwegian and changes nothing', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(record('visma:1'));
    vault.lock();
    const error = await vault.unlock('feil passord her').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(nbWords(error)).toBe('Feil passord. Ingenting er endret.');
    expect(vault.isUnlocked()).toBe(false);
    await vault.unlock(PASS);
    // Wrong while unlocked: still unlocked with the right key.
    await expect(vault.unlock('feil passord her')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(vault.isUnlocked()).toBe(true);
    expect(await vault.getStudent('visma:1')).toBeDefined();
  });

  it('stores the production PBKDF2 count (≥ 600 000) when no test-only count is given', async () => {
    const factory = freshFactory();
    const vault = new Vault({ factory, clock: () => new Date(0) });
    await vault.setUp(PASS);
    await vault.close();
    const db = await openVaultDb(factory);
    const meta = VaultMeta.parse(await db.get('meta', 'vault'));
    db.close();
    expect(meta.iterations).toBe(PBKDF2_ITERATIONS);
    expect(meta.iterations).toBeGreaterThanOrEqual(600_000);
  });
});

describe('Vault: records', () => {
  it('round-trips a full record with æøå', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    const rec = fullRecord('visma:1001');
    await vault.putStudent(rec);
    expect(await vault.getStudent('visma:1001')).toEqual(rec);
    expect(await vault.getStudent('visma:finnes-ikke')).toBeUndefined();
  });

  it('keeps no student key, name or date in clear: an HMAC id and a sealed value only', async () => {
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    await vault.putStudent(fullRecord('visma:1001'));
    await vault.close();
    const db = await openVaultDb(factory);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'records', 'students']);
    const rows = await db.getAll('records');
    const stored = JSON.stringify([rows, await db.getAll('students'), await db.getAll('meta')]);
    db.close();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['id', 'sealed']);
    // 32 bytes of HMAC-SHA-256 in base64url: 43 characters.
    expect(rows[0]!.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const secret of ['visma', '1001', 'Åsmund', 'Ødegård', '10Å', 'søvn', 'Mor ringer', 'Garderoben', 'Evaluer', 'raelingen', '2026-']) {
      expect(stored).not.toContain(secret);
    }
  });

  it('the same student has another id under another passphrase (the id needs the key)', async () => {
    const ids: string[] = [];
    for (const pass of [PASS, NEW_PASS]) {
      const factory = freshFactory();
      const vault = testVault(factory);
      await vault.setUp(pass);
      await vault.putStudent(record('visma:1'));
      await vault.close();
      const db = await openVaultDb(factory);
      ids.push(...(await db.getAllKeys('records')).map(String));
      db.close();
    }
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('a ciphertext moved into another student\'s slot is refused, and listed as unreadable', async () => {
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    await vault.putStudent(record('visma:1', { freeText: 'Første' }));
    await vault.putStudent(record('visma:2', { freeText: 'Andre' }));
    const db = await openVaultDb(factory);
    const [a, b] = await db.getAll('records');
    // Someone with the profile copies B's sealed value over A's (and keeps A's id).
    await db.put('records', { id: a!.id, sealed: b!.sealed });
    db.close();
    const other = testVault(factory);
    await other.unlock(PASS);
    const keys = ['visma:1', 'visma:2'];
    const results = await Promise.all(keys.map((key) => other.getStudent(key).then((r) => r?.freeText ?? 'none', (e: unknown) => nbWords(e))));
    // The ids' order is the HMAC's: whichever student was first in the store now holds the
    // other's ciphertext in its slot, and does not open; the other still does.
    expect(results.filter((r) => r.includes('skadet, endret eller flyttet fra en annen elev'))).toHaveLength(1);
    expect(results.filter((r) => r === 'Første' || r === 'Andre')).toHaveLength(1);
    const list = await other.listStudents();
    expect(list.filter((s) => !s.readable)).toHaveLength(1);
    expect(list.filter((s) => s.readable)).toHaveLength(1);
  });

  it('lists decrypted summaries, most recently updated first', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(record('visma:a', { updatedAt: '2026-10-01T08:00:00.000Z' }));
    await vault.putStudent(fullRecord('visma:b'));
    await vault.putStudent(record('visma:c', { updatedAt: '2026-11-01T08:00:00.000Z', closedAt: '2026-11-01' }));
    const list = await vault.listStudents();
    expect(list.map((s) => s.studentKey)).toEqual(['visma:c', 'visma:a', 'visma:b']);
    expect(list[2]).toEqual({
      readable: true,
      studentKey: 'visma:b',
      updatedAt: '2026-10-01T08:00:00.000Z',
      portal: 'visma',
      displayName: 'Åsmund Ødegård-Ærlig',
      className: '10Å',
      caseOpen: true,
      contactCount: 1,
      nextReminderOn: '2026-11-10',
    });
    expect(list[0]).toMatchObject({ closedAt: '2026-11-01', caseOpen: false });
  });

  it('replaces a record on put and deletes one record with its reminders', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(fullRecord('visma:1'));
    await vault.putStudent(record('visma:2'));
    await vault.putStudent({ ...fullRecord('visma:1'), freeText: 'Ny tekst', updatedAt: '2026-11-02T08:00:00.000Z' });
    expect((await vault.getStudent('visma:1'))?.freeText).toBe('Ny tekst');
    expect(await vault.dueReminders('2026-12-31')).toHaveLength(1);
    await vault.deleteStudent('visma:1');
    expect(await vault.getStudent('visma:1')).toBeUndefined();
    expect(await vault.getStudent('visma:2')).toBeDefined();
    expect(await vault.dueReminders('2026-12-31')).toEqual([]);
  });

  it('tells which reminders are due, once unlocked (their dates are sealed)', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    const rec = fullRecord('visma:1');
    rec.reminders.push({ id: 'r2', dueOn: '2026-12-01', text: 'Ring mor', done: false, updatedAt: rec.updatedAt });
    rec.reminders.push({ id: 'r3', dueOn: '2026-09-01', text: 'Gjort', done: true, updatedAt: rec.updatedAt });
    await vault.putStudent(rec);
    vault.lock();
    await expect(vault.dueReminders('2026-11-10')).rejects.toBeInstanceOf(LockedError);
    await vault.unlock(PASS);
    expect(await vault.dueReminders('2026-11-10')).toEqual([{ studentKey: 'visma:1', id: 'r1', dueOn: '2026-11-10' }]);
    expect(await vault.dueReminders('2026-11-09')).toEqual([]);
  });

  it('refuses an invalid record with the field named, and writes nothing', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    const bad = { ...record('visma:1'), contactLog: [{ id: 'c', date: '2026-13-01', withWhom: 'foresatte', agreed: '', updatedAt: 'i går' }] };
    const error = await vault.putStudent(bad as unknown as StudentRecord).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(nbWords(error)).toContain('Notatet ble ikke lagret');
    expect(nbWords(error)).toContain('contactLog[0].date');
    expect(nbWords(error)).toContain('contactLog[0].updatedAt');
    expect(await vault.getStudent('visma:1')).toBeUndefined();
  });

  it('deletes everything, even while locked, and can be set up anew', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(fullRecord('visma:1'));
    vault.lock();
    await vault.deleteEverything();
    expect(await vault.isSetUp()).toBe(false);
    await vault.setUp(NEW_PASS);
    expect(await vault.listStudents()).toEqual([]);
    expect(await vault.dueReminders('2030-01-01')).toEqual([]);
  });
});

describe('Vault: changing the passphrase', () => {
  async function vaultWith(keys: string[]) {
    const factory = freshFactory();
    const vault = testVault(factory);
    await vault.setUp(PASS);
    for (const key of keys) await vault.putStudent(fullRecord(key));
    return { factory, vault };
  }

  it('re-encrypts every record: the new passphrase opens all, the old none', async () => {
    const keys = ['visma:1', 'visma:2', 'visma:3'];
    const { factory, vault } = await vaultWith(keys);
    await vault.changePassphrase(PASS, NEW_PASS);
    expect(await vault.getStudent('visma:2')).toEqual(fullRecord('visma:2'));
    const fresh = testVault(factory);
    await expect(fresh.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await fresh.unlock(NEW_PASS);
    for (const key of keys) expect(await fresh.getStudent(key)).toEqual(fullRecord(key));
  });

  it('refuses a wrong old passphrase and changes nothing', async () => {
    const { factory, vault } = await vaultWith(['visma:1']);
    await expect(vault.changePassphrase('feil passord her', NEW_PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(vault.changePassphrase(PASS, 'kort')).rejects.toBeInstanceOf(PassphraseTooShortError);
    const fresh = testVault(factory);
    await fresh.unlock(PASS);
    expect(await fresh.getStudent('visma:1')).toEqual(fullRecord('visma:1'));
  });

  it('is all or nothing: a failure on the third record leaves every record under the old passphrase', async () => {
    const keys = ['visma:1', 'visma:2', 'visma:3', 'visma:4', 'visma:5'];
    const { factory, vault } = await vaultWith(keys);
    const put = FakeObjectStore.prototype.put;
    let studentPuts = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args) {
      if (this.name === 'records' && ++studentPuts === 3) throw new DOMException('disk error', 'UnknownError');
      return put.apply(this, args);
    });
    const error = await vault.changePassphrase(PASS, NEW_PASS).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(studentPuts).toBe(3);
    expect(error).toBeInstanceOf(StoreError);
    expect(nbWords(error)).toContain('Passordet ble ikke byttet');
    expect(nbWords(error)).toContain('Ingenting er endret');
    // This window still works with the old key…
    expect(await vault.getStudent('visma:1')).toEqual(fullRecord('visma:1'));
    // …and a fresh one opens every record with the old passphrase, none with the new.
    const fresh = testVault(factory);
    await expect(fresh.unlock(NEW_PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await fresh.unlock(PASS);
    for (const key of keys) expect(await fresh.getStudent(key)).toEqual(fullRecord(key));
  });

  it('a write queued behind a passphrase change is sealed with the new key', async () => {
    const { factory, vault } = await vaultWith(['visma:1']);
    const changing = vault.changePassphrase(PASS, NEW_PASS);
    const writing = vault.putStudent(fullRecord('visma:2'));
    await Promise.all([changing, writing]);
    const fresh = testVault(factory);
    await fresh.unlock(NEW_PASS);
    expect(await fresh.getStudent('visma:2')).toEqual(fullRecord('visma:2'));
  });

  it('another window that still holds the old key is refused, not allowed to write an unreadable record', async () => {
    const { factory, vault } = await vaultWith(['visma:1']);
    const other = testVault(factory);
    await other.unlock(PASS);
    await vault.changePassphrase(PASS, NEW_PASS);
    const error = await other.putStudent(fullRecord('visma:9')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyChangedError);
    expect(other.isUnlocked()).toBe(false);
    expect(await vault.getStudent('visma:9')).toBeUndefined();
    await other.unlock(NEW_PASS);
    await other.putStudent(fullRecord('visma:9'));
    expect(await vault.getStudent('visma:9')).toEqual(fullRecord('visma:9'));
  });
});

describe('Vault: storage faults reach the caller', () => {
  const before = () => fullRecord('visma:1');
  const after = () => ({ ...fullRecord('visma:1'), freeText: 'Ny versjon', updatedAt: '2026-11-20T08:00:00.000Z' });

  it('a transaction aborted in the middle of putStudent keeps the previous version and rejects', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(before());
    const put = FakeObjectStore.prototype.put;
    // The record is written; the transaction dies before it commits.
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args) {
      const request = put.apply(this, args);
      if (this.name === 'records') this.transaction.abort();
      return request;
    });
    const error = await vault.putStudent(after()).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StoreError);
    expect(nbWords(error)).toMatch(/^Notatet ble ikke lagret: lagringen ble avbrutt/);
    expect(nbWords(error)).toContain('forrige versjon er beholdt');
    expect(await vault.getStudent('visma:1')).toEqual(before());
    expect(await vault.dueReminders('2026-12-31')).toHaveLength(1);
  });

  it('a QuotaExceededError aborting the transaction becomes a clear message', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(before());
    const put = FakeObjectStore.prototype.put;
    // As browsers do: the request fails and the transaction aborts with QuotaExceededError.
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args) {
      const request = put.apply(this, args);
      if (this.name === 'records') {
        (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      }
      return request;
    });
    const error = await vault.putStudent(after()).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StoreError);
    expect(nbWords(error)).toContain('Notatet ble ikke lagret: lagringsplassen i nettleseren er full');
    expect(((error as Error).cause as DOMException).name).toBe('QuotaExceededError');
    expect(await vault.getStudent('visma:1')).toEqual(before());
  });

  it('a QuotaExceededError thrown by the object store becomes the same clear message', async () => {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(before());
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await rejectionWords(vault.putStudent(after()))).toContain('lagringsplassen i nettleseren er full');
    vi.restoreAllMocks();
    expect(await vault.getStudent('visma:1')).toEqual(before());
    // The vault keeps working once there is room again.
    await vault.putStudent(after());
    expect((await vault.getStudent('visma:1'))?.freeText).toBe('Ny versjon');
  });
});
