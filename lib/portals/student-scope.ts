/**
 * Which site a student key belongs to.
 *
 * A built-in portal's key ("visma-flyt-skole:100202") names the portal, and the portal's own id is
 * unique within it. The generic reader's key ("generic:48213", or a name hash) is only unique on
 * the page's own site: "48213" on one school's system and "48213" on another are two students. So
 * every key that leaves the page — to ask the case status, to open the student page, to store
 * notes — carries the site: "generic@skole.example.no/48213" (a host never holds a "/"). The badge's `data-student` stays
 * the page-local key the reader gave.
 */
const GENERIC = 'generic:';
const SCOPED_GENERIC = /^generic@([^/]+)\/(.+)$/;

/** The key stored and asked about for a student the reader found on `pageUrl`. */
export function scopedStudentKey(readingKey: string, pageUrl: URL): string {
  return readingKey.startsWith(GENERIC) ? `generic@${pageUrl.host}/${readingKey.slice(GENERIC.length)}` : readingKey;
}

/** The page-local key again (the inverse of scopedStudentKey for the same page). */
export function readingKeyOf(storedKey: string): string {
  const scoped = SCOPED_GENERIC.exec(storedKey);
  return scoped ? `${GENERIC}${scoped[2]}` : storedKey;
}

/** A generic key written before keys carried their site ("generic:48213"). */
export function isUnscopedGenericKey(key: string): boolean {
  return key.startsWith(GENERIC);
}

/** The legacy key a scoped generic key had before keys carried their site; null for other keys. */
export function legacyKeyOf(storedKey: string): string | null {
  const scoped = SCOPED_GENERIC.exec(storedKey);
  return scoped ? `${GENERIC}${scoped[2]}` : null;
}

/**
 * May a content script on `senderUrl` ask about (or hand over) `key`? A generic key only from its
 * own site; a built-in portal's key only from a built-in portal page; an unscoped generic key never.
 */
export function keyBelongsToSender(key: string, senderUrl: URL, senderIsPortalPage: boolean): boolean {
  const scoped = SCOPED_GENERIC.exec(key);
  if (scoped) return scoped[1] === senderUrl.host;
  if (isUnscopedGenericKey(key)) return false;
  return senderIsPortalPage;
}
