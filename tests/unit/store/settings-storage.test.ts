import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const { loadOwnSettings, loadSettings, settingsItem, updateSettings, watchSettings } = await import(
  '../../../lib/store/settings-storage.browser'
);

/** What the portal tabs were told, through the background's broadcast. */
let told: unknown[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  told = [];
  fakeBrowser.runtime.onMessage.addListener((message) => {
    told.push(message);
  });
});

afterEach(() => {
  fakeBrowser.reset();
});

describe('the settings item', () => {
  it('reads settings that earlier versions stored under "settings", field by field', async () => {
    // Written as every release before the item did: a bare object under storage.local "settings",
    // with no WXT version record beside it.
    await fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        language: 'nn',
        profileId: 'bergen-grunnskole',
        screenShare: true,
        idleLockMinutes: 30,
        enabledSites: ['https://skole.example.no'],
        changedByTeacher: ['idleLockMinutes'],
      },
    });
    const { settings, problems } = await loadOwnSettings();
    expect(problems).toBeUndefined();
    expect(settings.language).toBe('nn');
    expect(settings.profileId).toBe('bergen-grunnskole');
    expect(settings.screenShare).toBe(true);
    expect(settings.idleLockMinutes).toBe(30);
    expect(settings.enabledSites).toEqual(['https://skole.example.no']);
    expect(settings.changedByTeacher).toEqual(['idleLockMinutes']);
    // Fields it never stored take the defaults.
    expect(settings.retentionMonths).toBe(12);
    expect(settings.ownDefaults).toBe(true);
    // Reading changed nothing in storage.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: expect.objectContaining({ language: 'nn' }) });
  });

  it('falls back to the defaults and names the problem when the stored object is corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: { idleLockMinutes: 'ten' } });
    const { settings, problems } = await loadOwnSettings();
    expect(settings.idleLockMinutes).toBe(15);
    expect(problems).toEqual([{ path: 'idleLockMinutes', problem: { code: 'wrong-type', expected: 'number', found: 'string' }, found: '"ten"' }]);
  });

  it('saves through the same item it reads, and a page tells the portal tabs while the background does not', async () => {
    await updateSettings((s) => ({ ...s, language: 'en' }));
    expect(await settingsItem.getValue()).toMatchObject({ language: 'en' });
    expect(told).toEqual([{ type: 'broadcast', message: { type: 'settingsChanged' } }]);
    await updateSettings((s) => ({ ...s, screenShare: true }), { tellPortalTabs: false });
    expect(told).toHaveLength(1);
    expect((await loadSettings()).settings).toMatchObject({ language: 'en', screenShare: true });
  });

  it('applies writes one at a time: changes made at once by the background and a page are both kept', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'nb', enabledSites: [] } });
    await Promise.all([
      updateSettings((s) => ({ ...s, screenShare: true }), { tellPortalTabs: false }),
      updateSettings((s) => ({ ...s, language: 'nn' })),
      updateSettings((s) => ({ ...s, enabledSites: [...s.enabledSites, 'https://a.example.no'] }), { tellPortalTabs: false }),
      updateSettings((s) => ({ ...s, enabledSites: [...s.enabledSites, 'https://b.example.no'] }), { tellPortalTabs: false }),
    ]);
    const { settings } = await loadOwnSettings();
    expect(settings.screenShare).toBe(true);
    expect(settings.language).toBe('nn');
    expect([...settings.enabledSites].sort()).toEqual(['https://a.example.no', 'https://b.example.no']);
  });

  it('refuses a value the schema would not read back and leaves the stored settings as they were', async () => {
    await fakeBrowser.storage.local.set({ settings: { idleLockMinutes: 20 } });
    await expect(updateSettings((s) => ({ ...s, idleLockMinutes: 0 }))).rejects.toThrow('idleLockMinutes');
    expect(await settingsItem.getValue()).toEqual({ idleLockMinutes: 20 });
  });

  it('tells a watcher the settings in force after any context writes them', async () => {
    const seen: string[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded.settings.language));
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    await vi.waitFor(() => expect(seen).toEqual(['en']));
    stop();
    await fakeBrowser.storage.local.set({ settings: { language: 'nn' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['en']);
  });
});
