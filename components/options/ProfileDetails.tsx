import { useEffect, useId, useState } from 'react';
import { getForm } from '../../lib/forms/registry';
import { exportProfileJson } from '../../lib/guidelines/load-profile';
import type { GuidelineProfile, Step, Trigger } from '../../lib/guidelines/profile';
import { useT } from './words';
import { LevelTag } from '../common/LevelTag';
import { Section } from '../common/Section';
import { exportFileName } from './profile-import';
import { describeAudience, describeDeadline, formatSourceRef, stepTitle } from './profile-view';

/**
 * Every rule and step of one profile, in the source's own words with where they stand, so that a
 * teacher can check the extension against the guideline on their desk. Quotes keep lang="nb":
 * they are Norwegian whatever the UI language, and a screen reader should read them as such.
 */
export function ProfileDetails({ profiles, initialId }: { profiles: readonly GuidelineProfile[]; initialId: string | null }) {
  const t = useT();
  const selectId = useId();
  const [shownId, setShownId] = useState(initialId ?? profiles[0]?.id ?? '');
  useEffect(() => {
    if (!profiles.some((p) => p.id === shownId) && profiles[0]) setShownId(profiles[0].id);
  }, [profiles, shownId]);
  const profile = profiles.find((p) => p.id === shownId);

  return (
    <Section id="veileder-innhold" level={3} title={t('optProfileDetailsTitle')}>
      <div className="field">
        <label htmlFor={selectId}>{t('optProfileShow')}</label>
        <select id={selectId} value={shownId} onChange={(event) => setShownId(event.target.value)}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {profile ? <ProfileBody profile={profile} /> : <p>{t('optProfileNone')}</p>}
    </Section>
  );
}

function ProfileBody({ profile }: { profile: GuidelineProfile }) {
  const t = useT();
  return (
    <div className="profile">
      <dl className="facts">
        <dt>{t('optProfilePublisher')}</dt>
        <dd>{profile.publisher}</dd>
        <dt>{t('optProfileVersion')}</dt>
        <dd>{profile.version}</dd>
        <dt>{t('optProfileAudience')}</dt>
        <dd>{describeAudience(profile, t)}</dd>
        <dt>{t('optProfileSources')}</dt>
        <dd>
          <ul className="plain-list">
            {profile.sources.map((source, i) => (
              <li key={i} lang="nb">
                {formatSourceRef(source, t)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p>
        <button type="button" onClick={() => downloadProfile(profile)}>
          {t('optProfileExport')}
        </button>
      </p>

      <h4>{t('optTriggersTitle', profile.triggers.length)}</h4>
      <ol className="rule-list">
        {profile.triggers.map((trigger) => (
          <TriggerItem key={trigger.id} trigger={trigger} profile={profile} />
        ))}
      </ol>

      <h4>{t('optStepsTitle', profile.steps.length)}</h4>
      <ol className="rule-list">
        {profile.steps.map((step) => (
          <StepItem key={step.id} step={step} profile={profile} />
        ))}
      </ol>
    </div>
  );
}

function TriggerItem({ trigger, profile }: { trigger: Trigger; profile: GuidelineProfile }) {
  const t = useT();
  return (
    <li className="rule">
      <p className="rule-head">
        <LevelTag level={trigger.level} />
      </p>
      <blockquote lang="nb" className="quote">
        {trigger.quote}
      </blockquote>
      <p className="source" lang="nb">
        {formatSourceRef(trigger.source, t)}
      </p>
      {trigger.ownDefault ? (
        <p className="own-default">
          {t('optOwnDefaultRule')} <span lang="nb">{trigger.ownDefault.why}</span>
        </p>
      ) : null}
      <p>{t('optTriggerLeadsTo', stepTitle(profile, trigger.stepId))}</p>
      {trigger.deadline ? <p>{t('optDeadline', describeDeadline(trigger.deadline, t).join('; '))}</p> : null}
    </li>
  );
}

function StepItem({ step, profile }: { step: Step; profile: GuidelineProfile }) {
  const t = useT();
  return (
    <li className="rule">
      <p className="rule-head" lang="nb">
        <strong>{step.title}</strong>
      </p>
      <blockquote lang="nb" className="quote">
        {step.quote}
      </blockquote>
      <p className="source" lang="nb">
        {formatSourceRef(step.source, t)}
      </p>
      <dl className="facts">
        <dt>{t('optStepResponsible')}</dt>
        <dd lang="nb">{step.responsible}</dd>
        <dt>{t('optStepDeadline')}</dt>
        <dd>
          {describeDeadline(step.deadline, t).map((line, i) => (
            <span key={i} className="line">
              {line}
            </span>
          ))}
        </dd>
        {step.forms.length > 0 ? (
          <>
            <dt>{t('optStepForms')}</dt>
            <dd lang="nb">{step.forms.map((id) => getForm(id)?.title ?? id).join(', ')}</dd>
          </>
        ) : null}
        {step.next ? (
          <>
            <dt>{t('optStepNext')}</dt>
            <dd lang="nb">{stepTitle(profile, step.next)}</dd>
          </>
        ) : null}
        {step.ifAdult ? (
          <>
            <dt>{t('optStepIfAdult')}</dt>
            <dd lang="nb">{stepTitle(profile, step.ifAdult)}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

/** A download through a Blob URL: no permission needed, and nothing leaves the machine. */
function downloadProfile(profile: GuidelineProfile): void {
  const url = URL.createObjectURL(new Blob([exportProfileJson(profile)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(profile);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task, after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
