import { useState } from 'react';
import type { OptionsKey } from './words';
import type { Settings } from '../../lib/store/settings';
import type { ManagedState } from '../../lib/store/managed-policy';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { Section } from '../common/Section';
import { releaseSite } from '../common/site-permission.browser';
import { knownSites, type SettingsEdit } from './settings-edit';

type ColumnMeaning = Settings['taughtMappings'][string]['columnMeaning'][number];

const MEANING_KEY: Record<ColumnMeaning, OptionsKey> = {
  days: 'optColumnDays',
  lessons: 'optColumnLessons',
  late: 'optColumnLate',
  percent: 'optColumnPercent',
  codes: 'optColumnCodes',
};

/** Section 6: sites outside the built-in portals that the teacher enabled or taught. */
export function SitesSection({
  settings,
  managed = null,
  save,
}: {
  settings: Settings;
  managed?: ManagedState | null;
  save: (edit: SettingsEdit) => Promise<boolean>;
}) {
  const t = useT();
  const [removed, setRemoved] = useState<{ site: string; permissionKept: boolean } | null>(null);
  const sites = knownSites(settings);

  const remove = async (site: string) => {
    const released = await releaseSite(site);
    if (await save({ type: 'removeSite', siteKey: site })) setRemoved({ site, permissionKept: !released });
  };

  return (
    <Section id="sider" title={t('optSitesTitle')} intro={t('optSitesIntro')}>
      {sites.length === 0 ? (
        <p>{t('optSitesNone')}</p>
      ) : (
        <ul className="site-list">
          {sites.map((site) => {
            const mapping = settings.taughtMappings[site];
            return (
              <li key={site} className="site">
                <h3 className="site-name">{site}</h3>
                {mapping ? (
                  <dl className="facts">
                    <dt>{t('optMappingTable')}</dt>
                    <dd>{mapping.tableIndex + 1}</dd>
                    <dt>{t('optMappingName')}</dt>
                    <dd>{t('optMappingColumn', mapping.nameColumn + 1)}</dd>
                    <dt>{t('optMappingAbsence')}</dt>
                    <dd>
                      <ul className="plain-list">
                        {mapping.absenceColumns.map((column, i) => {
                          const meaning = mapping.columnMeaning[i];
                          return (
                            <li key={column}>
                              {t('optMappingColumn', column + 1)}
                              {meaning ? `: ${t(MEANING_KEY[meaning])}` : ''}
                            </li>
                          );
                        })}
                      </ul>
                    </dd>
                  </dl>
                ) : (
                  <p>{t('optSiteNoMapping')}</p>
                )}
                {managed?.policy.extraSites?.includes(site) ? (
                  <p className="managed-note">{t('polSiteBySchoolOwner')}</p>
                ) : (
                  <button type="button" onClick={() => void remove(site)}>
                    {t('optRemoveFor', site)}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {removed ? (
        <Notice tone={removed.permissionKept ? 'info' : 'success'}>
          {t(removed.permissionKept ? 'optSiteRemovedKept' : 'optSiteRemoved', removed.site)}
        </Notice>
      ) : null}
    </Section>
  );
}
