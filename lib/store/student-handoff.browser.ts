import browser from 'webextension-polyfill';
import { z } from 'zod';
import { IsoDate, ReadingRow, ShownPeriod } from '../model';
import { checkHandoffSize, handoffEntriesToEvict, handoffStorageKey } from './handoff-rules';

/**
 * What the badge hands to the student page: the student's reading from the portal page (public,
 * what the page itself showed), the profile, the intent, and the date it was evaluated for.
 * Kept in storage.session — the extension's own, in memory, gone when the browser closes — so the
 * student page can open in a new tab without the content script talking to it directly.
 * The limits (one per student, size, count) and why: lib/store/handoff-rules.ts.
 */
export const StudentHandoff = z.object({
  portal: z.string(),
  profileId: z.string(),
  school: z.string().optional(),
  intent: z.enum(['notes', 'exportMappingForm']),
  asOf: IsoDate,
  row: ReadingRow,
  /** The date range the portal page showed, so the student page says which period its figures cover. */
  shownPeriod: ShownPeriod.optional(),
});
export type StudentHandoff = z.infer<typeof StudentHandoff>;

/** Writes the entry for this student, replacing theirs and evicting the oldest over the cap. */
export async function saveStudentHandoff(handoff: StudentHandoff & { tabId?: number }, nowMs: number): Promise<void> {
  const { tabId: _tabId, ...data } = handoff;
  const entry = { ...data, savedAt: nowMs };
  checkHandoffSize(entry);
  const key = handoffStorageKey(handoff.row.student.key);
  const evict = handoffEntriesToEvict(await browser.storage.session.get(null), handoff.row.student.key);
  if (evict.length > 0) await browser.storage.session.remove(evict);
  await browser.storage.session.set({ [key]: entry });
}

/** This student's entry, or null. Kept while the student page is open, so a reload shows it again. */
export async function loadStudentHandoff(studentKey: string): Promise<StudentHandoff | null> {
  const key = handoffStorageKey(studentKey);
  const stored = await browser.storage.session.get(key);
  const parsed = StudentHandoff.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

/** Removes the entries of these students (the background does, when their student page closes). */
export async function removeStudentHandoffs(studentKeys: string[]): Promise<void> {
  if (studentKeys.length > 0) await browser.storage.session.remove(studentKeys.map(handoffStorageKey));
}

/** Calls `onNew` when a new hand-over for this student arrives (the badge clicked again). */
export function watchStudentHandoff(studentKey: string, onNew: () => void): () => void {
  const key = handoffStorageKey(studentKey);
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'session' && changes[key]?.newValue !== undefined) onNew();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
