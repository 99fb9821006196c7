/**
 * The limits on what the badge hands to the student page through storage.session, as pure rules.
 *
 * storage.session is small (Chrome: 10 MB for the whole extension) and it also holds the shared
 * unlock. Entries that are never removed, or that grow without bound, fill it, and then unlocking
 * the notes fails until the browser restarts. So: one entry per student (a new click replaces it),
 * each at most MAX_HANDOFF_CHARS of JSON, at most MAX_HANDOFF_ENTRIES at once (the oldest goes),
 * and the entry is removed when the student page that read it is closed (the background watches
 * the tab). It is not removed the moment it is read: a reload of the student page reads it again.
 */
export const HANDOFF_PREFIX = 'handoff:';
/** A school year of lessons for one student is well under this (about 300 bytes per event). */
export const MAX_HANDOFF_CHARS = 1_000_000;
export const MAX_HANDOFF_ENTRIES = 8;

export function handoffStorageKey(studentKey: string): string {
  return `${HANDOFF_PREFIX}${studentKey}`;
}

/**
 * A student's list too large to hand over. It never reaches the teacher in words: the badge's
 * click fails and is logged, so the message is the log's (technical, English); the counts are fields.
 */
export class HandoffTooLargeError extends Error {
  override name = 'HandoffTooLargeError';
  readonly limit = MAX_HANDOFF_CHARS;
  constructor(readonly chars: number) {
    super(`handoff entry of ${chars} characters is over the limit of ${MAX_HANDOFF_CHARS}`);
  }
}

/**
 * Which stored entries to remove so that, with the one about to be written for `studentKey`,
 * at most MAX_HANDOFF_ENTRIES remain: oldest first by `savedAt`; the student's own old entry is
 * replaced anyway.
 */
export function handoffEntriesToEvict(stored: Record<string, unknown>, studentKey: string): string[] {
  const own = handoffStorageKey(studentKey);
  const others = Object.entries(stored)
    .filter(([key]) => key.startsWith(HANDOFF_PREFIX) && key !== own)
    .map(([key, value]) => ({ key, savedAt: savedAtOf(value) }))
    .sort((a, b) => a.savedAt - b.savedAt);
  const excess = others.length - (MAX_HANDOFF_ENTRIES - 1);
  return excess > 0 ? others.slice(0, excess).map((entry) => entry.key) : [];
}

function savedAtOf(value: unknown): number {
  const savedAt = typeof value === 'object' && value !== null ? (value as { savedAt?: unknown }).savedAt : undefined;
  return typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0;
}

/** Throws HandoffTooLargeError when the entry's JSON is over the cap. */
export function checkHandoffSize(entry: unknown): void {
  const chars = JSON.stringify(entry).length;
  if (chars > MAX_HANDOFF_CHARS) throw new HandoffTooLargeError(chars);
}
