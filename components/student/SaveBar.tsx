import { useT } from './words';
import { Notice } from '../common/Notice';
import { errorWords } from '../common/store-problem-words';
import type { StudentRecordHandle } from './use-student-record';

/**
 * Saving, always in reach at the bottom of the window. A failed save says why (the store's
 * problem, worded) and that the text is still in the form, so the teacher can simply try again.
 */
export function SaveBar({ handle }: { handle: StudentRecordHandle }) {
  const t = useT();
  const { dirty, saveState, save } = handle;
  return (
    <div className="save-bar" role="region" aria-label={t('stuSaveRegion')} data-testid="save-bar">
      {saveState.kind === 'failed' ? (
        <Notice tone="error" title={t('stuSaveFailed')}>
          <p className="pre-line">{errorWords(t, saveState.error)}</p>
          <p>{t('stuSaveFailedKept')}</p>
        </Notice>
      ) : null}
      <div className="save-row">
        <button type="button" className="primary" data-testid="save-button" disabled={saveState.kind === 'saving'} onClick={() => void save()}>
          {t('stuSave')}
        </button>
        <span className="save-status" aria-live="polite" data-testid="save-status">
          {saveState.kind === 'saving' ? t('stuSaving') : null}
          {saveState.kind === 'saved' && !dirty ? <span key={saveState.count}>{t('stuSaved')}</span> : null}
          {dirty && saveState.kind !== 'saving' ? t('stuUnsaved') : null}
        </span>
      </div>
    </div>
  );
}
