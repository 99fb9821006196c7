import type { AbsenceEvent, IsoDate, PageType, ReadingRow } from '../model';
import type { CouldNotRead, LocateResult, PageLayout, ReadOptions, StudentSlot } from './adapter';
import { eventFromCode, meaningOf, type AbsenceCodeTable } from './absence-code';
import {
  bestTable,
  cellAt,
  cellText,
  columnIndex,
  controlValue,
  normaliseHeader,
  parseYesNo,
  rowCells,
} from './table';
import { couldNotRead, validRow } from './could-not-read';
import type { PageNote, RowProblem } from './read-problem';
import { definePortal } from './portal';
import { cleanText, parseLessonNumbers, parseNorwegianDate, parseNorwegianNumber } from './norwegian-format';
import { labelledValue, pageTypeFromHeadings } from './page-label';
import { idSourcesOf, nameIn, rowSlots, slotStudent, studentIdFrom, studentKey } from './student-slot';
import { periodFromText, readSlotTotals, totalsColumns, type TotalsColumns } from './totals-columns';
import { dateWindow, totalsPeriod } from './shown-period';

/**
 * Vigilo (grunnskole): the municipalities' school administration system, where "Kommunale
 * skoler bruker Vigilo til … fraværsregistrering" (Hurdal kommune). Staff use the web app on
 * web-school.prod.vigilo-oas.no (public automation code opens it and is redirected to
 * auth.prod.vigilo-oas.no); parents use other hosts (web-parent…, login.vigilo.no/login/<kommune>),
 * which this adapter leaves alone. Vigilo's public help centre describes the teacher's side:
 * "Grupper > Basisgruppe > Fraværsregistrering", one student and one day at a time, "dokumentert
 * eller ikke-dokumentert", the length of a lesson absence in minutes, an envelope for a message
 * from home ("Er det mottatt en fraværsmelding vil dette vises med en konvolutt"), and "Grønn D
 * viser at fraværet er et dokumentert dagsfravær". The staff app is a single-page front end whose
 * organisational units are identified by uuids; this adapter goes by ARIA roles, header words and
 * labels, and accepts a student id that is a uuid or a number. The words and layout below are
 * modelled on that, not copied from a live page.
 */
export const VIGILO = {
  id: 'vigilo',
  name: 'Vigilo',
  defaultProfileId: 'raelingen-grunnskole',
  stage: 'grunnskole',
  hosts: ['web-school.prod.vigilo-oas.no'],
  // The staff web app. Public automation code opens https://web-school.prod.vigilo-oas.no/ and is
  // sent to auth.prod.vigilo-oas.no to log in; the parents' portal (web-parent…, login.vigilo.no)
  // shows no class lists and is left alone.
  matches: ['https://web-school.prod.vigilo-oas.no/*'],
  exampleUrls: [
    'https://web-school.prod.vigilo-oas.no/',
    'https://web-school.prod.vigilo-oas.no/groups/e1db6b72-a575-44aa-8665-1ea56de032e5/absence/overview',
    'https://web-school.prod.vigilo-oas.no/login/set-context?organizationalUnitId=e1db6b72-a575-44aa-8665-1ea56de032e5',
  ],
  student: {
    attributes: ['data-student-id'],
    patterns: [
      /^data-student-id=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i,
      /^href=.*\/students?\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?:[/?#]|$)/i,
    ],
  },
  headings: {
    classOverview: ['Fraværsoversikt'],
    studentAbsence: ['Elevfravær'],
    lessonRegister: ['Fraværsregistrering'],
  },
  labels: {
    school: ['Enhet', 'Skole'],
    className: ['Basisgruppe', 'Klasse'],
    period: ['Periode'],
  },
  periodWords: { term: ['høst', 'vår', 'halvår', 'termin'], schoolYear: ['skoleår', 'hele året'] },
  classOverview: {
    name: ['Elev', 'Navn'],
    totals: {
      days: ['Dager'],
      documentedDays: ['Dager dokumentert'],
      undocumentedDays: ['Dager ikke dokumentert'],
      lessons: ['Timer'],
      documentedLessons: ['Timer dokumentert'],
      undocumentedLessons: ['Timer ikke dokumentert'],
      lateCount: ['For sent'],
    },
  },
  studentAbsence: {
    date: ['Dato'],
    type: ['Type', 'Fraværstype'],
    length: ['Lengde'],
    lesson: ['Time', 'Timer'],
    subject: ['Fag'],
    documented: ['Dokumentert'],
    message: ['Fraværsmelding'],
  },
  kindWords: {
    day: ['Dagsfravær'],
    lesson: ['Timefravær'],
    late: ['For sent', 'Forsentkomming'],
    leftEarly: ['Gikk hjem', 'Forlot skolen'],
  },
  lessonRegister: { name: ['Elev', 'Navn'] },
  /** The envelope icon's label, in a register cell, when the parents sent a message. */
  messageIcon: ['Fraværsmelding mottatt'],
  yes: ['Ja', 'D', '✓'],
  no: ['Nei', '✗'],
  /** A message column: a received message, or none. No message in Vigilo: the home did not report it there. */
  messageYes: ['Mottatt', 'Ja', '✉'],
  messageNo: ['–', '-', 'Ingen', 'Nei'],
  blank: ['–', '-', '—'],
  /** The register's codes, modelled on the help centre's dokumentert / ikke-dokumentert, day / lesson. */
  codes: {
    D: { description: 'Dokumentert dagsfravær', kind: 'day', documented: true, notified: null, countsTowardLimit: false },
    U: { description: 'Ikke dokumentert dagsfravær', kind: 'day', documented: false, notified: false, countsTowardLimit: false },
    TD: { description: 'Dokumentert timefravær', kind: 'lesson', documented: true, notified: null, countsTowardLimit: false },
    TU: { description: 'Ikke dokumentert timefravær', kind: 'lesson', documented: false, notified: false, countsTowardLimit: false },
    FS: { description: 'For sent', kind: 'late', documented: null, notified: null, countsTowardLimit: false },
  } satisfies AbsenceCodeTable,
} as const;

const DATA = VIGILO;

type Context =
  | { kind: 'classOverview'; headers: string[]; columns: TotalsColumns; period: 'term' | 'schoolYear' | 'unknown' }
  | { kind: 'studentAbsence'; headers: string[]; columns: StudentColumns; name: string }
  | { kind: 'lessonRegister'; days: Array<{ column: number; date: IsoDate }> };

interface StudentColumns {
  date: number;
  type: number;
  length: number;
  lesson: number;
  subject: number;
  documented: number;
  message: number;
}

export function matchesUrl(url: URL): boolean {
  return url.protocol === 'https:' && (DATA.hosts as readonly string[]).includes(url.hostname);
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
  const className = labelledValue(doc, DATA.labels.className);
  const base: LayoutBase = {
    adapterId: DATA.id,
    pageType: found.type,
    ...(school ? { school } : {}),
    ...(className ? { className } : {}),
  };
  switch (found.type) {
    case 'classOverview':
      return locateOverview(doc, base, options);
    case 'studentAbsence':
      return locateStudent(doc, base, found.heading.element);
    default:
      return locateRegister(doc, base, options);
  }
}

function locateOverview(doc: Document, base: LayoutBase, options: ReadOptions): LocateResult<Context> {
  const spec = DATA.classOverview;
  const table = bestTable(doc, [spec.name, ...Object.values(spec.totals)]);
  if (!table) return couldNotRead({ code: 'no-table-with', columns: [spec.name[0]], figures: true });
  const nameColumn = columnIndex(table.headers, spec.name);
  if (nameColumn < 0) return couldNotRead({ code: 'no-column', column: spec.name[0], part: 'overview' });
  const columns = totalsColumns(table.headers, spec.totals);
  if (Object.keys(columns).length === 0) {
    return couldNotRead({ code: 'no-absence-column', columns: Object.values(spec.totals).map((w) => w[0]) });
  }
  const warnings = (Object.keys(spec.totals) as Array<keyof typeof spec.totals>)
    .filter((field) => columns[field] === undefined)
    .map((field): PageNote => ({ code: 'column-not-found', column: spec.totals[field][0] }));
  const { slots, skipped } = rowSlots(table.bodyRows, nameColumn, DATA.id, DATA.student);
  if (slots.length === 0) return couldNotRead({ code: 'no-students', part: 'overview' });
  const periodLabel = labelledValue(doc, DATA.labels.period);
  const period = periodFromText(periodLabel, DATA.periodWords);
  const context: Context = { kind: 'classOverview', headers: table.rawHeaders, columns, period };
  const shownPeriod = totalsPeriod(periodLabel, period, options.asOf);
  return { ok: true, layout: { ...base, shownPeriod, slots, context, warnings: [...warnings, ...skipped] } };
}

function locateStudent(doc: Document, base: LayoutBase, heading: Element): LocateResult<Context> {
  const spec = DATA.studentAbsence;
  const table = bestTable(doc, [spec.date, spec.type]);
  if (!table) return couldNotRead({ code: 'no-table-with', columns: [spec.date[0], spec.type[0]] });
  const columns: StudentColumns = {
    date: columnIndex(table.headers, spec.date),
    type: columnIndex(table.headers, spec.type),
    length: columnIndex(table.headers, spec.length),
    lesson: columnIndex(table.headers, spec.lesson),
    subject: columnIndex(table.headers, spec.subject),
    documented: columnIndex(table.headers, spec.documented),
    message: columnIndex(table.headers, spec.message),
  };
  if (columns.date < 0) return couldNotRead({ code: 'no-column', column: spec.date[0], part: 'list' });
  if (columns.type < 0) return couldNotRead({ code: 'no-column', column: spec.type[0], part: 'list' });
  const holder = heading.closest('[data-student-id]') ?? doc.querySelector('[data-student-id]') ?? heading;
  const id = studentIdFrom([...idSourcesOf(holder, DATA.student.attributes), ...idSourcesOf(heading, DATA.student.attributes)], DATA.student.patterns);
  if (!id) return couldNotRead({ code: 'no-student-id', attribute: 'data-student-id' });
  const anchor = heading.querySelector('a') ?? heading;
  const name = heading.querySelector('a') ? nameIn(heading) : cleanText((heading.textContent ?? '').replace(/^elevfravær\s*[–-]?\s*/i, ''));
  const slot: StudentSlot = { key: studentKey(DATA.id, id), anchor, elements: table.bodyRows };
  const context: Context = { kind: 'studentAbsence', headers: table.rawHeaders, columns, name };
  const warnings = (['documented', 'message'] as const)
    .filter((c) => columns[c] < 0)
    .map((c): PageNote => ({ code: 'column-not-found', column: spec[c][0] }));
  return { ok: true, layout: { ...base, slots: [slot], context, warnings } };
}

function locateRegister(doc: Document, base: LayoutBase, options: ReadOptions): LocateResult<Context> {
  const spec = DATA.lessonRegister;
  const table = bestTable(doc, [spec.name]);
  if (!table) return couldNotRead({ code: 'no-table-with', columns: [spec.name[0]] });
  const nameColumn = columnIndex(table.headers, spec.name);
  // Day columns are the headers that read as dates ("man. 16.11.").
  const days: Array<{ column: number; date: IsoDate }> = [];
  table.rawHeaders.forEach((header, column) => {
    if (column === nameColumn || days.some((d) => d.column === column)) return;
    const date = parseNorwegianDate(header, options.asOf);
    if (date) days.push({ column, date });
  });
  if (days.length === 0) return couldNotRead({ code: 'no-date-columns', example: 'man. 16.11.' });
  const { slots, skipped } = rowSlots(table.bodyRows, nameColumn, DATA.id, DATA.student);
  if (slots.length === 0) return couldNotRead({ code: 'no-students', part: 'register' });
  const context: Context = { kind: 'lessonRegister', days };
  const shownPeriod = dateWindow(days.map((d) => d.date));
  return { ok: true, layout: { ...base, ...(shownPeriod ? { shownPeriod } : {}), slots, context, warnings: skipped } };
}

function readStudent(layout: PageLayout<Context>, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead<RowProblem> {
  const { context } = layout;
  const name = context.kind === 'studentAbsence' ? context.name : nameIn(slot.anchor);
  if (!name) return couldNotRead({ code: 'no-student-name' });
  const student = slotStudent(slot, name, layout.className, DATA.stage);
  switch (context.kind) {
    case 'classOverview': {
      const read = readSlotTotals(slot, context.columns, context.headers, name);
      if ('ok' in read) return read;
      return validRow({ student, events: [], totals: { ...read.totals, period: context.period, subjects: [] }, coverage: 'totals' }, name);
    }
    case 'studentAbsence': {
      const events: AbsenceEvent[] = [];
      for (const row of slot.elements) {
        const event = listEvent(row, context, options);
        if (event === null) continue;
        if ('ok' in event) return event;
        events.push(event);
      }
      return validRow({ student, events, coverage: 'events' }, name);
    }
    case 'lessonRegister': {
      const row = slot.elements[0];
      if (!row) return couldNotRead({ code: 'row-gone', student: name });
      const events: AbsenceEvent[] = [];
      for (const day of context.days) {
        const cell = cellAt(row, day.column);
        const event = cell ? registerEvent(cell, day.date, options) : null;
        if (event === null) continue;
        if ('ok' in event) return event;
        events.push(event);
      }
      return validRow({ student, events, coverage: 'events' }, name);
    }
  }
}

function listEvent(
  row: Element,
  context: Extract<Context, { kind: 'studentAbsence' }>,
  options: ReadOptions,
): AbsenceEvent | CouldNotRead<RowProblem> | null {
  if (new Set(rowCells(row)).size <= 1) return null; // "Ingen fravær registrert"
  const text = (index: number): string => {
    const cell = cellAt(row, index);
    return cell ? cellText(cell) : '';
  };
  const { columns } = context;
  const dateText = text(columns.date);
  const date = parseNorwegianDate(dateText, options.asOf);
  if (!date) return couldNotRead({ code: 'unreadable-date', text: dateText, header: context.headers[columns.date] });
  const typeText = text(columns.type);
  const kind = kindOf(typeText);
  if (!kind) return couldNotRead({ code: 'unknown-absence-type', text: typeText, date });
  const event: AbsenceEvent = {
    date,
    kind,
    documented: parseYesNo(text(columns.documented), DATA.yes, DATA.no),
    notified: messageIn(cellAt(row, columns.message)),
  };
  if (kind !== 'day') {
    const lessons = parseLessonNumbers(text(columns.lesson));
    if (lessons) event.lessons = lessons;
    const lengthText = text(columns.length);
    const minutes = lengthText ? parseNorwegianNumber(lengthText) : null;
    if (minutes !== null) event.minutes = minutes;
  }
  const subject = text(columns.subject);
  if (subject && !(DATA.blank as readonly string[]).includes(subject)) event.subject = subject;
  return event;
}

/** Whether home sent a message: the envelope icon, or the cell's word; null without the column. */
function messageIn(cell: Element | undefined): boolean | null {
  if (!cell) return null;
  if (hasMessageIcon(cell)) return true;
  return parseYesNo(cellText(cell), DATA.messageYes, DATA.messageNo);
}

function hasMessageIcon(cell: Element): boolean {
  const wanted = DATA.messageIcon.map(normaliseHeader);
  return [...cell.querySelectorAll('[aria-label]')].some((el) => wanted.includes(normaliseHeader(el.getAttribute('aria-label') ?? '')));
}

function kindOf(text: string): AbsenceEvent['kind'] | null {
  const value = normaliseHeader(text);
  for (const [kind, words] of Object.entries(DATA.kindWords) as Array<[AbsenceEvent['kind'], readonly string[]]>) {
    if (words.some((w) => value.startsWith(normaliseHeader(w)))) return kind;
  }
  return null;
}

/** One day's cell: the chosen code, the minutes typed for a lesson absence, and an envelope if home wrote. */
function registerEvent(cell: Element, date: IsoDate, options: ReadOptions): AbsenceEvent | CouldNotRead<RowProblem> | null {
  const code = controlValue(cell, 'select');
  if (!code) return null;
  const meaning = meaningOf(code, DATA.codes, options.codeOverrides);
  if (!meaning) return couldNotRead({ code: 'unknown-codes', codes: [{ text: code, date }] });
  const typed = controlValue(cell, 'input[type="number"], input[type="text"]');
  const minutes = typed ? parseNorwegianNumber(typed) : null;
  if (typed && minutes === null) return couldNotRead({ code: 'unreadable-minutes', text: typed, date });
  const message = hasMessageIcon(cell);
  return eventFromCode(code, meaning, {
    date,
    ...(minutes !== null ? { minutes } : {}),
    ...(message ? { notified: true } : {}),
  });
}

export const vigilo = definePortal<Context>(DATA, { matchesUrl, locate, readStudent });
