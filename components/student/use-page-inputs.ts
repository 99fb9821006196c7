import { useEffect, useState } from 'react';
import { loadSettings, watchSettings } from '../../lib/store/settings-storage.browser';
import type { LoadedSettings } from '../../lib/store/managed-policy';
import { loadStudentHandoff, watchStudentHandoff, type StudentHandoff } from '../../lib/store/student-handoff.browser';

/** The teacher's settings (storage.local, parsed with parseSettings), kept current. */
export function usePageSettings(): { loaded: LoadedSettings | null; error: string | null } {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (result) => live && setLoaded(result),
      (problem: unknown) => live && setError(String(problem)),
    );
    const stop = watchSettings((result) => setLoaded(result));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { loaded, error };
}

/**
 * What the badge handed over for this student (storage.session): undefined while loading, null
 * when the page was opened without one (a bookmark, the options' list, a restarted browser).
 */
export function useHandoff(studentKey: string | null): StudentHandoff | null | undefined {
  const [handoff, setHandoff] = useState<StudentHandoff | null | undefined>(studentKey ? undefined : null);
  useEffect(() => {
    if (!studentKey) return;
    let live = true;
    const take = (first: boolean) =>
      loadStudentHandoff(studentKey).then(
        (result) => live && (result !== null || first) && setHandoff(result),
        () => live && first && setHandoff(null),
      );
    void take(true);
    // The badge clicked again while this page is open: the background brings this tab forward
    // instead of opening a second page for the student, and the new reading arrives here.
    const stop = watchStudentHandoff(studentKey, () => void take(false));
    return () => {
      live = false;
      stop();
    };
  }, [studentKey]);
  return handoff;
}
