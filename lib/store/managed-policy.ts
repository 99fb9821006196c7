import { z } from 'zod';
import type { GuidelineProfile } from '../guidelines/profile';
import { BUILT_IN_PROFILES } from '../guidelines/registry';
import { PORTALS } from '../portals/registry';
import { describeProfileIssues, parseProfileJson, type ProfileIssue, type ProfileProblemCode } from '../guidelines/load-profile';
import type { FieldIssue } from '../model/validation';
import { AbsenceCodeMeaningSchema, Settings, type ParsedSettings } from './settings';
import { siteEntry } from './profile-choice';

/**
 * The school owner's policy: what IT sets for every teacher's browser through the browser's own
 * enterprise policies (Chrome/Edge: `3rdparty.extensions.<id>`, described by public/managed_schema.json;
 * Firefox: `3rdparty.Extensions.<id>` in policies.json). The extension reads it from storage.managed.
 *
 * A policy is checked as a whole, with the same profile schema as an imported guideline file; a
 * policy with any problem is set aside entirely (the extension runs on the teacher's own settings
 * and the defaults) and options names each key and what is wrong with it.
 */

/** The settings a policy can lock. A set key that is not in `teacherMayChange` is locked. */
export const MANAGED_KEYS = ['guideline', 'absenceCodes', 'idleLockMinutes', 'retentionMonths'] as const;
export const ManagedKey = z.enum(MANAGED_KEYS);
export type ManagedKey = z.infer<typeof ManagedKey>;

/** The portals with their own absence-code table (the generic reader has none). */
const PORTAL_IDS = PORTALS.map((portal) => portal.id);

const site = z.string().transform((text, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== text.replace(/\/$/, '')) {
    ctx.addIssue({ code: 'custom', message: 'not-a-site', params: { problem: { code: 'not-a-site' } satisfies PolicyProblem } });
    return z.NEVER;
  }
  return url.origin;
});

const settingsShape = Settings.shape;

/**
 * An absence code's meaning as a policy gives it. Unlike the settings, "documented" and "notified"
 * may be left out (= not known from the code), since a policy editor cannot always write null.
 */
const PolicyCodeMeaning = z.strictObject({
  ...AbsenceCodeMeaningSchema.shape,
  documented: AbsenceCodeMeaningSchema.shape.documented.optional().transform((v) => v ?? null),
  notified: AbsenceCodeMeaningSchema.shape.notified.optional().transform((v) => v ?? null),
});

/**
 * The policy's outer shape. Each own guideline is the JSON text of a guideline file (a string, as
 * the Windows registry and Chrome's schema carry it) or, in Firefox's policies.json and Chrome's
 * JSON files, the same object written inline; either is checked like an imported file.
 */
export const ManagedPolicyShape = z.strictObject({
  /** The guideline for every portal: a built-in profile's id or the id of one of `ownGuidelines`. */
  guideline: z.string().optional(),
  /** A guideline per site (origin), over `guideline`. */
  guidelineBySite: z.record(site, z.string()).optional(),
  /** The municipality's own guidelines, each a complete profile as in an imported file. */
  ownGuidelines: z.array(z.union([z.string(), z.record(z.string(), z.unknown())])).optional(),
  /** Absence-code tables per portal: portal id → code → meaning, over the portal's own table. */
  absenceCodes: z.record(z.string(), z.record(z.string(), PolicyCodeMeaning)).optional(),
  idleLockMinutes: settingsShape.idleLockMinutes.unwrap().optional(),
  retentionMonths: settingsShape.retentionMonths.unwrap().optional(),
  /** Sites besides the built-in portals where the extension should run (the teacher grants each once). */
  extraSites: z.array(site).optional(),
  /** The set keys the teacher may change; every other set key is locked. */
  teacherMayChange: z.array(ManagedKey).optional(),
});

export type ManagedPolicy = Omit<z.infer<typeof ManagedPolicyShape>, 'ownGuidelines'> & { ownGuidelines?: GuidelineProfile[] };

/** What a policy's own checks find wrong, as codes the options page words. */
export type PolicyProblem =
  /** A site is not an address like "https://skole.kommune.no" (without a path). */
  | { code: 'not-a-site' }
  /** An own guideline has the id of a built-in one. */
  | { code: 'built-in-id'; id: string }
  | { code: 'unknown-guideline'; id: string; known: string[] }
  | { code: 'unknown-portal'; known: string[] };

/**
 * One problem of a policy: `file` is "" for the policy itself, or the own guideline it is in
 * ("ownGuidelines[0]"); `path` is where in that.
 */
export type PolicyIssue = FieldIssue<ProfileProblemCode | PolicyProblem> & { file: string };

/** The policy checked as a whole: its shape, each own guideline, and the ids it refers to. */
function checkPolicy(raw: unknown): { ok: true; policy: ManagedPolicy } | { ok: false; problems: PolicyIssue[] } {
  const parsed = ManagedPolicyShape.safeParse(raw);
  const problems: PolicyIssue[] = parsed.success ? [] : describeProfileIssues(parsed.error, '', raw);
  // With a mistake in one key, the others are still checked, so IT learns of every problem at once.
  const data = parsed.success ? parsed.data : readableKeys(raw);
  const builtIn = new Set(BUILT_IN_PROFILES.map((p) => p.id));
  const ownGuidelines: GuidelineProfile[] = [];
  let ownFailed = false;
  data.ownGuidelines?.forEach((entry, i) => {
    const where = `ownGuidelines[${i}]`;
    const result = parseProfileJson(typeof entry === 'string' ? entry : JSON.stringify(entry), where);
    if (!result.ok) problems.push(...result.errors);
    else if (builtIn.has(result.profile.id)) problems.push({ file: where, path: 'id', problem: { code: 'built-in-id', id: result.profile.id } });
    else ownGuidelines.push(result.profile);
    ownFailed ||= !result.ok;
  });
  const known = [...builtIn, ...ownGuidelines.map((p) => p.id)];
  const checkId = (id: string, path: string) => {
    // An id may name an own guideline that could not be read: that guideline's problems are enough.
    if (!known.includes(id) && !ownFailed) problems.push({ file: '', path, problem: { code: 'unknown-guideline', id, known } });
  };
  if (data.guideline !== undefined) checkId(data.guideline, 'guideline');
  for (const [origin, id] of Object.entries(data.guidelineBySite ?? {})) checkId(id, `guidelineBySite.${origin}`);
  for (const portal of Object.keys(data.absenceCodes ?? {})) {
    if (!PORTAL_IDS.includes(portal)) problems.push({ file: '', path: `absenceCodes.${portal}`, problem: { code: 'unknown-portal', known: PORTAL_IDS } });
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const { ownGuidelines: _texts, ...rest } = parsed.data;
  return { ok: true, policy: { ...rest, ...(parsed.data.ownGuidelines ? { ownGuidelines } : {}) } };
}

/** What options and the popup need to know about the policy in force. */
export interface ManagedState {
  policy: ManagedPolicy;
  /** Keys the policy sets. */
  set: ReadonlySet<ManagedKey>;
  /** Keys the policy sets and the teacher may not change. */
  locked: ReadonlySet<ManagedKey>;
}

/** The settings in force, as the extension's pages and background load them. */
export interface LoadedSettings extends ParsedSettings {
  /** The settings in force: the teacher's own under the school owner's policy, if there is one. */
  settings: Settings;
  /** The teacher's own stored settings (what options edits); absent = the same as `settings`. */
  own?: Settings;
  /** The school owner's policy as read from storage.managed; absent = not read (no policy). */
  managed?: ManagedRead;
}

export type ManagedRead =
  | { kind: 'none' }
  | { kind: 'valid'; state: ManagedState }
  /** A policy was found but cannot be used; each line names the key and the problem. */
  | { kind: 'invalid'; problems: PolicyIssue[] };

/** The keys of a policy that are right on their own, when the policy as a whole is not. */
function readableKeys(raw: unknown): Partial<z.infer<typeof ManagedPolicyShape>> {
  if (typeof raw !== 'object' || raw === null) return {};
  const readable: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ManagedPolicyShape.shape)) {
    const one = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (one.success && one.data !== undefined) readable[key] = one.data;
  }
  return readable as Partial<z.infer<typeof ManagedPolicyShape>>;
}

/**
 * Reads what storage.managed held. Chrome gives {} when no policy is set; Firefox rejects (the
 * caller passes undefined). Never throws.
 */
export function parseManagedPolicy(raw: unknown): ManagedRead {
  if (raw === undefined || raw === null) return { kind: 'none' };
  if (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) return { kind: 'none' };
  const checked = checkPolicy(raw);
  if (!checked.ok) return { kind: 'invalid', problems: checked.problems };
  const policy = checked.policy;
  const set = new Set<ManagedKey>();
  if (policy.guideline !== undefined || policy.guidelineBySite !== undefined) set.add('guideline');
  if (policy.absenceCodes !== undefined) set.add('absenceCodes');
  if (policy.idleLockMinutes !== undefined) set.add('idleLockMinutes');
  if (policy.retentionMonths !== undefined) set.add('retentionMonths');
  const mayChange = new Set(policy.teacherMayChange ?? []);
  const locked = new Set([...set].filter((key) => !mayChange.has(key)));
  return { kind: 'valid', state: { policy, set, locked } };
}

/** The own guidelines as the settings keep imported ones: an id and the JSON text. */
function ownGuidelineEntries(policy: ManagedPolicy): Settings['customProfiles'] {
  return (policy.ownGuidelines ?? []).map((profile) => ({ id: profile.id, json: JSON.stringify(profile) }));
}

/**
 * The settings in force: the defaults, then the teacher's own choices, then the policy. A locked
 * key is the policy's value whatever the teacher stored; a key the teacher may change is the
 * policy's value until the teacher chooses otherwise (a guideline: picks one; a number: saves one;
 * an absence code: overrides that code).
 */
export function effectiveSettings(own: Settings, managed: ManagedState | null): Settings {
  if (!managed) return own;
  const { policy, locked } = managed;
  const chosen = new Set(own.changedByTeacher);
  const mine = (key: ManagedKey) => !locked.has(key) && chosen.has(key);
  const result: Settings = { ...own };

  const ownGuidelines = ownGuidelineEntries(policy);
  if (ownGuidelines.length > 0) {
    const policyIds = new Set(ownGuidelines.map((g) => g.id));
    result.customProfiles = [...ownGuidelines, ...own.customProfiles.filter((c) => !policyIds.has(c.id))];
  }
  if (managed.set.has('guideline')) {
    if (locked.has('guideline')) {
      result.profileId = policy.guideline ?? null;
      result.profileBySite = { ...(policy.guidelineBySite ?? {}) };
    } else {
      result.profileId = own.profileId ?? policy.guideline ?? null;
      result.profileBySite = { ...(policy.guidelineBySite ?? {}), ...own.profileBySite };
    }
  }
  if (policy.absenceCodes) {
    const codeOverrides: Settings['codeOverrides'] = locked.has('absenceCodes') ? {} : { ...own.codeOverrides };
    for (const [portal, table] of Object.entries(policy.absenceCodes)) {
      codeOverrides[portal] = locked.has('absenceCodes') ? { ...table } : { ...table, ...(own.codeOverrides[portal] ?? {}) };
    }
    result.codeOverrides = codeOverrides;
  }
  if (policy.idleLockMinutes !== undefined && !mine('idleLockMinutes')) result.idleLockMinutes = policy.idleLockMinutes;
  if (policy.retentionMonths !== undefined && !mine('retentionMonths')) result.retentionMonths = policy.retentionMonths;
  if (policy.extraSites) result.enabledSites = [...new Set([...policy.extraSites, ...own.enabledSites])];
  return result;
}

/** Which settings fields each managed key covers, for the write path's check. */
const FIELDS: Record<ManagedKey, readonly (keyof Settings)[]> = {
  guideline: ['profileId', 'profileBySite'],
  absenceCodes: ['codeOverrides'],
  idleLockMinutes: ['idleLockMinutes'],
  retentionMonths: ['retentionMonths'],
};

/** The locked keys whose fields an edit of the teacher's settings would change. */
export function lockedKeysChanged(before: Settings, after: Settings, managed: ManagedState | null): ManagedKey[] {
  if (!managed) return [];
  return [...managed.locked].filter((key) => FIELDS[key].some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])));
}

/**
 * Records that the teacher chose a value for the keys an edit touched, so that their choice, not
 * the policy's suggestion, is in force where the policy lets them change it.
 */
export function withTeacherChoices(before: Settings, after: Settings): Settings {
  const touched = MANAGED_KEYS.filter((key) => FIELDS[key].some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])));
  const missing = touched.filter((key) => !after.changedByTeacher.includes(key));
  return missing.length === 0 ? after : { ...after, changedByTeacher: [...after.changedByTeacher, ...missing] };
}

/** Who decided the guideline in force on a site: the policy, the teacher, or the portal's default. */
export type GuidelineSource = 'policy' | 'teacher' | 'default';

export function guidelineSource(own: Settings, managed: ManagedState | null, siteKey: string): GuidelineSource {
  const policyForSite = siteEntry(managed?.policy.guidelineBySite ?? {}, siteKey);
  const teacherForSite = siteEntry(own.profileBySite, siteKey);
  const policyChoice = policyForSite ?? managed?.policy.guideline;
  const teacherChoice = teacherForSite ?? own.profileId;
  if (managed?.locked.has('guideline')) return policyChoice !== undefined ? 'policy' : 'default';
  if (teacherForSite !== undefined) return 'teacher';
  if (policyForSite !== undefined) return 'policy';
  if (teacherChoice) return 'teacher';
  return policyChoice !== undefined ? 'policy' : 'default';
}

/** The teacher's stored settings under the policy read from storage.managed. */
export function withPolicy(loaded: LoadedSettings, managed: ManagedRead): LoadedSettings {
  const own = loaded.own ?? loaded.settings;
  const state = managed.kind === 'valid' ? managed.state : null;
  return { ...loaded, own, settings: effectiveSettings(own, state), managed };
}

/** The valid policy in force, if any. */
export function managedState(loaded: LoadedSettings | null | undefined): ManagedState | null {
  return loaded?.managed?.kind === 'valid' ? loaded.managed.state : null;
}
