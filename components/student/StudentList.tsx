import { useEffect, useState } from 'react';
import type { StudentSummary, Vault } from '../../lib/store/vault';
import type { IsoDate } from '../../lib/model';
import { retentionPlan } from '../../lib/store/retention';
import { formatDate } from '../../lib/i18n/format';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { errorWords, storeProblemWords } from '../common/store-problem-words';
import type { IntegrityProblem } from '../../lib/store/vault-manifest';
import { integrityText } from '../common/integrity-text';

export function studentPageHref(studentKey: string): string {
  return `?student=${encodeURIComponent(studentKey)}`;
}

interface Retention {
  /** Due for deletion, waiting for the teacher to confirm it. */
  due: Array<{ key: string; name: string }>;
  deleted: string[];
  warnings: Map<string, IsoDate>;
}

/**
 * The stored students, most recently updated first, each a link to its page. Opening the list
 * also checks the retention rule: closed cases older than the configured months are listed as due
 * for deletion and deleted only when the teacher confirms it there and then (a restored backup's
 * dates must never delete notes unasked); one within 30 days of that is marked with its day.
 * What the vault's manifest finds changed behind its back (an older copy, a deletion) is said at
 * the top; those notes are not listed as current until the teacher has checked and accepts them.
 */
export function StudentList({ vault, today, retentionMonths }: { vault: Vault; today: IsoDate; retentionMonths: number }) {
  const t = useT();
  const [students, setStudents] = useState<StudentSummary[] | null>(null);
  const [retention, setRetention] = useState<Retention>({ due: [], deleted: [], warnings: new Map() });
  // The error itself, worded when shown, so its words follow the page's language.
  const [problem, setProblem] = useState<{ error: unknown } | null>(null);
  const [integrity, setIntegrity] = useState<{ problems: IntegrityProblem[]; accepted: boolean }>({ problems: [], accepted: false });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const list = await vault.listStudents();
      const problems = await vault.checkIntegrity();
      const readable = list.flatMap((s) => (s.readable ? [{ studentKey: s.studentKey, closedAt: s.closedAt, name: s.displayName }] : []));
      const plan = retentionPlan(readable, today, retentionMonths);
      const due = readable.filter((s) => plan.toDelete.includes(s.studentKey)).map((s) => ({ key: s.studentKey, name: s.name }));
      if (!live) return;
      setRetention({ due, deleted: [], warnings: new Map(plan.toWarn.map((w) => [w.key, w.deleteOn])) });
      setIntegrity((previous) => ({ problems, accepted: previous.accepted && problems.length === 0 }));
      setStudents(list);
    };
    load().catch((error: unknown) => live && setProblem({ error }));
    return () => {
      live = false;
    };
  }, [vault, today, retentionMonths, reload]);

  return (
    <section aria-labelledby="list-title" data-testid="student-list">
      <h1 id="list-title">{t('stuListTitle')}</h1>
      <p>{t('stuListIntro')}</p>
      {problem ? (
        <Notice tone="error">
          <p className="pre-line">{errorWords(t, problem.error)}</p>
        </Notice>
      ) : null}
      {integrity.problems.length > 0 ? (
        <Notice tone="error" title={t('stuIntegrityTitle')}>
          <p>{t('stuIntegrityIntro')}</p>
          <ul data-testid="integrity-problems">
            {integrity.problems.map((p, i) => (
              <li key={i} data-kind={p.kind}>
                {integrityText(t, p)}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="secondary"
            data-testid="integrity-accept"
            onClick={() => {
              void vault
                .acceptStoredState()
                .then(() => {
                  setIntegrity({ problems: [], accepted: true });
                  setReload((n) => n + 1);
                })
                .catch((error: unknown) => setProblem({ error }));
            }}
          >
            {t('stuIntegrityAccept')}
          </button>
        </Notice>
      ) : null}
      {integrity.accepted ? (
        <Notice tone="success">
          <p>{t('stuIntegrityAccepted')}</p>
        </Notice>
      ) : null}
      {retention.due.length > 0 ? (
        <Notice tone="info">
          <p>{t('stuRetentionDue', retention.due.length, retentionMonths, retention.due.map((d) => d.name).join(', '))}</p>
          <button
            type="button"
            className="danger"
            data-testid="retention-confirm"
            onClick={() => {
              const due = retention.due;
              void (async () => {
                for (const { key } of due) await vault.deleteStudent(key);
                setRetention((r) => ({ ...r, due: [], deleted: due.map((d) => d.name) }));
                setStudents((list) => list?.filter((s) => !due.some((d) => d.key === s.studentKey)) ?? null);
              })().catch((error: unknown) => setProblem({ error }));
            }}
          >
            {t('stuRetentionConfirm')}
          </button>
        </Notice>
      ) : null}
      {retention.deleted.length > 0 ? (
        <Notice tone="info">
          <p>{t('stuRetentionDeleted', retention.deleted.length, retentionMonths)}</p>
        </Notice>
      ) : null}
      {students === null && !problem ? <p>{t('stuLoading')}</p> : null}
      {students?.length === 0 ? <p>{t('stuListEmpty')}</p> : null}
      {students && students.length > 0 ? (
        <ul className="student-list">
          {students.map((student) =>
            student.readable ? (
              <li key={student.studentKey}>
                <a href={studentPageHref(student.studentKey)}>{student.displayName}</a>
                <span className="meta">
                  {[
                    student.className,
                    student.caseOpen ? t('stuListCaseOpen') : student.closedAt ? t('stuListClosed', formatDate(t.language, student.closedAt)) : null,
                    t('stuListContacts', student.contactCount),
                    student.nextReminderOn ? t('stuListReminder', formatDate(t.language, student.nextReminderOn)) : null,
                    retention.warnings.has(student.studentKey)
                      ? t('stuRetentionWarning', formatDate(t.language, retention.warnings.get(student.studentKey)!))
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ) : (
              <li key={student.recordId}>
                {student.studentKey !== undefined ? (
                  <a href={studentPageHref(student.studentKey)}>{student.studentKey}</a>
                ) : (
                  <span>{t('stuListUnreadable')}</span>
                )}
                <span className="meta" lang="nb">
                  {storeProblemWords(t, student.problem)}
                </span>
              </li>
            ),
          )}
        </ul>
      ) : null}
    </section>
  );
}
