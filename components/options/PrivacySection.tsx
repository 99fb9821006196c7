import type { ReactNode } from 'react';
import { fileNamePatternProblem, formFileName } from '../../lib/forms/file-name';
import { fileNamePatternWords } from './file-name-words';
import type { Settings } from '../../lib/store/settings';
import type { ManagedState } from '../../lib/store/managed-policy';
import { ManagedField } from './ManagedField';
import { CommitField } from '../common/CommitField';
import { useT } from './words';
import { Section } from '../common/Section';
import { wholeNumberIn, type SettingsEdit } from './settings-edit';

/** The bounds the settings schema enforces (lib/store/settings.ts). */
export const IDLE_LOCK_BOUNDS = { min: 1, max: 480 } as const;
export const RETENTION_BOUNDS = { min: 1, max: 120 } as const;

/**
 * Section 5: how long the notes stay open and how long they are kept, and what exported forms
 * are called. `children` is where the backup controls go (BackupSection).
 */
export function PrivacySection({
  settings,
  managed = null,
  save,
  exampleDate,
  children,
}: {
  settings: Settings;
  managed?: ManagedState | null;
  save: (edit: SettingsEdit) => Promise<boolean>;
  /** Today's date for the file-name example. */
  exampleDate: string;
  children?: ReactNode;
}) {
  const t = useT();
  const example = fileNamePatternProblem(settings.fileNamePattern)
    ? null
    : formFileName(settings.fileNamePattern, { formId: 'kartlegging-fravaersmonster', className: '9B', studentName: 'Ola Nordmann', date: exampleDate }, 'docx');

  return (
    <Section id="personvern" title={t('optPrivacyTitle')} intro={t('optPrivacyIntro')}>
      <ManagedField managed={managed} setting="idleLockMinutes">
        <CommitField
          label={t('optIdleLockLabel')}
          hint={t('optIdleLockHint', IDLE_LOCK_BOUNDS.min, IDLE_LOCK_BOUNDS.max)}
          inputMode="numeric"
          size={5}
          value={String(settings.idleLockMinutes)}
          validate={(text) =>
            wholeNumberIn(text, IDLE_LOCK_BOUNDS.min, IDLE_LOCK_BOUNDS.max) === null ? t('optNumberBetween', IDLE_LOCK_BOUNDS.min, IDLE_LOCK_BOUNDS.max) : null
          }
          onCommit={(text) => void save({ type: 'idleLockMinutes', minutes: Number(text.trim()) })}
        />
      </ManagedField>
      <ManagedField managed={managed} setting="retentionMonths">
        <CommitField
          label={t('optRetentionLabel')}
          hint={t('optRetentionHint', RETENTION_BOUNDS.min, RETENTION_BOUNDS.max)}
          inputMode="numeric"
          size={5}
          value={String(settings.retentionMonths)}
          validate={(text) =>
            wholeNumberIn(text, RETENTION_BOUNDS.min, RETENTION_BOUNDS.max) === null ? t('optNumberBetween', RETENTION_BOUNDS.min, RETENTION_BOUNDS.max) : null
          }
          onCommit={(text) => void save({ type: 'retentionMonths', months: Number(text.trim()) })}
        />
      </ManagedField>
      <CommitField
        label={t('optFileNameLabel')}
        hint={t('optFileNameHint', '{form}, {class}, {initials}, {date}')}
        size={40}
        value={settings.fileNamePattern}
        validate={(text) => (text.trim() === '' ? t('optFileNameEmpty') : fileNamePatternWords(t, text.trim()))}
        onCommit={(text) => void save({ type: 'fileNamePattern', pattern: text.trim() })}
      />
      {example ? (
        <p className="hint">
          {t('optFileNameExample')} <code>{example}</code>
        </p>
      ) : null}
      {children}
    </Section>
  );
}
