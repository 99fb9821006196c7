import { loadStudentRecord } from '../../lib/store/legacy-keys';
import { useCallback, useEffect, useRef, useState } from 'react';
import browser from 'webextension-polyfill';
import type { IsoTimestamp, StudentRecord } from '../../lib/model';
import type { StudentHandoff } from '../../lib/store/student-handoff.browser';
import { IntegrityError, LockedError } from '../../lib/store/store-error';
import type { IntegrityProblem } from '../../lib/store/vault-manifest';
import type { Vault } from '../../lib/store/vault';
import { caseStatusChanged, recordFromHandoff } from './record-edit';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** `count` grows with every save, so that each one is announced, not just the first. */
  | { kind: 'saved'; count: number }
  | { kind: 'failed'; error: unknown }
  | { kind: 'deleted' };

export interface StudentRecordHandle {
  /** undefined while loading; null when nothing is stored and there is no hand-over to start one from. */
  draft: StudentRecord | null | undefined;
  /** Whether the draft has changes not yet committed to the vault. */
  dirty: boolean;
  /** Whether a record for this student is stored at all. */
  stored: boolean;
  /** Why the record could not be loaded (worded by the page: components/common/store-problem-words.ts). */
  loadError: { error: unknown } | null;
  /** Set when the load was refused because the stored record is not the one last saved (loadError says so too). */
  loadProblem: IntegrityProblem | null;
  saveState: SaveState;
  /**
   * Applies a change to the draft. With `commit`, saves at once (case progress, added or removed
   * entries); otherwise the change waits for "Lagre" (text being typed).
   */
  update: (change: (record: StudentRecord, now: IsoTimestamp) => StudentRecord, options?: { commit?: boolean }) => void;
  save: () => Promise<boolean>;
  remove: () => Promise<boolean>;
}

async function tellBackground(request: unknown): Promise<void> {
  try {
    await browser.runtime.sendMessage(request);
  } catch {
    // The background is restarting: the badges refresh on their own next load.
  }
}

/**
 * One student's record as the page edits it. The draft lives here, above the unlock gate, so that
 * when a save fails or the vault locks in the middle of typing, what the teacher wrote is still
 * there after unlocking again: nothing is dropped until the vault has it.
 */
export function useStudentRecord(
  vault: Vault | null,
  studentKey: string | null,
  handoff: StudentHandoff | null | undefined,
  ensureUnlocked: () => Promise<Vault | null>,
): StudentRecordHandle {
  const [draft, setDraftState] = useState<StudentRecord | null | undefined>(undefined);
  const [dirty, setDirtyState] = useState(false);
  const [stored, setStored] = useState(false);
  const [loadError, setLoadError] = useState<{ error: unknown } | null>(null);
  const [loadProblem, setLoadProblem] = useState<IntegrityProblem | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const draftRef = useRef<StudentRecord | null | undefined>(undefined);
  const dirtyRef = useRef(false);
  /** The version the vault holds, to tell whether the badges' facts changed. */
  const savedRef = useRef<StudentRecord | null>(null);

  const setDraft = (record: StudentRecord | null | undefined) => {
    draftRef.current = record;
    setDraftState(record);
  };
  const setDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  };

  useEffect(() => {
    if (!vault || !studentKey || handoff === undefined) return;
    let live = true;
    loadStudentRecord(vault, studentKey).then(
      (record) => {
        if (!live) return;
        savedRef.current = record ?? null;
        setStored(record !== undefined);
        setLoadError(null);
        setLoadProblem(null);
        // Unsaved typing from before a lock wins over what the vault holds.
        if (dirtyRef.current && draftRef.current) return;
        setDraft(record ?? (handoff ? recordFromHandoff(handoff, vault.now().toISOString()) : null));
      },
      (error: unknown) => {
        if (!live) return;
        setLoadError({ error });
        setLoadProblem(error instanceof IntegrityError ? error.integrity : null);
      },
    );
    return () => {
      live = false;
    };
  }, [vault, studentKey, handoff]);

  const write = useCallback(
    async (record: StudentRecord): Promise<boolean> => {
      setSaveState({ kind: 'saving' });
      const unlocked = await ensureUnlocked();
      if (!unlocked) {
        setSaveState({ kind: 'failed', error: new LockedError() });
        return false;
      }
      try {
        await unlocked.putStudent(record);
      } catch (error) {
        setSaveState({ kind: 'failed', error });
        await ensureUnlocked();
        return false;
      }
      const before = savedRef.current;
      savedRef.current = record;
      setStored(true);
      if (draftRef.current === record) setDirty(false);
      setSaveState((previous) => ({ kind: 'saved', count: previous.kind === 'saved' ? previous.count + 1 : 1 }));
      await tellBackground({ type: 'vaultActivity' });
      if (caseStatusChanged(before, record)) await tellBackground({ type: 'broadcast', message: { type: 'caseStatusChanged' } });
      return true;
    },
    [ensureUnlocked],
  );

  const update = useCallback<StudentRecordHandle['update']>(
    (change, options) => {
      const current = draftRef.current;
      if (!current || !vault) return;
      const next = change(current, vault.now().toISOString());
      if (next === current) return;
      setDraft(next);
      setDirty(true);
      if (options?.commit) void write(next);
    },
    [vault, write],
  );

  const save = useCallback(async () => {
    const current = draftRef.current;
    if (!current) return false;
    return write(current);
  }, [write]);

  const remove = useCallback(async () => {
    if (!studentKey) return false;
    const unlocked = await ensureUnlocked();
    if (!unlocked) return false;
    try {
      await unlocked.deleteStudent(studentKey);
    } catch (error) {
      setSaveState({ kind: 'failed', error });
      return false;
    }
    const before = savedRef.current;
    savedRef.current = null;
    setStored(false);
    setDirty(false);
    setDraft(null);
    setSaveState({ kind: 'deleted' });
    await tellBackground({ type: 'vaultActivity' });
    if (caseStatusChanged(before, null)) await tellBackground({ type: 'broadcast', message: { type: 'caseStatusChanged' } });
    return true;
  }, [studentKey, ensureUnlocked]);

  return { draft, dirty, stored, loadError, loadProblem, saveState, update, save, remove };
}
