import {
  addDaysIso,
  isSchoolDay,
  resolvePeriod,
  schoolDaysBetween,
  schoolYearStart,
  toDate,
  type Assessment,
  type CaseRecord,
  type IsoDate,
  type StudentHistory,
} from '../model';
import { collectDays, lessonsOn } from '../patterns/day-record';
import { SCHOOL_DAYS_PER_WEEK, termPeriod } from '../patterns/period';
import type { Patterns } from '../patterns/types';
import { ANSWER_WORDS as W, count, decimal, joinNorwegian, norwegianDate, norwegianDateRange } from './definitions/answer-words';
import { describeOnset, describePatterns } from './pattern-answer';
import { formFields, type Field, type FormDefinition, type PrefillKey } from './form-definition';

export { decimal, norwegianDate };

/**
 * What the extension can put into a form without the teacher's notes. Built once per export from
 * the page's data; every value is already in the words and number format the form shows.
 */
export interface PrefillSource {
  asOf: IsoDate;
  studentName: string;
  className?: string;
  values: Partial<Record<PrefillKey, string>>;
}

export type FilledOrigin = 'page' | 'notes' | 'empty';

export interface FilledValue {
  fieldId: string;
  /** The label as the form prints it, with the item number where it has one ("1 Hvor høyt er fraværet?"). */
  label: string;
  /** Text, the ticked options of a check-box field, or null when the field is left to be filled by hand. */
  value: string | string[] | null;
  /** What was written after the last option ("Annet") of a check-box field with `allowOther`. */
  other?: string;
  /** A table field's rows, one string per column ('' for an empty cell, the ticked option for a choice column). */
  cells?: string[][];
  origin: FilledOrigin;
}

export interface FilledForm {
  form: FormDefinition;
  /** One entry per field, in the form's order. */
  values: FilledValue[];
  generatedOn: IsoDate;
}

/** A note's value for a field: text, the options ticked for a check-box field, or a table's rows. */
export type NoteValue = string | readonly string[] | { readonly rows: readonly (readonly string[])[] };

export interface PrefillInput {
  history: StudentHistory;
  /** Kept with the input so the forms can grow into the assessment's numbers without a new signature. */
  assessment: Assessment;
  patterns: Patterns;
  asOf: IsoDate;
  school?: string;
  caseRecord?: CaseRecord;
  /** The day the evaluation meeting was held, as the case records it; the evaluering is dated with it. */
  evaluationHeldOn?: IsoDate;
}

/**
 * "Dersom samarbeidsavtalen fylles ut og tiltak iverksettes, skal et evalueringsmøte avholdes
 * innen tre uker." (Rælingen, Kartleggingssamtale ved bekymring for fravær).
 */
export const EVALUATION_WITHIN_DAYS = 21;

/** Fewer school weeks than this give no averages in item 2. */
export const MIN_WEEKS_FOR_AVERAGE = 4;

/** A month of school in school weeks: 52 weeks over 12 months. */
const SCHOOL_WEEKS_PER_MONTH = 52 / 12;

export function buildPrefillSource(input: PrefillInput): PrefillSource {
  const { history, patterns, asOf, school, caseRecord } = input;
  const student = history.student;
  const values: Partial<Record<PrefillKey, string>> = {};
  const set = (key: PrefillKey, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value.trim() !== '') values[key] = value;
  };

  set('studentName', student.name);
  set('school', school);
  set('className', student.className);

  const amount = absenceAmount(history, asOf);
  if (amount) {
    set('absenceAmount', amount.text);
    // An average over less than four school weeks says more about the week than the student.
    const weeks = amount.schoolDays / SCHOOL_DAYS_PER_WEEK;
    if (weeks >= MIN_WEEKS_FOR_AVERAGE) {
      const basis = W.over(weeks, amount.periodWords);
      if (amount.days !== undefined) {
        set('averageDaysPerMonth', W.averageDays(averagePerMonth(amount.days, amount.schoolDays), amount.days, basis));
      }
      if (amount.lessons !== undefined) {
        set('averageLessonsPerWeek', W.averageLessons(averagePerWeek(amount.lessons, amount.schoolDays), amount.lessons, basis));
      }
    }
  }

  // A summary table has no dates, so no pattern: the line stays empty for the teacher rather
  // than printing "unknown" on a form that goes to parents and other services.
  if (patterns.coverage === 'events') {
    set('absencePattern', describePatterns(patterns));
    set('absenceOnset', describeOnset(patterns));
  }

  set('formDate', norwegianDate(asOf));
  // A samarbeidsavtale being drafted is dated the day of the export; a signed one keeps its date.
  const agreementDate = caseRecord?.agreementSignedOn ?? asOf;
  const evaluation = evaluationDeadline(history, agreementDate);
  set('agreementDate', norwegianDate(agreementDate));
  set('evaluationDate', norwegianDate(evaluation));
  set('agreementPeriod', W.agreementPeriod(agreementDate, evaluation));
  // The evaluation form's "Sted, Dato" is the meeting's: known once the case records the meeting
  // as held, otherwise written by hand on the day (the deadline is not the meeting).
  if (input.evaluationHeldOn) set('evaluationMeetingDate', norwegianDate(input.evaluationHeldOn));

  return { asOf, studentName: student.name, className: student.className, values };
}

/**
 * Fill a form: page values where the field takes them; a note's value only where the student
 * consented to that very field ("hva synes du er greit at jeg sier"): `consent[fieldId] === true`.
 * A consented note replaces a page value (the teacher's own wording wins); a field with origin
 * "none" (signatures) is never filled.
 */
export function prefillForm(
  form: FormDefinition,
  source: PrefillSource,
  noteValues: Readonly<Record<string, NoteValue>>,
  consent: Readonly<Record<string, boolean>>,
): FilledForm {
  const values = formFields(form).map((field): FilledValue => {
    const label = printedLabel(field);
    const empty: FilledValue = { fieldId: field.id, label, value: null, origin: 'empty' };
    if (field.origin === 'none') return empty;

    const note = Object.hasOwn(noteValues, field.id) ? noteValues[field.id] : undefined;
    if (consent[field.id] === true && note !== undefined) {
      const fromNote = noteValue(field, note);
      if (fromNote) return { ...fromNote, fieldId: field.id, label, origin: 'notes' };
    }

    const pageValue = field.prefill ? source.values[field.prefill] : undefined;
    if (pageValue !== undefined && field.kind !== 'checkboxes') {
      return { fieldId: field.id, label, value: pageValue, origin: 'page' };
    }
    return empty;
  });
  return { form, values, generatedOn: source.asOf };
}

/** "7 Kontaktlærers vurdering av grunn for fraværet." */
export function printedLabel(field: Field): string {
  return field.number ? `${field.number} ${field.label}` : field.label;
}

function noteValue(field: Field, note: NoteValue): Pick<FilledValue, 'value' | 'other' | 'cells'> | null {
  if (field.kind === 'table') {
    if (typeof note === 'string' || !('rows' in note)) return null;
    const rows = note.rows
      .map((row) => field.columns.map((column, c) => cellValue(column.options, row[c] ?? '')))
      .filter((row) => row.some((cell) => cell !== ''));
    return rows.length === 0 ? null : { value: null, cells: rows };
  }
  if (typeof note !== 'string' && 'rows' in note) return null;
  if (field.kind !== 'checkboxes') {
    const text = (typeof note === 'string' ? note : note.join('\n')).trim();
    return text === '' ? null : { value: text };
  }
  const entries = (typeof note === 'string' ? note.split('\n') : [...note]).map((e) => e.trim()).filter(Boolean);
  const otherOption = field.allowOther ? field.options[field.options.length - 1] : undefined;
  let ticked = field.options.filter((option) => entries.includes(option));
  const written = entries.filter((e) => !field.options.includes(e));
  let other: string | undefined;
  if (otherOption !== undefined && written.length > 0) {
    // Words that are no option belong after "Annet", the one box that takes them.
    other = written.join('; ');
    if (!ticked.includes(otherOption)) ticked = [...ticked, otherOption];
  }
  if (field.single) ticked = ticked.slice(0, 1);
  if (ticked.length === 0) return null;
  return other === undefined ? { value: ticked } : { value: ticked, other };
}

/** A written cell as given; a choice cell only when it names one of the column's options. */
function cellValue(options: readonly string[] | undefined, text: string): string {
  const trimmed = text.trim();
  if (options === undefined) return trimmed;
  return options.includes(trimmed) ? trimmed : '';
}

interface AbsenceAmount {
  text: string;
  days?: number;
  lessons?: number;
  /** School days the counts are spread over (the averages' basis); 0 when not known. */
  schoolDays: number;
  /** "i perioden 16.11–20.11" when the counts cover less than the term so far; else empty. */
  periodWords: string;
}

/**
 * Item 1 "Hvor høyt er fraværet?": whole days and enkelttimer in the period the page shows, up to
 * `asOf` — the term so far, or the window a register or list shows, said as "i perioden
 * 16.11–20.11" when that is shorter — from the dated events (each day counted once, however many
 * events a portal lists for it), or from the page's totals where it has no dates. The percentage
 * only where the page gives one.
 */
function absenceAmount(history: StudentHistory, asOf: IsoDate): AbsenceAmount | null {
  const percent = history.totals?.percent;
  const percentText = percent === undefined ? '' : W.portalPercent(percent);

  if (history.coverage === 'events') {
    const term = termPeriod(history.calendar, asOf);
    const shown = resolvePeriod(history.shownPeriod, history.calendar, asOf);
    if (!term || !shown) return null;
    const whole = shown.coversTermSoFar;
    const from = whole ? term.from : shown.from;
    const to = whole ? term.to : shown.to;
    const records = collectDays(history.events, history.calendar, to).filter((r) => r.date >= from);
    const days = records.filter((r) => r.wholeDay).length;
    const lessons = records.reduce((sum, r) => sum + lessonsOn(r), 0);
    const late = records.reduce((sum, r) => sum + r.late, 0);
    const parts = [count(days, ...W.day), count(lessons, ...W.lesson)];
    if (late > 0) parts.push(count(late, ...W.late));
    const periodWords = whole ? '' : W.inPeriod(norwegianDateRange(from, to));
    const span = whole ? W.wholeTerm(term.term.name, term.to) : W.partOfTerm(periodWords, term.term.name);
    const text = `${joinNorwegian(parts)} ${span}.${percentText}`;
    return { text, days, lessons, schoolDays: whole ? term.schoolDays.length : shown.schoolDays, periodWords };
  }

  const totals = history.totals;
  if (!totals) return null;
  const parts: string[] = [];
  if (totals.days !== undefined) parts.push(count(totals.days, ...W.day));
  if (totals.lessons !== undefined) parts.push(count(totals.lessons, ...W.lesson));
  if (totals.lateCount) parts.push(count(totals.lateCount, ...W.late));
  if (parts.length === 0 && percent === undefined) return null;
  const stated = history.shownPeriod?.basis === 'stated' ? resolvePeriod(history.shownPeriod, history.calendar, asOf) : null;
  let span: string;
  let schoolDays: number;
  let periodWords = '';
  if (stated && !stated.coversTermSoFar) {
    periodWords = W.inPeriod(norwegianDateRange(stated.from, stated.to));
    span = periodWords;
    schoolDays = stated.schoolDays;
  } else {
    span =
      totals.period === 'term' || stated ? W.thisTerm : totals.period === 'schoolYear' ? W.thisSchoolYear : W.portalPeriod;
    schoolDays = totalsSchoolDays(history, stated ? 'term' : totals.period, asOf);
  }
  const until = periodWords ? '' : W.until(asOf);
  const amountText = parts.length > 0 ? `${joinNorwegian(parts)} ${span}${until}.` : '';
  return {
    text: `${amountText}${percentText}`.trim(),
    days: totals.days,
    lessons: totals.lessons,
    schoolDays,
    periodWords,
  };
}

/** The school days a summary table's totals cover; 0 (no averages) when the page does not say. */
function totalsSchoolDays(history: StudentHistory, period: 'term' | 'schoolYear' | 'unknown', asOf: IsoDate): number {
  if (period === 'term') return termPeriod(history.calendar, asOf)?.schoolDays.length ?? 0;
  if (period === 'schoolYear') {
    const year = schoolYearStart(asOf);
    const starts = history.calendar.terms.filter((t) => schoolYearStart(t.start) === year).map((t) => t.start);
    const first = starts.sort()[0];
    return first === undefined ? 0 : schoolDaysBetween(history.calendar, first, asOf).length;
  }
  return 0;
}

/**
 * Item 2's averages are taken over the school weeks so far: a school week is five school days, so
 * a holiday week (høstferie) and the days before term are not weeks without absence, and a half
 * week at the start of term counts as half a week. A month is 52/12 school weeks.
 */
export function averagePerWeek(count: number, schoolDays: number): number {
  return count / (schoolDays / SCHOOL_DAYS_PER_WEEK);
}

export function averagePerMonth(count: number, schoolDays: number): number {
  return count / (schoolDays / SCHOOL_DAYS_PER_WEEK / SCHOOL_WEEKS_PER_MONTH);
}

/**
 * "innen tre uker": the last school day on or before the agreement date + 21 days, so the meeting
 * is not set on a Saturday or in a holiday. Without a school day in those three weeks (summer),
 * the plain date.
 */
export function evaluationDeadline(history: StudentHistory, agreementDate: IsoDate): IsoDate {
  const deadline = addDaysIso(agreementDate, EVALUATION_WITHIN_DAYS);
  for (let d = deadline; d > agreementDate; d = addDaysIso(d, -1)) {
    if (isSchoolDay(history.calendar, d)) return d;
  }
  return deadline;
}

