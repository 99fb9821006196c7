import { useCallback, useEffect, useState } from 'react';
import type { IsoDate } from '../../lib/model';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import type { LoadedSettings } from '../../lib/store/managed-policy';
import { TranslatorProvider, useT } from './words';
import { Notice } from '../common/Notice';
import { errorWords } from '../common/store-problem-words';
import { applyDocumentLanguage, pageLanguage } from '../common/ui-language';
import type { FormDraft } from './form-export';
import { StudentList } from './StudentList';
import { StudentWorkspace } from './StudentWorkspace';
import { UnlockGate } from './UnlockGate';
import { useHandoff, usePageSettings } from './use-page-inputs';
import { useStudentRecord } from './use-student-record';
import { useVault } from './use-vault';
import { fieldIssueWords } from '../common/field-problem-words';

export interface StudentPageProps {
  /** The student key from `?student=`, or null for the list of stored students. */
  studentKey: string | null;
  /** Today in Europe/Oslo, read by the entrypoint: the page's asOf when there is no hand-over. */
  today: IsoDate;
}

/** The extension's own page for one student's case (or the list of them), in the teacher's language. */
export function StudentPage(props: StudentPageProps) {
  const { loaded, error } = usePageSettings();
  const language = pageLanguage(loaded?.settings);
  useEffect(() => applyDocumentLanguage(language), [language]);
  return (
    <TranslatorProvider language={language}>
      <PageShell {...props} loaded={loaded} settingsError={error} />
    </TranslatorProvider>
  );
}

const SECTION_LINKS = [
  ['vurdering', 'stuAssessmentTitle'],
  ['monster', 'popoverPatterns'],
  ['saksgang', 'stuCaseTitle'],
  ['notater', 'stuNotesTitle'],
  ['skjema', 'stuFormsTitle'],
] as const;

function PageShell({
  studentKey,
  today,
  loaded,
  settingsError,
}: StudentPageProps & { loaded: LoadedSettings | null; settingsError: string | null }) {
  const t = useT();
  const access = useVault();
  const handoff = useHandoff(studentKey);
  const vault = access.state.kind === 'unlocked' ? access.state.vault : null;
  const handle = useStudentRecord(vault, studentKey, handoff, access.ensureUnlocked);
  const [formDrafts, setFormDrafts] = useState<Record<string, FormDraft>>({});
  const onFormDraft = useCallback((formId: string, draft: FormDraft) => setFormDrafts((all) => ({ ...all, [formId]: draft })), []);
  const settings = loaded?.settings ?? DEFAULT_SETTINGS;

  // The tab title stays free of the student's name: screens are shared in class.
  useEffect(() => {
    document.title = studentKey ? t('stuDocTitle') : t('stuListDocTitle');
  }, [t, studentKey]);

  useEffect(() => {
    if (!handle.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [handle.dirty]);

  const state = access.state;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('stuSkipToMain')}
      </a>
      <header className="page-header">
        <p className="app-name">{t('extName')}</p>
        {vault && studentKey ? (
          <nav aria-label={t('stuNavLabel')}>
            <ul>
              {SECTION_LINKS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
              <li>
                <a href="student.html">{t('stuAllStudents')}</a>
              </li>
            </ul>
          </nav>
        ) : null}
        {vault ? (
          <button type="button" className="secondary lock-button" data-testid="lock-button" onClick={() => void access.lock()}>
            {t('stuLock')}
          </button>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {settingsError ? <Notice tone="warning">{t('stuSettingsUnreadable', settingsError)}</Notice> : null}
        {loaded?.problems ? (
          <Notice tone="warning" title={t('stuSettingsCorrupt')}>
            <p className="pre-line">
              {loaded.problems.map((issue) => fieldIssueWords(t, issue)).join('\n')}
            </p>
          </Notice>
        ) : null}
        {state.kind === 'checking' ? <p>{t('stuLoading')}</p> : null}
        {state.kind === 'failed' ? (
          <Notice tone="error" title={t('stuVaultFailed')}>
            <p className="pre-line">{errorWords(t, state.error)}</p>
          </Notice>
        ) : null}
        {state.kind === 'setup' || state.kind === 'locked' ? (
          <>
            <h1>{t('stuPageTitle')}</h1>
            {handle.dirty ? <Notice tone="warning">{t('stuUnsavedWhileLocked')}</Notice> : null}
            <UnlockGate mode={state.kind === 'setup' ? 'setup' : 'unlock'} onSetUp={access.setUp} onUnlock={access.unlock} />
          </>
        ) : null}
        {vault && !studentKey ? <StudentList vault={vault} today={today} retentionMonths={settings.retentionMonths} /> : null}
        {vault && studentKey && handoff !== undefined ? (
          <StudentWorkspace
            studentKey={studentKey}
            handoff={handoff}
            handle={handle}
            settings={settings}
            today={today}
            formDrafts={formDrafts}
            onFormDraft={onFormDraft}
          />
        ) : null}
      </main>
    </>
  );
}
