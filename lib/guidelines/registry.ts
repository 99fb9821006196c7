import type { GuidelineProfile } from './profile';
import { kearneyForskning } from './profiles/kearney-forskning';
import { raelingenGrunnskole } from './profiles/raelingen-grunnskole';
import { trondelagVgs } from './profiles/trondelag-vgs';

export const BUILT_IN_PROFILES: readonly GuidelineProfile[] = [raelingenGrunnskole, trondelagVgs, kearneyForskning];

export function getBuiltInProfile(id: string): GuidelineProfile | undefined {
  return BUILT_IN_PROFILES.find((p) => p.id === id);
}
