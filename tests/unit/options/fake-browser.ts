import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The slice of the WebExtension API the options page and popup use, in memory. Tests read what
 * was stored and sent from it.
 */
/**
 * `managed` is what the school owner's policy holds; without one, storage.managed rejects as
 * Firefox's does ("Managed storage manifest not found").
 */
export function createFakeBrowser(initial: Record<string, unknown> = {}, managed?: Record<string, unknown>) {
  const store: Record<string, unknown> = structuredClone(initial);
  type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;
  const listeners = new Set<(changes: Changes, area: string) => void>();
  const localListeners = new Set<(changes: Changes) => void>();
  const sent: unknown[] = [];
  const fake = {
    store,
    sent,
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in store ? { [key]: structuredClone(store[key]) } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => {
          const changes: Record<string, { newValue?: unknown; oldValue?: unknown }> = {};
          for (const [key, value] of Object.entries(items)) {
            changes[key] = { oldValue: store[key], newValue: structuredClone(value) };
            store[key] = structuredClone(value);
          }
          for (const listener of localListeners) listener(changes);
          for (const listener of listeners) listener(changes, 'local');
        }),
        remove: vi.fn(async (keys: string | string[]) => {
          const changes: Changes = {};
          for (const key of [keys].flat()) {
            if (!(key in store)) continue;
            changes[key] = { oldValue: store[key] };
            delete store[key];
          }
          for (const listener of localListeners) listener(changes);
          for (const listener of listeners) listener(changes, 'local');
        }),
        onChanged: {
          addListener: (l: (changes: Changes) => void) => localListeners.add(l),
          removeListener: (l: (changes: Changes) => void) => localListeners.delete(l),
        },
      },
      managed: {
        get: vi.fn(async () => {
          if (managed === undefined) throw new Error('Managed storage manifest not found');
          return structuredClone(managed);
        }),
      },
      onChanged: {
        addListener: (l: (typeof listeners extends Set<infer L> ? L : never)) => listeners.add(l),
        removeListener: (l: (typeof listeners extends Set<infer L> ? L : never)) => listeners.delete(l),
      },
    },
    runtime: {
      sendMessage: vi.fn(async (message: unknown) => {
        sent.push(message);
        return { ok: true };
      }),
      openOptionsPage: vi.fn(async () => undefined),
    },
    i18n: { getUILanguage: () => 'nb-NO' },
    commands: {
      getAll: vi.fn(async () => [{ name: 'toggle-screen-share', shortcut: 'Alt+Shift+S', description: '' }]),
      update: vi.fn(async () => undefined),
      reset: vi.fn(async () => undefined),
    },
    permissions: {
      request: vi.fn(async () => true),
      remove: vi.fn(async () => true),
    },
    tabs: {
      query: vi.fn(async () => [] as Array<{ id?: number; url?: string }>),
      sendMessage: vi.fn(async (): Promise<unknown> => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
      create: vi.fn(async () => ({})),
      reload: vi.fn(async () => undefined),
    },
  };
  // The settings item (WXT's storage) reaches the extension API through WXT's own `browser`, which
  // the test setup makes WXT's fakeBrowser: its local area is this one too.
  (fakeBrowser.storage as { local: unknown }).local = fake.storage.local;
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
