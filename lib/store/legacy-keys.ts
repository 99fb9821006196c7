import type { StudentRecord } from '../model';
import { legacyKeyOf } from '../portals/student-scope';
import type { Vault } from './vault';

/**
 * A student's record, carrying over notes stored before generic keys named their site.
 *
 * Until then a generic page's student was stored as "generic:48213"; now the same student is
 * "generic@skole.example.no/48213" (lib/portals/student-scope.ts). The first time the student page
 * opens a scoped key with no record of its own, the legacy record is moved to it — the notes
 * survive, and from then on belong to that site only. (Which site the old record came from was
 * never stored; the first site whose page opens the student claims it.)
 */
export async function loadStudentRecord(vault: Vault, studentKey: string): Promise<StudentRecord | undefined> {
  const record = await vault.getStudent(studentKey);
  if (record) return record;
  const legacy = legacyKeyOf(studentKey);
  if (legacy === null) return undefined;
  if (!(await vault.moveStudent(legacy, studentKey))) return undefined;
  return vault.getStudent(studentKey);
}
