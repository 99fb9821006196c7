import { exportBackup, previewBackup } from '../../lib/store/backup';
import { extensionVault, openUnlockedVault, forgetUnlock, rememberUnlock } from '../../lib/store/vault-session.browser';
import { mergeWords } from './merge-words';
import type { OptionsTranslator } from './words';
import type { BackupActions } from './BackupSection';

/**
 * The options page's backup buttons, wired to the encrypted vault in the extension's origin.
 * Export needs the notes unlocked (the file is sealed with the current passphrase); import asks
 * for the passphrase the file was made with, first shows what the file would change (nothing is
 * written until the teacher applies it), and sets the vault up with it on a new machine.
 */
export function vaultBackupActions(t: OptionsTranslator, today: string, retentionMonths: number): BackupActions {
  return {
    async onExport() {
      const vault = await openUnlockedVault();
      if (!vault) throw new Error(t('optBackupLocked'));
      const text = await exportBackup(vault);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `naervaersradar-sikkerhetskopi-${today}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async onImport(file, passphrase) {
      const unlocked = await openUnlockedVault();
      const vault = unlocked ?? extensionVault();
      const preview = await previewBackup(vault, await file.text(), passphrase, mergeWords(t), retentionMonths);
      const { summary, dueForDeletion } = preview;
      const text = [
        t('optBackupPreview', summary.studentsAdded, summary.studentsUpdated, summary.studentsUnchanged, summary.entriesAdded, summary.conflictsKept),
        dueForDeletion.length > 0 ? t('optBackupPreviewRetention', dueForDeletion.length, dueForDeletion.join(', ')) : '',
      ]
        .filter(Boolean)
        .join(' ');
      return {
        text,
        async apply() {
          const applied = await preview.apply();
          if (vault.isUnlocked()) await rememberUnlock(vault);
          return t('optBackupSummary', applied.studentsAdded, applied.studentsUpdated, applied.studentsUnchanged, applied.entriesAdded, applied.conflictsKept);
        },
      };
    },
    async onDeleteAll() {
      await extensionVault().deleteEverything();
      await forgetUnlock();
    },
  };
}
