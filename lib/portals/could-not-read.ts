import type { ReadingRow } from '../model';
import { checkReadingRow } from '../model/reading-check';
import { describeIssues } from '../model/validation';
import type { CouldNotRead } from './adapter';

/**
 * How an adapter says it could not read something: in plain Norwegian, naming what was missing,
 * so that the quiet indicator in the page (and a bug report) tells the teacher what to look for.
 */
export function couldNotRead(...missing: string[]): CouldNotRead {
  return { ok: false, missing: missing.length > 0 ? missing : ['ukjent årsak'] };
}

/**
 * Runs one step of reading a page and turns any surprise into a "could not read". Adapters run
 * inside someone else's page: an exception there would break the teacher's portal, a quiet
 * "could not read" does not.
 */
export function readSafely<T>(what: string, read: () => T | CouldNotRead): T | CouldNotRead {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return couldNotRead(`${what}: uventet feil (${reason})`);
  }
}

/** A row that passes the Reading schema, or what was wrong with it, field by field. */
export function validRow(row: unknown, studentName: string): ReadingRow | CouldNotRead {
  const checked = checkReadingRow(row);
  if (checked.success) return checked.data;
  return couldNotRead(...describeIssues(checked, `raden for «${studentName}»`, row));
}

