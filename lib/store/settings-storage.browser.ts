import browser from 'webextension-polyfill';
import { describeIssues } from '../model/validation';
import { parseSettings, Settings, type LoadedSettings } from './settings';

/**
 * The one place the extension's pages read and write the settings (storage.local, key "settings").
 * Writes are read-modify-write on the freshest stored value, one at a time, because the background
 * writes to the same object too (screen-share shortcut, teach mode) and a stale copy held by a page
 * must not overwrite those.
 */
const KEY = 'settings';

export async function loadSettings(): Promise<LoadedSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `edit` to the stored settings, saves, and tells open portal tabs to reload their
 * configuration. Refuses (rejects) to store anything the schema would not read back.
 */
export function updateSettings(edit: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const { settings } = await loadSettings();
    const checked = Settings.safeParse(edit(settings));
    if (!checked.success) throw new Error(describeIssues(checked.error, 'innstillinger').join('\n'));
    await browser.storage.local.set({ [KEY]: checked.data });
    await notifyPortalTabs();
    return checked.data;
  });
  queue = run.catch(() => undefined);
  return run;
}

async function notifyPortalTabs(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'broadcast', message: { type: 'settingsChanged' } });
  } catch {
    // No background listening (e.g. while the extension reloads): tabs read the settings on their next load.
  }
}

/** Calls `listener` whenever the stored settings change, from any page or the background. */
export function watchSettings(listener: (loaded: LoadedSettings) => void): () => void {
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Screen-share mode is the background's to switch: it saves it and tells every portal tab at once. */
export async function requestScreenShare(on: boolean): Promise<void> {
  await browser.runtime.sendMessage({ type: 'setScreenShare', on });
}
