import { useEffect, useId, useRef, useState } from 'react';
import type { CaseOutcome, IsoDate, StudentRecord } from '../../lib/model';
import { useT } from './words';
import { formatDate } from '../../lib/i18n/format';
import { SourceLine } from './AssessmentCard';
import { CASE_OUTCOMES } from './case-outcomes';
import { DateField } from './fields';
import { closeCase, reopenCase, type CaseContext } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';

/** Closing the case in the guideline's own terms; a closed case can be opened again. */
export function CloseCase({
  record,
  asOf,
  context,
  update,
}: {
  record: StudentRecord;
  asOf: IsoDate;
  context: CaseContext;
  update: StudentRecordHandle['update'];
}) {
  const t = useT();
  const id = useId();
  const [outcome, setOutcome] = useState<CaseOutcome | null>(null);
  const [on, setOn] = useState<IsoDate>(asOf);
  const closed = record.caseRecord?.closed;

  return (
    <div className="close-case" data-testid="close-case">
      <h3>{t('stuCloseTitle')}</h3>
      {closed ? (
        <p>
          {t('stuClosedOn', formatDate(t.language, closed.on))}{' '}
          <strong>{t(CASE_OUTCOMES.find((o) => o.outcome === closed.outcome)?.labelKey ?? 'stuOutcomeImproved')}</strong>{' '}
          <button type="button" className="secondary" onClick={() => update((r, now) => reopenCase(r, now), { commit: true })}>
            {t('stuReopen')}
          </button>
        </p>
      ) : (
        <>
          <fieldset>
            <legend>{t('stuOutcomeLegend')}</legend>
            {CASE_OUTCOMES.map((item) => (
              <div className="radio" key={item.outcome}>
                <input
                  id={`${id}-${item.outcome}`}
                  type="radio"
                  name={`${id}-outcome`}
                  value={item.outcome}
                  checked={outcome === item.outcome}
                  onChange={() => setOutcome(item.outcome)}
                  aria-describedby={`${id}-${item.outcome}-quote`}
                />
                <label htmlFor={`${id}-${item.outcome}`}>{t(item.labelKey)}</label>
                <div id={`${id}-${item.outcome}-quote`} className="hint">
                  <blockquote lang="nb">{item.quote}</blockquote>
                  <SourceLine source={item.source} />
                </div>
              </div>
            ))}
          </fieldset>
          <div className="inline-form">
            <DateField label={t('stuCloseDate')} value={on} onChange={setOn} testId="close-date" />
            <button
              type="button"
              data-testid="close-case-button"
              disabled={outcome === null}
              onClick={() => outcome && update((r, now) => closeCase(r, { on, outcome }, context, now), { commit: true })}
            >
              {t('stuCloseButton')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** "Slett alle data om eleven", behind a second, explicit confirmation. */
export function DeleteStudent({ name, onDelete }: { name: string; onDelete: () => Promise<boolean> }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) startButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div className="delete-student" data-testid="delete-student">
      <h3>{t('stuDeleteTitle')}</h3>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text">{t('stuDeleteConfirmText', name)}</p>
          <button
            ref={confirmButton}
            type="button"
            className="danger"
            disabled={busy}
            data-testid="delete-confirm"
            onClick={async () => {
              setBusy(true);
              const deleted = await onDelete();
              setBusy(false);
              if (!deleted) setConfirming(false);
            }}
          >
            {t('stuDeleteConfirm')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('stuCancel')}
          </button>
        </div>
      ) : (
        <button ref={startButton} type="button" className="danger-outline" data-testid="delete-start" onClick={() => setConfirming(true)}>
          {t('stuDeleteButton')}
        </button>
      )}
    </div>
  );
}
