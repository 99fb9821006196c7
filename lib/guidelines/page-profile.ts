import type { GuidelineProfile } from './profile';

/**
 * The part of a guideline profile that the overlay in a portal page evaluates and shows: its
 * identity, triggers and steps (each step with its own words and source). The background checks
 * the profile (built-in ones when they are defined, a municipality's own file when it is read)
 * and sends only this part; the content script takes it as checked and never validates a
 * guideline file itself, so a large or hostile file costs the background once, not every page.
 */
export type PageProfile = Pick<GuidelineProfile, 'id' | 'name' | 'triggers' | 'steps'>;

export function pageProfile(profile: GuidelineProfile): PageProfile {
  return { id: profile.id, name: profile.name, triggers: profile.triggers, steps: profile.steps };
}
