import browser from 'webextension-polyfill';
import { describeIssues } from '../model/validation';
import { lockedKeysChanged, parseManagedPolicy, withPolicy, withTeacherChoices, type ManagedRead } from './managed-policy';
import { parseSettings, Settings, type LoadedSettings } from './settings';

/**
 * The one place the extension reads and writes the settings. The teacher's own settings live in
 * storage.local (key "settings"); the school owner's policy, if any, in storage.managed. Every
 * reader gets the settings in force (loadSettings().settings: own settings under the policy), so
 * the background, the portal tabs and the extension's pages all follow the same policy.
 *
 * Writes are read-modify-write on the freshest stored value, one at a time, because the background
 * writes to the same object too (screen-share shortcut, teach mode) and a stale copy held by a page
 * must not overwrite those. A write that would change a setting the policy locks is refused.
 */
const KEY = 'settings';

/**
 * The policy, or none. storage.managed rejects when no policy exists (Firefox: "Managed storage
 * manifest not found") and gives {} in Chrome; both mean no policy, as does a browser without it.
 */
export async function readManagedPolicy(): Promise<ManagedRead> {
  let raw: unknown;
  try {
    raw = browser.storage.managed ? await browser.storage.managed.get() : undefined;
  } catch {
    raw = undefined;
  }
  return parseManagedPolicy(raw);
}

/** The teacher's own settings as stored, without the policy. */
export async function loadOwnSettings(): Promise<LoadedSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/** The settings in force, with the teacher's own and what the policy sets. */
export async function loadSettings(): Promise<LoadedSettings> {
  const [own, managed] = await Promise.all([loadOwnSettings(), readManagedPolicy()]);
  return withPolicy(own, managed);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `edit` to the teacher's own settings, saves, and tells open portal tabs to reload their
 * configuration. Refuses (rejects) to store anything the schema would not read back, or a change
 * to a setting the school owner's policy locks. Resolves to the settings in force afterwards.
 */
export function updateSettings(edit: (current: Settings) => Settings): Promise<LoadedSettings> {
  const run = queue.then(async () => {
    const [{ settings: before }, managed] = await Promise.all([loadOwnSettings(), readManagedPolicy()]);
    const checked = Settings.safeParse(edit(before));
    if (!checked.success) throw new Error(describeIssues(checked.error, 'innstillinger').join('\n'));
    const locked = lockedKeysChanged(before, checked.data, managed.kind === 'valid' ? managed.state : null);
    if (locked.length > 0) throw new LockedByPolicyError(locked);
    const after = withTeacherChoices(before, checked.data);
    await browser.storage.local.set({ [KEY]: after });
    await notifyPortalTabs();
    return withPolicy({ settings: after }, managed);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** A write refused because the school owner's policy locks the setting. */
export class LockedByPolicyError extends Error {
  constructor(readonly keys: readonly string[]) {
    super(`Satt av skoleeier og låst: ${keys.join(', ')}. Endringen er ikke lagret.`);
    this.name = 'LockedByPolicyError';
  }
}

async function notifyPortalTabs(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'broadcast', message: { type: 'settingsChanged' } });
  } catch {
    // No background listening (e.g. while the extension reloads): tabs read the settings on their next load.
  }
}

/**
 * Calls `listener` with the settings in force whenever the teacher's settings or the policy
 * change, from any page, the background or the browser's policy.
 */
export function watchSettings(listener: (loaded: LoadedSettings) => void): () => void {
  let live = true;
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (!((area === 'local' && changes[KEY]) || area === 'managed')) return;
    void loadSettings().then(
      (loaded) => live && listener(loaded),
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(onChanged);
  };
}

/** Screen-share mode is the background's to switch: it saves it and tells every portal tab at once. */
export async function requestScreenShare(on: boolean): Promise<void> {
  await browser.runtime.sendMessage({ type: 'setScreenShare', on });
}
