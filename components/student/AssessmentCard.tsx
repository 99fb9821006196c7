import type { GuidelineProfile } from '../../lib/guidelines/profile';
import type { ProfileChoice } from '../../lib/store/profile-choice';
import type { Assessment, NextStep, SourceRef } from '../../lib/model';
import { useT } from './words';
import { LevelTag } from '../common/LevelTag';
import { Notice } from '../common/Notice';
import { formatDate } from '../../lib/i18n/format';
import { ForecastSection } from './ForecastSection';
import { assessmentNoteWords, deadlineFromWords, deadlineRuleWords, triggerDetailWords } from '../overlay/assessment-words';
import { noteKey } from '../../lib/model/trigger-detail';

/** "Rælingen kommune: Fravær i … – Kortversjon av skolens rolle ved fravær, s. 3" */
export function SourceLine({ source }: { source: SourceRef }) {
  const t = useT();
  return (
    <p className="source">
      {t('stuSource')}{' '}
      <cite lang="nb">
        {source.publisher}: {source.document} – {source.section}
        {source.page !== undefined ? `, s. ${source.page}` : ''}
      </cite>
    </p>
  );
}

/** The guideline's next step: title, the source's words, who, by when. */
export function StepCard({ step, headingLevel = 3 }: { step: NextStep; headingLevel?: 3 | 4 }) {
  const t = useT();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`step-card${step.overdue ? ' overdue' : ''}`} data-testid="next-step">
      <Heading lang="nb">{step.title}</Heading>
      <blockquote lang="nb">{step.quote}</blockquote>
      <SourceLine source={step.source} />
      <dl className="facts">
        <dt>{t('stuResponsible')}</dt>
        <dd lang="nb">{step.responsible}</dd>
        <dt>{t('stuDeadline')}</dt>
        <dd>
          {step.deadline ? (
            <>
              {'quote' in step.deadlineRule ? <span lang="nb">{step.deadlineRule.quote}</span> : deadlineRuleWords(t, step.deadlineRule)},{' '}
              <strong>{formatDate(t.language, step.deadline)}</strong>
              {step.deadlineFrom ? <span> ({deadlineFromWords(t, step.deadlineFrom)})</span> : null}
              {step.overdue ? <span className="overdue-tag"> – {t('stuOverdue')}</span> : null}
            </>
          ) : (
            t('stuNoDeadline')
          )}
          {step.condition ? (
            <p className="condition">
              {t('stuConditional')} <span lang="nb">{step.condition.quote}</span>
              {step.condition.by === null ? null : ` ${t('asByDate', formatDate(t.language, step.condition.by))}`}
            </p>
          ) : null}
        </dd>
      </dl>
    </article>
  );
}

/** The assessment from the same engine as the badge: level, next step, why, and what the page cannot show. */
export function AssessmentCard({
  assessment,
  profile,
  profileProblem,
  caseClosed,
}: {
  assessment: Assessment;
  profile: GuidelineProfile;
  profileProblem?: ProfileChoice['problem'];
  caseClosed: boolean;
}) {
  const t = useT();
  const otherOverdue = assessment.overdue.filter((o) => o.stepId !== assessment.nextStep?.stepId);
  const reasons = new Set(assessment.undecided.map((u) => noteKey(u.reason)));
  const caveats = assessment.unknown.filter((note) => !reasons.has(noteKey(note)));
  return (
    <section id="vurdering" aria-labelledby="vurdering-title" className="card" data-testid="assessment">
      <h2 id="vurdering-title">{t('stuAssessmentTitle')}</h2>
      <p className="level-line">
        <LevelTag level={assessment.level} />{' '}
        <span>
          {t('stuProfile')} <span lang="nb">{profile.name}</span> · {t('stuAsOf', formatDate(t.language, assessment.asOf))}
        </span>
      </p>
      {profileProblem ? (
        <Notice tone="warning">
          <p>{t('stuProfileUnavailable', profileProblem.wanted, profileProblem.fallbackName)}</p>
        </Notice>
      ) : null}

      <h3>{t('stuNextStep')}</h3>
      {assessment.nextStep ? (
        <StepCard step={assessment.nextStep} headingLevel={4} />
      ) : (
        <p>{caseClosed ? t('stuNoStepClosed') : assessment.level === 'unknown' ? t('stuNoStepUndecided') : t('stuNoStep')}</p>
      )}
      {otherOverdue.length > 0 ? (
        <>
          <h3>{t('stuOtherOverdue')}</h3>
          <ul>
            {otherOverdue.map((o) => (
              <li key={o.stepId}>
                <span lang="nb">{o.title}</span> – {t('stuDeadline')} {formatDate(t.language, o.deadline)}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('stuWhy')}</h3>
      {assessment.fired.length === 0 ? (
        <p>{t('stuNothingFired')}</p>
      ) : (
        <ul className="fired">
          {assessment.fired.map((fired) => (
            <li key={fired.triggerId}>
              <LevelTag level={fired.level} />
              <p className="detail">{triggerDetailWords(t, fired.detail)}</p>
              <blockquote lang="nb">{fired.quote}</blockquote>
              <SourceLine source={fired.source} />
              {fired.ownDefault ? (
                <p className="own-default">
                  {t('stuOwnDefault')} <span lang="nb">{fired.ownDefault.why}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {assessment.undecided.length > 0 ? (
        <>
          <h3>{t('stuUndecided')}</h3>
          <ul className="undecided">
            {assessment.undecided.map((u) => (
              <li key={u.triggerId}>{assessmentNoteWords(t, u.reason)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {caveats.length > 0 ? (
        <>
          <h3>{t('stuUnknown')}</h3>
          <ul className="unknown">
            {caveats.map((note) => (
              <li key={noteKey(note)}>{assessmentNoteWords(t, note)}</li>
            ))}
          </ul>
        </>
      ) : null}

      <ForecastSection forecast={assessment.forecast} />
    </section>
  );
}
