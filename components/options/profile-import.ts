import { parseProfileJson, type ProfileIssue } from '../../lib/guidelines/load-profile';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { Settings } from '../../lib/store/settings';

/**
 * Importing a municipality's own profile file. Each problem is shown as file, where in the file
 * ("" when the problem is not at one place, such as bad JSON), and what is wrong, so that whoever
 * edits the JSON can find the spot.
 */
export type ImportProblem = ProfileIssue;

export type ImportOutcome =
  | { ok: true; profile: GuidelineProfile; json: string; replaces: boolean }
  | { ok: false; reason: 'invalid'; problems: ImportProblem[] }
  | { ok: false; reason: 'builtInId'; id: string };

export function importProfile(text: string, fileName: string, settings: Settings, builtInIds: ReadonlySet<string>): ImportOutcome {
  const parsed = parseProfileJson(text, fileName);
  if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.errors };
  // A built-in profile wins when ids collide, so an imported one with such an id could never be used.
  if (builtInIds.has(parsed.profile.id)) return { ok: false, reason: 'builtInId', id: parsed.profile.id };
  const replaces = settings.customProfiles.some((p) => p.id === parsed.profile.id);
  return { ok: true, profile: parsed.profile, json: text, replaces };
}

/** The download is named after the profile's id, so that the file and the profile it holds are easy to match. */
export function exportFileName(profile: GuidelineProfile): string {
  return `${profile.id}.json`;
}
