import { useEffect, useState } from 'react';
import type { StudentSummary, Vault } from '../../lib/store/vault';
import { formatDateNb } from '../overlay/format';
import { useT } from '../common/i18n';
import { Notice } from '../common/Notice';

export function studentPageHref(studentKey: string): string {
  return `?student=${encodeURIComponent(studentKey)}`;
}

/** The stored students, most recently updated first, each a link to its page. */
export function StudentList({ vault }: { vault: Vault }) {
  const t = useT();
  const [students, setStudents] = useState<StudentSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    vault.listStudents().then(
      (list) => live && setStudents(list),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [vault]);

  return (
    <section aria-labelledby="list-title" data-testid="student-list">
      <h1 id="list-title">{t('stuListTitle')}</h1>
      <p>{t('stuListIntro')}</p>
      {problem ? (
        <Notice tone="error">
          <p lang="nb">{problem}</p>
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
                    student.caseOpen ? t('stuListCaseOpen') : student.closedAt ? t('stuListClosed', formatDateNb(student.closedAt)) : null,
                    t('stuListContacts', student.contactCount),
                    student.nextReminderOn ? t('stuListReminder', formatDateNb(student.nextReminderOn)) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ) : (
              <li key={student.studentKey}>
                <a href={studentPageHref(student.studentKey)}>{student.studentKey}</a>
                <span className="meta" lang="nb">
                  {student.problem}
                </span>
              </li>
            ),
          )}
        </ul>
      ) : null}
    </section>
  );
}
