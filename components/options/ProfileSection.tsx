import { useMemo } from 'react';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { Settings } from '../../lib/store/settings';
import type { ManagedState } from '../../lib/store/managed-policy';
import { allProfiles } from '../../lib/store/profile-choice';
import { useT } from './words';
import { Section } from '../common/Section';
import { Switch } from '../common/Switch';
import { ManagedField } from './ManagedField';
import { ProfileChoiceFields } from './ProfileChoiceFields';
import { ProfileDetails } from './ProfileDetails';
import { ProfileImport } from './ProfileImport';
import type { SettingsEdit } from './settings-edit';

/** Section 1: which guideline applies where, what it says, and a municipality's own file. */
export function ProfileSection({
  settings,
  own,
  managed,
  builtIns,
  save,
}: {
  /** The settings in force: their custom profiles include the policy's own guidelines. */
  settings: Settings;
  /** The teacher's own settings: what the choices show and change. */
  own: Settings;
  managed: ManagedState | null;
  builtIns: readonly GuidelineProfile[];
  save: (edit: SettingsEdit) => Promise<boolean>;
}) {
  const t = useT();
  const custom = useMemo(() => allProfiles(settings), [settings]);
  const profiles = useMemo(() => [...builtIns, ...custom.profiles], [builtIns, custom]);
  const builtInIds = useMemo(() => new Set(builtIns.map((p) => p.id)), [builtIns]);

  return (
    <Section id="veileder" title={t('optProfileTitle')} intro={t('optProfileIntro')}>
      <ManagedField managed={managed} setting="guideline">
        <ProfileChoiceFields settings={managed?.locked.has('guideline') ? settings : own} policyChoice={managed?.policy.guideline ?? null} profiles={profiles} builtInIds={builtInIds} save={save} />
      </ManagedField>
      <Switch
        label={t('optOwnDefaultsLabel')}
        description={t('optOwnDefaultsHint')}
        checked={own.ownDefaults}
        onChange={(on) => void save({ type: 'ownDefaults', on })}
      />
      <ProfileDetails profiles={profiles} initialId={settings.profileId ?? builtIns[0]?.id ?? null} />
      <ProfileImport settings={own} builtInIds={builtInIds} customProblems={custom.problems} profiles={profiles} save={save} />
    </Section>
  );
}
