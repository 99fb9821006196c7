import browser from 'webextension-polyfill';
import { storage } from 'wxt/utils/storage';
import { fieldIssues, issuesForLog } from '../model/validation';
import { lockedKeysChanged, parseManagedPolicy, withPolicy, withTeacherChoices, type LoadedSettings, type ManagedRead } from './managed-policy';
import { parseSettings, Settings } from './settings';

/**
 * The one place the extension reads and writes the settings: the background and every extension
 * page (options, popup, student page) go through `settingsItem` and `updateSettings` below. The
 * teacher's own settings live in storage.local (key "settings"); the school owner's policy, if any,
 * in storage.managed. Every reader gets the settings in force (loadSettings().settings: own settings
 * under the policy), so the background, the portal tabs and the extension's pages all follow the
 * same policy.
 */

/**
 * The stored settings object. Typed `unknown` on purpose: what storage holds may have been written
 * by an older version or be corrupt, and only the zod schema (parseSettings) turns it into
 * Settings — with the defaults and a named problem when it cannot. The item is the object every
 * release so far has stored under "settings" (its own `version: 1` field), so settings saved before
 * the item existed load unchanged. A later shape change gives the item `version: 2` and a migration
 * from 1 (WXT reads an item without a stored version as version 1).
 */
export const settingsItem = storage.defineItem<unknown>('local:settings');

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
  return parseSettings(await settingsItem.getValue());
}

/** The settings in force, with the teacher's own and what the policy sets. */
export async function loadSettings(): Promise<LoadedSettings> {
  const [own, managed] = await Promise.all([loadOwnSettings(), readManagedPolicy()]);
  return withPolicy(own, managed);
}

/**
 * Writes are read-modify-write on the freshest stored value, one at a time across the whole
 * extension: the background (screen-share shortcut, teach mode, granted sites) and the pages write
 * the same object, and a stale copy held by one must not overwrite the other's change. The browser's
 * Web Locks are shared by every context of the extension's origin (service worker, event page,
 * pages); where they are missing (unit tests), a queue in this context does the same for it.
 */
const WRITE_LOCK = 'naervaersradar-settings';
let localQueue: Promise<unknown> = Promise.resolve();

function oneWriteAtATime<T>(write: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  // The lock is held until `write` settles; request() resolves to what it resolved to.
  if (locks) return locks.request(WRITE_LOCK, write) as unknown as Promise<T>;
  const run = localQueue.then(write);
  localQueue = run.catch(() => undefined);
  return run;
}

export interface UpdateOptions {
  /**
   * Whether open portal tabs are told to reload their configuration (default yes). The background
   * says no: it tells the tabs itself, with the message that fits the change.
   */
  tellPortalTabs?: boolean;
}

/**
 * Applies `edit` to the teacher's own settings and saves. Refuses (rejects) to store anything the
 * schema would not read back, or a change to a setting the school owner's policy locks. Resolves to
 * the settings in force afterwards.
 */
export function updateSettings(edit: (current: Settings) => Settings, options: UpdateOptions = {}): Promise<LoadedSettings> {
  return oneWriteAtATime(async () => {
    const [{ settings: before }, managed] = await Promise.all([loadOwnSettings(), readManagedPolicy()]);
    const checked = Settings.safeParse(edit(before));
    if (!checked.success) throw new Error(`settings: ${issuesForLog(fieldIssues(checked.error))}`);
    const locked = lockedKeysChanged(before, checked.data, managed.kind === 'valid' ? managed.state : null);
    if (locked.length > 0) throw new LockedByPolicyError(locked);
    const after = withTeacherChoices(before, checked.data);
    await settingsItem.setValue(after);
    if (options.tellPortalTabs !== false) await notifyPortalTabs();
    return withPolicy({ settings: after }, managed);
  });
}

/** A write refused because the school owner's policy locks the setting; the pages word it (optLockedByPolicy). */
export class LockedByPolicyError extends Error {
  constructor(readonly keys: readonly string[]) {
    super(`locked by the school owner's policy: ${keys.join(', ')}`);
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
  const reload = () =>
    void loadSettings().then(
      (loaded) => live && listener(loaded),
      () => undefined,
    );
  const stopOwn = settingsItem.watch(reload);
  const onManagedChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(onManagedChanged);
  return () => {
    live = false;
    stopOwn();
    browser.storage.onChanged.removeListener(onManagedChanged);
  };
}

/** Screen-share mode is the background's to switch: it saves it and tells every portal tab at once. */
export async function requestScreenShare(on: boolean): Promise<void> {
  await browser.runtime.sendMessage({ type: 'setScreenShare', on });
}
