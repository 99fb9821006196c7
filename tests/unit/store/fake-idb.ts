import * as fake from 'fake-indexeddb';
import type { StudentRecord } from '../../../lib/model';
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

export function testVault(factory: IDBFactory = freshFactory(), schemaVersion?: number): Vault {
  return new Vault({
    factory,
    clock: () => FIXED_NOW,
    testOnly: { iterations: TEST_ITERATIONS, ...(schemaVersion !== undefined ? { schemaVersion } : {}) },
  });
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
