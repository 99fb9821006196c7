import { nthSchoolDay, type SchoolCalendar } from '../model/calendar';
import { addDaysIso, type IsoDate } from '../model/date';
import type { AgeBand } from '../model/student';
import type { DeadlineFrom, DeadlineRuleWords } from '../model/trigger-detail';
import type { Deadline, DeadlineRule } from './profile';

/** Where a deadline counts from, as far as the case and the trigger say. */
export interface DeadlineStarts {
  trigger?: IsoDate;
  agreementSigned?: IsoDate;
  previousStep?: IsoDate;
}

export interface ResolvedDeadline {
  date: IsoDate | null;
  /** The rule in the source's words where it has them, e.g. "senest tredje dag", said once; else ours as a code. */
  rule: DeadlineRuleWords;
  /** What it counts from, where the rule alone does not make that plain, e.g. "regnet fra 18.11.2026". */
  from: DeadlineFrom | null;
}

/** The rule for the student's age band: Rælingen's "umiddelbart" on barnetrinn, "senest tredje dag" on ungdomstrinn. */
export function ruleFor(deadline: Deadline, ageBand: AgeBand): DeadlineRule {
  return deadline.perAgeBand?.[ageBand] ?? deadline;
}

const FROM_CODES = { trigger: 'trigger', agreementSigned: 'agreement-signed', previousStep: 'previous-step' } as const satisfies Record<
  Deadline['from'],
  string
>;

/**
 * A deadline as a date. "umiddelbart"/same day is the start date itself; "senest tredje dag" is
 * the third school day counting the start as day one; weeks are seven calendar days each.
 * `previousStep` falls back to the trigger's date for the first step of a chain.
 * A same-day deadline needs no "counted from": its date is the day itself.
 */
export function resolveDeadline(deadline: Deadline, ageBand: AgeBand, starts: DeadlineStarts, calendar: SchoolCalendar): ResolvedDeadline {
  const rule = ruleFor(deadline, ageBand);
  if (rule.kind === 'none') return { date: null, rule: rule.label !== undefined ? { quote: rule.label } : { code: 'no-deadline' }, from: null };
  const start = deadline.from === 'previousStep' ? (starts.previousStep ?? starts.trigger) : starts[deadline.from];
  const words: DeadlineRuleWords = rule.label !== undefined ? { quote: rule.label } : describeRule(rule);
  if (start === undefined) {
    return { date: null, rule: words, from: { code: deadline.from === 'agreementSigned' ? 'agreement-not-signed' : 'start-unknown' } };
  }
  const n = rule.n ?? 1;
  const date =
    rule.kind === 'sameDay'
      ? start
      : rule.kind === 'schoolDays'
        ? nthSchoolDay(calendar, start, n)
        : rule.kind === 'calendarDays'
          ? addDaysIso(start, n)
          : addDaysIso(start, 7 * n);
  const from: DeadlineFrom | null = rule.kind === 'sameDay' ? null : { code: FROM_CODES[deadline.from], date: start };
  return { date, rule: words, from };
}

/** A rule the source gives no words for, as a code the UI words ("samme dag", "innen 3 dager"). */
function describeRule(rule: DeadlineRule): DeadlineRuleWords {
  const n = rule.n ?? 1;
  switch (rule.kind) {
    case 'sameDay':
      return { code: 'same-day' };
    case 'schoolDays':
      return { code: 'school-day', n };
    case 'calendarDays':
      return { code: 'within-days', n };
    case 'weeks':
      return { code: 'within-weeks', n };
    default:
      return { code: 'no-deadline' };
  }
}
