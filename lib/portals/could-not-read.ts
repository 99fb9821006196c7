import type { ReadingRow } from '../model';
import { checkReadingRow } from '../model/reading-check';
import type { ShapeIssue } from '../model/shape-check';
import { preview, valueAt } from '../model/validation';
import type { CouldNotRead } from './adapter';
import type { ReadStep, RowIssue } from './read-problem';

/**
 * How a reader says it could not read something: the codes of what was missing
 * (lib/portals/read-problem.ts), which the quiet indicator in the page and the popup word for the
 * teacher. At least one, so that "could not read" always says why.
 */
export function couldNotRead<Problem extends { code: string }>(first: Problem, ...more: Problem[]): CouldNotRead<Problem> {
  return { ok: false, missing: [first, ...more] };
}

/**
 * Runs one step of reading a page and turns any surprise into a "could not read". Readers run
 * inside someone else's page: an exception there would break the teacher's portal, a quiet
 * "could not read" does not.
 */
export function readSafely<T, Problem>(
  step: ReadStep,
  read: () => T | CouldNotRead<Problem>,
): T | CouldNotRead<Problem | { code: 'unexpected-error'; step: ReadStep; message: string }> {
  try {
    return read();
  } catch (error) {
    return { ok: false, missing: [{ code: 'unexpected-error', step, message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** A row that passes the Reading schema, or which of its values did not, and what was found there. */
export function validRow(row: unknown, studentName: string): ReadingRow | CouldNotRead<{ code: 'invalid-row'; student: string; issues: RowIssue[] }> {
  const checked = checkReadingRow(row);
  if (checked.success) return checked.data;
  return couldNotRead({ code: 'invalid-row', student: studentName, issues: rowIssues(checked.issues, row) });
}

/** The schema's issues with the value found at each, for a reason that says which field and what it held. */
export function rowIssues(issues: readonly ShapeIssue[], input: unknown): RowIssue[] {
  return issues.map((issue) => {
    const found = valueAt(input, issue.path);
    return {
      path: issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join(''),
      message: issue.message,
      ...(found === undefined ? {} : { found: preview(found) }),
    };
  });
}
