import * as fake from 'fake-indexeddb';
import type { StudentRecord } from '../../../lib/model';
import { deriveKey, encryptJson, makeKeyCheck, randomSalt, toBase64 } from '../../../lib/store/crypto';
import { openVaultDb } from '../../../lib/store/db';
import { Vault } from '../../../lib/store/vault';

/**
 * idb recognises IndexedDB objects with `instanceof IDBDatabase` etc. against the globals, so the
 * fake's classes are installed as those globals. `indexedDB` itself is deliberately NOT installed:
 * the store must only ever use the factory it is given.
 */
const globals = globalThis as Record<string, unknown>;
for (const name of [
  'IDBCursor',
  'IDBCursorWithValue',
  'IDBDatabase',
  'IDBIndex',
  'IDBKeyRange',
  'IDBObjectStore',
  'IDBOpenDBRequest',
  'IDBRequest',
  'IDBTransaction',
  'IDBVersionChangeEvent',
] as const) {
  globals[name] ??= fake[name];
}

export const FakeObjectStore = fake.IDBObjectStore;

export function freshFactory(): IDBFactory {
  return new fake.IDBFactory() as unknown as IDBFactory;
}

/** A low PBKDF2 count, through the explicit test-only option; production never passes it. */
export const TEST_ITERATIONS = 1_000;
export const PASS = 'riktig hest batteri stift';
export const FIXED_NOW = new Date('2026-11-23T09:00:00.000Z');

export function testVault(factory: IDBFactory = freshFactory()): Vault {
  return new Vault({ factory, clock: () => FIXED_NOW, testOnly: { iterations: TEST_ITERATIONS } });
}

export function record(key: string, overrides: Partial<StudentRecord> = {}): StudentRecord {
  return {
    studentKey: key,
    portal: 'visma',
    displayName: `Åse Ødegård Ærø (${key})`,
    className: '9B',
    caseRecord: null,
    contactLog: [],
    mapping: { naervaersfaktorer: '', utlosendeFaktorer: '', opprettholdendeFaktorer: '' },
    stress: [],
    reminders: [],
    consents: [],
    exports: [],
    freeText: '',
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
    ...overrides,
  };
}

/**
 * Writes a store exactly as schema v1 or v2 left it, by hand (raw IndexedDB, no Vault): meta with
 * salt, count and key check; 'students' rows keyed by the student key with `updatedAt` in clear
 * and the record sealed without additional data; in v2 also 'reminders' with the open reminders'
 * dates in clear. Returns the key the records were sealed with.
 */
export async function writeOldStore(
  factory: IDBFactory,
  version: 1 | 2,
  records: readonly Omit<StudentRecord, 'reminders'>[],
  passphrase = PASS,
): Promise<CryptoKey> {
  const db = await openVaultDb(factory, undefined, version);
  const salt = randomSalt();
  const key = await deriveKey(passphrase, salt, TEST_ITERATIONS);
  await db.put('meta', { salt: toBase64(salt), iterations: TEST_ITERATIONS, keyCheck: await makeKeyCheck(key) }, 'vault');
  for (const rec of records) {
    await db.put('students', { studentKey: rec.studentKey, updatedAt: rec.updatedAt, sealed: await encryptJson(key, rec) });
    if (version === 2 && 'reminders' in rec) {
      for (const r of (rec as StudentRecord).reminders) {
        if (!r.done) await db.put('reminders', { studentKey: rec.studentKey, id: r.id, dueOn: r.dueOn });
      }
    }
  }
  db.close();
  return key;
}
