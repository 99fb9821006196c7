import type { AbsenceEvent, IsoDate, PageType, ReadingRow, SubjectTotals } from '../model';
import { array, boolean, type CheckedBy, either, matching, nullable, number, object, optional, runCheck, string, withDefault } from '../model/shape-check';
import type { AbsenceCodeMeaning, CouldNotRead, LocateResult, PageLayout, ReadOptions, StudentSlot } from './adapter';
import { eventFromCode, meaningOf, type AbsenceCodeTable } from './absence-code';
import {
  bestTable,
  cellAt,
  cellText,
  columnIndex,
  controlValue,
  minutesBetweenTimes,
  normaliseHeader,
  rowCells,
  type LocatedTable,
} from './table';
import { couldNotRead, validRow } from './could-not-read';
import type { PageNote, PageProblem, RowProblem } from './read-problem';
import { definePortal } from './portal';
import { cleanText, parseNorwegianDate, parseNorwegianNumber, parsePercent } from './norwegian-format';
import { labelledValue, pageTypeFromHeadings } from './page-label';
import { idSourcesOf, nameIn, rowSlots, slotStudent, studentIdFrom, studentKey } from './student-slot';
import { periodFromText, readSlotTotals, totalsColumns, type TotalsColumns } from './totals-columns';
import { totalsPeriod } from './shown-period';

/**
 * Visma InSchool (VIS), videregående: one tenant per school on <school>.inschool.visma.no
 * (public examples: asker-vgs, romsdal-vgs, sandnes-vgs, amalieskram-vgs). The app is Angular
 * (generated attributes such as _ngcontent-…, Material classes mat-…), so this adapter goes by
 * ARIA roles, header words and labels, never by class names.
 *
 * Public facts it rests on: the student-side client code of the open-source userscript inskewl
 * (its API base is `${origin}/control/`; its attendance types carry subjectCode, subjectName,
 * warningLimit, defaultLimit, absencePercentageTermOne; its timetable labels read
 * "2ITA/ITK2001/1", class name first); and schools' public pages explaining the absence codes
 * (Glemmen vgs, "Fraværskoder i VIS"; Nesodden vgs, "Forklaring av fraværskoder"). The teacher
 * pages' words and layout below are modelled, not copied from a live page.
 */
export const VISMA_INSCHOOL = {
  id: 'visma-inschool',
  name: 'Visma InSchool',
  defaultProfileId: 'trondelag-vgs',
  stage: 'videregaende',
  hostSuffix: '.inschool.visma.no',
  // One tenant per school, e.g. https://asker-vgs.inschool.visma.no/ and
  // https://romsdal-vgs.inschool.visma.no/ (tenant addresses listed on county and school pages and
  // in public open-source clients); the app and its /control/… JSON live on that host.
  matches: ['https://*.inschool.visma.no/*'],
  exampleUrls: [
    'https://asker-vgs.inschool.visma.no/#/app/dashboard',
    'https://romsdal-vgs.inschool.visma.no/Login.jsp?idp=feide',
    'https://oppdiktet-vgs.inschool.visma.no/#/app/learner/51002/attendance',
    'https://mailand.inschool.visma.no/control/timetablev2/learner/1/fetch/ALL/0/current',
  ],
  student: {
    attributes: ['data-learner-id'],
    patterns: [/^data-learner-id=(\d+)$/, /^href=.*\/learners?\/(\d+)(?:[/?#]|$)/i],
  },
  headings: {
    classOverview: ['Fraværsoversikt'],
    studentAbsence: ['Fravær for'],
    lessonRegister: ['Fraværsføring', 'Registrer fravær'],
  },
  /** Where a page embeds the attendance JSON the app already fetched. */
  embeddedJson: 'script[type="application/json"]',
  labels: {
    school: ['Skole'],
    className: ['Basisgruppe', 'Klasse'],
    period: ['Periode', 'Termin'],
    teachingGroup: ['Undervisningsgruppe', 'Gruppe'],
    lessonTime: ['Tid', 'Økt'],
    date: ['Dato'],
  },
  periodWords: { term: ['termin', 'halvår'], schoolYear: ['skoleår', 'hele året'] },
  classOverview: {
    name: ['Elev', 'Navn'],
    totals: { days: ['Dager'], lessons: ['Timer'] },
    /** A subject column: "NOR1212 Norsk" (Udir subject code, then the name). */
    subjectHeader: /^([A-ZÆØÅ]{3}\d{4})\s+(.+)$/,
  },
  /** The legend under the overview: "Fraværsgrensen er 10 %", "Varslingsgrense 8 %". */
  limitText: /fraværsgrense\w*\D{0,20}?(\d+(?:,\d+)?)\s*%/i,
  warningText: /varslingsgrense\w*\D{0,20}?(\d+(?:,\d+)?)\s*%/i,
  studentAbsence: {
    date: ['Dato'],
    subject: ['Fag', 'Undervisningsgruppe'],
    time: ['Økt', 'Tid'],
    minutes: ['Minutter', 'Varighet'],
    code: ['Kode', 'Fraværskode'],
  },
  wholeDay: ['Hele dagen', 'Dagsfravær'],
  lessonRegister: {
    name: ['Elev', 'Navn'],
    code: ['Fraværskode', 'Kode'],
    minutes: ['Minutter', 'Fravær (min)'],
  },
  /**
   * The codes as the schools' public code pages explain them. "Teller på 10% regel" (Glemmen
   * vgs) is countsTowardLimit. "!" and "R" are school-arranged (another activity, a talk with the
   * school nurse or adviser): not absence from education, so they read as present.
   */
  codes: {
    X: { description: 'Annet fravær (udokumentert, ingen beskjed)', kind: 'lesson', documented: false, notified: false, countsTowardLimit: true },
    M: { description: 'Udokumentert fravær, men beskjed gitt', kind: 'lesson', documented: false, notified: true, countsTowardLimit: true },
    D: { description: 'Dokumentert fravær', kind: 'lesson', documented: true, notified: null, countsTowardLimit: false },
    '§': { description: 'Trukket fra på vitnemål etter dokumentasjon', kind: 'lesson', documented: true, notified: null, countsTowardLimit: false },
    R: { description: 'Annen utdanning / administrativt fravær', kind: 'present', documented: true, notified: true, countsTowardLimit: false },
    '!': { description: 'Andre skolerelaterte aktiviteter', kind: 'present', documented: true, notified: true, countsTowardLimit: false },
  } satisfies AbsenceCodeTable,
} as const;

const DATA = VISMA_INSCHOOL;

/**
 * The attendance state the app embeds. Field names follow the public client code (subjectCode,
 * subjectName, warningLimit, defaultLimit, absencePercentageTermOne; dates as dd/mm/yyyy like its
 * timetable); anything else in the JSON is ignored. It is the page's own data, so it is checked
 * before it is used (lib/model/shape-check.ts: the content script carries no zod).
 */
const percentOrNone = optional(nullable(number({ min: 0, max: 100 })));
const textOrNone = optional(nullable(string()));
const EmbeddedAbsence = object({
  date: string(),
  dayAbsence: optional(nullable(boolean)),
  lessonAbsence: optional(nullable(boolean)),
  duration: optional(nullable(number({ min: 0 }))),
  code: object({ value: string(), description: textOrNone }),
  teachingGroup: optional(nullable(object({ subjectCode: textOrNone, subjectName: textOrNone }))),
});
const EmbeddedSubject = object({
  subjectCode: string(),
  subjectName: string(),
  warningLimit: percentOrNone,
  defaultLimit: percentOrNone,
  absencePercentageTermOne: percentOrNone,
});
const EmbeddedState = object({
  learner: object({
    id: either(number({ integer: true }), matching(/^\d+$/, 'expected digits'), 'expected a whole number or digits'),
    name: string(1),
    basisGroup: textOrNone,
  }),
  absences: array(EmbeddedAbsence),
  subjectGroups: withDefault(array(EmbeddedSubject), () => []),
});
type EmbeddedState = CheckedBy<typeof EmbeddedState>;

type Context =
  | { kind: 'classOverview'; headers: string[]; columns: TotalsColumns; subjects: SubjectColumn[]; period: 'term' | 'schoolYear' | 'unknown'; limit?: number; warningLimit?: number }
  | { kind: 'studentTable'; headers: string[]; columns: StudentColumns; name: string }
  | { kind: 'studentJson'; state: EmbeddedState }
  | { kind: 'lessonRegister'; date: IsoDate; codeColumn: number; minutesColumn: number; lessonMinutes?: number; subject?: string };

interface SubjectColumn {
  column: number;
  subjectCode: string;
  subject: string;
}

interface StudentColumns {
  date: number;
  subject: number;
  time: number;
  minutes: number;
  code: number;
}

export function matchesUrl(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    url.hostname.endsWith(DATA.hostSuffix) &&
    url.hostname.length > DATA.hostSuffix.length
  );
}

export function detectPageType(doc: Document): PageType | null {
  return pageTypeFromHeadings(doc, DATA.headings)?.type ?? null;
}

type LayoutBase = Pick<PageLayout, 'adapterId' | 'pageType' | 'school' | 'className'>;

function locate(doc: Document, _url: URL, options: ReadOptions): LocateResult<Context> {
  const found = pageTypeFromHeadings(doc, DATA.headings);
  if (!found) {
    const words = Object.values(DATA.headings).flat();
    return couldNotRead({ code: 'no-headings', headings: words });
  }
  const school = labelledValue(doc, DATA.labels.school);
  const base: LayoutBase = { adapterId: DATA.id, pageType: found.type, ...(school ? { school } : {}) };
  switch (found.type) {
    case 'classOverview':
      return locateOverview(doc, base, options);
    case 'studentAbsence':
      return locateStudent(doc, base, found.heading.element);
    default:
      return locateRegister(doc, base, options);
  }
}

function withClass(base: LayoutBase, className: string | undefined): LayoutBase {
  return className ? { ...base, className } : base;
}

function locateOverview(doc: Document, base: LayoutBase, options: ReadOptions): LocateResult<Context> {
  const spec = DATA.classOverview;
  const table = bestTable(doc, [spec.name, ...Object.values(spec.totals)]);
  if (!table) return couldNotRead({ code: 'no-table-with', columns: [spec.name[0]] });
  const nameColumn = columnIndex(table.headers, spec.name);
  if (nameColumn < 0) return couldNotRead({ code: 'no-column', column: spec.name[0], part: 'overview' });
  const columns = totalsColumns(table.headers, spec.totals);
  const subjects = subjectColumns(table);
  if (Object.keys(columns).length === 0 && subjects.length === 0) {
    return couldNotRead({ code: 'no-absence-column', columns: ['Dager', 'Timer', 'NOR1212 Norsk'] });
  }
  const { slots, skipped } = rowSlots(table.bodyRows, nameColumn, DATA.id, DATA.student);
  if (slots.length === 0) return couldNotRead({ code: 'no-students', part: 'overview' });
  const legend = cleanText(doc.body?.textContent ?? '');
  const limit = percentIn(legend, DATA.limitText);
  const warningLimit = percentIn(legend, DATA.warningText);
  const periodLabel = labelledValue(doc, DATA.labels.period);
  const period = periodFromText(periodLabel, DATA.periodWords);
  const context: Context = {
    kind: 'classOverview',
    headers: table.headers,
    columns,
    subjects,
    period,
    ...(limit !== undefined ? { limit } : {}),
    ...(warningLimit !== undefined ? { warningLimit } : {}),
  };
  const shownPeriod = totalsPeriod(periodLabel, period, options.asOf);
  const layout = { ...withClass(base, labelledValue(doc, DATA.labels.className)), shownPeriod, slots, context, warnings: skipped };
  return { ok: true, layout };
}

function subjectColumns(table: LocatedTable): SubjectColumn[] {
  const subjects: SubjectColumn[] = [];
  table.rawHeaders.forEach((header, column) => {
    const match = DATA.classOverview.subjectHeader.exec(cleanText(header));
    if (match?.[1] && match[2] && !subjects.some((s) => s.column === column)) {
      subjects.push({ column, subjectCode: match[1], subject: match[2] });
    }
  });
  return subjects;
}

function percentIn(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match?.[1] ? (parsePercent(match[1]) ?? undefined) : undefined;
}

function locateStudent(doc: Document, base: LayoutBase, heading: Element): LocateResult<Context> {
  const anchor = heading.querySelector('a') ?? heading;
  const json = embeddedState(doc);
  if (json.state) {
    const { state } = json;
    const slot: StudentSlot = { key: studentKey(DATA.id, String(state.learner.id)), anchor, elements: [json.script, heading] };
    const className = state.learner.basisGroup ?? labelledValue(doc, DATA.labels.className);
    // The embedded attendance is the term's: its subject percentages are "absencePercentageTermOne".
    const shownPeriod = { basis: 'termSoFar' as const };
    return {
      ok: true,
      layout: { ...withClass(base, className ?? undefined), shownPeriod, slots: [slot], context: { kind: 'studentJson', state } satisfies Context, warnings: [] },
    };
  }
  const spec = DATA.studentAbsence;
  const table = bestTable(doc, [spec.date, spec.code]);
  if (!table) return couldNotRead<PageProblem>({ code: 'no-table-with', columns: [spec.date[0], spec.code[0]] }, ...json.problems);
  const columns: StudentColumns = {
    date: columnIndex(table.headers, spec.date),
    subject: columnIndex(table.headers, spec.subject),
    time: columnIndex(table.headers, spec.time),
    minutes: columnIndex(table.headers, spec.minutes),
    code: columnIndex(table.headers, spec.code),
  };
  if (columns.date < 0) return couldNotRead({ code: 'no-column', column: spec.date[0], part: 'list' });
  if (columns.code < 0) return couldNotRead({ code: 'no-column', column: spec.code[0], part: 'list' });
  const id = studentIdFrom(idSourcesOf(heading, DATA.student.attributes), DATA.student.patterns);
  if (!id) return couldNotRead({ code: 'no-student-id', attribute: 'data-learner-id' });
  const name = nameIn(heading.querySelector('a') ?? heading).replace(/^fravær for\s+/i, '');
  const slot: StudentSlot = { key: studentKey(DATA.id, id), anchor, elements: table.bodyRows };
  const context: Context = { kind: 'studentTable', headers: table.rawHeaders, columns, name };
  return { ok: true, layout: { ...withClass(base, labelledValue(doc, DATA.labels.className)), slots: [slot], context, warnings: json.problems } };
}

type EmbeddedProblem = Extract<PageNote, { code: 'embedded-data-not-json' | 'embedded-data-unexpected' }>;

/** The embedded attendance JSON, validated; problems say why a present script was not used. */
function embeddedState(doc: Document): { state: EmbeddedState; script: Element } | { state: null; problems: EmbeddedProblem[] } {
  const problems: EmbeddedProblem[] = [];
  for (const script of doc.querySelectorAll(DATA.embeddedJson)) {
    let raw: unknown;
    try {
      raw = JSON.parse(script.textContent ?? '');
    } catch {
      problems.push({ code: 'embedded-data-not-json' });
      continue;
    }
    if (!raw || typeof raw !== 'object' || !('absences' in raw)) continue;
    const parsed = runCheck(EmbeddedState, raw);
    if (parsed.success) return { state: parsed.data, script };
    const first = parsed.issues[0];
    problems.push({ code: 'embedded-data-unexpected', detail: first ? `${first.path.join('.')}: ${first.message}` : '' });
  }
  return { state: null, problems };
}

function locateRegister(doc: Document, base: LayoutBase, options: ReadOptions): LocateResult<Context> {
  const spec = DATA.lessonRegister;
  const table = bestTable(doc, [spec.name, spec.code]);
  if (!table) return couldNotRead({ code: 'no-table-with', columns: [spec.name[0], spec.code[0]] });
  const nameColumn = columnIndex(table.headers, spec.name);
  const codeColumn = columnIndex(table.headers, spec.code);
  if (nameColumn < 0) return couldNotRead({ code: 'no-column', column: spec.name[0], part: 'register' });
  if (codeColumn < 0) return couldNotRead({ code: 'no-column', column: spec.code[0], part: 'register' });
  const dateText = labelledValue(doc, DATA.labels.date);
  const date = dateText ? parseNorwegianDate(dateText, options.asOf) : null;
  if (!date) return couldNotRead({ code: 'no-page-date', field: DATA.labels.date[0] });
  const group = labelledValue(doc, DATA.labels.teachingGroup);
  const time = labelledValue(doc, DATA.labels.lessonTime);
  const lessonMinutes = time ? minutesBetweenTimes(time) : null;
  const { slots, skipped } = rowSlots(table.bodyRows, nameColumn, DATA.id, DATA.student);
  if (slots.length === 0) return couldNotRead({ code: 'no-students', part: 'register' });
  const subject = group ? subjectOfGroup(group) : undefined;
  const context: Context = {
    kind: 'lessonRegister',
    date,
    codeColumn,
    minutesColumn: columnIndex(table.headers, spec.minutes),
    ...(lessonMinutes !== null ? { lessonMinutes } : {}),
    ...(subject ? { subject } : {}),
  };
  // The teaching group is named class first ("2STA/NOR1212"): the class gives the trinn.
  const className = group ? cleanText(group.split('/')[0] ?? '') : undefined;
  const shownPeriod = { basis: 'window' as const, from: date, to: date };
  return { ok: true, layout: { ...withClass(base, className), pageDate: date, shownPeriod, slots, context, warnings: skipped } };
}

/** "2STA/NOR1212 Norsk" → "Norsk"; a group without a name after its code stays as written. */
function subjectOfGroup(group: string): string {
  const named = /[A-ZÆØÅ]{3}\d{4}(?:\/\d+)?\s+(.+)$/.exec(group);
  return cleanText(named?.[1] ?? group);
}

function readStudent(layout: PageLayout<Context>, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead<RowProblem> {
  const { context } = layout;
  const name =
    context.kind === 'studentJson' ? context.state.learner.name : context.kind === 'studentTable' ? context.name : nameIn(slot.anchor);
  if (!name) return couldNotRead({ code: 'no-student-name' });
  const student = slotStudent(slot, name, layout.className, DATA.stage);
  switch (context.kind) {
    case 'classOverview':
      return readOverviewRow(slot, context, student, name);
    case 'studentTable': {
      const events: AbsenceEvent[] = [];
      for (const row of slot.elements) {
        const event = tableEvent(row, context, options);
        if (event === null) continue;
        if ('ok' in event) return event;
        events.push(event);
      }
      return validRow({ student, events, coverage: 'events' }, name);
    }
    case 'studentJson':
      return readJson(context.state, student, name, options);
    case 'lessonRegister': {
      const row = slot.elements[0];
      if (!row) return couldNotRead({ code: 'row-gone', student: name });
      const codeCell = cellAt(row, context.codeColumn);
      const code = codeCell ? (controlValue(codeCell, 'select, input') ?? cellText(codeCell)) : '';
      if (!code) return validRow({ student, events: [], coverage: 'events' }, name);
      const meaning = meaningOf(code, DATA.codes, options.codeOverrides);
      if (!meaning) return unknownCode(code);
      const minutesCell = cellAt(row, context.minutesColumn);
      const typed = minutesCell ? controlValue(minutesCell, 'input') : null;
      const minutes = typed ? parseNorwegianNumber(typed) : null;
      if (typed && minutes === null) return couldNotRead({ code: 'unreadable-minutes', text: typed, student: name });
      const event = eventFromCode(code, meaning, {
        date: context.date,
        ...(minutes !== null ? { minutes } : context.lessonMinutes !== undefined ? { minutes: context.lessonMinutes } : {}),
        ...(context.subject ? { subject: context.subject } : {}),
      });
      return validRow({ student, events: event ? [event] : [], coverage: 'events' }, name);
    }
  }
}

function unknownCode(code: string): CouldNotRead<RowProblem> {
  return couldNotRead({ code: 'unknown-codes', codes: [{ text: code }] });
}

function readOverviewRow(
  slot: StudentSlot,
  context: Extract<Context, { kind: 'classOverview' }>,
  student: ReadingRow['student'],
  name: string,
): ReadingRow | CouldNotRead<RowProblem> {
  const read = readSlotTotals(slot, context.columns, context.headers, name);
  if ('ok' in read) return read;
  const { row } = read;
  const subjects: SubjectTotals[] = [];
  for (const column of context.subjects) {
    const cell = cellAt(row, column.column);
    const text = cell ? cellText(cell) : '';
    if (text === '') continue;
    const percent = parsePercent(text);
    if (percent === null) return couldNotRead({ code: 'unreadable-value', text, header: `${column.subjectCode} ${column.subject}` });
    subjects.push({
      subject: column.subject,
      subjectCode: column.subjectCode,
      percent,
      ...(context.warningLimit !== undefined ? { warningLimit: context.warningLimit } : {}),
      ...(context.limit !== undefined ? { limit: context.limit } : {}),
    });
  }
  return validRow({ student, events: [], totals: { ...read.totals, period: context.period, subjects }, coverage: 'totals' }, name);
}

function tableEvent(
  row: Element,
  context: Extract<Context, { kind: 'studentTable' }>,
  options: ReadOptions,
): AbsenceEvent | CouldNotRead<RowProblem> | null {
  if (new Set(rowCells(row)).size <= 1) return null; // "Ingen fravær registrert"
  const text = (index: number): string => {
    const cell = cellAt(row, index);
    return cell ? cellText(cell) : '';
  };
  const dateText = text(context.columns.date);
  const date = parseNorwegianDate(dateText, options.asOf);
  if (!date) return couldNotRead({ code: 'unreadable-date', text: dateText, header: context.headers[context.columns.date] });
  const code = text(context.columns.code);
  if (!code) return couldNotRead({ code: 'no-code', date });
  const meaning = meaningOf(code, DATA.codes, options.codeOverrides);
  if (!meaning) return unknownCode(code);
  const subjectText = text(context.columns.subject);
  const wholeDay = DATA.wholeDay.some((w) => normaliseHeader(w) === normaliseHeader(subjectText));
  const minutesText = text(context.columns.minutes);
  const minutes = minutesText ? parseNorwegianNumber(minutesText) : minutesBetweenTimes(text(context.columns.time));
  if (minutesText && minutes === null) return couldNotRead({ code: 'unreadable-minutes', text: minutesText, date });
  const subject = wholeDay ? undefined : subjectOfGroup(subjectText);
  return eventFromCode(code, asWholeDay(meaning, wholeDay), {
    date,
    ...(minutes !== null && minutes !== undefined ? { minutes } : {}),
    ...(subject ? { subject } : {}),
  });
}

/** A registration for the whole day is a day absence whatever the code's usual kind. */
function asWholeDay(meaning: AbsenceCodeMeaning, wholeDay: boolean): AbsenceCodeMeaning {
  return wholeDay && meaning.kind !== 'present' ? { ...meaning, kind: 'day' } : meaning;
}

function readJson(state: EmbeddedState, student: ReadingRow['student'], name: string, options: ReadOptions): ReadingRow | CouldNotRead<RowProblem> {
  const events: AbsenceEvent[] = [];
  for (const item of state.absences) {
    const date = parseNorwegianDate(item.date, options.asOf);
    if (!date) return couldNotRead({ code: 'unreadable-date', text: item.date });
    const meaning = meaningOf(item.code.value, DATA.codes, options.codeOverrides);
    if (!meaning) return unknownCode(item.code.value);
    const wholeDay = item.dayAbsence === true && item.lessonAbsence !== true;
    const subject = wholeDay ? undefined : (item.teachingGroup?.subjectName ?? undefined);
    const event = eventFromCode(item.code.value, asWholeDay(meaning, wholeDay), {
      date,
      ...(item.duration !== null && item.duration !== undefined ? { minutes: item.duration } : {}),
      ...(subject ? { subject } : {}),
    });
    if (event) events.push(event);
  }
  const subjects: SubjectTotals[] = state.subjectGroups.map((s) => ({
    subject: s.subjectName,
    subjectCode: s.subjectCode,
    ...(s.absencePercentageTermOne != null ? { percent: s.absencePercentageTermOne } : {}),
    ...(s.warningLimit != null ? { warningLimit: s.warningLimit } : {}),
    ...(s.defaultLimit != null ? { limit: s.defaultLimit } : {}),
  }));
  const totals = subjects.length > 0 ? { period: 'term' as const, subjects } : undefined;
  return validRow({ student, events, ...(totals ? { totals } : {}), coverage: 'events' }, name);
}

export const vismaInSchool = definePortal<Context>(DATA, { matchesUrl, locate, readStudent });
