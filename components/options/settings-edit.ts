import type { Language, Settings } from '../../lib/store/settings';
import type { AbsenceCodeMeaning } from '../../lib/portals/adapter';

/**
 * Every change the options page makes to the settings, as data, applied by one pure function so
 * that what each control does is testable without a browser.
 */
export type SettingsEdit =
  | { type: 'language'; language: Language }
  | { type: 'globalProfile'; profileId: string | null }
  | { type: 'siteProfile'; siteKey: string; profileId: string | null }
  | { type: 'addCustomProfile'; id: string; json: string }
  | { type: 'removeCustomProfile'; id: string }
  | { type: 'codeOverrides'; portalId: string; overrides: Record<string, AbsenceCodeMeaning> }
  | { type: 'idleLockMinutes'; minutes: number }
  | { type: 'retentionMonths'; months: number }
  | { type: 'fileNamePattern'; pattern: string }
  | { type: 'removeSite'; siteKey: string }
  | { type: 'ownDefaults'; on: boolean };

export function applyEdit(settings: Settings, edit: SettingsEdit): Settings {
  switch (edit.type) {
    case 'language':
      return { ...settings, language: edit.language };
    case 'globalProfile':
      return { ...settings, profileId: edit.profileId };
    case 'siteProfile': {
      const profileBySite = { ...settings.profileBySite };
      if (edit.profileId === null) delete profileBySite[edit.siteKey];
      else profileBySite[edit.siteKey] = edit.profileId;
      return { ...settings, profileBySite };
    }
    case 'addCustomProfile': {
      // Importing a profile with the same id again is how a municipality ships a new version.
      const others = settings.customProfiles.filter((p) => p.id !== edit.id);
      return { ...settings, customProfiles: [...others, { id: edit.id, json: edit.json }] };
    }
    case 'removeCustomProfile': {
      // A choice that points at a removed profile would silently fall back on every page load;
      // clearing it here makes the fallback visible as the portal's default in the options page.
      const profileBySite = Object.fromEntries(Object.entries(settings.profileBySite).filter(([, id]) => id !== edit.id));
      return {
        ...settings,
        customProfiles: settings.customProfiles.filter((p) => p.id !== edit.id),
        profileId: settings.profileId === edit.id ? null : settings.profileId,
        profileBySite,
      };
    }
    case 'codeOverrides': {
      const codeOverrides = { ...settings.codeOverrides };
      if (Object.keys(edit.overrides).length === 0) delete codeOverrides[edit.portalId];
      else codeOverrides[edit.portalId] = edit.overrides;
      return { ...settings, codeOverrides };
    }
    case 'idleLockMinutes':
      return { ...settings, idleLockMinutes: edit.minutes };
    case 'retentionMonths':
      return { ...settings, retentionMonths: edit.months };
    case 'fileNamePattern':
      return { ...settings, fileNamePattern: edit.pattern };
    case 'ownDefaults':
      return { ...settings, ownDefaults: edit.on };
    case 'removeSite': {
      const taughtMappings = { ...settings.taughtMappings };
      delete taughtMappings[edit.siteKey];
      return { ...settings, taughtMappings, enabledSites: settings.enabledSites.filter((s) => s !== edit.siteKey) };
    }
  }
}

/**
 * A site key (the page's origin) from what the teacher typed: a full address or just a host name.
 * Only http(s) sites can carry a portal.
 */
export function siteKeyFrom(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** A whole number typed into a field, if it lies within the schema's bounds. */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** Every site the teacher enabled or taught, in a stable order. */
export function knownSites(settings: Settings): string[] {
  return [...new Set([...settings.enabledSites, ...Object.keys(settings.taughtMappings)])].sort();
}
