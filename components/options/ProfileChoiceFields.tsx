import { useId, useState } from 'react';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { Settings } from '../../lib/store/settings';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { Section } from '../common/Section';
import { profileLabel } from './profile-option';
import { knownSites, siteKeyFrom, type SettingsEdit } from './settings-edit';

/** The global choice and the per-site choices (a site key is the page's origin). */
export function ProfileChoiceFields({
  settings,
  policyChoice = null,
  profiles,
  builtInIds,
  save,
}: {
  settings: Settings;
  /** The guideline the school owner's policy suggests, shown as the choice to fall back on. */
  policyChoice?: string | null;
  profiles: readonly GuidelineProfile[];
  builtInIds: ReadonlySet<string>;
  save: (edit: SettingsEdit) => Promise<boolean>;
}) {
  const t = useT();
  const globalId = useId();
  const options = (
    <>
      <option value="">{policyChoice ? t('polOwnerChoice', profiles.find((p) => p.id === policyChoice)?.name ?? policyChoice) : t('optProfilePortalDefault')}</option>
      {profiles.map((p) => (
        <option key={p.id} value={p.id}>
          {profileLabel(p, builtInIds, t)}
        </option>
      ))}
    </>
  );
  const missing = (id: string) => !profiles.some((p) => p.id === id);

  return (
    <>
      <Section id="veileder-alle" level={3} title={t('optProfileGlobalTitle')}>
        <div className="field">
          <label htmlFor={globalId}>{t('optProfileGlobalLabel')}</label>
          <p id={`${globalId}-hint`} className="hint">
            {t('optProfileGlobalHint')}
          </p>
          <select
            id={globalId}
            aria-describedby={`${globalId}-hint`}
            value={settings.profileId ?? ''}
            onChange={(event) => void save({ type: 'globalProfile', profileId: event.target.value || null })}
          >
            {options}
          </select>
          {settings.profileId && missing(settings.profileId) ? <Notice tone="warning">{t('optProfileMissing', settings.profileId)}</Notice> : null}
        </div>
      </Section>

      <Section id="veileder-side" level={3} title={t('optProfileSiteTitle')} intro={t('optProfileSiteIntro')}>
        {Object.keys(settings.profileBySite).length === 0 ? (
          <p>{t('optProfileSiteNone')}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{t('optProfileSiteTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optSiteColumn')}</th>
                <th scope="col">{t('optProfileColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('optActionsColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(settings.profileBySite)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([site, profileId]) => (
                  <tr key={site}>
                    <th scope="row">{site}</th>
                    <td>
                      <select
                        aria-label={t('optProfileForSite', site)}
                        value={profileId}
                        onChange={(event) => void save({ type: 'siteProfile', siteKey: site, profileId: event.target.value || null })}
                      >
                        {missing(profileId) ? <option value={profileId}>{t('optProfileMissingOption', profileId)}</option> : null}
                        {options}
                      </select>
                    </td>
                    <td>
                      <button type="button" onClick={() => void save({ type: 'siteProfile', siteKey: site, profileId: null })}>
                        {t('optRemoveFor', site)}
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
        <AddSiteProfile settings={settings} profiles={profiles} builtInIds={builtInIds} save={save} />
      </Section>
    </>
  );
}

function AddSiteProfile({
  settings,
  profiles,
  builtInIds,
  save,
}: {
  settings: Settings;
  profiles: readonly GuidelineProfile[];
  builtInIds: ReadonlySet<string>;
  save: (edit: SettingsEdit) => Promise<boolean>;
}) {
  const t = useT();
  const id = useId();
  const [site, setSite] = useState('');
  const [profileId, setProfileId] = useState(profiles[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const siteKey = siteKeyFrom(site);
    if (!siteKey) {
      setError(t('optSiteInvalid'));
      return;
    }
    if (!profileId) return;
    setError(null);
    if (await save({ type: 'siteProfile', siteKey, profileId })) setSite('');
  };

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="form-title">
        {t('optProfileSiteAdd')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-site`}>{t('optSiteAddress')}</label>
        <input
          id={`${id}-site`}
          type="text"
          inputMode="url"
          list={`${id}-sites`}
          placeholder="https://skole.visma.com"
          value={site}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setSite(event.target.value)}
        />
        <datalist id={`${id}-sites`}>
          {knownSites(settings).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-profile`}>{t('optProfileColumn')}</label>
        <select id={`${id}-profile`} value={profileId} onChange={(event) => setProfileId(event.target.value)}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileLabel(p, builtInIds, t)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('optAdd')}</button>
    </form>
  );
}
