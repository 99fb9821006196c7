import type { GuidelineProfile } from './profile';
import { kearneyForskning } from './profiles/kearney-forskning';
import { raelingenGrunnskole } from './profiles/raelingen-grunnskole';
import { trondelagVgs } from './profiles/trondelag-vgs';

export const BUILT_IN_PROFILES: readonly GuidelineProfile[] = [raelingenGrunnskole, trondelagVgs, kearneyForskning];

export function getBuiltInProfile(id: string): GuidelineProfile | undefined {
  return BUILT_IN_PROFILES.find((p) => p.id === id);
}

/**
 * The profile a portal starts with until the teacher picks one: the grunnskole portals get
 * Rælingen's guideline, Visma InSchool (videregående) gets Trøndelag's, an unknown site the
 * research thresholds.
 */
export const DEFAULT_PROFILE_BY_PORTAL = {
  'visma-flyt-skole': 'raelingen-grunnskole',
  vigilo: 'raelingen-grunnskole',
  'visma-inschool': 'trondelag-vgs',
  generic: 'kearney-forskning',
} as const satisfies Record<string, string>;
