import { useId, useState } from 'react';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { Settings } from '../../lib/store/settings';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { Section } from '../common/Section';
import { importProfile, type ImportProblem } from './profile-import';
import type { SettingsEdit } from './settings-edit';
import { documentIssueWords, problemWithValue } from '../common/field-problem-words';
import type { ProfileIssue } from '../../lib/guidelines/load-profile';

type Result =
  | { kind: 'none' }
  | { kind: 'imported'; name: string; replaced: boolean }
  | { kind: 'invalid'; problems: ImportProblem[] }
  | { kind: 'builtInId'; id: string }
  | { kind: 'unreadable'; file: string };

/** Importing a municipality's own profile file, and the list of imported ones. */
export function ProfileImport({
  settings,
  builtInIds,
  customProblems,
  profiles,
  save,
}: {
  settings: Settings;
  builtInIds: ReadonlySet<string>;
  /** Why a stored custom profile no longer loads (one line per problem). */
  customProblems: readonly ProfileIssue[];
  profiles: readonly GuidelineProfile[];
  save: (edit: SettingsEdit) => Promise<boolean>;
}) {
  const t = useT();
  const inputId = useId();
  const [result, setResult] = useState<Result>({ kind: 'none' });

  const onFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setResult({ kind: 'unreadable', file: file.name });
      return;
    }
    const outcome = importProfile(text, file.name, settings, builtInIds);
    if (outcome.ok) {
      if (await save({ type: 'addCustomProfile', id: outcome.profile.id, json: outcome.json })) {
        setResult({ kind: 'imported', name: outcome.profile.name, replaced: outcome.replaces });
      }
    } else if (outcome.reason === 'invalid') {
      setResult({ kind: 'invalid', problems: outcome.problems });
    } else {
      setResult({ kind: 'builtInId', id: outcome.id });
    }
  };

  return (
    <Section id="veileder-import" level={3} title={t('optImportTitle')} intro={t('optImportIntro')}>
      <div className="field">
        <label htmlFor={inputId}>{t('optImportFile')}</label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same, corrected file again fires a change.
            event.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
      <ImportResult result={result} />

      <h4>{t('optCustomTitle')}</h4>
      {settings.customProfiles.length === 0 ? (
        <p>{t('optCustomNone')}</p>
      ) : (
        <ul className="plain-list">
          {settings.customProfiles.map((custom) => {
            const profile = profiles.find((p) => p.id === custom.id);
            return (
              <li key={custom.id} className="custom-profile">
                <span>{profile ? `${profile.name} (${custom.id})` : t('optCustomBroken', custom.id)}</span>{' '}
                <button type="button" onClick={() => void save({ type: 'removeCustomProfile', id: custom.id })}>
                  {t('optRemoveFor', profile?.name ?? custom.id)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {customProblems.length > 0 ? (
        <Notice tone="warning" title={t('optCustomProblems')}>
          <ul className="problem-list">
            {customProblems.map((issue, i) => (
              <li key={i}>{documentIssueWords(t, issue)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </Section>
  );
}

function ImportResult({ result }: { result: Result }) {
  const t = useT();
  switch (result.kind) {
    case 'none':
      return null;
    case 'imported':
      return <Notice tone="success">{t(result.replaced ? 'optImportReplaced' : 'optImportDone', result.name)}</Notice>;
    case 'builtInId':
      return <Notice tone="error">{t('optImportBuiltInId', result.id)}</Notice>;
    case 'unreadable':
      return <Notice tone="error">{t('optImportUnreadable', result.file)}</Notice>;
    case 'invalid':
      return (
        <Notice tone="error" title={t('optImportInvalid', result.problems.length)}>
          <table className="data-table problem-table">
            <thead>
              <tr>
                <th scope="col">{t('optImportColumnFile')}</th>
                <th scope="col">{t('optImportColumnPath')}</th>
                <th scope="col">{t('optImportColumnProblem')}</th>
              </tr>
            </thead>
            <tbody>
              {result.problems.map((problem, i) => (
                <tr key={i}>
                  <td>{problem.file}</td>
                  <td>
                    <code>{problem.path || '–'}</code>
                  </td>
                  <td>{problemWithValue(t, problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Notice>
      );
  }
}
