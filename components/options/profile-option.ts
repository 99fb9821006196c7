import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { OptionsTranslator } from './words';

/** How a profile is named in a list: its name, and whether the school imported it. */
export function profileLabel(profile: GuidelineProfile, builtInIds: ReadonlySet<string>, t: OptionsTranslator): string {
  return builtInIds.has(profile.id) ? profile.name : t('optProfileCustomLabel', profile.name);
}
