import { useId, useState } from 'react';
import type { IsoDate, NextStep, StudentRecord } from '../../lib/model';
import { useT } from './words';
import { formatDate } from '../../lib/i18n/format';
import { DateField, TextField } from './fields';
import { addReminder, isReminderDue, remindersInOrder, removeReminder, setReminderDone } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';

/** Dated reminders; the ones due by asOf stand out (with a word, not only a colour). */
export function Reminders({
  record,
  asOf,
  nextStep,
  update,
  newId,
}: {
  record: StudentRecord;
  asOf: IsoDate;
  nextStep: NextStep | null;
  update: StudentRecordHandle['update'];
  newId: () => string;
}) {
  const t = useT();
  const id = useId();
  const [dueOn, setDueOn] = useState<IsoDate>(asOf);
  const [text, setText] = useState('');
  const reminders = remindersInOrder(record.reminders);

  return (
    <div className="reminders" data-testid="reminders">
      <h3>{t('stuRemindersTitle')}</h3>
      {reminders.length === 0 ? <p>{t('stuRemindersNone')}</p> : null}
      <ul className="reminder-list">
        {reminders.map((reminder) => {
          const due = isReminderDue(reminder, asOf);
          return (
            <li key={reminder.id} className={`${due ? 'due' : ''}${reminder.done ? ' done' : ''}`}>
              <input
                id={`${id}-${reminder.id}`}
                type="checkbox"
                checked={reminder.done}
                onChange={(event) => update((r, now) => setReminderDone(r, reminder.id, event.target.checked, now), { commit: true })}
              />
              <label htmlFor={`${id}-${reminder.id}`}>
                <strong>{formatDate(t.language, reminder.dueOn)}</strong> {reminder.text}
                {due ? <span className="due-tag"> – {t('stuReminderDue')}</span> : null}
                {reminder.done ? <span className="visually-hidden"> – {t('stuReminderDone')}</span> : null}
              </label>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('stuRemoveReminderLabel', formatDate(t.language, reminder.dueOn))}
                onClick={() => update((r, now) => removeReminder(r, reminder.id, now), { commit: true })}
              >
                {t('stuRemove')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="inline-form" role="group" aria-label={t('stuAddReminder')}>
        <DateField label={t('stuReminderDate')} value={dueOn} onChange={setDueOn} testId="reminder-date" />
        <TextField label={t('stuReminderText')} value={text} onChange={setText} testId="reminder-text" />
        <button
          type="button"
          data-testid="reminder-add"
          disabled={text.trim() === ''}
          onClick={() => {
            update((r, now) => addReminder(r, { id: newId(), dueOn, text: text.trim() }, now), { commit: true });
            setText('');
          }}
        >
          {t('stuAddReminder')}
        </button>
        {nextStep?.deadline ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDueOn(nextStep.deadline!);
              setText(nextStep.title);
            }}
          >
            {t('stuReminderFromStep')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
