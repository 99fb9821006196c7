import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudentRecord } from '../../../lib/model';
import { BACKUP_FORMAT, BackupError, exportBackup, importBackup, previewBackup } from '../../../lib/store/backup';
import { WrongPassphraseError, fromBase64, toBase64 } from '../../../lib/store/crypto';
import { LockedError, StoreError } from '../../../lib/store/store-error';
import type { Vault } from '../../../lib/store/vault';
import { FakeObjectStore, PASS, freshFactory, record, testVault } from './fake-idb';
import { mergeWordsIn, nbWords, rejectionWords } from './store-words';

const NB = mergeWordsIn('nb');

afterEach(() => {
  vi.restoreAllMocks();
});

function notes(): StudentRecord[] {
  return [
    record('visma:1', {
      displayName: 'Åse Ødegård',
      freeText: 'Søvnvansker; «vi prøver én uke til». Ærlig prat med mor.',
      contactLog: [
        { id: 'c1', date: '2026-10-06', withWhom: 'foresatte', agreed: 'Mor ringer før 08', updatedAt: '2026-10-06T12:00:00.000Z' },
        { id: 'c2', date: '2026-10-09', withWhom: 'helsesykepleier', agreed: 'Samtale fredag', updatedAt: '2026-10-09T12:00:00.000Z' },
      ],
      stress: [{ id: 's1', situation: 'Fremføring foran klassen', rank: 1, grade: 'Umulig' }],
      reminders: [{ id: 'r1', dueOn: '2026-11-10', text: 'Evaluer avtalen', done: false, updatedAt: '2026-10-20T10:00:00.000Z' }],
      caseRecord: { studentKey: 'visma:1', profileId: 'raelingen', openedOn: '2026-10-05', steps: [{ stepId: 'kontakt', doneOn: '2026-10-06' }] },
    }),
    record('visma:2', { displayName: 'Øystein Å', closedAt: '2026-06-20', freeText: 'Avsluttet: naturlig forklaring' }),
    record('transponder:77', { portal: 'transponder', mapping: { naervaersfaktorer: 'Fotball', utlosendeFaktorer: 'Flytting', opprettholdendeFaktorer: 'Søvn' } }),
  ];
}

async function filledVault(): Promise<Vault> {
  const vault = testVault();
  await vault.setUp(PASS);
  for (const rec of notes()) await vault.putStudent(rec);
  return vault;
}

async function stateOf(vault: Vault) {
  return { setUp: await vault.isSetUp(), unlocked: vault.isUnlocked(), records: vault.isUnlocked() ? (await vault.snapshot()).records : null };
}

describe('exportBackup', () => {
  it('writes one JSON envelope with the KDF in clear and nothing private in clear', async () => {
    const vault = await filledVault();
    const file = await exportBackup(vault);
    const envelope = JSON.parse(file);
    expect(envelope).toMatchObject({ format: BACKUP_FORMAT, version: 1, createdAt: '2026-11-23T09:00:00.000Z' });
    expect(fromBase64(envelope.kdf.salt)).toHaveLength(16);
    expect(envelope.kdf.iterations).toBe(1_000);
    for (const secret of ['Åse', 'Ødegård', 'Søvn', 'visma:1', 'Fremføring', 'Evaluer']) expect(file).not.toContain(secret);
  });

  it('refuses while locked', async () => {
    const vault = await filledVault();
    vault.lock();
    await expect(exportBackup(vault)).rejects.toBeInstanceOf(LockedError);
  });
});

describe('importBackup', () => {
  it('backup → delete everything → import gives back every note', async () => {
    const vault = await filledVault();
    const file = await exportBackup(vault);
    await vault.deleteEverything();
    expect(await vault.isSetUp()).toBe(false);
    const summary = await importBackup(vault, file, PASS, NB);
    expect(summary).toEqual({ studentsAdded: 3, studentsUpdated: 0, studentsUnchanged: 0, entriesAdded: 4, conflictsKept: 0 });
    expect(vault.isUnlocked()).toBe(true);
    for (const rec of notes()) expect(await vault.getStudent(rec.studentKey)).toEqual(rec);
    expect(await vault.dueReminders('2026-11-10')).toEqual([{ studentKey: 'visma:1', id: 'r1', dueOn: '2026-11-10' }]);
  });

  it('restores on a new machine and the restored vault opens with the same passphrase', async () => {
    const file = await exportBackup(await filledVault());
    const factory = freshFactory();
    await importBackup(testVault(factory), file, PASS, NB);
    const reopened = testVault(factory);
    await reopened.unlock(PASS);
    expect((await reopened.snapshot()).records).toHaveLength(3);
  });

  it('imports a backup made under an earlier passphrase into a vault that has a new one', async () => {
    const vault = await filledVault();
    const file = await exportBackup(vault);
    await vault.deleteStudent('visma:2');
    await vault.changePassphrase(PASS, 'en helt ny setning');
    await expect(importBackup(vault, file, 'en helt ny setning', NB)).rejects.toBeInstanceOf(WrongPassphraseError);
    const summary = await importBackup(vault, file, PASS, NB);
    expect(summary).toMatchObject({ studentsAdded: 1, studentsUnchanged: 2 });
    vault.lock();
    await vault.unlock('en helt ny setning');
    expect(await vault.getStudent('visma:2')).toEqual(notes()[1]);
  });

  it('merges into a populated store: newest wins, older differing text kept, summary says so', async () => {
    const vault = await filledVault();
    const file = await exportBackup(vault);
    const [first, second] = notes() as [StudentRecord, StudentRecord];
    // After the backup, this machine rewrote the free text and one contact entry, and added a student.
    await vault.putStudent({
      ...first,
      freeText: 'Ny vurdering etter møtet',
      contactLog: [{ ...first.contactLog[0]!, agreed: 'Far ringer i stedet', updatedAt: '2026-11-01T08:00:00.000Z' }],
      updatedAt: '2026-11-01T08:00:00.000Z',
    });
    await vault.putStudent({ ...second, freeText: 'Avsluttet: naturlig forklaring (bekreftet)', updatedAt: '2026-11-02T08:00:00.000Z' });
    await vault.putStudent(record('visma:3', { freeText: 'Bare her' }));

    const summary = await importBackup(vault, file, PASS, NB);
    expect(summary).toEqual({ studentsAdded: 0, studentsUpdated: 1, studentsUnchanged: 2, entriesAdded: 1, conflictsKept: 2 });
    const merged = (await vault.getStudent('visma:1'))!;
    expect(merged.freeText).toBe(
      `Ny vurdering etter møtet\n\n— Fra sikkerhetskopi (importert 23.11.2026) —\n${first.freeText}`,
    );
    expect(merged.contactLog.map((e) => e.id)).toEqual(['c1', 'c2']);
    expect(merged.contactLog[0]!.agreed).toBe('Far ringer i stedet\n\n— Fra sikkerhetskopi (importert 23.11.2026) —\nMor ringer før 08');
    // The newer text contains the older one: nothing to keep, nothing changed.
    expect((await vault.getStudent('visma:2'))!.freeText).toBe('Avsluttet: naturlig forklaring (bekreftet)');
    expect((await vault.getStudent('visma:3'))!.freeText).toBe('Bare her');

    // Reading the same file in again adds nothing.
    const again = await importBackup(vault, file, PASS, NB);
    expect(again).toEqual({ studentsAdded: 0, studentsUpdated: 0, studentsUnchanged: 3, entriesAdded: 0, conflictsKept: 0 });
  });

  it('refuses while the vault is set up but locked, and changes nothing', async () => {
    const vault = await filledVault();
    const file = await exportBackup(vault);
    vault.lock();
    expect(await rejectionWords(importBackup(vault, file, PASS, NB))).toContain('Notatene er låst');
    await vault.unlock(PASS);
    const byKey = (a: StudentRecord, b: StudentRecord) => a.studentKey.localeCompare(b.studentKey);
    expect((await vault.snapshot()).records.sort(byKey)).toEqual(notes().sort(byKey));
  });

  it('a write failure during import rejects with a clear message and writes nothing', async () => {
    const source = await filledVault();
    const file = await exportBackup(source);
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(record('visma:9'));
    const put = FakeObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args) {
      if (this.name === 'records' && ++puts === 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await rejectionWords(importBackup(vault, file, PASS, NB))).toContain('Sikkerhetskopien ble ikke lest inn: lagringsplassen i nettleseren er full');
    vi.restoreAllMocks();
    expect((await vault.snapshot()).records.map((r) => r.studentKey)).toEqual(['visma:9']);
  });
});

describe('importBackup refuses a bad file and changes nothing', () => {
  async function refused(makeFile: (good: string) => string, passphrase = PASS) {
    const vault = await filledVault();
    const good = await exportBackup(vault);
    await vault.putStudent(record('visma:here', { freeText: 'Finnes bare her' }));
    const before = await stateOf(vault);
    const error = await importBackup(vault, makeFile(good), passphrase, NB).catch((e: unknown) => e);
    expect(await stateOf(vault)).toEqual(before);
    // An empty, not-yet-set-up vault stays not set up.
    const empty = testVault();
    await importBackup(empty, makeFile(good), passphrase, NB).catch(() => undefined);
    expect(await empty.isSetUp()).toBe(false);
    return error as Error;
  }

  const flip = (base64: string) => {
    const bytes = fromBase64(base64);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    return toBase64(bytes);
  };

  it.each([
    ['an empty file', () => '', BackupError, 'Filen er tom'],
    ['a file that is not JSON', () => 'Elevnavn;Fravær\nÅse;3', BackupError, 'ikke en sikkerhetskopi fra Nærværsradar (den er ikke JSON)'],
    ['a truncated backup', (good: string) => good.slice(0, Math.floor(good.length / 2)), BackupError, 'avkortet eller skadet'],
    ['a foreign JSON file', () => JSON.stringify({ students: [{ name: 'Åse' }] }), BackupError, 'mangler "format": "naervaersradar-backup"'],
    [
      'a backup from a newer version',
      (good: string) => JSON.stringify({ ...JSON.parse(good), version: 99 }),
      BackupError,
      'laget av en nyere versjon av Nærværsradar (format 99)',
    ],
    [
      'a backup missing its key data',
      (good: string) => {
        const { kdf: _kdf, ...rest } = JSON.parse(good);
        return JSON.stringify(rest);
      },
      BackupError,
      'kdf: ',
    ],
    [
      'an absurd PBKDF2 count',
      (good: string) => JSON.stringify({ ...JSON.parse(good), kdf: { ...JSON.parse(good).kdf, iterations: 1e12 } }),
      BackupError,
      'kdf.iterations: ',
    ],
    [
      'a damaged ciphertext',
      (good: string) => {
        const envelope = JSON.parse(good);
        return JSON.stringify({ ...envelope, sealed: { ...envelope.sealed, data: flip(envelope.sealed.data) } });
      },
      BackupError,
      'passordet er riktig, men innholdet kan ikke dekrypteres',
    ],
  ] as const)('%s', async (_name, makeFile, type, message) => {
    const error = await refused(makeFile);
    expect(error).toBeInstanceOf(type);
    expect(nbWords(error)).toContain(message);
    expect(nbWords(error)).toContain('Ingenting er endret');
  });

  it('a wrong passphrase', async () => {
    const error = await refused((good) => good, 'ikke dette passordet');
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(error).toBeInstanceOf(Error);
    expect(nbWords(error)).toBe(
      'Feil passord for denne sikkerhetskopien. Bruk passordet som gjaldt da den ble laget (2026-11-23). Ingenting er endret.',
    );
  });

  it('a record that claims a future change or a closing it could not have had (it would win the merge and be deleted)', async () => {
    // The attack: updatedAt in 2099 wins every merge, closedAt in 2000 makes retention delete it.
    const forger = testVault();
    await forger.setUp(PASS);
    await forger.putStudent(record('visma:1', { updatedAt: '2099-01-01T00:00:00.000Z', closedAt: '2000-01-01', freeText: '' }));
    const forged = await exportBackup(forger);
    const error = await refused(() => forged);
    expect(error).toBeInstanceOf(BackupError);
    expect(nbWords(error)).toContain('students[0] (visma:1).updatedAt: 2099-01-01T00:00:00.000Z er fram i tid');
    expect(nbWords(error)).toContain('Ingenting er endret');

    const closedLater = testVault();
    await closedLater.setUp(PASS);
    await closedLater.putStudent(record('visma:9', { closedAt: '2026-12-24' }));
    const closedFile = await exportBackup(closedLater);
    const closedError = await refused(() => closedFile);
    expect(nbWords(closedError)).toContain('students[0] (visma:9).closedAt: 2026-12-24 er etter i dag (2026-11-23)');
  });

  it('BackupError is a StoreError, so callers can show every store failure the same way', () => {
    expect(new BackupError({ code: 'backup-empty' })).toBeInstanceOf(StoreError);
  });
});

describe('previewBackup', () => {
  /** A vault with an older, different note for visma:1 only. */
  async function target(): Promise<Vault> {
    const vault = testVault();
    await vault.setUp(PASS);
    await vault.putStudent(record('visma:1', { displayName: 'Åse Ødegård', freeText: 'Eldre tekst her', updatedAt: '2026-09-01T08:00:00.000Z' }));
    return vault;
  }

  it('says what the import would change, writes nothing, and nothing is written when it is not applied', async () => {
    const file = await exportBackup(await filledVault());
    const vault = await target();
    const before = await stateOf(vault);
    // visma:2 and transponder:77 are new; visma:1 is here and older here. Retention of 3 months:
    // visma:2 closed 2026-06-20, due 2026-09-20, before today (2026-11-23).
    const preview = await previewBackup(vault, file, PASS, NB, 3);
    expect(preview.summary).toMatchObject({ studentsAdded: 2, studentsUpdated: 1, studentsUnchanged: 0 });
    expect(preview.dueForDeletion).toEqual(['Øystein Å']);
    // Cancelled: the preview is dropped, the store is as it was.
    expect(await stateOf(vault)).toEqual(before);
    // With the default 12 months nothing would be due.
    expect((await previewBackup(vault, file, PASS, NB)).dueForDeletion).toEqual([]);
  });

  it('applied, writes exactly what it showed', async () => {
    const file = await exportBackup(await filledVault());
    const vault = await target();
    const preview = await previewBackup(vault, file, PASS, NB, 3);
    expect(await preview.apply()).toEqual(preview.summary);
    const keys = (await vault.snapshot()).records.map((r) => r.studentKey).sort();
    expect(keys).toEqual(['transponder:77', 'visma:1', 'visma:2']);
  });

  it('on a new machine: shows every note as added and sets nothing up until applied', async () => {
    const file = await exportBackup(await filledVault());
    const vault = testVault();
    const preview = await previewBackup(vault, file, PASS, NB);
    expect(preview.summary).toMatchObject({ studentsAdded: 3, studentsUpdated: 0, studentsUnchanged: 0 });
    expect(await vault.isSetUp()).toBe(false);
    await preview.apply();
    expect(await vault.isSetUp()).toBe(true);
  });
});
