import { getBuiltInProfile } from '../guidelines/registry';
import { defaultProfileIdFor } from '../portals/registry';
import { parseProfileJson, type ProfileIssue } from '../guidelines/load-profile';
import type { GuidelineProfile } from '../guidelines/profile';
import type { Settings } from './settings';

/**
 * Which guideline profile applies on a site: the teacher's per-site choice, else their global
 * choice, else the portal's default (Rælingen for Visma Flyt Skole and Vigilo, Trøndelag for
 * Visma InSchool, the Kearney research thresholds elsewhere). A custom profile that no longer
 * parses falls back to the default, with the reason.
 */
export interface ProfileChoice {
  profile: GuidelineProfile;
  /** The chosen profile does not exist or no longer loads, so the portal's default is used; the student page words it. */
  problem?: { code: 'profile-unavailable'; wanted: string; fallbackName: string };
}

export function allProfiles(settings: Settings): { profiles: GuidelineProfile[]; problems: ProfileIssue[] } {
  const profiles: GuidelineProfile[] = [];
  const problems: ProfileIssue[] = [];
  for (const custom of settings.customProfiles) {
    const parsed = parseProfileJson(custom.json, `${custom.id}.json`);
    if (parsed.ok) profiles.push(parsed.profile);
    else problems.push(...parsed.errors);
  }
  return { profiles, problems };
}

export function findProfile(settings: Settings, id: string): ProfileChoice | null {
  const builtIn = getBuiltInProfile(id);
  if (builtIn) return { profile: builtIn };
  const custom = settings.customProfiles.find((c) => c.id === id);
  if (!custom) return null;
  const parsed = parseProfileJson(custom.json, `${custom.id}.json`);
  return parsed.ok ? { profile: parsed.profile } : null;
}

/**
 * A per-site entry for a page's site key ("https://skole.visma.com/raelingen", the origin and the
 * tenant path) or, failing that, for its origin: options and the school owner's policy name a site
 * by its address alone.
 */
export function siteEntry<T>(bySite: Readonly<Record<string, T>>, siteKey: string): T | undefined {
  if (bySite[siteKey] !== undefined) return bySite[siteKey];
  try {
    return bySite[new URL(siteKey).origin];
  } catch {
    return undefined;
  }
}

export function chooseProfile(settings: Settings, portal: string, siteKey: string): ProfileChoice {
  const wanted = siteEntry(settings.profileBySite, siteKey) ?? settings.profileId ?? null;
  const fallbackId = defaultProfileIdFor(portal);
  const fallback = getBuiltInProfile(fallbackId);
  if (!fallback) throw new Error(`built-in profile ${fallbackId} is missing`);
  if (!wanted) return { profile: fallback };
  const found = findProfile(settings, wanted);
  if (found) return found;
  return { profile: fallback, problem: { code: 'profile-unavailable', wanted, fallbackName: fallback.name } };
}
