import { nthSchoolDay, type SchoolCalendar } from '../model/calendar';
import { addDaysIso, type IsoDate } from '../model/date';
import type { AgeBand } from '../model/student';
import type { Deadline, DeadlineRule } from './profile';
import { formatDate } from './wording';

/** Where a deadline counts from, as far as the case and the trigger say. */
export interface DeadlineStarts {
  trigger?: IsoDate;
  agreementSigned?: IsoDate;
  previousStep?: IsoDate;
}

export interface ResolvedDeadline {
  date: IsoDate | null;
  /** The rule in the source's words where it has them, e.g. "senest tredje dag", said once. */
  rule: string;
  /** What it counts from, where the rule alone does not make that plain, e.g. "regnet fra 18.11.2026". */
  from: string | null;
}

/** The rule for the student's age band: Rælingen's "umiddelbart" on barnetrinn, "senest tredje dag" on ungdomstrinn. */
export function ruleFor(deadline: Deadline, ageBand: AgeBand): DeadlineRule {
  return deadline.perAgeBand?.[ageBand] ?? deadline;
}

const FROM_WORDS: Record<Deadline['from'], string> = {
  trigger: 'regnet fra',
  agreementSigned: 'regnet fra samarbeidsavtalen',
  previousStep: 'regnet fra forrige steg',
};

/**
 * A deadline as a date. "umiddelbart"/same day is the start date itself; "senest tredje dag" is
 * the third school day counting the start as day one; weeks are seven calendar days each.
 * `previousStep` falls back to the trigger's date for the first step of a chain.
 * A same-day deadline needs no "counted from": its date is the day itself.
 */
export function resolveDeadline(deadline: Deadline, ageBand: AgeBand, starts: DeadlineStarts, calendar: SchoolCalendar): ResolvedDeadline {
  const rule = ruleFor(deadline, ageBand);
  if (rule.kind === 'none') return { date: null, rule: rule.label ?? 'ingen frist', from: null };
  const start = deadline.from === 'previousStep' ? (starts.previousStep ?? starts.trigger) : starts[deadline.from];
  const words = rule.label ?? describeRule(rule);
  if (start === undefined) {
    const missing = deadline.from === 'agreementSigned' ? 'samarbeidsavtalen er ikke registrert signert' : 'startdatoen er ukjent';
    return { date: null, rule: words, from: missing };
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
  const from = rule.kind === 'sameDay' ? null : `${FROM_WORDS[deadline.from]} ${formatDate(start)}`;
  return { date, rule: words, from };
}

function describeRule(rule: DeadlineRule): string {
  const n = rule.n ?? 1;
  switch (rule.kind) {
    case 'sameDay':
      return 'samme dag';
    case 'schoolDays':
      return n === 1 ? 'samme skoledag' : `senest skoledag nr. ${n}`;
    case 'calendarDays':
      return n === 1 ? 'innen 1 dag' : `innen ${n} dager`;
    case 'weeks':
      return n === 1 ? 'innen 1 uke' : `innen ${n} uker`;
    default:
      return 'ingen frist';
  }
}
