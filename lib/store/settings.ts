import { z } from 'zod';
import { SchoolCalendar } from '../model';
import { fieldIssues, type FieldIssue } from '../model/validation';
import { TaughtMappingSchema } from '../portals/teach-mapping';

/**
 * The teacher's settings. Not private case data (that lives encrypted in the vault), but still
 * kept only in the extension's own storage (storage.local). A corrupt settings object falls back
 * to the defaults, and the options page says so — never a blank page.
 */
export const AbsenceCodeMeaningSchema = z.object({
  description: z.string(),
  kind: z.enum(['day', 'lesson', 'late', 'leftEarly', 'present']),
  documented: z.boolean().nullable(),
  notified: z.boolean().nullable(),
  countsTowardLimit: z.boolean(),
});

export const Language = z.enum(['auto', 'nb', 'nn', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  version: z.literal(1).default(1),
  // Bokmål unless the teacher chooses otherwise ('auto' follows the browser's language).
  language: Language.default('nb'),
  /** A profile chosen for every site; null = each portal's default profile. */
  profileId: z.string().nullable().default(null),
  /** Per-site choice, by site key (origin). Wins over profileId. */
  profileBySite: z.record(z.string(), z.string()).default({}),
  /** Municipalities' own profiles, as the JSON text the teacher imported (validated on load). */
  customProfiles: z.array(z.object({ id: z.string(), json: z.string() })).default([]),
  /** Overrides of each portal's absence-code table: portal id → code → meaning. */
  codeOverrides: z.record(z.string(), z.record(z.string(), AbsenceCodeMeaningSchema)).default({}),
  screenShare: z.boolean().default(false),
  /**
   * Whether rules a profile marks as Nærværsradar defaults (a number or level no source gives,
   * always labelled as ours) are applied. Off leaves only the guideline's own rules.
   */
  ownDefaults: z.boolean().default(true),
  idleLockMinutes: z.number().int().min(1).max(480).default(15),
  retentionMonths: z.number().int().min(1).max(120).default(12),
  /** Column mappings made in teach mode, by site key. */
  taughtMappings: z.record(z.string(), TaughtMappingSchema).default({}),
  /** Sites outside the built-in portals that the teacher enabled (origins with a granted permission). */
  enabledSites: z.array(z.string()).default([]),
  fileNamePattern: z.string().default('{form}-{class}-{initials}-{date}'),
  /** null = a typical Norwegian school year for the current date. */
  calendar: SchoolCalendar.nullable().default(null),
  /**
   * The settings the school owner's policy may set that the teacher has chosen themselves
   * (managed-policy.ts): where the policy lets them, their choice is in force over its suggestion.
   */
  changedByTeacher: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** The teacher's stored settings as read, before the school owner's policy (LoadedSettings in managed-policy.ts). */
export interface ParsedSettings {
  settings: Settings;
  /** Present when the stored object was unreadable and the defaults are in use: what was wrong with it. */
  problems?: FieldIssue[];
}

/** Parses whatever storage held; never throws. */
export function parseSettings(stored: unknown): ParsedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  const parsed = Settings.safeParse(stored);
  if (parsed.success) return { settings: parsed.data };
  return {
    settings: DEFAULT_SETTINGS,
    problems: fieldIssues(parsed.error, stored),
  };
}
