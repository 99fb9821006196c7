import browser from 'webextension-polyfill';
import { z } from 'zod';
import { IsoDate, ReadingRow, ShownPeriod } from '../model';

/**
 * What the badge hands to the student page: the student's reading from the portal page (public,
 * what the page itself showed), the profile, the intent, and the date it was evaluated for.
 * Kept in storage.session — the extension's own, in memory, gone when the browser closes — so the
 * student page can open in a new tab without the content script talking to it directly.
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

const keyFor = (studentKey: string) => `handoff:${studentKey}`;

export async function saveStudentHandoff(handoff: StudentHandoff & { tabId?: number }): Promise<void> {
  const { tabId: _tabId, ...data } = handoff;
  await browser.storage.session.set({ [keyFor(handoff.row.student.key)]: data });
}

export async function loadStudentHandoff(studentKey: string): Promise<StudentHandoff | null> {
  const stored = await browser.storage.session.get(keyFor(studentKey));
  const parsed = StudentHandoff.safeParse(stored[keyFor(studentKey)]);
  return parsed.success ? parsed.data : null;
}
