import { formatDate } from '../../lib/i18n/format';
import type { MergeWords } from '../../lib/store/merge';
import type { OptionsTranslator } from './words';

/**
 * What a backup import writes into the notes it merges, in the teacher's language: the marker over
 * an older text kept, a reminder's own due date, an older case in one line. Dates as the teacher
 * reads them; a case's profile and outcome stay as the codes the note stores.
 */
export function mergeWords(t: OptionsTranslator): MergeWords {
  const date = (iso: string) => formatDate(t.language, iso);
  return {
    olderText: (olderSide, importedOn) => t(olderSide === 'backup' ? 'optMergeFromBackup' : 'optMergeFromHere', date(importedOn)),
    reminderDue: (dueOn, text) => t('optMergeReminderDue', date(dueOn), text),
    earlierCase(record) {
      const parts = [t('optMergeEarlierCase', record.profileId, date(record.openedOn))];
      if (record.steps.length > 0) parts.push(t('optMergeCaseSteps', record.steps.map((step) => `${step.stepId} ${date(step.doneOn)}`).join(', ')));
      if (record.agreementSignedOn) parts.push(t('optMergeCaseAgreement', date(record.agreementSignedOn)));
      if (record.closed) parts.push(t('optMergeCaseClosed', date(record.closed.on), record.closed.outcome));
      return `${parts.join('; ')}.`;
    },
  };
}
