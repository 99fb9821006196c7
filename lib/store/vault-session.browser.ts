import browser from 'webextension-polyfill';
import { Vault } from './vault';
import { IdleLock } from './idle-lock';

/**
 * One unlock for all of the extension's own contexts (the student page, options, the background).
 *
 * The unlocked AES key is kept, as raw bytes, in storage.session: in memory only, readable only by
 * the extension's trusted contexts (not by content scripts), and gone when the browser closes or
 * the vault locks. A Chrome service worker is stopped when idle and would otherwise forget the
 * unlock every half minute. The idle lock removes it after the configured minutes without use.
 */
const SESSION_KEY = 'vault.key';
const SESSION_ACTIVITY = 'vault.lastActivity';

let shared: Vault | null = null;

/** The vault of this context, over the extension origin's IndexedDB. */
export function extensionVault(): Vault {
  shared ??= new Vault({ factory: indexedDB, clock: () => new Date(), shareableKey: true });
  return shared;
}

/** After the teacher unlocked in a page: share the unlock with the other contexts. */
export async function rememberUnlock(vault: Vault): Promise<void> {
  const key = await vault.exportSessionKey();
  if (key) await browser.storage.session.set({ [SESSION_KEY]: key, [SESSION_ACTIVITY]: Date.now() });
}

/** The vault, unlocked from the session if another context unlocked it; null while locked. */
export async function openUnlockedVault(): Promise<Vault | null> {
  const vault = extensionVault();
  const stored = await browser.storage.session.get(SESSION_KEY);
  const key = stored[SESSION_KEY];
  if (typeof key !== 'string') {
    vault.lock();
    return null;
  }
  if (vault.isUnlocked()) return vault;
  if (!(await vault.isSetUp())) return null;
  return (await vault.unlockWithSessionKey(key)) ? vault : null;
}

/**
 * Calls `onEnded` the moment the shared unlock ends anywhere — the background's idle lock, "Lås"
 * in another tab, a passphrase change — so every open student page clears its decrypted notes at
 * once, not when the teacher next looks at it.
 */
export function watchUnlockEnded(onEnded: () => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'session' && SESSION_KEY in changes && typeof changes[SESSION_KEY]?.newValue !== 'string') onEnded();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function touchVaultSession(): Promise<void> {
  await browser.storage.session.set({ [SESSION_ACTIVITY]: Date.now() });
}

export async function forgetUnlock(): Promise<void> {
  extensionVault().lock();
  await browser.storage.session.remove([SESSION_KEY, SESSION_ACTIVITY]);
}

export async function lockVaultIfIdle(idleMinutes: number, nowMs: number): Promise<boolean> {
  const stored = await browser.storage.session.get([SESSION_KEY, SESSION_ACTIVITY]);
  if (typeof stored[SESSION_KEY] !== 'string') return false;
  const lock = new IdleLock(idleMinutes);
  const last = stored[SESSION_ACTIVITY];
  if (typeof last === 'number') lock.touch(last);
  if (!lock.isExpired(nowMs)) return false;
  await forgetUnlock();
  return true;
}
