import type { AbsenceEvent, IsoDate, PageType, ReadingRow } from '../model';
import type { CouldNotRead, LocateResult, PageLayout, ReadOptions, StudentSlot } from './adapter';
import { eventFromCode, foldLeftEarly, meaningOf, type AbsenceCodeTable } from './absence-code';
import {
  bestTable,
  cellAt,
  cellText,
  columnIndex,
  controlValue,
  normaliseHeader,
  parseYesNo,
  readTable,
  rowCells,
  TABLE_SELECTOR,
  type LocatedTable,
} from './table';
import { couldNotRead, validRow } from './could-not-read';
import type { PageNote, RowProblem } from './read-problem';
import { definePortal } from './portal';
import { cleanText, parseLessonNumbers, parseNorwegianDate } from './norwegian-format';
import { findHeading, labelledValue, pageTypeFromHeadings } from './page-label';
import { idSourcesOf, nameIn, rowSlots, slotStudent, studentIdFrom, studentKey } from './student-slot';
import { periodFromText, readSlotTotals, totalsColumns, type TotalsColumns } from './totals-columns';
import { totalsPeriod } from './shown-period';

/**
 * Visma Flyt Skole (grunnskole). Rælingen's guideline names it: "Daglig rutine: Alle lærere fører
 * fravær på alle elever i Visma Flyt skole".
 *
 * Everything that changes when the portal is redesigned sits in this object. Public facts it
 * rests on: the login page says "https://skole.visma.com/<kommunenavn> Eksempel:
 * https://skole.visma.com/oslo", and teachers' userscripts match "https://skole.visma.com/*"; the
 * element ids they use ("pupilOverviewContainer", "PupilNINNumberInput") show that the portal
 * calls a student a "Pupil". Visma's knowledge base describes the absence it shows as dagsfravær
 * or timesfravær, dokumentert or udokumentert. The page words, columns and the register's codes
 * below are modelled on that, not copied from a live page: no live account was available.
 */
export const VISMA_FLYT_SKOLE = {
  id: 'visma-flyt-skole',
  name: 'Visma Flyt Skole',
  defaultProfileId: 'raelingen-grunnskole',
  stage: 'grunnskole',
  host: 'skole.visma.com',
  // One host, municipality in the path. The portal's own login page says
  // "https://skole.visma.com/<kommunenavn> Eksempel: https://skole.visma.com/oslo", and teachers'
  // userscripts match https://skole.visma.com/*. (The parents' portal is elsewhere.)
  matches: ['https://skole.visma.com/*'],
  exampleUrls: [
    'https://skole.visma.com/raelingen/Absence/ClassOverview?groupId=4711',
    'https://skole.visma.com/oslo',
    'https://skole.visma.com/oslo/',
    'https://skole.visma.com/raelingen/Absence/Registration?groupId=4711&date=2026-11-23',
  ],
  /** The first path segment is the municipality ("/raelingen/…"); the bare host is the "Mangler kommunenavn" page. */
  tenantPath: /^\/[a-z0-9æøå%._-]+(?:\/|$)/i,
  student: {
    attributes: ['data-pupil-id'],
    patterns: [/^data-pupil-id=(\d+)$/, /^href=.*[?&]pupilId=(\d+)/i, /^href=.*\/Pupil\/(?:[A-Za-z]+\/)?(\d+)(?:[/?#]|$)/],
  },
  headings: {
    classOverview: ['Fraværsoversikt'],
    studentAbsence: ['Fraværsregistreringer for elev', 'Elevens fravær'],
    lessonRegister: ['Fraværsregistrering', 'Registrer fravær'],
  },
  labels: {
    school: ['Skole'],
    className: ['Klasse', 'Basisgruppe', 'Gruppe'],
    period: ['Periode'],
    date: ['Dato'],
  },
  periodWords: { term: ['halvår', 'termin'], schoolYear: ['skoleår', 'hele året'] },
  classOverview: {
    name: ['Elev', 'Navn'],
    totals: {
      days: ['Dager totalt', 'Dagsfravær'],
      documentedDays: ['Dager dokumentert'],
      undocumentedDays: ['Dager udokumentert'],
      lessons: ['Timer totalt', 'Timefravær'],
      documentedLessons: ['Timer dokumentert'],
      undocumentedLessons: ['Timer udokumentert'],
      lateCount: ['Forsentkomminger', 'For sent'],
    },
  },
  studentAbsence: {
    date: ['Dato'],
    type: ['Fravær', 'Fraværstype', 'Type'],
    lessons: ['Timer', 'Time'],
    subject: ['Fag'],
    documented: ['Dokumentert', 'Gyldig'],
    notified: ['Meldt av foresatte', 'Meldt'],
  },
  /** The words in the type column, for each kind of absence. */
  kindWords: {
    day: ['Dagsfravær', 'Hel dag', 'Hele dagen'],
    lesson: ['Timefravær', 'Timesfravær'],
    late: ['Forsentkomming', 'For sent'],
    leftEarly: ['Forlot skolen', 'Gikk hjem uten avtale'],
  },
  lessonRegister: {
    name: ['Elev', 'Navn'],
    wholeDay: ['Hele dagen', 'Dagsfravær'],
    /** "1. time Norsk 08:30–09:15": the lesson number, then the subject and the time. */
    lessonHeader: /^(\d{1,2})\.\s*time\b\s*(.*)$/i,
    notified: ['Melding fra foresatte', 'Melding'],
    dateControl: 'input[type="date"]',
  },
  yes: ['Ja', '✓', '✔'],
  no: ['Nei', '✗'],
  /** What an empty cell shows. */
  blank: ['–', '-', '—'],
  /**
   * The register's codes (the values of its dropdowns). Grunnskole has no fraværsgrense, so no
   * code counts toward one. "Gyldig" absence in grunnskole is absence the parents reported
   * (illness) or the school granted (permisjon); Rælingen's "Ikke gitt beskjed om fravær" is the
   * ugyldig, unreported kind.
   */
  codes: {
    DG: { description: 'Dagsfravær, gyldig (meldt av foresatte)', kind: 'day', documented: true, notified: true, countsTowardLimit: false },
    DU: { description: 'Dagsfravær, ugyldig / ikke meldt', kind: 'day', documented: false, notified: false, countsTowardLimit: false },
    P: { description: 'Permisjon (innvilget)', kind: 'day', documented: true, notified: true, countsTowardLimit: false },
    TG: { description: 'Timefravær, gyldig', kind: 'lesson', documented: true, notified: true, countsTowardLimit: false },
    TU: { description: 'Timefravær, ugyldig', kind: 'lesson', documented: false, notified: false, countsTowardLimit: false },
    FS: { description: 'Forsentkomming', kind: 'late', documented: null, notified: null, countsTowardLimit: false },
    FT: { description: 'Forlot skolen uten avtale', kind: 'leftEarly', documented: false, notified: false, countsTowardLimit: false },
  } satisfies AbsenceCodeTable,
} as const;

const DATA = VISMA_FLYT_SKOLE;

type Context =
  | { kind: 'classOverview'; headers: string[]; nameColumn: number; columns: TotalsColumns; period: 'term' | 'schoolYear' | 'unknown' }
  | { kind: 'studentAbsence'; headers: string[]; columns: StudentColumns; name: string }
  | { kind: 'lessonRegister'; date: IsoDate; nameColumn: number; wholeDayColumn: number; notifiedColumn: number; lessons: RegisterLesson[] };

interface StudentColumns {
  date: number;
  type: number;
  lessons: number;
  subject: number;
  documented: number;
  notified: number;
}

interface RegisterLesson {
  column: number;
  lesson: number;
  subject?: string;
}

export function matchesUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === DATA.host && DATA.tenantPath.test(url.pathname);
}

/** Which of the three pages this is, by its heading; null when it is none of them. */
export function detectPageType(doc: Document): PageType | null {
  return pageTypeFromHeadings(doc, DATA.headings)?.type ?? null;
}

function locate(doc: Document, _url: URL, options: ReadOptions): LocateResult<Context> {
  const pageType = detectPageType(doc);
  if (pageType === null) {
    return couldNotRead({
      code: 'no-headings',
      headings: [...DATA.headings.classOverview, ...DATA.headings.studentAbsence, ...DATA.headings.lessonRegister],
    });
  }
  const base = {
    adapterId: DATA.id,
    pageType,
    school: labelledValue(doc, DATA.labels.school),
    className: labelledValue(doc, DATA.labels.className),
  };
  switch (pageType) {
    case 'classOverview':
      return locateOverview(doc, base, options);
    case 'studentAbsence':
      return locateStudent(doc, base, options);
    default:
      return locateRegister(doc, base, options);
  }
}

type LayoutBase = Pick<PageLayout, 'adapterId' | 'pageType' | 'school' | 'className'>;

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
  const context: Context = { kind: 'classOverview', headers: table.rawHeaders, nameColumn, columns, period };
  const shownPeriod = totalsPeriod(periodLabel, period, options.asOf);
  return { ok: true, layout: { ...base, shownPeriod, slots, context, warnings: [...warnings, ...skipped] } };
}

function locateStudent(doc: Document, base: LayoutBase, options: ReadOptions): LocateResult<Context> {
  const spec = DATA.studentAbsence;
  const heading = findHeading(doc, DATA.headings.studentAbsence);
  const table = bestTable(doc, [spec.date, spec.type]);
  if (!table) return couldNotRead({ code: 'no-table-with', columns: [spec.date[0], spec.type[0]] });
  const columns: StudentColumns = {
    date: columnIndex(table.headers, spec.date),
    type: columnIndex(table.headers, spec.type),
    lessons: columnIndex(table.headers, spec.lessons),
    subject: columnIndex(table.headers, spec.subject),
    documented: columnIndex(table.headers, spec.documented),
    notified: columnIndex(table.headers, spec.notified),
  };
  if (columns.date < 0) return couldNotRead({ code: 'no-column', column: spec.date[0], part: 'list' });
  if (columns.type < 0) return couldNotRead({ code: 'no-column', column: spec.type[0], part: 'list' });
  const holder = doc.querySelector(DATA.student.attributes.map((a) => `[${a}]`).join(', ')) ?? heading?.element ?? null;
  const id = holder ? studentIdFrom(idSourcesOf(holder, DATA.student.attributes), DATA.student.patterns) : undefined;
  if (!id) return couldNotRead({ code: 'no-student-id', attribute: 'data-pupil-id' });
  const anchor = heading?.element.querySelector('a, [data-pupil-id]') ?? heading?.element ?? holder;
  if (!anchor) return couldNotRead({ code: 'no-student-name' });
  const name = cleanText(anchor.textContent ?? '');
  const slot: StudentSlot = { key: studentKey(DATA.id, id), anchor, elements: table.bodyRows };
  const context: Context = { kind: 'studentAbsence', headers: table.rawHeaders, columns, name };
  const warnings = (['documented', 'notified'] as const)
    .filter((c) => columns[c] < 0)
    .map((c): PageNote => ({ code: 'column-not-found', column: spec[c][0] }));
  // The list shows the absence of the period chosen in its filter ("Periode").
  const periodLabel = labelledValue(doc, DATA.labels.period);
  const shownPeriod = totalsPeriod(periodLabel, periodFromText(periodLabel, DATA.periodWords), options.asOf);
  return { ok: true, layout: { ...base, shownPeriod, slots: [slot], context, warnings } };
}

function locateRegister(doc: Document, base: LayoutBase, options: ReadOptions): LocateResult<Context> {
  const spec = DATA.lessonRegister;
  let table: LocatedTable | null = null;
  let lessons: RegisterLesson[] = [];
  for (const element of doc.querySelectorAll(TABLE_SELECTOR)) {
    const read = readTable(element);
    if (!read) continue;
    const found = registerLessons(read.rawHeaders);
    if (columnIndex(read.headers, spec.name) >= 0 && (found.length > 0 || columnIndex(read.headers, spec.wholeDay) >= 0)) {
      table = read;
      lessons = found;
      break;
    }
  }
  if (!table) return couldNotRead({ code: 'no-table-with', columns: [spec.name[0]], oneOf: ['1. time', spec.wholeDay[0]] });
  const date = registerDate(doc, options.asOf);
  if (!date) return couldNotRead({ code: 'no-page-date', field: 'Dato' });
  const nameColumn = columnIndex(table.headers, spec.name);
  const { slots, skipped } = rowSlots(table.bodyRows, nameColumn, DATA.id, DATA.student);
  if (slots.length === 0) return couldNotRead({ code: 'no-students', part: 'register' });
  const context: Context = {
    kind: 'lessonRegister',
    date,
    nameColumn,
    wholeDayColumn: columnIndex(table.headers, spec.wholeDay),
    notifiedColumn: columnIndex(table.headers, spec.notified),
    lessons,
  };
  const shownPeriod = { basis: 'window' as const, from: date, to: date };
  return { ok: true, layout: { ...base, pageDate: date, shownPeriod, slots, context, warnings: skipped } };
}

function registerLessons(rawHeaders: readonly string[]): RegisterLesson[] {
  const lessons: RegisterLesson[] = [];
  rawHeaders.forEach((header, column) => {
    const match = DATA.lessonRegister.lessonHeader.exec(cleanText(header));
    if (!match || lessons.some((l) => l.column === column)) return;
    const subject = cleanText((match[2] ?? '').replace(/\d{1,2}[:.]\d{2}\s*[-–—]\s*\d{1,2}[:.]\d{2}/, ''));
    lessons.push({ column, lesson: Number(match[1]), ...(subject ? { subject } : {}) });
  });
  return lessons;
}

/** The register's date: the date control's current value, else a date in the heading. */
function registerDate(doc: Document, asOf: IsoDate): IsoDate | null {
  const control = doc.querySelector<HTMLInputElement>(DATA.lessonRegister.dateControl);
  const fromControl = control ? parseNorwegianDate(control.value, asOf) : null;
  if (fromControl) return fromControl;
  const heading = findHeading(doc, DATA.headings.lessonRegister);
  const match = heading ? /(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4})/i.exec(heading.text) : null;
  return match?.[1] ? parseNorwegianDate(match[1], asOf) : null;
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
        const event = studentListEvent(row, context.columns, context.headers, options);
        if (event === 'skip') continue;
        if ('ok' in event) return event;
        events.push(event);
      }
      return validRow({ student, events, coverage: 'events' }, name);
    }
    case 'lessonRegister': {
      const events = registerEvents(slot, context, options);
      if ('ok' in events) return events;
      return validRow({ student, events, coverage: 'events' }, name);
    }
  }
}

function studentListEvent(
  row: Element,
  columns: StudentColumns,
  headers: readonly string[],
  options: ReadOptions,
): AbsenceEvent | CouldNotRead<RowProblem> | 'skip' {
  const text = (index: number): string => {
    const cell = cellAt(row, index);
    return cell ? cellText(cell) : '';
  };
  const dateText = text(columns.date);
  // "Ingen fravær registrert" spans the whole row.
  if (new Set(rowCells(row)).size <= 1) return 'skip';
  const date = parseNorwegianDate(dateText, options.asOf);
  if (!date) return couldNotRead({ code: 'unreadable-date', text: dateText, header: headers[columns.date] });
  const typeText = text(columns.type);
  const kind = kindOf(typeText);
  if (!kind) return couldNotRead({ code: 'unknown-absence-type', text: typeText, date });
  const event: AbsenceEvent = {
    date,
    kind,
    documented: parseYesNo(text(columns.documented), DATA.yes, DATA.no),
    notified: parseYesNo(text(columns.notified), DATA.yes, DATA.no),
  };
  if (kind !== 'day') {
    const lessons = parseLessonNumbers(text(columns.lessons));
    if (lessons) event.lessons = lessons;
  }
  const subject = text(columns.subject);
  if (subject && !(DATA.blank as readonly string[]).includes(subject)) event.subject = subject;
  return event;
}

function kindOf(text: string): AbsenceEvent['kind'] | null {
  const value = normaliseHeader(text);
  for (const [kind, words] of Object.entries(DATA.kindWords) as Array<[AbsenceEvent['kind'], readonly string[]]>) {
    if (words.some((w) => value.startsWith(normaliseHeader(w)))) return kind;
  }
  return null;
}

function registerEvents(
  slot: StudentSlot,
  context: Extract<Context, { kind: 'lessonRegister' }>,
  options: ReadOptions,
): AbsenceEvent[] | CouldNotRead<RowProblem> {
  const row = slot.elements[0];
  if (!row) return couldNotRead({ code: 'row-gone' });
  const notifiedCell = cellAt(row, context.notifiedColumn);
  const notifiedText = notifiedCell ? cellText(notifiedCell) : '';
  // A message from home in the row is a fact about today's absence: it was reported.
  const notified =
    notifiedText !== '' && !(DATA.blank as readonly string[]).includes(notifiedText) && parseYesNo(notifiedText, [], DATA.no) !== false
      ? true
      : undefined;
  const place = { date: context.date, ...(notified ? { notified } : {}) };

  const read = (cellIndex: number, lesson?: RegisterLesson): AbsenceEvent | null | CouldNotRead<RowProblem> => {
    const cell = cellAt(row, cellIndex);
    const code = cell ? controlValue(cell, 'select') : null;
    if (!code) return null;
    const meaning = meaningOf(code, DATA.codes, options.codeOverrides);
    if (!meaning) return couldNotRead({ code: 'unknown-codes', codes: [{ text: code }] });
    return eventFromCode(code, meaning, {
      ...place,
      ...(lesson ? { lessons: [lesson.lesson], ...(lesson.subject ? { subject: lesson.subject } : {}) } : {}),
    });
  };

  const day = read(context.wholeDayColumn);
  if (day && 'ok' in day) return day;
  // A whole-day registration covers the day's lessons; the portal greys them out.
  if (day && day.kind === 'day') return [day];
  const events: AbsenceEvent[] = day ? [day] : [];
  for (const lesson of context.lessons) {
    const event = read(lesson.column, lesson);
    if (event && 'ok' in event) return event;
    if (event) events.push(event);
  }
  return foldLeftEarly(events);
}

export const vismaFlytSkole = definePortal<Context>(DATA, { matchesUrl, locate, readStudent });
