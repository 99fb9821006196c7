import { parseProfileJson } from '../../lib/guidelines/load-profile';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { Settings } from '../../lib/store/settings';

/**
 * Importing a municipality's own profile file. Each problem is shown as file, where in the file,
 * and what is wrong, so that whoever edits the JSON can find the spot.
 */
export interface ImportProblem {
  file: string;
  /** "triggers[2].daysOver", "(roten)", or "" when the problem is not at one place (bad JSON). */
  path: string;
  problem: string;
}

export type ImportOutcome =
  | { ok: true; profile: GuidelineProfile; json: string; replaces: boolean }
  | { ok: false; reason: 'invalid'; problems: ImportProblem[] }
  | { ok: false; reason: 'builtInId'; id: string };

export function importProfile(text: string, fileName: string, settings: Settings, builtInIds: ReadonlySet<string>): ImportOutcome {
  const parsed = parseProfileJson(text, fileName);
  if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.errors.map((line) => splitProblemLine(line, fileName)) };
  // A built-in profile wins when ids collide, so an imported one with such an id could never be used.
  if (builtInIds.has(parsed.profile.id)) return { ok: false, reason: 'builtInId', id: parsed.profile.id };
  const replaces = settings.customProfiles.some((p) => p.id === parsed.profile.id);
  return { ok: true, profile: parsed.profile, json: text, replaces };
}

const PATH = /^(?:\(roten\)|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*|\[\d+\](?:\.[A-Za-z_$][\w$]*|\[\d+\])*)$/;

/**
 * Splits the loader's "file: path: problem" lines. A line without a path (JSON syntax errors,
 * "file: ikke gyldig JSON: linje 3, kolonne 5: …") keeps everything after the file as the problem.
 */
export function splitProblemLine(line: string, fileName: string): ImportProblem {
  const prefix = `${fileName}: `;
  const rest = line.startsWith(prefix) ? line.slice(prefix.length) : line;
  const colon = rest.indexOf(': ');
  if (colon > 0) {
    const candidate = rest.slice(0, colon);
    if (PATH.test(candidate)) return { file: fileName, path: candidate, problem: rest.slice(colon + 2) };
  }
  return { file: fileName, path: '', problem: rest };
}

/** The download is named after the profile's id, so that the file and the profile it holds are easy to match. */
export function exportFileName(profile: GuidelineProfile): string {
  return `${profile.id}.json`;
}
