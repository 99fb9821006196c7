import { useCallback, useEffect, useState } from 'react';
import type { Vault } from '../../lib/store/vault';
import { extensionVault, forgetUnlock, openUnlockedVault, rememberUnlock, watchUnlockEnded } from '../../lib/store/vault-session.browser';

export type VaultState =
  | { kind: 'checking' }
  | { kind: 'setup' }
  | { kind: 'locked' }
  | { kind: 'unlocked'; vault: Vault }
  | { kind: 'failed'; error: unknown };

export interface VaultAccess {
  state: VaultState;
  /** First use: choose the passphrase. Rejects with the store's error (its problem code) and changes nothing. */
  setUp: (passphrase: string) => Promise<void>;
  /** Rejects with WrongPassphraseError on a wrong passphrase; the state stays as it was. */
  unlock: (passphrase: string) => Promise<void>;
  lock: () => Promise<void>;
  /**
   * Checks that the shared unlock still holds (the background's idle lock may have ended it) and
   * returns the vault, or null after switching to the locked state.
   */
  ensureUnlocked: () => Promise<Vault | null>;
}

/**
 * The vault of the extension's origin, unlocked once for all its contexts: another page may have
 * unlocked it already, and the background's idle lock may end the unlock at any time.
 */
export function useVault(): VaultAccess {
  const [state, setState] = useState<VaultState>({ kind: 'checking' });

  const settle = useCallback(async (): Promise<Vault | null> => {
    try {
      const vault = await openUnlockedVault();
      if (vault) {
        setState((previous) => (previous.kind === 'unlocked' && previous.vault === vault ? previous : { kind: 'unlocked', vault }));
        return vault;
      }
      setState({ kind: (await extensionVault().isSetUp()) ? 'locked' : 'setup' });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
    return null;
  }, []);

  useEffect(() => {
    void settle();
    // Coming back to the tab after a break: the idle lock may have run meanwhile.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void settle();
    };
    document.addEventListener('visibilitychange', onVisible);
    // Locked elsewhere (the idle lock, another tab): clear this page now, visible or not.
    const stopWatching = watchUnlockEnded(() => {
      extensionVault().lock();
      setState({ kind: 'locked' });
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stopWatching();
    };
  }, [settle]);

  const setUp = useCallback(async (passphrase: string) => {
    const vault = extensionVault();
    await vault.setUp(passphrase);
    await rememberUnlock(vault);
    setState({ kind: 'unlocked', vault });
  }, []);

  const unlock = useCallback(async (passphrase: string) => {
    const vault = extensionVault();
    await vault.unlock(passphrase);
    await rememberUnlock(vault);
    setState({ kind: 'unlocked', vault });
  }, []);

  const lock = useCallback(async () => {
    await forgetUnlock();
    setState({ kind: 'locked' });
  }, []);

  return { state, setUp, unlock, lock, ensureUnlocked: settle };
}
