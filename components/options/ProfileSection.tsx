import { useMemo } from 'react';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { Settings } from '../../lib/store/settings';
import { allProfiles } from '../../lib/store/profile-choice';
import { useT } from '../common/i18n';
import { Section } from '../common/Section';
import { ProfileChoiceFields } from './ProfileChoiceFields';
import { ProfileDetails } from './ProfileDetails';
import { ProfileImport } from './ProfileImport';
import type { SettingsEdit } from './settings-edit';

/** Section 1: which guideline applies where, what it says, and a municipality's own file. */
export function ProfileSection({
  settings,
  builtIns,
  save,
}: {
  settings: Settings;
  builtIns: readonly GuidelineProfile[];
  save: (edit: SettingsEdit) => Promise<boolean>;
}) {
  const t = useT();
  const custom = useMemo(() => allProfiles(settings), [settings]);
  const profiles = useMemo(() => [...builtIns, ...custom.profiles], [builtIns, custom]);
  const builtInIds = useMemo(() => new Set(builtIns.map((p) => p.id)), [builtIns]);

  return (
    <Section id="veileder" title={t('optProfileTitle')} intro={t('optProfileIntro')}>
      <ProfileChoiceFields settings={settings} profiles={profiles} builtInIds={builtInIds} save={save} />
      <ProfileDetails profiles={profiles} initialId={settings.profileId ?? builtIns[0]?.id ?? null} />
      <ProfileImport settings={settings} builtInIds={builtInIds} customProblems={custom.problems} profiles={profiles} save={save} />
    </Section>
  );
}
