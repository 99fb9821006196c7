import type { CheckContext } from '../check-context';
import type { Trigger } from '../profile';
import { checkAbsenceTotal } from './absence-total';
import type { CheckResult } from './check-result';
import { checkFirstSchoolDay } from './first-school-day';
import { checkFrequency } from './frequency';
import { checkLateness, checkLeftEarly } from './occurrences';
import { checkLongWindow, checkShareOfSchoolTime } from './school-time';
import { checkSubjectLimit } from './subject-limit';
import { checkUndocumented } from './undocumented';
import { checkUnnotified } from './unnotified';

export function checkTrigger(trigger: Trigger, ctx: CheckContext): CheckResult {
  switch (trigger.kind) {
    case 'absenceTotal':
      return checkAbsenceTotal(trigger, ctx);
    case 'unnotified':
      return checkUnnotified(trigger, ctx);
    case 'undocumented':
      return checkUndocumented(trigger, ctx);
    case 'lateness':
      return checkLateness(trigger, ctx);
    case 'leftEarly':
      return checkLeftEarly(trigger, ctx);
    case 'frequency':
      return checkFrequency(trigger, ctx);
    case 'subjectLimit':
      return checkSubjectLimit(trigger, ctx);
    case 'shareOfSchoolTime':
      return checkShareOfSchoolTime(trigger, ctx);
    case 'longWindow':
      return checkLongWindow(trigger, ctx);
    case 'firstSchoolDay':
      return checkFirstSchoolDay(trigger, ctx);
  }
}
