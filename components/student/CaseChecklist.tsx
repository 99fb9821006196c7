import { useState } from 'react';
import type { GuidelineProfile, Step } from '../../lib/guidelines/profile';
import type { IsoDate, StudentRecord } from '../../lib/model';
import { useT } from './words';
import { formatDate } from '../../lib/i18n/format';
import { SourceLine } from './AssessmentCard';
import { DateField, TextField } from './fields';
import { clearAgreement, markStepDone, signAgreement, stepRecords, unmarkStepDone, type CaseContext } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';

/**
 * The profile's steps as a checklist: the teacher records a step as done, with the day and (if
 * they like) who did it. A per-occurrence step (a call home) can be recorded again each time.
 */
export function CaseChecklist({
  profile,
  record,
  asOf,
  update,
}: {
  profile: GuidelineProfile;
  record: StudentRecord;
  asOf: IsoDate;
  update: StudentRecordHandle['update'];
}) {
  const t = useT();
  const context: CaseContext = { profileId: profile.id, openedOn: asOf };
  return (
    <div data-testid="case-checklist">
      <h3 id="steg-title">{t('stuChecklistTitle')}</h3>
      <p className="hint">{t('stuChecklistIntro')}</p>
      {record.caseRecord && record.caseRecord.profileId !== profile.id ? (
        <p className="hint" lang="nb">
          {t('stuOtherProfileCase', record.caseRecord.profileId)}
        </p>
      ) : null}
      <ol className="checklist" aria-labelledby="steg-title">
        {profile.steps.map((step) => (
          <StepItem key={step.id} step={step} record={record} asOf={asOf} context={context} update={update} />
        ))}
      </ol>
      <AgreementField
        evaluationStep={profile.steps.find((s) => s.deadline.from === 'agreementSigned')}
        record={record}
        asOf={asOf}
        context={context}
        update={update}
      />
    </div>
  );
}

function StepItem({
  step,
  record,
  asOf,
  context,
  update,
}: {
  step: Step;
  record: StudentRecord;
  asOf: IsoDate;
  context: CaseContext;
  update: StudentRecordHandle['update'];
}) {
  const t = useT();
  const [doneOn, setDoneOn] = useState<IsoDate>(asOf);
  const [doneBy, setDoneBy] = useState('');
  const done = stepRecords(record, step.id);
  const isDone = done.length > 0;
  const canRecord = !isDone || step.perOccurrence;

  return (
    <li className={`step-item${isDone ? ' done' : ''}`} data-testid={`step-${step.id}`}>
      <div className="step-head">
        <span className="step-mark" aria-hidden="true">
          {isDone ? '✓' : '○'}
        </span>
        <h4 lang="nb">{step.title}</h4>
        <span className="step-status">{isDone ? t('stuStepDone') : t('stuStepNotDone')}</span>
      </div>
      <details>
        <summary>{t('stuWhatGuidelineSays')}</summary>
        <blockquote lang="nb">{step.quote}</blockquote>
        <SourceLine source={step.source} />
        <p>
          {t('stuResponsible')}: <span lang="nb">{step.responsible}</span>
        </p>
      </details>
      {isDone ? (
        <ul className="done-list">
          {done.map((progress, occurrence) => (
            <li key={`${progress.doneOn}-${occurrence}`}>
              {progress.doneBy
                ? t('stuDoneOnBy', formatDate(t.language, progress.doneOn), progress.doneBy)
                : t('stuDoneOn', formatDate(t.language, progress.doneOn))}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('stuUndoStepLabel', step.title, formatDate(t.language, progress.doneOn))}
                onClick={() => update((r, now) => unmarkStepDone(r, step.id, occurrence, now), { commit: true })}
              >
                {t('stuUndo')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {canRecord ? (
        <div className="inline-form" role="group" aria-label={t('stuRecordStepGroup', step.title)}>
          <DateField label={t('stuDoneDate')} value={doneOn} onChange={setDoneOn} testId={`step-date-${step.id}`} />
          <TextField label={t('stuDoneBy')} value={doneBy} onChange={setDoneBy} testId={`step-by-${step.id}`} />
          <button
            type="button"
            data-testid={`step-done-${step.id}`}
            onClick={() => {
              update((r, now) => markStepDone(r, { stepId: step.id, doneOn, doneBy }, context, now), { commit: true });
              setDoneBy('');
            }}
          >
            {isDone ? t('stuMarkDoneAgain') : t('stuMarkDone')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** "Samarbeidsavtale signert": from this date the engine counts "innen tre uker" to the evaluation. */
function AgreementField({
  evaluationStep,
  record,
  asOf,
  context,
  update,
}: {
  evaluationStep: Step | undefined;
  record: StudentRecord;
  asOf: IsoDate;
  context: CaseContext;
  update: StudentRecordHandle['update'];
}) {
  const t = useT();
  const [signedOn, setSignedOn] = useState<IsoDate>(asOf);
  const signed = record.caseRecord?.agreementSignedOn;
  return (
    <div className="agreement" data-testid="agreement">
      <h3>{t('stuAgreementTitle')}</h3>
      {evaluationStep ? (
        <p className="hint">
          <span lang="nb">«{evaluationStep.quote}»</span> {t('stuAgreementHint')}
        </p>
      ) : null}
      {signed ? (
        <p>
          {t('stuAgreementSignedOn', formatDate(t.language, signed))}{' '}
          <button type="button" className="link-button" onClick={() => update((r, now) => clearAgreement(r, now), { commit: true })}>
            {t('stuAgreementClear')}
          </button>
        </p>
      ) : (
        <div className="inline-form">
          <DateField label={t('stuAgreementDate')} value={signedOn} onChange={setSignedOn} testId="agreement-date" />
          <button
            type="button"
            data-testid="agreement-sign"
            onClick={() => update((r, now) => signAgreement(r, signedOn, context, now), { commit: true })}
          >
            {t('stuAgreementSave')}
          </button>
        </div>
      )}
    </div>
  );
}
