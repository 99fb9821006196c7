import { useCallback, useEffect, useState } from 'react';
import { LockedByPolicyError, loadSettings, updateSettings, watchSettings } from '../../lib/store/settings-storage.browser';
import type { LoadedSettings } from '../../lib/store/managed-policy';
import { applyEdit, type SettingsEdit } from './settings-edit';

/** `count` grows with each save, so that the page can announce every save, not just the first. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; count: number }
  | { kind: 'failed'; reason: string }
  /** Refused because the school owner's policy locks these settings. */
  | { kind: 'locked'; keys: readonly string[] };

export interface SettingsHandle {
  loaded: LoadedSettings | null;
  /** Storage itself could not be read (not a corrupt object: that is loaded.problem). */
  loadError: string | null;
  status: SaveStatus;
  save: (edit: SettingsEdit) => Promise<boolean>;
}

/** The stored settings, kept current when the background or another page changes them. */
export function useSettings(): SettingsHandle {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (result) => live && setLoaded(result),
      (error: unknown) => live && setLoadError(String(error)),
    );
    const stop = watchSettings((result) => setLoaded(result));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback(async (edit: SettingsEdit) => {
    try {
      setLoaded(await updateSettings((current) => applyEdit(current, edit)));
      setStatus((previous) => ({ kind: 'saved', count: previous.kind === 'saved' ? previous.count + 1 : 1 }));
      return true;
    } catch (error) {
      if (error instanceof LockedByPolicyError) setStatus({ kind: 'locked', keys: error.keys });
      else setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }, []);

  return { loaded, loadError, status, save };
}
