import { describeIssues, Reading, type ReadingRow } from '../model';
import { isCouldNotRead, type PortalAdapter, type ReadOptions, type ReadResult } from './adapter';
import { couldNotRead, readSafely } from './could-not-read';
import { nameIn } from './student-slot';
import type { Portal } from './portal';
import { vigilo } from './vigilo';
import { vismaFlytSkole } from './visma-flyt-skole';
import { vismaInSchool } from './visma-inschool';
import { genericAdapter } from './generic';

/**
 * Every portal with its own reader, in the order their URLs are tried: the one place a portal is
 * registered. Host permissions (hosts.ts), the default guidelines, the options page's code tables
 * and the URL tests' examples all come from this list.
 */
export const PORTALS: readonly Portal[] = [vismaFlytSkole, vismaInSchool, vigilo];

/** The guideline profile for a site no portal knows: the research thresholds. */
export const GENERIC_PROFILE_ID = 'kearney-forskning';

/** The built-in profile a portal (or the generic reader) starts with until the teacher picks one. */
export function defaultProfileIdFor(portalId: string): string {
  return PORTALS.find((portal) => portal.id === portalId)?.defaultProfileId ?? GENERIC_PROFILE_ID;
}

/**
 * The adapter for a page: the first portal adapter whose URL matcher accepts it.
 * null when no portal adapter knows the page.
 */
export function adapterForUrl(url: URL): Portal | null {
  for (const adapter of PORTALS) {
    if (adapter.matchesUrl(url)) return adapter;
  }
  return null;
}

/**
 * The adapter the content script uses on a page: the portal's own adapter, else the generic table
 * reader (which also applies the teacher's taught mapping).
 *
 * `loopbackPortalPaths` (the test build and the demo only): on 127.0.0.1/localhost, a page whose
 * path has a portal id as a segment ("/vigilo/…") is read by that portal's adapter, so the modelled
 * pages can be served locally. The store build never passes it.
 */
export function adapterForPage(url: URL, loopbackPortalPaths = false): PortalAdapter {
  const own = adapterForUrl(url);
  if (own) return own;
  if (loopbackPortalPaths && (url.hostname === '127.0.0.1' || url.hostname === 'localhost')) {
    const segments = url.pathname.split('/');
    const byPath = PORTALS.find((adapter) => segments.includes(adapter.id));
    if (byPath) return byPath;
  }
  return genericAdapter;
}

/**
 * Reads a whole page: finds the students, reads each one, and assembles a zod-validated Reading.
 * A student who cannot be read becomes a warning naming what was missing; the page fails only
 * when nobody on it could be read. Never throws.
 */
export function readPage(adapter: PortalAdapter, doc: Document, url: URL, options: ReadOptions): ReadResult {
  const located = readSafely('finne elevene på siden', () => adapter.locate(doc, url, options));
  if (isCouldNotRead(located)) return located;
  const { layout } = located;
  // readStudent may add notes to layout.warnings; they are copied after every student is read.
  const warnings: string[] = [];
  const rows: ReadingRow[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const slot of layout.slots) {
    const shown = readSafely('navnet', () => nameIn(slot.anchor));
    const name = typeof shown === 'string' && shown !== '' ? shown.slice(0, 80) : slot.key;
    if (seen.has(slot.key)) {
      warnings.push(`«${name}» står flere ganger på siden; bare den første raden ble lest`);
      continue;
    }
    seen.add(slot.key);
    const row = readSafely(`lese «${name}»`, () => adapter.readStudent(layout, slot, options));
    if (isCouldNotRead(row)) {
      warnings.push(`kunne ikke lese «${name}»: ${row.missing.join('; ')}`);
      missing.push(...row.missing);
      continue;
    }
    rows.push(row);
  }
  warnings.unshift(...layout.warnings);
  if (rows.length === 0) {
    return couldNotRead(...(missing.length > 0 ? [...new Set(missing)] : ['fant ingen elever på siden']));
  }
  const candidate = {
    portal: adapter.id,
    pageType: layout.pageType,
    ...(layout.school ? { school: layout.school } : {}),
    ...(layout.className ? { className: layout.className } : {}),
    ...(layout.pageDate ? { pageDate: layout.pageDate } : {}),
    ...(layout.shownPeriod ? { shownPeriod: layout.shownPeriod } : {}),
    rows,
    warnings,
  };
  const parsed = Reading.safeParse(candidate);
  if (!parsed.success) return couldNotRead(...describeIssues(parsed.error, 'avlesningen', candidate));
  return { ok: true, reading: parsed.data, layout };
}
