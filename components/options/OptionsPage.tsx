import { useEffect } from 'react';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import { TranslatorProvider, useT } from './words';
import type { OptionsTranslator } from './words';
import { Notice } from '../common/Notice';
import { applyDocumentLanguage, pageLanguage } from '../common/ui-language';
import { BackupSection, type BackupActions } from './BackupSection';
import { CodeTableSection } from './CodeTableSection';
import { LanguageSection } from './LanguageSection';
import type { PortalCodeTable } from './portal-code-tables';
import { PrivacySection } from './PrivacySection';
import { ProfileSection } from './ProfileSection';
import { ScreenShareSection } from './ScreenShareSection';
import { SitesSection } from './SitesSection';
import { useSettings, type SettingsHandle } from './use-settings';
import { managedState } from '../../lib/store/managed-policy';
import { documentIssueWords, fieldIssueWords } from '../common/field-problem-words';

export interface OptionsPageProps {
  builtIns: readonly GuidelineProfile[];
  portals: readonly PortalCodeTable[];
  /** The vault's backup actions (given the page's translator); the controls are shown only when wired. */
  backup?: (t: OptionsTranslator, retentionMonths: number) => BackupActions;
  /** Today's date ("YYYY-MM-DD"), for examples. */
  today: string;
}

/** The options page: loads the settings, then speaks the language they choose. */
export function OptionsPage(props: OptionsPageProps) {
  const handle = useSettings();
  const language = pageLanguage(handle.loaded?.settings);
  useEffect(() => applyDocumentLanguage(language), [language]);
  return (
    <TranslatorProvider language={language}>
      <OptionsContent {...props} handle={handle} />
    </TranslatorProvider>
  );
}

const SECTIONS = [
  ['veileder', 'optProfileTitle'],
  ['fravaerskoder', 'optCodesTitle'],
  ['sprak', 'optLanguageTitle'],
  ['skjermdeling', 'optShareTitle'],
  ['personvern', 'optPrivacyTitle'],
  ['sider', 'optSitesTitle'],
] as const;

function OptionsContent({ builtIns, portals, backup, today, handle }: OptionsPageProps & { handle: SettingsHandle }) {
  const t = useT();
  const { loaded, loadError, status, save } = handle;
  const managed = managedState(loaded);
  const own = loaded?.own ?? loaded?.settings;
  useEffect(() => {
    document.title = t('optPageTitle');
  }, [t]);

  return (
    <>
      <header className="page-header">
        <h1>{t('optPageTitle')}</h1>
        <nav aria-label={t('optNavLabel')}>
          <ul>
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <div className="save-status" aria-live="polite">
          {status.kind === 'saved' ? <span key={status.count}>{t('optSaved')}</span> : null}
        </div>
        {status.kind === 'failed' ? (
          <Notice tone="error" title={t('optSaveFailed')}>
            <p lang="nb" className="pre-line">
              {status.reason}
            </p>
          </Notice>
        ) : null}
        {status.kind === 'locked' ? <Notice tone="error" title={t('optSaveFailed')}>{t('optLockedByPolicy', status.keys.join(', '))}</Notice> : null}
        {loadError ? <Notice tone="error">{t('optLoadFailed', loadError)}</Notice> : null}
        {loaded?.problems ? (
          <Notice tone="warning" title={t('optCorruptTitle')}>
            <p>{t('optCorruptText')}</p>
            <p className="pre-line">
              {loaded.problems.map((issue) => fieldIssueWords(t, issue)).join('\n')}
            </p>
          </Notice>
        ) : null}
        {loaded?.managed?.kind === 'invalid' ? (
          <Notice tone="warning" title={t('polInvalidTitle')}>
            <p>{t('polInvalidText')}</p>
            <ul data-testid="policy-problems">
              {loaded.managed.problems.map((issue, i) => (
                <li key={i}>{documentIssueWords(t, issue)}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {managed ? (
          <Notice tone="info" title={t('polActiveTitle')}>
            <p>{t('polActiveText')}</p>
          </Notice>
        ) : null}
        {!loaded && !loadError ? <p>{t('optLoading')}</p> : null}
        {loaded && own ? (
          <>
            <ProfileSection settings={loaded.settings} own={own} managed={managed} builtIns={builtIns} save={save} />
            <CodeTableSection settings={loaded.settings} own={own} managed={managed} portals={portals} save={save} />
            <LanguageSection settings={loaded.settings} save={save} />
            <ScreenShareSection screenShare={loaded.settings.screenShare} />
            <PrivacySection settings={loaded.settings} managed={managed} save={save} exampleDate={today}>
              {backup ? <BackupSection {...backup(t, loaded?.settings.retentionMonths ?? 12)} /> : null}
            </PrivacySection>
            <SitesSection settings={loaded.settings} managed={managed} save={save} />
          </>
        ) : null}
      </main>
    </>
  );
}
