import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { Translator } from '../../lib/i18n/translate';

/** How a profile is named in a list: its name, and whether the school imported it. */
export function profileLabel(profile: GuidelineProfile, builtInIds: ReadonlySet<string>, t: Translator): string {
  return builtInIds.has(profile.id) ? profile.name : t('optProfileCustomLabel', profile.name);
}
