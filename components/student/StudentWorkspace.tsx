import { useMemo } from 'react';
import type { IsoDate } from '../../lib/model';
import type { Settings } from '../../lib/store/settings';
import type { StudentHandoff } from '../../lib/store/student-handoff.browser';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { errorWords } from '../common/store-problem-words';
import { AssessmentCard } from './AssessmentCard';
import { CaseChecklist } from './CaseChecklist';
import { CloseCase, DeleteStudent } from './CloseCase';
import { ContactLog } from './ContactLog';
import { ExportPanel, MAPPING_FORM_ID } from './ExportPanel';
import type { FormDraft } from './form-export';
import { FreeText } from './FreeText';
import { MappingNotes } from './MappingNotes';
import { PatternsPanel } from './PatternsPanel';
import { Reminders } from './Reminders';
import { SaveBar } from './SaveBar';
import { StressMapping } from './StressMapping';
import { assessStudent, profileForPage } from './student-view';
import type { StudentRecordHandle } from './use-student-record';
import { integrityText } from '../common/integrity-text';

const newId = () => crypto.randomUUID();

/** One student's page: the assessment, the pattern, the case, the notes and the forms. */
export function StudentWorkspace({
  studentKey,
  handoff,
  handle,
  settings,
  today,
  formDrafts,
  onFormDraft,
}: {
  studentKey: string;
  handoff: StudentHandoff | null;
  handle: StudentRecordHandle;
  settings: Settings;
  today: IsoDate;
  formDrafts: Readonly<Record<string, FormDraft>>;
  onFormDraft: (formId: string, draft: FormDraft) => void;
}) {
  const t = useT();
  const { draft, update, save, remove, saveState, loadError, loadProblem } = handle;
  const record = draft ?? null;
  const asOf = handoff?.asOf ?? today;
  const choice = useMemo(() => profileForPage(settings, handoff, record), [settings, handoff, record]);
  const caseRecord = record?.caseRecord ?? null;
  const view = useMemo(
    () => (handoff ? assessStudent(handoff, settings, choice.profile, caseRecord) : null),
    [handoff, settings, choice.profile, caseRecord],
  );
  const student = handoff?.row.student;
  const name = record?.displayName ?? student?.name ?? studentKey;
  const className = record?.className ?? student?.className;
  const context = { profileId: choice.profile.id, openedOn: asOf };
  const focusFormId =
    handoff?.intent === 'exportMappingForm'
      ? choice.profile.forms.includes(MAPPING_FORM_ID)
        ? MAPPING_FORM_ID
        : (choice.profile.forms[0] ?? null)
      : null;

  return (
    <>
      <div className="student-title">
        <h1 data-testid="student-name">{name}</h1>
        <p className="student-meta">
          {[
            className ? t('stuClass', className) : null,
            handoff?.school ? t('stuSchool', handoff.school) : null,
            t('stuPortal', handoff?.portal ?? record?.portal ?? '–'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      {loadProblem ? (
        <Notice tone="error" title={t('stuIntegrityTitle')}>
          <p data-testid="integrity-problem" data-kind={loadProblem.kind}>
            {integrityText(t, loadProblem)}
          </p>
          <p>
            <a href="student.html">{t('stuIntegritySeeList')}</a>
          </p>
        </Notice>
      ) : loadError ? (
        <Notice tone="error" title={t('stuLoadFailed')}>
          <p className="pre-line">{errorWords(t, loadError.error)}</p>
        </Notice>
      ) : null}
      {!handoff ? (
        <Notice tone="info" title={t('stuNoHandoffTitle')}>
          <p>{t('stuNoHandoffText')}</p>
        </Notice>
      ) : null}
      {saveState.kind === 'deleted' ? (
        <Notice tone="success" title={t('stuDeleted')}>
          <p>
            <a href="student.html">{t('stuBackToList')}</a>
          </p>
        </Notice>
      ) : null}
      {draft === undefined && !loadError ? <p>{t('stuLoading')}</p> : null}
      {draft === null && saveState.kind !== 'deleted' ? <p>{t('stuNothingStored')}</p> : null}

      {view ? <AssessmentCard assessment={view.assessment} profile={choice.profile} profileProblem={choice.problem} caseClosed={caseRecord?.closed !== undefined} /> : null}
      {view ? <PatternsPanel patterns={view.patterns} /> : null}

      {record ? (
        <>
          <section id="saksgang" aria-labelledby="saksgang-title" className="card">
            <h2 id="saksgang-title">{t('stuCaseTitle')}</h2>
            <CaseChecklist profile={choice.profile} record={record} asOf={asOf} update={update} />
            <Reminders record={record} asOf={asOf} nextStep={view?.assessment.nextStep ?? null} update={update} newId={newId} />
            <CloseCase record={record} asOf={asOf} context={context} update={update} />
            <DeleteStudent name={name} onDelete={remove} />
          </section>

          <section id="notater" aria-labelledby="notater-title" className="card">
            <h2 id="notater-title">{t('stuNotesTitle')}</h2>
            <p className="hint">{t('stuNotesIntro')}</p>
            <ContactLog record={record} asOf={asOf} update={update} save={save} newId={newId} />
            <MappingNotes record={record} update={update} />
            <StressMapping record={record} update={update} newId={newId} />
            <FreeText record={record} update={update} />
          </section>
        </>
      ) : null}

      {view && saveState.kind !== 'deleted' ? (
        <ExportPanel
          profile={choice.profile}
          view={view}
          school={handoff?.school}
          record={record}
          asOf={asOf}
          fileNamePattern={settings.fileNamePattern}
          drafts={formDrafts}
          onDraft={onFormDraft}
          focusFormId={focusFormId}
          update={record ? update : null}
        />
      ) : null}
      {!view && record ? (
        <section id="skjema" aria-labelledby="skjema-title">
          <h2 id="skjema-title">{t('stuFormsTitle')}</h2>
          <p>{t('stuFormsNeedHandoff')}</p>
        </section>
      ) : null}

      {record ? <SaveBar handle={handle} /> : null}
    </>
  );
}
