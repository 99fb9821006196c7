import type { AbsenceCodeMeaning } from '../../lib/portals/adapter';

/**
 * Editing one portal's absence-code table. The teacher edits the *effective* meaning of a code;
 * what is stored is only what differs from the portal's own table, so a fix to a portal's table
 * in a new version still reaches every code the teacher did not change.
 */
export type CodeMap = Readonly<Record<string, AbsenceCodeMeaning>>;

export interface CodeRow {
  code: string;
  meaning: AbsenceCodeMeaning;
  /** The portal's own meaning; undefined for a code the school added. */
  portalDefault: AbsenceCodeMeaning | undefined;
  overridden: boolean;
}

export const ABSENCE_KINDS = ['day', 'lesson', 'late', 'leftEarly', 'present'] as const;

/** The portal's codes in the portal's order, then the school's own codes alphabetically. */
export function codeRows(defaults: CodeMap, overrides: CodeMap): CodeRow[] {
  const rows: CodeRow[] = Object.entries(defaults).map(([code, portalDefault]) => {
    const override = overrides[code];
    return { code, meaning: override ?? portalDefault, portalDefault, overridden: override !== undefined };
  });
  const added = Object.keys(overrides)
    .filter((code) => !Object.hasOwn(defaults, code))
    // Codes are abbreviations, not words: Norwegian collation would sort "AA" as "Å", after "ZZ".
    .sort((a, b) => a.localeCompare(b, 'en'));
  for (const code of added) rows.push({ code, meaning: overrides[code]!, portalDefault: undefined, overridden: true });
  return rows;
}

export function sameMeaning(a: AbsenceCodeMeaning, b: AbsenceCodeMeaning): boolean {
  return (
    a.description === b.description &&
    a.kind === b.kind &&
    a.documented === b.documented &&
    a.notified === b.notified &&
    a.countsTowardLimit === b.countsTowardLimit
  );
}

/** Changes some fields of a code; an edit back to the portal's own meaning removes the override. */
export function editCode(
  overrides: CodeMap,
  defaults: CodeMap,
  code: string,
  patch: Partial<AbsenceCodeMeaning>,
): Record<string, AbsenceCodeMeaning> {
  const current = overrides[code] ?? defaults[code];
  if (!current) return { ...overrides };
  const next = { ...current, ...patch };
  const portalDefault = defaults[code];
  const result = { ...overrides };
  if (portalDefault && sameMeaning(next, portalDefault)) delete result[code];
  else result[code] = next;
  return result;
}

/** Back to the portal's meaning; for a code the school added, removes it. */
export function resetCode(overrides: CodeMap, code: string): Record<string, AbsenceCodeMeaning> {
  const result = { ...overrides };
  delete result[code];
  return result;
}

export type AddCodeResult =
  | { ok: true; overrides: Record<string, AbsenceCodeMeaning> }
  | { ok: false; problem: 'empty' | 'exists' | 'tooLong' };

export const MAX_CODE_LENGTH = 20;

/**
 * Adds a school's own code. Codes are matched case-insensitively on the page, so "dg" next to
 * "DG" would be ambiguous and is refused.
 */
export function addCode(overrides: CodeMap, defaults: CodeMap, code: string, description: string): AddCodeResult {
  const trimmed = code.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > MAX_CODE_LENGTH) return { ok: false, problem: 'tooLong' };
  const lower = trimmed.toLowerCase();
  if ([...Object.keys(defaults), ...Object.keys(overrides)].some((c) => c.toLowerCase() === lower)) {
    return { ok: false, problem: 'exists' };
  }
  const meaning: AbsenceCodeMeaning = {
    description: description.trim(),
    kind: 'day',
    documented: null,
    notified: null,
    countsTowardLimit: false,
  };
  return { ok: true, overrides: { ...overrides, [trimmed]: meaning } };
}

/** documented / notified are yes, no or "the code does not say" (null); a <select> needs strings. */
export type TriState = 'yes' | 'no' | 'unknown';

export function toTriState(value: boolean | null): TriState {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

export function fromTriState(value: TriState): boolean | null {
  return value === 'unknown' ? null : value === 'yes';
}
