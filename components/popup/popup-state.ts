import { PageSummary } from '../../lib/messaging/protocol';
import type { Level } from '../../lib/model';
import { siteKeyFor } from '../../lib/portals/teach-mapping';

/** What the popup knows about the active tab, decided from its URL and the content script's reply. */
export type TabView =
  /** siteKey: the page's site as the content script asks for its configuration (siteKeyFor). */
  | { kind: 'portal'; tabId: number; summary: PageSummary; siteKey: string | null }
  | { kind: 'otherSite'; tabId: number; origin: string }
  | { kind: 'unsupported' };

/** The origin of an http(s) page; other pages (browser pages, files) cannot be enabled. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * A reply from the content script counts only if it is a well-formed summary: a page without our
 * content script answers nothing, and anything else is not to be trusted for display.
 */
export function tabView(tabId: number | undefined, url: string | undefined, reply: unknown): TabView {
  if (tabId === undefined) return { kind: 'unsupported' };
  const summary = PageSummary.safeParse(reply);
  if (summary.success) return { kind: 'portal', tabId, summary: summary.data, siteKey: siteOf(url) && url ? siteKeyFor(new URL(url)) : null };
  const origin = siteOf(url);
  return origin ? { kind: 'otherSite', tabId, origin } : { kind: 'unsupported' };
}

/** Most worrying first, the way a teacher scans the list. */
export const LEVELS_SHOWN: readonly Level[] = ['serious', 'concern', 'watch', 'unknown', 'ok'];

/** The settings with one more enabled site (kept once, in order). */
export function withEnabledSite<T extends { enabledSites: string[] }>(settings: T, origin: string): T {
  if (settings.enabledSites.includes(origin)) return settings;
  return { ...settings, enabledSites: [...settings.enabledSites, origin] };
}

/** The tab id in "?glance=123": the popup's page opened as the printable class list for that tab. */
export function glanceTabOf(search: string): number | null {
  const value = new URLSearchParams(search).get('glance');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}
