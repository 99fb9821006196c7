import type { UrgentItem } from '../../lib/messaging/protocol';
import { useT } from './words';
import { LevelTag } from '../common/LevelTag';
import { formatDate } from '../../lib/i18n/format';

/**
 * The class at a glance: the students on the page, most urgent first (an overdue step, then
 * concern or serious, then "på vei"), each with the next step and its deadline — the teacher's list
 * for the week. The same list is the popup's and the printable page's.
 */
export function ClassGlanceList({ items }: { items: readonly UrgentItem[] }) {
  const t = useT();
  return (
    <ol className="urgent-list" data-testid="class-glance">
      {items.map((item, i) => (
        <li key={i} className="urgent">
          <p className="urgent-head">
            <strong>{item.studentName}</strong> <LevelTag level={item.level} />
            {item.onCourse ? <span className="on-course-mark"> {t('onCourseMark')}</span> : null}
          </p>
          {item.step ? <p lang="nb">{item.step}</p> : null}
          {item.step ? (
            <p className={item.overdue ? 'deadline overdue' : 'deadline'}>
              {item.deadline ? t(item.overdue ? 'popDeadlineOverdue' : 'popDeadline', formatDate(t.language, item.deadline)) : t('popNoDeadline')}
            </p>
          ) : null}
          {item.onCourse ? <p className="on-course-line">{item.onCourse}</p> : null}
        </li>
      ))}
    </ol>
  );
}
