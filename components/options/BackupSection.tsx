import { useId, useState } from 'react';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { errorWords } from '../common/store-problem-words';
import { Section } from '../common/Section';

/**
 * Backup of the encrypted notes and "delete everything". The actions belong to the vault; this
 * component only asks, confirms and reports. A rejected promise's store problem is worded in the teacher's language.
 */
export interface BackupActions {
  onExport: () => Promise<void>;
  /** Reads and checks the file and says what importing it would change; writes nothing. */
  onImport: (file: File, passphrase: string) => Promise<ImportPreviewView>;
  onDeleteAll: () => Promise<void>;
}

/** What an import would change, in words, and the way to apply it (resolves with what was merged). */
export interface ImportPreviewView {
  text: string;
  apply: () => Promise<string>;
}

type Outcome = { tone: 'success' | 'error'; text: string } | null;

export function BackupSection({ onExport, onImport, onDeleteAll }: BackupActions) {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState<ImportPreviewView | null>(null);

  const run = async (action: () => Promise<void | string>, done: string) => {
    setBusy(true);
    setOutcome(null);
    try {
      const detail = await action();
      setOutcome({ tone: 'success', text: detail ? `${done} ${detail}` : done });
    } catch (error) {
      setOutcome({ tone: 'error', text: t('optBackupFailed', errorWords(t, error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="sikkerhetskopi" level={3} title={t('optBackupTitle')} intro={t('optBackupIntro')}>
      <p>
        <button type="button" disabled={busy} onClick={() => void run(onExport, t('optBackupExported'))}>
          {t('optBackupExport')}
        </button>
      </p>
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>{t('optBackupPassphrase')}</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          disabled={busy}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-import`}>{t('optBackupImport')}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) {
              setPending(null);
              void run(async () => {
                setPending(await onImport(file, passphrase));
              }, t('optBackupPreviewReady'));
            }
          }}
        />
      </div>
      {pending ? (
        <Notice tone="info">
          <p data-testid="backup-preview">{pending.text}</p>
          <p>
            <button
              type="button"
              data-testid="backup-apply"
              disabled={busy}
              onClick={() => {
                const { apply } = pending;
                setPending(null);
                void run(apply, t('optBackupImported'));
              }}
            >
              {t('optBackupApply')}
            </button>{' '}
            <button
              type="button"
              data-testid="backup-cancel"
              disabled={busy}
              onClick={() => {
                setPending(null);
                setOutcome({ tone: 'success', text: t('optBackupCancelled') });
              }}
            >
              {t('optBackupCancel')}
            </button>
          </p>
        </Notice>
      ) : null}
      <div className="danger-zone">
        <h4>{t('optDeleteAllTitle')}</h4>
        <p>{t('optDeleteAllWarning')}</p>
        <div className="checkbox">
          <input id={`${id}-confirm`} type="checkbox" checked={confirmDelete} onChange={(event) => setConfirmDelete(event.target.checked)} />
          <label htmlFor={`${id}-confirm`}>{t('optDeleteAllConfirm')}</label>
        </div>
        <button
          type="button"
          className="danger"
          disabled={busy || !confirmDelete}
          onClick={() =>
            void run(async () => {
              await onDeleteAll();
              setConfirmDelete(false);
            }, t('optDeleteAllDone'))
          }
        >
          {t('optDeleteAll')}
        </button>
      </div>
      {outcome ? <Notice tone={outcome.tone}>{outcome.text}</Notice> : null}
    </Section>
  );
}
