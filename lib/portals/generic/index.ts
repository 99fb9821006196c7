import { type AbsenceTotals, compareIso, daysBetween, mondayOf, type StretchTotals, type IsoDate, type PageType, type ReadingRow, type ShownPeriod, UNSTATED_PERIOD } from '../../model';
import { checkReadingRow } from '../../model/reading-check';
import type {
  CouldNotRead,
  LocateResult,
  PageLayout,
  PortalAdapter,
  ReadOptions,
  StudentSlot,
  TaughtMapping,
} from '../adapter';
import { rowIssues } from '../could-not-read';
import type { PageNote, PageProblem, ReadStep, RowProblem } from '../read-problem';
import { readCode, readEventType, saysNoAbsence, type CellWords } from './cell-meaning';
import { listedDays } from './date-lists';
import {
  classifyHeader,
  type ColumnRole,
  countsLessonsTaught,
  type HeaderVocabulary,
  type Measure,
  measureOfHeader,
  namesOnlyAbsenceOverStretch,
  namesAbsence,
  namesActivity,
  namesDuration,
  namesNotAbsence,
  namesReason,
  partNamed,
  withLessonNumbersInCells,
  withLessonsNamedInCells,
  withSharesInCells,
} from './columns';
import {
  absenceNamedAbove,
  absenceNamedAboveOrInTitle,
  onlyComingDatesAbove,
  pageSpeaksOfAbsence,
  captionOf,
  classNameFromPage,
  dayStatedNear,
  explainedByKey,
  headerKeyNear,
  isPaginated,
  linesBefore,
  type PageWords,
  periodFromPage,
  showsAlert,
  unitStatedNear,
  classOfOwnHeading,
  ownLinesBefore,
  titlesAbove,
} from './page-signals';
import { cleanText, dateInWeek, parseLessonNumbers, parseNorwegianDate, relativeDay, WEEKDAYS } from '../norwegian-format';
import { classFromLines, groupStudent, studentFromPage, type SingleStudentWords } from './single-student';
import { legendFromPage, markedUnits, marksForNone, type LegendWords } from './code-legend';
import { withDayHeadingRows } from './day-heading-rows';
import { type DayLog, findDatedList, findDayLog, findLayoutGrids, findNamedDatedList, findWeekLog, holdsTablePerRow, type LayoutGrid } from './layout-grid';
import { absenceInProse, type ProseWords } from './prose-figures';
import { findMonthCalendar } from './month-calendar';
import { findPartLists } from './part-lists';
import { joinFixedHeader, joinSideBySide } from './side-by-side';
import { withBodyOfHeaderCells } from './header-cell-table';
import { rowsUnderHeaderOnlyTable } from './header-only-table';
import { rowsUnderHeaderAbove } from './headerless-table';
import { unfoldedGrid } from './folded-rows';
import { daysOfMonthColumns, lastDaysColumns } from './day-columns';
import { keyFigureRows, labelledValues } from './labelled-figures';
import { onlyCurrentTerm, type TermWords, withCurrentTermSoFar } from './term-columns';
import { type BreakWords, withAdjoiningPeriods, withKindsTotal, withPeriodSum, withDurationParts, withReasonParts, withShareParts, withSharesTotal, withWeekdaySum, withWeekSoFar } from './period-columns';
import { oneStudentTurned, turnedTable } from './turned-table';
import { namesAboveFigures } from './name-rows';
import { studentLevel } from './tree-levels';
import { joinedUnitRows, unitColumn } from './unit-rows';
import { spannedRows } from './spanned-rows';
import { monthColumn, monthOfCell } from './month-rows';
import { subjectColumn } from './long-rows';
import { asOneSubject, oneSubjectOf, type OneSubjectWords } from './one-subject';
import { withAccessibleNames } from './accessible-headers';
import { withHeaderTitles } from './header-titles';
import { blankColumns, paintedDateColumns } from './painted-cells';
import { withStretchInTotalsUnit } from './stretch-unit';
import type { CellWords as CellWordsType } from './cell-meaning';
import { FIGURE_KINDS, readEventRows, readRegisterRow, readSummaryRow, type RowContext, type RowRead, withoutFootnoteMark } from './read-rows';
import {
  identity,
  idFromRow,
  KeyAllocator,
  nameKey,
  type StudentIdentity,
} from './student-identity';
import { labelledValue, readOnlyFieldValue } from '../page-label';
import { ROWS_PER_STEP, runToEnd, type Steps } from '../steps';
import { dateWindow, statedRange, totalsPeriod } from '../shown-period';
import {
  buildGrid,
  buildGridInSteps,
  cellText,
  findTables,
  findTablesDeep,
  findTablesInPage,
  gradeFromClassName,
  type GridRow,
  headerTexts,
  isRendered,
  markedHeaderTexts,
  normaliseHeader,
  rowCells,
  type TableGrid,
} from '../table';

/**
 * The generic table reader: the fallback for any page no portal adapter knows. It finds the
 * table of students by its header words and reads one of three shapes:
 * - summary: a row per student with totals (days, lessons, percent, late) → coverage "totals"
 * - register: students × dates, each cell a code (blank = present) → events
 * - event list: a row per absence with the student's name and a date → events, grouped per student
 * With a mapping the teacher taught for the site, it uses those columns instead of guessing.
 *
 * Everything that decides what a header or a cell means is in GENERIC_VOCABULARY below, bokmål
 * and nynorsk (and the English a few tenants use), so a page that words things differently is a
 * data change here.
 */
export const GENERIC_VOCABULARY: {
  headers: HeaderVocabulary;
  cells: CellWords;
  page: PageWords;
  singleStudent: SingleStudentWords;
  legend: LegendWords;
  /** A caption's first word that shows a table as an example of one ("Eksempel: slik ser …"), as a help page does. */
  exampleWords: readonly string[];
  /** Row "names" that are sums, not students. */
  notStudents: readonly string[];
  /** Header words that mark the overall total when several columns give the same figure. */
  totalWords: readonly string[];
  /** Longest header text that can be a column name (a layout table's cell holds a whole table). */
  maxHeaderLength: number;
  /** Labels a page puts before the date range it shows ("Periode: 02.11.2026–20.11.2026"). */
  periodLabels: readonly string[];
  /** Words in a header that name a term, when a report sets two terms side by side. */
  terms: TermWords;
  /** Words in a header that place its period before or after a holiday inside the term. */
  breaks: BreakWords;
  /** How sentences under a student's name say their absence (prose-figures.ts). */
  prose: ProseWords;
  /** How a subject teacher's table says it counts one subject's absence (one-subject.ts). */
  oneSubject: OneSubjectWords;
} = {
  headers: {
    private: [
      'født', 'fødd', 'fødselsdato', 'fødselsnummer', 'fødselsnr', 'personnummer', 'fnr', 'telefon', 'tlf',
      'mobil', 'e post', 'epost', 'email', 'adresse', 'foresatt', 'foresatte', 'phone',
    ],
    studentId: ['elev id', 'elevid', 'elevnr', 'elev nr', 'elevnummer', 'id', 'student id'],
    firstName: ['fornavn', 'fornamn', 'first name'],
    lastName: ['etternavn', 'etternamn', 'last name', 'surname'],
    name: [
      'navn', 'namn', 'elev', 'elevnavn', 'elevnamn', 'elever', 'elevar', 'student', 'name', 'fullt navn', 'fullt namn',
      'pupil', 'students', 'learner', 'learners',
      // A learning platform's course lists its members as participants.
      'deltaker', 'deltakere', 'deltakar', 'deltakarar', 'participant', 'participants',
    ],
    className: ['klasse', 'kl', 'gruppe', 'basisgruppe', 'kontaktgruppe', 'class'],
    subject: ['fag', 'emne', 'fagnavn', 'fagkode', 'subject'],
    date: ['dato', 'fraværsdato', 'fråværsdato', 'date'],
    dateFrom: ['fra', 'frå', 'fra dato', 'frå dato', 'fom', 'f o m', 'fra og med', 'frå og med', 'from'],
    dateTo: ['til', 'til dato', 'tom', 't o m', 'til og med'],
    dateList: [
      'fraværsdatoer', 'fråværsdatoar', 'fraværsdatoar', 'datoer med fravær', 'datoar med fråvær', 'absence dates',
      'dates absent', 'dates of absence',
    ],
    basis: [
      'skoledager', 'skuledagar', 'skoledagar', 'planlagte timer', 'planlagde timar', 'undervisningstimer',
      'antall skoledager', 'årstimer', 'timer i faget', 'possible days', 'possible sessions', 'possible',
      // The lessons that were taught, out of which the absent ones are counted ("Timar undervist").
      'undervist', 'gjennomførte timer', 'gjennomførde timar', 'avholdte timer', 'lessons held', 'periods held',
      'timer gjennomført', 'timar gjennomført', 'timer gjennomførte', 'timer avholdt', 'timar halde',
    ],
    notAbsence: [
      // A rate is a timetable's or a decision's, never absence counted so far.
      'per uke', 'pr uke', 'per veke', 'pr veke', 'i uka', 'i veka', 'per week', 'per år', 'pr år', 'per year',
      // Hours granted by a decision, given so far or left of them; exemptions from teaching.
      'vedtak', 'vedtatt', 'vedteke', 'enkeltvedtak', 'tildelt', 'gitt', 'gjeve', 'gjenstår', 'gjenstående', 'står att',
      'fritak', 'fritatt', 'granted', 'remaining', 'exempt', 'exemption',
      // A learning platform's activity: logins, days active, days since the last login.
      'pålogging', 'pålogginger', 'innlogging', 'innlogginger', 'login', 'logins', 'log-ins',
      'aktive dager', 'aktive dagar', 'active days', 'siden siste', 'sidan siste', 'since last',
      // Hand-ins: assignments handed in, late or missing.
      'levert for sent', 'innlevert', 'innlevering', 'innleveringer', 'innleveringar', 'handed in', 'submitted',
    ],
    activities: [
      // Walked, cycled or driven to school, as a walk-to-school campaign counts the days.
      'gått', 'gådd', 'syklet', 'sykla', 'kjørt', 'køyrt', 'walked', 'cycled', 'biked', 'driven',
      // Read: a reading challenge's books, minutes and days with reading.
      'lest', 'lese', 'lesne', 'lesing',
      // Trained, swum, run: a fitness challenge's tally.
      'trent', 'trena', 'trimmet', 'trimma', 'svømt', 'jogget', 'jogga', 'løpt', 'sprunget', 'sprunge',
      // Placed out at a workplace, worked there: a work-placement week's days and hours. Not a bare
      // "Praksis", which may be the name of a vocational subject whose lessons can be missed.
      'utplassert', 'utplassering', 'i praksis', 'på praksis', 'praksisdager', 'praksisdagar', 'arbeidsuke', 'arbeidsuka',
      'arbeidsveke', 'arbeidsveka', 'jobbet', 'jobba', 'arbeidet', 'arbeida', 'fullført', 'fullførte', 'fullførd', 'fullførde',
      'work placement', 'work experience', 'worked',
      // On duty: a pupil-duty roster's days on traffic, canteen or library duty.
      'vakt', 'vakter', 'vaktar', 'elevvakt', 'elevvakter', 'elevvakta', 'vaktdager', 'vaktdagar', 'vakttimer', 'vakttimar',
      'duty', 'duties', 'on duty',
      // Time on a school device: a device dashboard's screen time, active or logged-in time.
      'skjermtid', 'skjermtida', 'brukstid', 'brukstida', 'aktiv tid', 'aktiv tida', 'pålogget', 'pålogga', 'innlogget',
      'innlogga', 'screen time', 'active time', 'time online',
      // Borrowed from the school library: a loan's days overdue ("Lånt | Dager forsinket") are a
      // book's, not a pupil's lateness. Not "Forfall", which also names a notice of absence.
      'lån', 'lånt', 'lånte', 'utlån', 'utlånt', 'forfallsdato', 'forfalt', 'purring', 'purringer', 'purringar', 'purret',
      'loan', 'loans', 'borrowed', 'overdue', 'due date',
      // A device away for repair: days without it are days at school without a tablet.
      'uten enhet', 'utan eining', 'uten nettbrett', 'utan nettbrett', 'uten pc', 'utan pc', 'reparasjon', 'til reparasjon',
      'without device', 'without a device', 'repair', 'repairs', 'in repair',
      // Phones handed in each morning ("mobilhotell"): days handed in or forgotten are days at school.
      'mobilhotell', 'mobilhotellet', 'levert inn', 'innlevert', 'phones handed in', 'phone handed in',
      // Rehearsed: a school show's rehearsals attended and hours rehearsed.
      'øvd', 'øvde', 'øvet', 'øving', 'øvinger', 'øvingar', 'rehearsed', 'rehearsal', 'rehearsals', 'practised', 'practiced',
      // Practised for a test: days and hours of practice. Not a bare "Trening", which names
      // vocational subjects ("Trening og ledelse") whose lessons can be missed.
      'øvingsdager', 'øvingsdagar', 'øvingstimer', 'øvingstimar', 'treningsdager', 'treningsdagar', 'treningstimer',
      'treningstimar', 'practice', 'practice days', 'practice hours',
      // A test's results: points, passed or not, attempts. Not "Resultat", which also heads a search's hits.
      'poeng', 'points', 'score', 'bestått', 'passed', 'forsøk', 'attempts', 'prøve', 'prøven', 'prøva', 'prøver', 'prøvar',
      'eksamen', 'test', 'tests', 'exam', 'exams',
      // Volunteered: a class fundraiser's hours of volunteer work per family.
      'dugnad', 'dugnader', 'dugnadar', 'dugnadstimer', 'dugnadstimar', 'dugnadsdager', 'dugnadsdagar', 'volunteer',
      'volunteered', 'volunteering', 'frivillig arbeid', 'frivillige timer', 'frivillige timar',
    ],
    leftEarly: ['gått tidlig', 'gått tidleg', 'gikk tidlig', 'gjekk tidleg', 'gått hjem', 'gått heim', 'left early'],
    attendance: [
      'attendance', 'oppmøte', 'frammøte', 'fremmøte', 'tilstedeværelse', 'nærvær', 'til stede', 'present', 'attended',
    ],
    percent: ['%', 'prosent', 'fraværsprosent', 'fråværsprosent', 'percent'],
    share: ['andel', 'fraværsandel', 'fråværsandel', 'fravaersandel', 'share', 'fraction', 'proportion'],
    late: [
      'forsentkomming', 'forsentkomminger', 'forsentkommingar', 'for sent', 'for seint', 'forseint',
      'forseinking', 'forseinkingar', 'forsinkelser', 'sen', 'late', 'fs', 'tardies', 'tardy', 'tardiness', 'lates',
    ],
    minutes: ['minutter', 'minuttar', 'minutt', 'min'],
    lessons: [
      'timer', 'timar', 'enkelttimer', 'enkelttimar', 'timefravær', 'timefråvær', 't', 'lessons', 'hours', 'tim',
      'periods', 'lesson',
      // Hours and minutes as on a clock: "Fravær totalt (tt:mm)".
      'tt mm', 'hh mm', 't mm',
    ],
    days: [
      'dager', 'dagar', 'd', 'heldager', 'heildagar', 'hele dager', 'heile dagar', 'dagsfravær', 'dagsfråvær', 'days',
      'dg', 'dgr', 'day',
    ],
    convertedToDays: [
      'omregnet', 'omrekna', 'omreknet', 'regnet om', 'rekna om', 'converted',
      // "6 timer = 1 dag", its "=" dropped with the other signs.
      'timer 1 dag', 'timar 1 dag', 'enkelttimer 1 dag', 'enkelttimar 1 dag', 't 1 d', 'lessons 1 day', 'periods 1 day',
    ],
    halfDays: ['half days', 'half day', 'halve dager', 'halve dagar', 'halvdager', 'halvdagar', 'halv dag', 'halvdag'],
    daysSuffixes: ['dager', 'dagar'],
    lessonsSuffixes: ['timer', 'timar'],
    lessonNumbers: ['time', 'skoletime', 'skuletime', 'time nr', 'timenr', 't nr', 'økt', 'lesson', 'period', 'period s'],
    // The plural forms too: an <abbr> title spells "Udok. d" out as "Udokumenterte dager".
    documented: ['gyldig', 'gyldige', 'dok', 'dokumentert', 'dokumenterte', 'godkjent', 'godkjente', 'excused', 'authorised', 'authorized'],
    undocumented: [
      'ugyldig', 'ugyldige', 'udok', 'udokumentert', 'udokumenterte', 'ikke dokumentert', 'ikkje dokumentert', 'ikke dokumenterte',
      'ikkje dokumenterte', 'ikke godkjent', 'ikkje godkjent', 'ikke godkjente', 'ikkje godkjente', 'unexcused', 'unauthorised',
      'unauthorized', 'ikke dok', 'ikkje dok', 'uten gyldig', 'utan gyldig', 'uten gyldig grunn', 'utan gyldig grunn',
      'ikke gyldig', 'ikkje gyldig',
    ],
    reasons: [
      'sykdom', 'sjukdom', 'syk', 'sjuk', 'egenmelding', 'eigenmelding', 'legeerklæring', 'lege', 'tannlege', 'legetime',
      'helse', 'permisjon', 'perm', 'velferd', 'illness', 'sick', 'medical', 'doctor', 'dentist', 'leave',
    ],
    durations: ['korttid', 'langtid', 'kortvarig', 'langvarig', 'short term', 'long term'],
    notified: [
      'meldt', 'melding', 'varslet', 'varsla',
      // "Melde frå av føresette", "Meldt fra": the verb's "frå", not a date's "from".
      'melde frå', 'melde fra', 'meldt frå', 'meldt fra', 'meld frå', 'meld fra',
    ],
    notNotified: ['ikke meldt', 'ikkje meldt', 'umeldt', 'ikke varslet', 'ikkje varsla'],
    besides: ['i tillegg til', 'i tillegg', 'in addition to'],
    eventType: ['type', 'fraværstype', 'fråværstype', 'art', 'fraværsart', 'kategori'],
    eventTypeWhole: ['registrering', 'registreringstype'],
    code: ['kode', 'fraværskode', 'fråværskode', 'code'],
    absence: [
      'fravær', 'fråvær', 'fravaer', 'absence', 'frav', 'fråv', 'absences', 'absent', 'lengde', 'varighet', 'omfang',
      'duration', 'length',
      // Time missed, said with a verb that is also a way to school ("Timer gått glipp av").
      'gått glipp av', 'gått glipp', 'gått glepp',
    ],
    periodOnly: [
      'hittil i halvåret', 'hittil i halvår', 'hittil i terminen', 'hittil i semesteret', 'hittil i år', 'hittil i skoleåret',
      'hittil i skuleåret', 'så langt i halvåret', 'so langt i halvåret', 'term to date', 'semester to date', 'year to date',
      // The autumn term so far, named by its season ("Hittil i høst").
      'hittil i høst', 'hittil i haust', 'så langt i høst', 'so langt i haust',
      // A header that is only the term ("Halvåret" beside "Siste 14 dager"): the term's figure so far.
      'halvåret', 'dette halvåret', 'terminen', 'denne terminen', 'semesteret', 'dette semesteret', 'this term',
    ],
    thisMonth: ['denne måneden', 'denne månaden', 'denne mnd', 'hittil denne måneden', 'this month', 'month to date'],
    last: ['siste', 'last', 'past'],
    dayWords: ['dager', 'dagar', 'dagene', 'dagane', 'days', 'd'],
    weekWords: ['uker', 'veker', 'ukene', 'vekene', 'weeks'],
    // Only words for a rise: "Endring" / "change" is as often a difference against an earlier period.
    growth: ['økning', 'auke', 'auking', 'tilvekst', 'increase', 'rise'],
    comparison: ['forrige', 'førre', 'i fjor', 'sammenlignet', 'samanlikna', 'mot', 'enn', 'previous', 'prior', 'compared', 'than', 'vs', 'last year'],
  },
  cells: {
    codes: {
      f: { description: 'Fravær', kind: 'day', documented: null, notified: null },
      x: { description: 'Fravær', kind: 'day', documented: null, notified: null },
      fs: { description: 'For sent', kind: 'late', documented: null, notified: null },
      g: { description: 'Gyldig fravær', kind: 'day', documented: true, notified: null },
      u: { description: 'Ugyldig fravær', kind: 'day', documented: false, notified: null },
      d: { description: 'Dokumentert fravær', kind: 'day', documented: true, notified: null },
      m: { description: 'Meldt fravær', kind: 'day', documented: null, notified: true },
      um: { description: 'Umeldt fravær', kind: 'day', documented: null, notified: false },
      im: { description: 'Ikke meldt fravær', kind: 'day', documented: null, notified: false },
      fravær: { description: 'Fravær', kind: 'day', documented: null, notified: null },
      fråvær: { description: 'Fråvær', kind: 'day', documented: null, notified: null },
      borte: { description: 'Borte', kind: 'day', documented: null, notified: null },
      syk: { description: 'Syk', kind: 'day', documented: null, notified: null },
      sjuk: { description: 'Sjuk', kind: 'day', documented: null, notified: null },
      // A register may write a whole day out in words in the day's cell ("Heil dag") instead of a code.
      'hel dag': { description: 'Hel dag', kind: 'day', documented: null, notified: null },
      'hele dagen': { description: 'Hele dagen', kind: 'day', documented: null, notified: null },
      'heil dag': { description: 'Heil dag', kind: 'day', documented: null, notified: null },
      'heile dagen': { description: 'Heile dagen', kind: 'day', documented: null, notified: null },
      permisjon: { description: 'Permisjon', kind: 'day', documented: true, notified: true },
      perm: { description: 'Permisjon', kind: 'day', documented: true, notified: true },
      gyldig: { description: 'Gyldig fravær', kind: 'day', documented: true, notified: null },
      ugyldig: { description: 'Ugyldig fravær', kind: 'day', documented: false, notified: null },
      meldt: { description: 'Meldt fravær', kind: 'day', documented: null, notified: true },
      'ikke meldt': { description: 'Ikke meldt fravær', kind: 'day', documented: null, notified: false },
      'ikkje meldt': { description: 'Ikkje meldt fråvær', kind: 'day', documented: null, notified: false },
      'for sent': { description: 'For sent', kind: 'late', documented: null, notified: null },
      'for seint': { description: 'For seint', kind: 'late', documented: null, notified: null },
      forsentkomming: { description: 'Forsentkomming', kind: 'late', documented: null, notified: null },
      forseint: { description: 'Forseint', kind: 'late', documented: null, notified: null },
      'gått tidlig': { description: 'Gått tidlig', kind: 'leftEarly', documented: null, notified: null },
      'gått tidleg': { description: 'Gått tidleg', kind: 'leftEarly', documented: null, notified: null },
      tilstede: { description: 'Til stede', kind: 'present', documented: null, notified: null },
      'til stede': { description: 'Til stede', kind: 'present', documented: null, notified: null },
      'til stades': { description: 'Til stades', kind: 'present', documented: null, notified: null },
    },
    presentMarks: ['ok', 'møtt', 'oppmøtt', 'present', '✓', '✔', '·', '.', '-', '–', '—', '/', '\\'],
    eventTypes: {
      day: [
        'dag', 'heldag', 'hel dag', 'hele dagen', 'heile dagen', 'dagsfravær', 'dagsfråvær', 'heldagsfravær', 'day',
        'all day', 'full day', 'whole day',
      ],
      lesson: ['time', 'timer', 'timar', 'timefravær', 'timefråvær', 'enkelttime', 'enkelttimer', 'fagfravær', 'lesson'],
      late: ['forsentkomming', 'for sent', 'for seint', 'forseint', 'forsinket', 'sen', 'sein', 'kom sent', 'kom seint', 'late'],
      leftEarly: ['gått tidlig', 'gikk tidlig', 'gått tidleg', 'gjekk tidleg', 'forlot skolen', 'gått hjem', 'left early'],
    },
    yes: ['ja', 'j', 'x', '✓', '✔', 'yes', 'y', 'sant', 'true', '1'],
    no: ['nei', 'n', 'no', 'usant', 'false', '0', '-', '–', '—'],
    documented: ['gyldig', 'dokumentert', 'godkjent', 'dok'],
    undocumented: ['ugyldig', 'udokumentert', 'ikke dokumentert', 'ikkje dokumentert', 'ikke godkjent', 'ikkje godkjent', 'udok'],
    notified: ['meldt', 'varslet', 'varsla'],
    notNotified: ['ikke meldt', 'ikkje meldt', 'umeldt', 'ikke varslet', 'ikkje varsla'],
    noAbsence: [
      // Said in a figure's cell, "ingen" ("none") is a count of nought.
      'ingen', 'inga', 'none', 'ingen fravær', 'ingen fravær registrert', 'ingen fråvær', 'ingen fråvær registrert', 'ikke noe fravær',
      'ikkje noko fråvær', 'ikke fravær', 'ikkje fråvær', 'no absence', 'no absences', 'no absences recorded', 'no absence recorded',
      // A list whose figures are registrations of absence says it has none of them.
      'ingen registreringer', 'ingen registreringar', 'no registrations',
    ],
    notParts: [
      'totalt', 'total', 'sum', 'i alt', 'samlet', 'til saman', 'herav', 'derav', 'hvorav', 'av dette', 'av dei', 'av disse', 'included',
      'for sent', 'for seint', 'forsentkomming', 'forsentkomminger', 'sen', 'sein', 'late', 'lates',
      // Figures over different stretches ("Hittil i år: 3 d", "Siste 14 dager: 1 d") are no parts of one whole.
      'siste', 'sist', 'hittil', 'denne', 'dette', 'i år', 'i dag', 'uke', 'veke', 'måned', 'månad', 'halvår', 'halvåret', 'termin',
      'periode', 'last', 'this', 'year', 'term', 'week', 'month',
    ],
  },
  page: {
    pagerSelector:
      '.pagination, .pager, [class*="paginat"], [class*="Paginat"], [class*="pager"], nav[aria-label*="side"], nav[aria-label*="Side"], nav[aria-label*="aginering"]',
    nextPage: ['neste', 'neste side', 'next', 'next page', '›', '»', '>'],
    classLabels: ['klasse', 'kl.', 'basisgruppe', 'kontaktgruppe', 'gruppe', 'class'],
    schoolYear: ['skoleåret', 'skuleåret', 'hele året', 'heile året', 'hittil i år', 'school year', 'year to date', 'academic year'],
    unitDays: [
      'figures in days', 'in days', 'i dager', 'i dagar', 'i hele dager', 'i heile dagar', 'dager fravær', 'dagar fråvær', 'tall i dager', 'tal i dagar', 'antall dager',
      'hele fraværsdager', 'heile fråværsdagar', 'fraværsdager per', 'fråværsdagar per',
    ],
    unitLessons: ['registrerte enkelttimer', 'registrerte enkelttimar', 'tall er timer', 'tal er timar', 'fraværstimer per', 'fråværstimar per', 'figures in lessons', 'in lessons', 'in periods', 'i timer', 'i timar', 'timer fravær', 'timar fråvær', 'tall i timer', 'tal i timar', 'i enkelttimer', 'i enkelttimar'],
    unitSentences: {
      days: ['hele dager', 'heile dagar', 'dager', 'dagar', 'whole days', 'days'],
      lessons: ['enkelttimer', 'enkelttimar', 'timer', 'timar', 'lessons', 'periods'],
      percent: ['prosent', 'percent'],
    },
    unitDaysInHeading: ['fraværsdager', 'fråværsdagar', 'fraværsdagar'],
    unitPercent: [
      'i prosent', 'prosent av skoletiden', 'prosent av skuletida', 'prosent av undervisningstiden', 'prosent av undervisningstida',
      'in percent', 'as a percentage', 'percentage of', 'per cent of', 'percent of',
    ],
    selectedSelector:
      '[aria-current]:not([aria-current="false"]), [aria-selected="true"], .active, .selected, .current, .aktiv, .valgt, .vald',
    term: ['halvår', 'halvåret', 'termin', 'terminen', 'semester', 'semesteret', 'høst', 'høsten', 'haust', 'hausten', 'vår', 'våren', 'term'],
  },
  legend: {
    labels: ['koder', 'kode', 'kodar', 'codes', 'code', 'marks', 'mark', 'key', 'forklaring', 'tegnforklaring', 'legend', 'symbols'],
    codeHeaders: ['kode', 'koder', 'code', 'mark', 'symbol', 'tegn'],
    meaningHeaders: ['betydning', 'forklaring', 'tyding', 'meaning', 'description', 'beskrivelse', 'skildring'],
    kinds: [
      { kind: 'present', words: ['til stede', 'tilstede', 'til stades', 'present', 'møtt', 'oppmøtt', 'attended'] },
      { kind: 'late', words: ['for sent', 'for seint', 'forsentkomming', 'late', 'tardy', 'kom sent', 'kom seint', 'forsinket', 'sen', 'sein'] },
      { kind: 'leftEarly', words: ['gått tidlig', 'gikk tidlig', 'gått tidleg', 'gjekk tidleg', 'left early'] },
      { kind: 'lesson', words: ['time', 'timer', 'timar', 'enkelttime', 'enkelttimer', 'lesson', 'lessons', 'period', 'periods'] },
      {
        kind: 'day',
        words: [
          'dag', 'dagen', 'dager', 'dagar', 'day', 'fravær', 'fråvær', 'borte', 'absence', 'absent', 'syk', 'sjuk', 'sick',
          'permisjon', 'leave', 'illness', 'medical', 'dental', 'no reason',
        ],
      },
    ],
    documented: ['dokumentert', 'gyldig', 'godkjent', 'excused', 'authorised', 'authorized'],
    undocumented: [
      'udokumentert', 'ikke dokumentert', 'ikkje dokumentert', 'ugyldig', 'ikke godkjent', 'unexcused', 'unauthorised',
      'unauthorized',
    ],
    notified: ['meldt', 'varslet', 'varsla'],
    notNotified: ['ikke meldt', 'ikkje meldt', 'umeldt', 'ikke varslet', 'ikkje varsla'],
    recorded: ['registrert', 'registrerte', 'ført', 'førte', 'recorded', 'registered'],
    markUnits: {
      days: ['dag', 'fraværsdag', 'fråværsdag', 'skoledag', 'skuledag', 'day', 'school day'],
      lessons: ['time', 'enkelttime', 'fraværstime', 'fråværstime', 'skoletime', 'skuletime', 'økt', 'lesson', 'period'],
      one: ['1', 'én', 'en', 'éin', 'ein', 'ei', 'ett', 'eitt', 'one', 'a', 'an'],
      whole: ['hel', 'heil', 'hele', 'heile', 'whole', 'full'],
      absence: ['fravær', 'fråvær', 'med', 'absent', 'absence', 'of', 'missed', 'borte'],
    },
  },
  singleStudent: {
    notNames: [
      'fravær', 'fråvær', 'fraværet', 'fråværet', 'fraværsoversikt', 'fråværsoversikt', 'fraværsrapport',
      'fråværsrapport', 'fraværsregistreringer', 'elevfravær', 'elevfråvær', 'fravær:', 'oversikt', 'rapport',
      'for', 'til', 'av', 'åt', 'elev', 'elev:', 'elevside', 'elever', 'elevar', 'student', 'students', 'pupil',
      'navn', 'namn', 'name', 'absence', 'absences', 'attendance', 'report', 'record', 'overview', 'of', 'details',
      'detaljer', 'registrert', 'registreringer', 'hjem', 'forside', 'home', 'min', 'mine', 'klasse', 'klassar',
      'klasser', 'class', 'classes', 'dato', 'periode', 'halvår', 'skoleår', 'skuleår', 'skole', 'skule', 'school',
      'barneskole', 'ungdomsskole', 'ungdomsskule', 'videregående', 'vidaregåande',
    ],
    classLabels: ['klasse', 'kl', 'kl.', 'basisgruppe', 'kontaktgruppe', 'gruppe', 'class', 'klassetrinn'],
    breadcrumbSelector:
      'nav[aria-label*="rødsmule"], nav[aria-label*="readcrumb"], nav[aria-label*="rødsmulesti"], .breadcrumb, .breadcrumbs, [class*="breadcrumb"], ol[aria-label*="readcrumb"]',
  },
  oneSubject: {
    headers: ['i faget', 'i dette faget', 'timer i faget', 'timar i faget', 'in this subject', 'in the subject'],
    lines: [
      'i dette faget', 'ikke elevens samlede fravær', 'ikkje eleven sitt samla fråvær', 'ikkje elevens samla fråvær',
      'in this subject', "not the student's total absence",
    ],
    notSubject: ['fravær', 'fråvær', 'frav', 'absence', 'attendance', 'skole', 'skule', 'school', 'portal'],
    unnamed: 'faget',
  },
  exampleWords: ['eksempel', 'eksempler', 'døme', 'example', 'sample', 'eks'],
  notStudents: [
    'sum', 'totalt', 'total', 'i alt', 'gjennomsnitt', 'snitt', 'gj snitt', 'klassen', 'alle elever', 'average',
    // A group's heading over its students' rows ("Kontaktgruppe 10A-1 · Kari Nordby", "Basisgruppe 3").
    'kontaktgruppe', 'basisgruppe', 'gruppe', 'klasse', 'contact group', 'tutor group', 'form group', 'group',
  ],
  totalWords: ['totalt', 'sum', 'i alt', 'hele året', 'skoleåret', 'total'],
  maxHeaderLength: 80,
  periodLabels: ['Periode', 'Tidsrom', 'Utval', 'Utvalg', 'Vis periode', 'Period'],
  breaks: {
    before: ['før', 'fram til', 'before'],
    after: ['etter', 'fra', 'frå', 'after', 'since'],
    holidays: [
      'høstferien', 'høstferie', 'haustferien', 'haustferie', 'vinterferien', 'vinterferie', 'juleferien', 'juleferie',
      'påskeferien', 'påskeferie', 'autumn break', 'half term', 'winter break', 'christmas break', 'easter break',
    ],
  },
  terms: {
    spring: ['vår', 'våren', 'vårhalvår', 'vårhalvåret', 'vårsemester', 'vårsemesteret', 'vårtermin', 'vårterminen', 'spring'],
    autumn: [
      'høst', 'høsten', 'høsthalvår', 'høsthalvåret', 'høstsemester', 'høstsemesteret', 'høsttermin', 'høstterminen', 'haust',
      'hausten', 'hausthalvår', 'hausthalvåret', 'autumn', 'fall',
    ],
  },
  prose: {
    absence: ['fravær', 'fråvær', 'borte', 'fraværende', 'fråverande', 'absent', 'absence', 'absences'],
    days: ['dag', 'dager', 'dagar', 'fraværsdag', 'fraværsdager', 'fråværsdag', 'fråværsdagar', 'day', 'days'],
    lessons: [
      'time', 'timer', 'timar', 'enkelttime', 'enkelttimer', 'enkelttimar', 'fraværstime', 'fraværstimer', 'fråværstime', 'fråværstimar',
      'lesson', 'lessons', 'period', 'periods',
    ],
    whole: ['hel', 'hele', 'heil', 'heile', 'whole', 'full'],
    none: ['ingen', 'inga', 'no'],
    noAbsence: [
      'ingen fravær', 'ingen registrert fravær', 'ikke noe fravær', 'ikke noe registrert fravær', 'inga fråvær', 'ingen fråvær',
      'ikkje noko fråvær', 'ikkje noko registrert fråvær', 'ikke vært borte', 'ikkje vore borte', 'no absence', 'no absences',
      'no recorded absence', 'not been absent',
    ],
    notACount: [
      'mer enn', 'meir enn', 'over', 'under', 'minst', 'nesten', 'nærmere', 'omtrent', 'ca', 'cirka', 'rundt', 'opptil', 'inntil', 'utover',
      'mindre enn', 'færre enn', 'more than', 'less than', 'fewer than', 'about', 'almost', 'nearly', 'at least', 'up to',
    ],
    stretch: [
      'i dag', 'i går', 'denne uken', 'denne uka', 'denne veka', 'forrige uke', 'førre veke', 'denne måneden', 'denne månaden', 'today',
      'yesterday', 'this week', 'last week', 'this month', 'siste', 'last', 'past',
      // A month's absence is no total of the term.
      'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember',
    ],
  },
};

type Shape = 'summary' | 'register' | 'events';

const PAGE_TYPE: Record<Shape, PageType> = {
  summary: 'classOverview',
  register: 'lessonRegister',
  events: 'eventList',
};

/** What readStudent needs from locate: kept in PageLayout.context. */
interface GenericContext {
  reader: 'generic';
  shape: Shape;
  table: Element;
  roles: ColumnRole[];
  headers: string[];
  period: 'term' | 'schoolYear' | 'unknown';
  bodyHasRowspan: boolean;
  students: Map<string, StudentIdentity>;
  /** The cell words, with the codes (or a summary's marks for nought) the page's own legend explains ahead of the reader's guesses. */
  words: CellWordsType;
  /** For students laid out without a table (cards, a CSS grid): each row's cells. */
  cellsByRow?: Map<Element, Array<Element | undefined>>;
  /** A column gives the lessons taught, so a share beside the absent lessons is of those (RowContext). */
  lessonsTaught: boolean;
  /** Figure columns empty in every row, and a register's date columns, whose cells may show what the page paints (RowContext). */
  painted?: ReadonlySet<number>;
  /** The column naming each row's unit ("Dager" / "Timer"), when a student's rows give one unit each (unit-rows.ts). */
  unitColumn?: number;
  /** Each table's roles, when the same students' tables cover other periods (periodTables). */
  rolesByTable?: Map<Element, ColumnRole[]>;
  /** Some student's rows are grouped under one name cell spanning them (spanned-rows.ts). */
  spannedRows?: boolean;
  /** The column naming each row's month, when a student has a row per month (month-rows.ts). */
  monthColumn?: number;
  /** The one subject a subject teacher's table counts (one-subject.ts): its figures are that subject's, not the student's. */
  oneSubject?: string;
  /**
   * A student's page that gives their key figures ("Dagsfravær: 12 dager · Timefravær: 4 timer")
   * beside a table of their subjects: the figures, as one row, are the student's whole absence.
   */
  keyFigures?: { cells: Array<Element | undefined>; roles: ColumnRole[]; headers: string[] };
}

interface TableAnalysis {
  grid: TableGrid;
  shape: Shape;
  roles: ColumnRole[];
  headers: string[];
  headerRows: Set<GridRow>;
  /** The rows are several tables' with the same students, one per subject: a student's rows are added up. */
  perSubjectTables?: boolean;
  /** Several groups' tables read together (anotherGroup): each table's class is its own heading's. */
  groupTables?: boolean;
  /** The same students' tables over other periods (periodTables), each table's range as its own heading states it. */
  periodTables?: Map<Element, { from: IsoDate; to: IsoDate }>;
  /** Lists of the parts of the absence, a student in each of theirs (part-lists.ts): a student's items are added up. */
  partLists?: boolean;
  /** The period shown, when the layout itself says it (a log of days under the range it states). */
  shownPeriod?: ShownPeriod;
}

type Verdict =
  | { ok: true; analysis: TableAnalysis }
  /**
   * `eventsWithoutNames`: a dated event list, or figures per subject, with no name column: perhaps a
   * page about one student, or students' groups each under a heading row.
   */
  | { ok: false; missing: PageProblem; hasNames: boolean; eventsWithoutNames?: TableAnalysis; namesOnly?: TableGrid };

function classifyColumns(headers: string[], asOf: IsoDate): ColumnRole[] {
  return headers.map((header) =>
    header.length > GENERIC_VOCABULARY.maxHeaderLength
      ? { kind: 'other' }
      : classifyHeader(header, GENERIC_VOCABULARY.headers, asOf),
  );
}

function hasNameColumn(roles: ColumnRole[]): boolean {
  return roles.some((role) => role.kind === 'name') || roles.some((role) => role.kind === 'lastName');
}

function shapeOf(roles: ColumnRole[]): Shape | undefined {
  if (roles.some((role) => role.kind === 'date' || role.kind === 'dateFrom' || role.kind === 'dateList')) return 'events';
  if (roles.some((role) => role.kind === 'dateColumn')) return 'register';
  if (roles.some((role) => role.kind === 'measure' || role.kind === 'absence' || role.kind === 'stretch' || role.kind === 'attendance')) {
    return 'summary';
  }
  return undefined;
}

/**
 * A dated list is an absence list only when some column says what was missed or how much: a
 * length, a type or code, the lessons, whether it was documented, an end date. Dates and names
 * alone are any log's (remarks, messages, deliveries), and its counts are not absence. A subject
 * says which lesson was missed only on a page about absence: dates and subjects alone are any
 * school list's too (exam registrations, tests, hand-ins).
 */
function saysWhatWasMissed(roles: ColumnRole[], table: Element): boolean {
  return (
    roles.some((role) =>
      ['measure', 'absence', 'stretch', 'attendance', 'eventType', 'code', 'lessonNumbers', 'documented', 'notified', 'dateTo', 'dateList'].includes(role.kind),
    ) ||
    (roles.some((role) => role.kind === 'subject') &&
      absenceNamedAboveOrInTitle(table, GENERIC_VOCABULARY.headers.absence, GENERIC_VOCABULARY.headers.attendance))
  );
}

/**
 * A dated list with a column of decisions, exemptions or hours per week ("Fritak", "Vedtatt",
 * "Timer per uke") and no column that counts or names absence is a register of decisions: its
 * from–to dates are when a decision holds, not days missed.
 */
function listsDecisions(roles: ColumnRole[], headers: string[]): boolean {
  return (
    headers.some((header) => namesNotAbsence(header, GENERIC_VOCABULARY.headers)) &&
    !roles.some((role) => ['measure', 'absence', 'stretch', 'attendance', 'eventType', 'code', 'documented', 'notified'].includes(role.kind))
  );
}

/**
 * A table that counts something other than absence ("Levert | Mangler | Siste 14 dager", "Pålogginger |
 * Hittil i skoleåret"): a column whose header names only a period counts what its neighbours count,
 * so it is not absence when no header names absence or counts days, lessons or a share.
 */
function withPeriodsOfSomethingElse(roles: ColumnRole[], headers: string[]): ColumnRole[] {
  const words = GENERIC_VOCABULARY.headers;
  const aboutSomethingElse =
    headers.some((header) => namesNotAbsence(header, words)) &&
    !headers.some((header) => namesAbsence(header, words)) &&
    !roles.some((role) => role.kind === 'measure' || role.kind === 'attendance');
  if (!aboutSomethingElse) return roles;
  return roles.map((role): ColumnRole => (role.kind === 'stretch' || role.kind === 'absence' ? { kind: 'other' } : role));
}

/**
 * A table that counts what pupils do ("Aktiv tid siste 14 dager | Dager over 1 time", "Vakt |
 * Dager"), or is titled so ("Arbeidsuke 10B" over "Elev | Dager | Timer"): its other counts are of
 * the same activity ("Dager over 1 time" is days of screen time), when no header names absence and
 * nothing on the page speaks of absence or attendance. On a page about absence, a count beside the
 * activity's is the absence ("Dager syklet | Dager" under "Fravær 6A").
 */
function withCountsOfAnActivity(roles: ColumnRole[], headers: string[], table: Element): ColumnRole[] {
  const words = GENERIC_VOCABULARY.headers;
  // A day's column is headed by its date, which names neither absence nor an activity: a register's
  // two hundred days need not be searched for either.
  const named = headers.filter((_, column) => roles[column]?.kind !== 'dateColumn');
  // The header checks first: most tables name absence, and then the titles above need no reading.
  const aboutAnActivity =
    !named.some((header) => namesAbsence(header, words)) &&
    (named.some((header) => namesActivity(header, words)) || titlesAbove(table).some((title) => namesActivity(title, words))) &&
    !pageSpeaksOfAbsence(table, words.absence, words.attendance);
  if (!aboutAnActivity) return roles;
  return roles.map((role): ColumnRole => (role.kind === 'measure' || role.kind === 'stretch' || role.kind === 'absence' ? { kind: 'other' } : role));
}

/**
 * A table's header rows, header texts and what each column holds. Spreadsheet exports often
 * write the header row with <td>: when the marked header rows name no student column, the
 * first row is tried as the header.
 */
export function readHeaders(
  grid: TableGrid,
  asOf: IsoDate,
): { headerRows: GridRow[]; headers: string[]; roles: ColumnRole[] } {
  const { headerRows, headers, roles } = readHeaderWords(grid, asOf);
  const bodyTexts = () => bodyRows(grid, headerRows).map((row) => row.cells.map((cell) => cellText(cell)));
  const periods = withAdjoiningPeriods(
    withWeekSoFar(roles, headers, asOf),
    headers,
    asOf,
    (header) => measureOfHeader(header, GENERIC_VOCABULARY.headers),
    GENERIC_VOCABULARY.breaks,
  );
  const summed = withWeekdaySum(
    withPeriodSum(periods, headers, GENERIC_VOCABULARY.totalWords),
    headers,
    GENERIC_VOCABULARY.totalWords,
    bodyTexts,
  );
  const statedUnit = () => unitStatedNear(grid.table, GENERIC_VOCABULARY.page);
  const kinds = withKindsTotal(summed, headers, GENERIC_VOCABULARY.totalWords, bodyTexts, statedUnit);
  const shares = withSharesTotal(kinds, headers, GENERIC_VOCABULARY.totalWords, bodyTexts, statedUnit, () =>
    absenceNamedAbove(grid.table, GENERIC_VOCABULARY.headers.absence, GENERIC_VOCABULARY.headers.attendance),
  );
  const byReason = withReasonParts(shares, headers, (header) => namesReason(header, GENERIC_VOCABULARY.headers), bodyTexts, statedUnit);
  const byDuration = withDurationParts(byReason, headers, (header) => namesDuration(header, GENERIC_VOCABULARY.headers));
  const shareParts = withShareParts(byDuration, headers, (header) => partNamed(header, GENERIC_VOCABULARY.headers), bodyTexts);
  const termSoFar = withCurrentTermSoFar(shareParts, headers, asOf, GENERIC_VOCABULARY.terms);
  const named = withGrowthInCells(
    withDateListsInCells(
      withLessonsNamedInCells(
        withLessonNumbersInCells(termSoFar, bodyTexts, (text) => readEventType(text, GENERIC_VOCABULARY.cells) === 'day'),
        bodyTexts,
        GENERIC_VOCABULARY.headers,
        GENERIC_VOCABULARY.cells.eventTypes.day,
      ),
      bodyTexts,
      asOf,
    ),
    bodyTexts,
  );
  const stretchOnlyAbsence = (column: number) => namesOnlyAbsenceOverStretch(headers[column] ?? '', GENERIC_VOCABULARY.headers, asOf);
  const inUnit = withStretchInTotalsUnit(inStatedUnit(named, grid.table), stretchOnlyAbsence);
  const termOnly = onlyCurrentTerm(inUnit, headers, asOf, GENERIC_VOCABULARY.terms);
  const noFigure = (text: string) => /^[-–—]$/u.test(text) || saysNoAbsence(text, GENERIC_VOCABULARY.cells);
  return { headerRows, headers, roles: withSharesInCells(termOnly, headers, GENERIC_VOCABULARY.headers, bodyTexts, noFigure) };
}

/**
 * A column headed as a list of absence dates ("Fraværsdatoer") is read as one only when every
 * filled cell is such a list (or says there is none) and some cell lists a date: the header and
 * the cells both say these are days missed. Else it is left unread.
 */
function withDateListsInCells(roles: ColumnRole[], bodyTexts: () => string[][], asOf: IsoDate): ColumnRole[] {
  const lists = roles.flatMap((role, column) => (role.kind === 'dateList' ? [column] : []));
  if (lists.length === 0) return roles;
  const rows = bodyTexts();
  const readable = (column: number) => {
    const texts = rows.map((texts) => cleanText(texts[column] ?? '')).filter((text) => text !== '' && !saysNoAbsence(text, GENERIC_VOCABULARY.cells));
    return texts.length > 0 && texts.every((text) => listedDays(text, asOf) !== undefined);
  };
  // Two such columns would say two things of the same days: neither is read.
  return roles.map((role, column): ColumnRole => (role.kind === 'dateList' && (lists.length > 1 || !readable(column)) ? { kind: 'other' } : role));
}

/**
 * A column headed as growth over a stretch ("Økning siste 14 dager") is read as the stretch's
 * absence only while no cell in it is below nought: a running count of absence only grows, so a
 * "−2" says the column is a difference of two figures (this stretch against an earlier one, this
 * year against last), and then none of its cells is the stretch's absence. Else it is left unread.
 */
function withGrowthInCells(roles: ColumnRole[], bodyTexts: () => string[][]): ColumnRole[] {
  if (!roles.some((role) => role.kind === 'stretch' && role.growth)) return roles;
  const rows = bodyTexts();
  const shrinks = (column: number) => rows.some((texts) => /^[-−–—]\s?\d/u.test(cleanText(texts[column] ?? '')));
  return roles.map((role, column): ColumnRole => (role.kind === 'stretch' && role.growth && shrinks(column) ? { kind: 'other' } : role));
}

/**
 * Columns whose headers give no unit ("Total Absences", "Hittil i halvåret", "Siste 14 dager")
 * count in the unit a line above the table states for all its figures, when it states one.
 */
function inStatedUnit(roles: ColumnRole[], table: Element): ColumnRole[] {
  // Without dates, "Dokumentert | Udokumentert" are no yes/no columns of an event but the two
  // parts of each student's absence, counted in the page's unit ("Tal i dagar").
  const dated = roles.some((role) => role.kind === 'date' || role.kind === 'dateFrom' || role.kind === 'dateColumn');
  const partsOnly = !dated && roles.some((role) => role.kind === 'documented');
  // "Meldt fravær | Ikke meldt fravær" likewise: notified and not notified, with no count of the
  // whole beside them, are the two parts of each student's absence, and add up to it.
  const notifiedParts = !dated && notifiedAndNot(roles) && !roles.some((role) => role.kind === 'measure' || role.kind === 'absence');
  const unitless = partsOnly || notifiedParts || roles.some((role) => role.kind === 'absence' || (role.kind === 'stretch' && role.measure === undefined));
  if (!unitless) return roles;
  const unit = unitStatedNear(table, GENERIC_VOCABULARY.page);
  if (!unit) return roles;
  return roles.map((role): ColumnRole => {
    // "Fravær (dager/timer)" names both units already; a line near it only explains them.
    if (role.kind === 'absence') return role.parts ? role : { kind: 'measure', measure: unit };
    // A share is said of the whole period only: parts of it and shorter stretches stay unread.
    if (unit === 'percent') return role;
    if (partsOnly && role.kind === 'documented') return { kind: 'measure', measure: unit, documented: !role.inverted };
    if (notifiedParts && role.kind === 'notified') return { kind: 'measure', measure: unit, part: true };
    if (role.kind === 'stretch' && role.measure === undefined) return { ...role, measure: unit };
    return role;
  });
}

/** Both a notified and a not-notified column: the two sides of one split, not a yes/no flag alone. */
function notifiedAndNot(roles: ColumnRole[]): boolean {
  const sides = roles.flatMap((role) => (role.kind === 'notified' ? [role.inverted] : []));
  return sides.includes(true) && sides.includes(false);
}

/**
 * Headers the reader does not know ("ABS", "tdy") mean what the page's key beside the table says
 * they mean ("ABS = days absent; tdy = tardies"). A header the key explains in two or more parts
 * ("Fr.d. 14 d": "Fr.d. = fraværsdager", "14 d = siste 14 dager") means what the parts say
 * together, even where the reader guessed at it alone. The key is looked for only when a header
 * is unknown, or abbreviates and says more ("Fr.d. hittil").
 */
function withHeaderKey(roles: ColumnRole[], headers: string[], table: Element, asOf: IsoDate): ColumnRole[] {
  const unknown = roles.some((role, column) => role.kind === 'other' && (headers[column] ?? '').trim() !== '');
  if (!unknown && !headers.some((header) => ABBREVIATION_AND_MORE.test(header))) return roles;
  const key = headerKeyNear(table);
  if (key.size === 0) return roles;
  return roles.map((role, column) => {
    const header = headers[column] ?? '';
    const whole = role.kind === 'other' ? key.get(cleanText(header).toLowerCase().replace(/\.$/u, '')) : undefined;
    const parts = whole === undefined ? explainedByKey(header, key) : undefined;
    const meaning = whole ?? (parts && (parts.parts > 1 || role.kind === 'other') ? parts.meaning : undefined);
    return meaning === undefined ? role : classifyHeader(meaning, GENERIC_VOCABULARY.headers, asOf);
  });
}

/** A word shortened with a full stop and more words after it: "Fr.d. hittil", "Fr.t. 14 d". */
const ABBREVIATION_AND_MORE = /\p{L}\.\S*\s+\S/u;

function readHeaderWords(grid: TableGrid, asOf: IsoDate): { headerRows: GridRow[]; headers: string[]; roles: ColumnRole[] } {
  let headerRows = grid.rows.filter((row) => row.header);
  let headers = withAccessibleNames(grid, headerRows, markedHeaderTexts(grid));
  let roles = withHeaderTitles(withHeaderKey(classifyColumns(headers, asOf), headers, grid.table, asOf), headers, headerRows, grid, GENERIC_VOCABULARY.headers, asOf);
  if (!hasNameColumn(roles)) {
    // A title row of one cell across the table ("Fravær for 4C – hittil i halvåret") may come first.
    const body = grid.rows.filter((row) => !row.header && !row.footer);
    const titles = body.findIndex((row) => new Set(row.cells.filter((cell) => cell !== undefined)).size > 1);
    const first = titles >= 0 && titles <= 2 ? body[titles] : undefined;
    if (first) {
      const firstHeaders = withAccessibleNames(grid, [...headerRows, first], headerTexts(grid, [...headerRows, first]));
      const firstRoles = withHeaderKey(classifyColumns(firstHeaders, asOf), firstHeaders, grid.table, asOf);
      if (hasNameColumn(firstRoles)) {
        headerRows = [...headerRows, ...body.slice(0, titles), first];
        headers = firstHeaders;
        roles = firstRoles;
      }
    }
  }
  return { headerRows, headers, roles };
}

/**
 * A register of one day by lesson ("Elev | 1. time | 2. time | …" under "Mandag 23.11.2026"):
 * each lesson column is a register column of the page's one date.
 */
function asLessonRegister(roles: ColumnRole[], headers: string[], table: Element, asOf: IsoDate): ColumnRole[] | undefined {
  const lessons = roles.flatMap((role, column) => (role.kind === 'lessonNumbers' ? [column] : []));
  if (lessons.length < 2 || roles.some((role) => role.kind === 'measure' || role.kind === 'absence' || role.kind === 'dateColumn')) return undefined;
  const numbers = lessons.map((column) => Number(/\d{1,2}/.exec(headers[column] ?? '')?.[0] ?? NaN));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 12) || new Set(numbers).size !== numbers.length) return undefined;
  const date = dayStatedNear(table.ownerDocument, table, asOf, GENERIC_VOCABULARY.page.selectedSelector);
  if (!date) return undefined;
  return roles.map((role, column): ColumnRole => {
    const at = lessons.indexOf(column);
    return at < 0 ? role : { kind: 'dateColumn', date, lesson: numbers[at] as number };
  });
}

/**
 * A register of one day with a status per student ("Elev | Status" under "Mandag 23.11.2026", each
 * status a checked radio button or a chosen option: "Til stede", "Fravær hel dag", "Forsentkomming"):
 * the status column is a register column of the page's one date, when every status it shows is a
 * register's word.
 */
function asStatusRegister(roles: ColumnRole[], headers: string[], grid: TableGrid, headerRows: GridRow[], asOf: IsoDate): ColumnRole[] | undefined {
  const column = headers.findIndex((header) => normaliseHeader(header) === 'status');
  if (roles[column]?.kind !== 'other' || roles.some((role) => role.kind === 'measure' || role.kind === 'absence' || role.kind === 'dateColumn')) return undefined;
  const texts = bodyRows(grid, headerRows).map((row) => cellText(row.cells[column]));
  if (!texts.some(Boolean) || texts.some((text) => readCode(text, GENERIC_VOCABULARY.cells).kind === 'unknown')) return undefined;
  const date = dayStatedNear(grid.table.ownerDocument, grid.table, asOf, GENERIC_VOCABULARY.page.selectedSelector);
  return date ? roles.map((role, at): ColumnRole => (at === column ? { kind: 'dateColumn', date } : role)) : undefined;
}

function* analyseTable(table: Element, asOf: IsoDate): Steps<Verdict> {
  const grid = withBodyOfHeaderCells(yield* buildGridInSteps(table));
  // A long table's analysis (its header words, its columns' cells) is a step of its own, apart
  // from the grid's last rows before it and the walk over the rows after it.
  const long = grid.rows.length > ROWS_PER_STEP;
  if (long) yield;
  const verdict = analyseGrid(grid, asOf);
  if (long) yield;
  return verdict;
}

/** The rows of students' figures: not the table's header or footer rows, nor those read as its header. */
function bodyRows(grid: TableGrid, headerRows: readonly GridRow[]): GridRow[] {
  return grid.rows.filter((row) => !row.header && !row.footer && !headerRows.includes(row));
}

/**
 * An attendance column whose header gives no unit is a share only when its cells say so ("96 %");
 * counts of lessons or days attended ("152") say nothing of absence without what was possible.
 */
function attendanceInPercent(roles: ColumnRole[], grid: TableGrid, headerRows: readonly GridRow[]): ColumnRole[] {
  if (!roles.some((role) => role.kind === 'attendance' && !role.percent)) return roles;
  const body = bodyRows(grid, headerRows);
  return roles.map((role, column): ColumnRole => {
    if (role.kind !== 'attendance' || role.percent) return role;
    const texts = body.map((row) => withoutFootnoteMark(cellText(row.cells[column]))).filter((text) => text !== '');
    return texts.length > 0 && texts.every((text) => /\d\s*%$/u.test(text)) ? role : { kind: 'other' };
  });
}

/**
 * A table captioned as an example ("Eksempel: slik ser en linje i fraværsoversikten ut"), in its
 * <caption> or its <figure>'s caption, shows what a list looks like: its rows are no class.
 */
function isExample(table: Element): boolean {
  const figure = table.parentElement?.closest('figure');
  const captions = [captionOf(table), figure?.querySelector(':scope > figcaption')?.textContent ?? ''];
  return captions.some((caption) => {
    const first = normaliseHeader(caption).split(' ')[0] ?? '';
    return GENERIC_VOCABULARY.exampleWords.includes(first);
  });
}

const NAME_PARTS: ReadonlySet<ColumnRole['kind']> = new Set(['name', 'firstName', 'lastName']);

function analyseGrid(grid: TableGrid, asOf: IsoDate): Verdict {
  const table = grid.table;
  if (isExample(table)) return { ok: false, missing: { code: 'no-student-table' }, hasNames: false };
  const read = readHeaders(grid, asOf);
  const { headerRows, headers } = read;
  // A list folded into halves side by side holds a student of each half in every row.
  const namesAt = (column: number) => NAME_PARTS.has(read.roles[column]?.kind ?? 'other');
  const nameColumns = read.roles.filter((role) => NAME_PARTS.has(role.kind)).length;
  const folded = nameColumns >= 2 && !('cellsByRow' in grid) ? unfoldedGrid(grid, headers, namesAt) : undefined;
  if (folded) return analyseGrid(folded, asOf);
  // A log by day whose days head the rows under them, and no column of dates.
  const undated = !read.roles.some((role) => role.kind === 'date' || role.kind === 'dateFrom' || role.kind === 'dateList' || role.kind === 'dateColumn');
  const byDay = hasNameColumn(read.roles) && undated && !('cellsByRow' in grid) ? withDayHeadingRows(grid, (heading) => dayNamedBy(heading, asOf)) : undefined;
  if (byDay) {
    const verdict = analyseGrid(byDay, asOf);
    if (verdict.ok && verdict.analysis.shape === 'events') return verdict;
  }
  const withAttendance = attendanceInPercent(withCountsOfAnActivity(withPeriodsOfSomethingElse(read.roles, headers), headers, table), grid, headerRows);
  const roles = hasNameColumn(withAttendance)
    ? (asLessonRegister(withAttendance, headers, table, asOf) ??
      asStatusRegister(withAttendance, headers, grid, headerRows, asOf) ??
      daysOfMonthColumns(withAttendance, headers, rangeStatedAbove(table, asOf)) ??
      lastDaysColumns(withAttendance, headers, asOf) ??
      withAttendance)
    : withAttendance;
  const shape = shapeOf(roles);
  if (!hasNameColumn(roles)) {
    // Students as columns, kinds of absence as rows: read column by column.
    const turned = turnedTable(grid, (labels) => classifyColumns(labels, asOf));
    if (turned) {
      const { roles: turnedRoles, header, ...rest } = turned;
      if (turnedRoles.some((role) => role.kind === 'dateColumn')) return { ok: true, analysis: { ...rest, shape: 'register', roles: turnedRoles, headerRows: new Set([header]) } };
      return { ok: true, analysis: { ...rest, shape: 'summary', roles: countsForFlags(inStatedUnit(turnedRoles, table)), headerRows: new Set([header]) } };
    }
    const missing: PageProblem = { code: 'no-name-column' };
    // One student's figures so, a row per kind and a column of counts: the student is the page's.
    const own = oneStudentTurned(grid, (labels) => classifyColumns(labels, asOf));
    if (own) {
      const { roles: ownRoles, header, ...rest } = own;
      return { ok: false, missing, hasNames: false, eventsWithoutNames: { ...rest, shape: 'summary', roles: countsForFlags(inStatedUnit(ownRoles, table)), headerRows: new Set([header]) } };
    }
    // Figures per subject with no name column are one student's (or a group's under its heading row).
    const perSubject = shape === 'summary' && roles.some((role) => role.kind === 'subject');
    // Or each student's name on a row across the table, their figures on the row under it.
    const namedAbove =
      shape === 'summary' &&
      namesAboveFigures(bodyRows(grid, headerRows), cellText, (text) => groupStudent(text, GENERIC_VOCABULARY.singleStudent) !== undefined);
    if (shape !== 'events' && !perSubject && !namedAbove) return { ok: false, missing, hasNames: false };
    return { ok: false, missing, hasNames: false, eventsWithoutNames: { grid, shape, roles, headers, headerRows: new Set(headerRows) } };
  }
  if (!shape || (shape === 'events' && (!saysWhatWasMissed(roles, table) || listsDecisions(roles, headers)))) {
    return {
      ok: false,
      missing: { code: 'no-absence-column' },
      hasNames: true,
      ...(shape ? {} : { namesOnly: grid }),
    };
  }
  if (shape === 'events' && allDatesAhead(grid, headerRows, roles, asOf)) return { ok: false, missing: { code: 'dates-ahead' }, hasNames: true };
  if (shape === 'summary' && bookings(grid, headerRows, roles, headers, asOf)) return { ok: false, missing: { code: 'no-absence-column' }, hasNames: true };
  return {
    ok: true,
    analysis: { grid, shape, roles: shape === 'summary' ? countsForFlags(roles) : roles, headers, headerRows: new Set(headerRows) },
  };
}

/**
 * Counts beside a coming date ("Timer hittil | Neste time: 25.11.2026 kl. 10.15") are bookings,
 * the school nurse's or a counsellor's appointments, when no header names absence and nothing on
 * the page speaks of absence or attendance: a bare "Timer" counts what the page is about.
 * Absence is registered for days that have passed; only a column that is not a figure is looked at.
 * So are counts under a heading that names only coming dates ("Leirskole 11.–13.05.2027 (3 dager)"
 * over "Elev | Påmeldt | Dager"): the days of a camp or trip signed up for, not days missed.
 */
function bookings(grid: TableGrid, headerRows: GridRow[], roles: ColumnRole[], headers: string[], asOf: IsoDate): boolean {
  const words = GENERIC_VOCABULARY.headers;
  if (roles.some((role) => role.kind === 'absence' || role.kind === 'attendance') || headers.some((header) => namesAbsence(header, words))) return false;
  const aside = roles.flatMap((role, column) => (role.kind === 'other' || role.kind === 'lessonNumbers' ? [column] : []));
  const coming =
    onlyComingDatesAbove(grid.table, asOf) ||
    bodyRows(grid, headerRows)
      .slice(0, 50)
      .some((row) => aside.some((column) => (parseNorwegianDate(cellText(row.cells[column]), asOf) ?? '') > asOf));
  return coming && !pageSpeaksOfAbsence(grid.table, words.absence, words.attendance);
}

/**
 * Whether every row of a dated list starts after the as-of day. Absence is registered for days
 * that have passed: a list whose dates all lie ahead (leave applications, planned trips,
 * appointments) says what may be missed, not what was, and its day counts are no absence.
 * The first row dated on or before the as-of day settles it, so a long register stops early.
 */
function allDatesAhead(grid: TableGrid, headerRows: GridRow[], roles: ColumnRole[], asOf: IsoDate): boolean {
  const column = roles.findIndex((role) => role.kind === 'date' || role.kind === 'dateFrom');
  let dated = 0;
  for (const row of grid.rows) {
    if (row.header || row.footer || headerRows.includes(row)) continue;
    const date = parseNorwegianDate(cellText(row.cells[column]), asOf);
    if (date === null) continue;
    if (date <= asOf) return false;
    dated += 1;
  }
  return dated > 0;
}

/**
 * In a table of totals, a column headed only "Unexcused" or "Udok." counts absence in the unit
 * the table's other counts use ("Days absent | Unexcused"); with days and lessons both present the
 * unit is unclear and the column is left unread.
 */
function countsForFlags(roles: ColumnRole[]): ColumnRole[] {
  const units = new Set(
    roles.flatMap((role) => (role.kind === 'measure' && (role.measure === 'days' || role.measure === 'lessons') ? [role.measure] : [])),
  );
  const [unit] = [...units];
  if (units.size !== 1 || unit === undefined) return roles;
  return roles.map((role) => (role.kind === 'documented' ? { kind: 'measure', measure: unit, documented: !role.inverted } : role));
}

const MEANING_ROLE: Record<Exclude<TaughtMapping['columnMeaning'][number], 'codes'>, ColumnRole> = {
  days: { kind: 'measure', measure: 'days' },
  lessons: { kind: 'measure', measure: 'lessons' },
  late: { kind: 'measure', measure: 'late' },
  percent: { kind: 'measure', measure: 'percent' },
};

function analyseTaught(tables: Element[], mapping: TaughtMapping, asOf: IsoDate): Verdict {
  const table = tables[mapping.tableIndex];
  const fail = (missing: PageProblem): Verdict => ({ ok: false, missing, hasNames: false });
  if (!table) return fail({ code: 'taught-table-missing', table: mapping.tableIndex + 1, tables: tables.length });
  if (mapping.absenceColumns.length === 0 || mapping.absenceColumns.length !== mapping.columnMeaning.length) {
    return fail({ code: 'taught-mapping-incomplete' });
  }
  const grid = buildGrid(table);
  for (const column of [mapping.nameColumn, ...mapping.absenceColumns]) {
    if (column < 0 || column >= grid.width) {
      return fail({ code: 'taught-column-missing', table: mapping.tableIndex + 1, column: column + 1 });
    }
  }
  const headerRows = grid.rows.filter((row) => row.header);
  const headers = headerTexts(grid, headerRows);
  // Only who-columns are guessed; what counts as absence is what the teacher pointed at.
  const roles: ColumnRole[] = classifyColumns(headers, asOf).map((role) =>
    role.kind === 'className' || role.kind === 'studentId' ? role : { kind: 'other' },
  );
  roles[mapping.nameColumn] = { kind: 'name' };
  let register = false;
  for (const [i, column] of mapping.absenceColumns.entries()) {
    const meaning = mapping.columnMeaning[i] ?? 'days';
    if (meaning === 'codes') {
      const role = classifyHeader(headers[column] ?? '', GENERIC_VOCABULARY.headers, asOf);
      if (role.kind !== 'dateColumn') {
        return fail({ code: 'taught-column-undated', column: column + 1, header: headers[column] ?? '' });
      }
      roles[column] = role;
      register = true;
    } else {
      roles[column] = MEANING_ROLE[meaning];
    }
  }
  if (headerRows.length === 0) {
    // No marked header row: a first row whose taught cells hold words, not figures, is the header.
    const first = grid.rows.find((row) => !row.footer);
    const words = first ? mapping.absenceColumns.map((column) => cellText(first.cells[column])) : [];
    if (first && words.every((text) => text !== '' && !/\d/.test(text))) {
      headerRows.push(first);
      return taughtAnalysis(grid, register, roles, headerTexts(grid, headerRows), headerRows);
    }
  }
  return taughtAnalysis(grid, register, roles, headers, headerRows);
}

function taughtAnalysis(
  grid: TableGrid,
  register: boolean,
  roles: ColumnRole[],
  headers: string[],
  headerRows: GridRow[],
): Verdict {
  return { ok: true, analysis: { grid, shape: register ? 'register' : 'summary', roles, headers, headerRows: new Set(headerRows) } };
}

/** `nameHeaderWords`: the name column's header, normalised (a row that repeats it is a header, not a student). */
function isNotAStudent(name: string, nameHeaderWords: string): boolean {
  if (!/\p{L}/u.test(name)) return true;
  const normalised = normaliseHeader(name);
  // "Sum 8A", "Totalt for klassen", "Gjennomsnitt 10B": a sum word first is a sum row; so is a
  // total word last ("Class total", "10A i alt"): only total words, as "Klassen" can be a surname.
  return (
    GENERIC_VOCABULARY.notStudents.some((word) => normalised === word || normalised.startsWith(`${word} `)) ||
    GENERIC_VOCABULARY.totalWords.some((word) => normalised.endsWith(` ${word}`)) ||
    normalised === nameHeaderWords ||
    // "Ingen fravær registrert" in the name column, where a group has no one to list.
    saysNoAbsence(name, GENERIC_VOCABULARY.cells)
  );
}

/**
 * A note written in the name column under the students ("Utvalg: 18.08.2026–23.11.2026. Fraværstimer
 * = …"), as a spreadsheet keeps it in column A: a sentence, not a name, with no figure beside it
 * (a row number before it at most).
 */
function isNoteRow(name: string, cells: GridRow['cells'], nameCell: Element | undefined): boolean {
  // A colon or an equals sign, or a full stop after a word (not an initial's, "Lukas Å. Berg").
  if (!/:\s|\s=\s|\p{L}{2}[.!?]\s+\p{Lu}/u.test(name)) return false;
  const at = cells.indexOf(nameCell);
  return at >= 0 && cells.every((cell, column) => cell === undefined || cell === nameCell || (column < at ? /^\d*$/ : /^$/).test(cellText(cell)));
}

/** The columns that say who a row is about, found once per table rather than once per row (-1: none). */
interface WhoColumns {
  name: number;
  firstName: number;
  lastName: number;
  className: number;
  studentId: number;
}

function whoColumns(roles: ColumnRole[]): WhoColumns {
  const at = (kind: ColumnRole['kind']): number => roles.findIndex((role) => role.kind === kind);
  return { name: at('name'), firstName: at('firstName'), lastName: at('lastName'), className: at('className'), studentId: at('studentId') };
}

function nameOf(cells: GridRow['cells'], columns: WhoColumns): { name: string; cell: Element | undefined } {
  const { name, firstName: first, lastName: last } = columns;
  if (name >= 0) return { name: cellText(cells[name]), cell: cells[name] };
  const parts = [first >= 0 ? cellText(cells[first]) : '', cellText(cells[last])].filter((part) => part !== '');
  return { name: parts.join(' '), cell: cells[last] ?? cells[first] };
}

function textAt(cells: GridRow['cells'], index: number): string | undefined {
  if (index < 0) return undefined;
  const text = cellText(cells[index]);
  return text === '' ? undefined : text;
}

/** Whether a row holds at most one cell (a label across the table), without a set of all its cells. */
function oneCellAcross(cells: GridRow['cells']): boolean {
  let only: Element | undefined;
  for (const cell of cells) {
    if (cell === undefined || cell === only) continue;
    if (only !== undefined) return false;
    only = cell;
  }
  return true;
}

/**
 * The lines a table's sheet opens with (its own previous siblings), numbers masked: a print view
 * repeats them on every sheet ("Fraværsliste 7B – Side 1 av 2", "… Side 2 av 2").
 */
function sheetHeading(table: Element): string {
  return ownLinesBefore(table)
    .map((line) => cleanText(line).replace(/\d+/gu, '#'))
    .join('\n');
}

/**
 * Whether a later table goes on with the one found: the same columns under the same header words
 * and the same lines above them (a print view repeats both on each sheet), plain rows in both,
 * neither inside the other. Two tables with the same columns and nothing above them that says
 * so may be two classes: only the first is read then.
 */
function continuesOn(found: TableAnalysis, next: TableAnalysis): boolean {
  const plain = (grid: TableGrid) => !grid.bodyHasRowspan && !('cellsByRow' in grid) && grid.table.tagName === 'TABLE';
  return (
    found.shape === next.shape &&
    found.shape !== 'register' &&
    plain(found.grid) &&
    plain(next.grid) &&
    !found.grid.table.contains(next.grid.table) &&
    !next.grid.table.contains(found.grid.table) &&
    found.headers.length === next.headers.length &&
    found.headers.every((header, column) => normaliseHeader(header) === normaliseHeader(next.headers[column] ?? '')) &&
    sheetHeading(found.grid.table) !== '' &&
    sheetHeading(found.grid.table) === sheetHeading(next.grid.table)
  );
}

/** Each row of a table of totals that lists a student, with the student's name (sum and group rows left out). */
function* studentRowsListed(analysis: TableAnalysis): Generator<{ name: string; row: GridRow }> {
  const who = whoColumns(analysis.roles);
  const nameHeaderWords = normaliseHeader(analysis.headers[who.name >= 0 ? who.name : who.lastName] ?? '');
  for (const row of analysis.grid.rows) {
    if (analysis.headerRows.has(row) || row.header || row.footer || oneCellAcross(row.cells)) continue;
    const { name } = nameOf(row.cells, who);
    if (name !== '' && !isNotAStudent(name, nameHeaderWords)) yield { name, row };
  }
}

/** The students a table of totals lists, by name. */
function namesListed(analysis: TableAnalysis): Set<string> {
  const names = new Set<string>();
  for (const { name } of studentRowsListed(analysis)) names.add(name);
  return names;
}

/**
 * Whether a later table gives the same students' figures for another subject: the same columns
 * under the same header words, the same students, each table under a heading of its own ("Norsk",
 * "Matematikk 1T"). A student's absence is then the sum over the tables. Two classes' tables list
 * other students, and a table repeated under the same heading is not another subject's.
 */
function sameStudentsPerSubject(found: TableAnalysis, next: TableAnalysis): boolean {
  if (!sameTotalsUnderOwnHeading(found, next)) return false;
  const before = namesListed(found);
  const after = namesListed(next);
  return before.size >= 2 && before.size === after.size && [...after].every((name) => before.has(name));
}

/** Roles whose cells are a student's figures. */
const FIGURES: ReadonlySet<ColumnRole['kind']> = new Set(['measure', 'absence', 'stretch', 'attendance', 'documented']);

/**
 * The figures a table of totals gives each student it lists, by name: the texts of their figure
 * cells, or null when the student's rows in it give different ones.
 */
function figuresListed(analysis: TableAnalysis): Map<string, string | null> {
  const columns = analysis.roles.flatMap((role, column) => (FIGURES.has(role.kind) ? [column] : []));
  const figures = new Map<string, string | null>();
  for (const { name, row } of studentRowsListed(analysis)) {
    const shown = JSON.stringify(columns.map((column) => cellText(row.cells[column])));
    figures.set(name, figures.has(name) && figures.get(name) !== shown ? null : shown);
  }
  return figures;
}

/**
 * Whether a later table lists another group's students: the same columns under the same header
 * words, each table under a heading of its own ("8A – 4 elever", "8B – 3 elever", as a page with
 * a section per class shows them), and not the same students. Both are the page's list. A student
 * taught in both groups ("Basisgruppe 9B-2" and "Valgfag programmering") may stand in both with
 * the same figures, their whole absence; figures that differ would be each group's share of it,
 * and such tables are no two groups of whole students.
 */
function anotherGroup(found: TableAnalysis, next: TableAnalysis): boolean {
  if (!sameTotalsUnderOwnHeading(found, next)) return false;
  const before = figuresListed(found);
  const after = figuresListed(next);
  if (before.size < 1 || after.size < 1) return false;
  const shared = [...after.keys()].filter((name) => before.has(name));
  if (shared.length === after.size && shared.length === before.size) return false;
  return shared.every((name) => before.get(name) !== null && before.get(name) === after.get(name));
}

/** The range the lines just above a table state ("Viser skoledager 02.11.2026–23.11.2026"), if one does and it ends by the as-of day. */
function rangeStatedAbove(table: Element, asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  return ownLinesBefore(table).map((line) => statedRange(line, asOf)).find((range) => range !== null && range.to <= asOf) ?? undefined;
}

/** The range a table's own heading states ("Siste 14 dager (10.11.–23.11.2026)"), if it ends by the as-of day. */
function ownRange(table: Element, asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  for (const line of ownLinesBefore(table)) {
    const range = statedRange(line, asOf);
    if (range) return range.to <= asOf ? range : undefined;
  }
  return undefined;
}

/**
 * Whether a later table gives the same students' figures over another period: the same columns
 * under the same header words, the same students (perhaps in another order), and each table's
 * own heading states a range of its own ("Siste 14 dager (10.11.–23.11.2026)", "Hittil i halvåret
 * (18.08.–23.11.2026)"). Each student's two rows are then one student's figures over two periods,
 * never to be added up: at most one range may be longer than a stretch (the totals' period), the
 * others are stretches beside it. Returns each table's range.
 */
function periodTables(found: TableAnalysis, next: TableAnalysis, asOf: IsoDate): Map<Element, { from: IsoDate; to: IsoDate }> | undefined {
  if (found.perSubjectTables || found.groupTables || !sameTotalsUnderOwnHeading(found, next)) return undefined;
  const before = namesListed(found);
  const after = namesListed(next);
  if (before.size < 2 || before.size !== after.size || ![...after].every((name) => before.has(name))) return undefined;
  const ranges = new Map(found.periodTables ?? []);
  const first = found.periodTables ? undefined : ownRange(found.grid.table, asOf);
  if (first) ranges.set(found.grid.table, first);
  const range = ownRange(next.grid.table, asOf);
  if (ranges.size === 0 || !range || [...ranges.values()].some((known) => known.from === range.from && known.to === range.to)) return undefined;
  ranges.set(next.grid.table, range);
  const long = [...ranges.values()].filter((each) => daysBetween(each.from, each.to) + 1 > MAX_STRETCH_DAYS);
  return long.length <= 1 ? ranges : undefined;
}

/** Two plain tables of totals, neither inside the other, with the same header words, under headings that differ. */
function sameTotalsUnderOwnHeading(found: TableAnalysis, next: TableAnalysis): boolean {
  const plain = (grid: TableGrid) => !grid.bodyHasRowspan && !('cellsByRow' in grid) && grid.table.tagName === 'TABLE';
  if (found.shape !== 'summary' || next.shape !== 'summary' || !plain(found.grid) || !plain(next.grid)) return false;
  if (found.grid.table.contains(next.grid.table) || next.grid.table.contains(found.grid.table)) return false;
  if (found.headers.length !== next.headers.length) return false;
  if (!found.headers.every((header, column) => normaliseHeader(header) === normaliseHeader(next.headers[column] ?? ''))) return false;
  const heading = sheetHeading(next.grid.table);
  return heading !== '' && heading !== sheetHeading(found.grid.table);
}

/** A header-less table's rows to read under the header of the table found just before it (headerless-table.ts). */
function headlessRows(found: TableAnalysis, table: Element): GridRow[] | undefined {
  if ('cellsByRow' in found.grid) return undefined;
  const foundBody = found.grid.rows.filter((row) => !row.header && !row.footer && !found.headerRows.has(row) && !oneCellAcross(row.cells));
  return rowsUnderHeaderAbove(found.grid, foundBody, table);
}

/** The first table that holds students, and otherwise the most telling reason none does. */
function* pickTable(
  tables: Element[],
  asOf: IsoDate,
  warnings: PageNote[],
): Steps<{ analysis?: TableAnalysis; best?: Verdict; eventsWithoutNames?: TableAnalysis }> {
  let analysis: TableAnalysis | undefined;
  let best: Verdict | undefined;
  let eventsWithoutNames: TableAnalysis | undefined;
  let joinedWith: Element | undefined;
  // The index of the last table read into `analysis`: only the table right after it may go on without a header.
  let lastRead = -1;
  for (const [index, table] of tables.entries()) {
    if (table === joinedWith) continue;
    let verdict = yield* analyseTable(table, asOf);
    const next = tables[index + 1];
    const headless = !verdict.ok && analysis && index === lastRead + 1 && (analysis.shape === 'summary' || analysis.shape === 'register') ? headlessRows(analysis, table) : undefined;
    if (analysis && headless) {
      // The next group's table under the header printed only above the first: the same list's rows.
      analysis = { ...analysis, grid: { ...analysis.grid, rows: [...analysis.grid.rows, ...headless] } };
      lastRead = index;
      continue;
    }
    if (!verdict.ok && verdict.namesOnly && next) {
      // Names alone, and a table beside it: perhaps the figures, row for row.
      const joined = joinSideBySide(verdict.namesOnly, next);
      const together = joined ? analyseGrid(joined, asOf) : undefined;
      if (together?.ok && together.analysis.shape === 'summary') verdict = together;
    }
    if (verdict.ok && next && verdict.analysis.grid.rows.every((row) => row.header)) {
      // A header with no rows under it, and a table below: perhaps the body of a fixed-header list.
      const joined = joinFixedHeader(verdict.analysis.grid, next);
      const together = joined ? analyseGrid(joined, asOf) : undefined;
      if (together?.ok) {
        verdict = together;
        joinedWith = next;
      }
    }
    if (verdict.ok && verdict.analysis.grid.rows.every((row) => row.header)) {
      // Still a header with no rows: perhaps the rows follow it outside any table (header-only-table.ts).
      const joined = rowsUnderHeaderOnlyTable(verdict.analysis.grid);
      const together = joined ? analyseGrid(joined, asOf) : undefined;
      if (together?.ok) verdict = together;
    }
    if (verdict.ok) {
      if (analysis && continuesOn(analysis, verdict.analysis)) {
        // The same header again further down: the next sheet of a print view, its rows the same list's.
        analysis = { ...analysis, grid: { ...analysis.grid, rows: [...analysis.grid.rows, ...verdict.analysis.grid.rows] } };
        for (const row of verdict.analysis.headerRows) analysis.headerRows.add(row);
        lastRead = index;
        continue;
      }
      const periods = analysis && periodTables(analysis, verdict.analysis, asOf);
      if (analysis && periods) {
        // The same students over another period: each student's rows are read together, a row per period.
        analysis = { ...analysis, periodTables: periods, grid: { ...analysis.grid, rows: [...analysis.grid.rows, ...verdict.analysis.grid.rows] } };
        for (const row of verdict.analysis.headerRows) analysis.headerRows.add(row);
        lastRead = index;
        continue;
      }
      if (analysis && sameStudentsPerSubject(analysis, verdict.analysis)) {
        // The same students again under another subject's heading: their rows are added up.
        analysis = { ...analysis, perSubjectTables: true, grid: { ...analysis.grid, rows: [...analysis.grid.rows, ...verdict.analysis.grid.rows] } };
        for (const row of verdict.analysis.headerRows) analysis.headerRows.add(row);
        lastRead = index;
        continue;
      }
      if (analysis && anotherGroup(analysis, verdict.analysis)) {
        // Another group's students under its own heading: read with the first.
        analysis = { ...analysis, groupTables: true, grid: { ...analysis.grid, rows: [...analysis.grid.rows, ...verdict.analysis.grid.rows] } };
        for (const row of verdict.analysis.headerRows) analysis.headerRows.add(row);
        lastRead = index;
        continue;
      }
      if (analysis) {
        // A table inside the one already found is a layout detail of it, not a second class.
        if (!analysis.grid.table.contains(table)) warnings.push({ code: 'several-tables' });
        break;
      }
      analysis = verdict.analysis;
      lastRead = joinedWith === next ? index + 1 : index;
    } else {
      if (!best || (!best.ok && verdict.hasNames && !best.hasNames)) best = verdict;
      eventsWithoutNames ??= verdict.eventsWithoutNames;
    }
  }
  return {
    ...(analysis ? { analysis } : {}),
    ...(best ? { best } : {}),
    ...(eventsWithoutNames ? { eventsWithoutNames } : {}),
  };
}

/** What the reader keeps about a located table, for reading each student's rows later. */
function genericContext(doc: Document, analysis: TableAnalysis, students: Map<string, StudentIdentity>): GenericContext {
  const { grid, shape, roles, headers } = analysis;
  const figures = roles.flatMap((role, column) => (FIGURE_KINDS.has(role.kind) ? [column] : []));
  const dates = roles.flatMap((role, column) => (role.kind === 'dateColumn' ? [column] : []));
  const words = cellWordsFor(doc, grid, shape);
  const body = shape === 'summary' || shape === 'register' ? bodyRows(grid, [...analysis.headerRows]).map((row) => row.cells) : [];
  // A register's figures beside its dates (the term's days so far) may be painted as a summary's are.
  const painted =
    shape === 'register' ? new Set([...paintedDateColumns(body, dates, words), ...blankColumns(body, figures)]) : blankColumns(body, figures);
  return {
    reader: 'generic',
    shape,
    table: grid.table,
    roles,
    headers,
    period: periodFromPage(doc, grid.table, headers, GENERIC_VOCABULARY.page),
    bodyHasRowspan: grid.bodyHasRowspan,
    students,
    words,
    lessonsTaught: headers.some((header) => countsLessonsTaught(header, GENERIC_VOCABULARY.headers)),
    ...('cellsByRow' in grid ? { cellsByRow: (grid as LayoutGrid).cellsByRow } : {}),
    ...(painted.size > 0 ? { painted } : {}),
  };
}

/**
 * The one subject a class's summary counts, unless its rows are a student's subjects added up
 * (one-subject.ts). `pageClass`: the class the page names, which a heading beside the subject's
 * name may give too.
 */
function oneSubjectOfTable(analysis: TableAnalysis, pageClass: string | undefined): string | undefined {
  if (analysis.shape !== 'summary' || analysis.perSubjectTables) return undefined;
  const { grid, roles, headers } = analysis;
  return oneSubjectOf(grid.table, headers, roles, pageClass, GENERIC_VOCABULARY.oneSubject);
}

/**
 * A student's rows of figures per subject: their sum row ("Sum", "Totalt") when the page gives
 * one, else every subject's row, which readStudent adds up. Rows of other shapes stay as they are.
 * `footer`: the table's footer rows, where a sum row often stands (<tfoot>); only a sum is taken
 * from there.
 */
function perSubjectRows(shape: Shape, rows: readonly GridRow[], roles: readonly ColumnRole[], footer: readonly GridRow[] = []): GridRow[] {
  if (shape !== 'summary') return [...rows];
  const subject = roles.findIndex((role) => role.kind === 'subject');
  const sums = [...rows, ...footer].filter((row) => {
    const label = normaliseHeader(cellText(row.cells[subject] ?? row.cells.find((cell) => cell !== undefined)));
    return GENERIC_VOCABULARY.totalWords.some((word) => label === word || label.startsWith(`${word} `));
  });
  return sums.length === 1 ? sums : rows.filter((row) => !sums.includes(row));
}

/**
 * An event list with no name column on a page about one student (named in the heading, the
 * breadcrumb or the title): every row is theirs, and the badge goes beside the name.
 */
function locateSingleStudent(
  doc: Document,
  analysis: TableAnalysis,
  warnings: PageNote[],
  asOf: IsoDate,
): LocateResult | undefined {
  const { grid, shape, roles, headers, headerRows } = analysis;
  const grouped = locateGroups(doc, analysis, warnings, asOf);
  if (grouped) return grouped;
  const student = studentFromPage(doc, grid.table, GENERIC_VOCABULARY.singleStudent);
  if (!student) return undefined;
  const className =
    classFromLines(doc, grid.table, GENERIC_VOCABULARY.singleStudent) ?? classNameFromPage(doc, grid.table, GENERIC_VOCABULARY.page);
  // A row of one cell across the table ("Ingen fravær registrert", a month's heading) is no event;
  // in a table one column wide (a single key figure), that cell is the figure.
  const figures = (row: GridRow) =>
    !headerRows.has(row) && !row.header && (new Set(row.cells.filter((cell) => cell !== undefined)).size > 1 || (shape === 'summary' && grid.width === 1));
  const rows = perSubjectRows(
    shape,
    grid.rows.filter((row) => !row.footer && figures(row)),
    roles,
    grid.rows.filter((row) => row.footer && figures(row)),
  );
  const key = nameKey(student.name, className);
  const anchor = student.anchor ?? grid.table;
  const slot: StudentSlot = { key, anchor, elements: rows.map((row) => row.element) };
  const context = genericContext(doc, analysis, new Map([[key, identity(key, student.name, className)]]));
  // The same student's subjects and key figures describe one student: both are read, for one badge.
  if (shape === 'summary' && roles.some((role) => role.kind === 'subject')) {
    const figures = keyFiguresAnalysis(doc, asOf);
    const cells = figures?.grid.rows.find((row) => !row.header)?.cells;
    if (figures && cells) context.keyFigures = { cells, roles: figures.roles, headers: figures.headers };
  }
  const shownPeriod = analysis.shownPeriod ?? shownPeriodOf(doc, grid.table, shape, roles, analysis.headers, context.period, asOf);
  return {
    ok: true,
    layout: {
      adapterId: 'generic',
      pageType: PAGE_TYPE[shape],
      ...(className ? { className } : {}),
      ...(shownPeriod ? { shownPeriod } : {}),
      slots: [slot],
      context,
      warnings,
    },
  };
}

/**
 * An event list grouped per student: a row across the table names the student ("Aamot, Levi
 * (7B)"), their absences follow, and a row such as "Ingen fravær registrert" says they have none.
 */
function locateGroups(doc: Document, analysis: TableAnalysis, warnings: PageNote[], asOf: IsoDate): LocateResult | undefined {
  const { grid, shape, roles, headers, headerRows } = analysis;
  const pageClass = classNameFromPage(doc, grid.table, GENERIC_VOCABULARY.page);
  const slots: StudentSlot[] = [];
  const students = new Map<string, StudentIdentity>();
  const keys = new KeyAllocator();
  let current: StudentSlot | undefined;
  const rowsOf = new Map<StudentSlot, GridRow[]>();
  for (const row of grid.rows) {
    if (headerRows.has(row) || row.footer) continue;
    const distinct = new Set(row.cells.filter((cell) => cell !== undefined));
    if (distinct.size === 1) {
      const cell = [...distinct][0] as Element;
      const named = groupStudent(cellText(cell), GENERIC_VOCABULARY.singleStudent);
      if (!named) continue; // "Ingen fravær registrert", a month's heading
      const className = named.className ?? pageClass;
      const key = keys.take(nameKey(named.name, className));
      current = { key, anchor: cell, elements: [] };
      slots.push(current);
      rowsOf.set(current, []);
      students.set(key, identity(key, named.name, className));
      continue;
    }
    if (row.header || !current) continue;
    rowsOf.get(current)?.push(row);
  }
  if (slots.length === 0) return undefined;
  for (const [slot, rows] of rowsOf) slot.elements = perSubjectRows(shape, rows, roles).map((row) => row.element);
  const context = genericContext(doc, analysis, students);
  const classes = new Set([...students.values()].flatMap((student) => (student.className ? [student.className] : [])));
  const className = classes.size === 1 ? [...classes][0] : pageClass;
  const shownPeriod = analysis.shownPeriod ?? shownPeriodOf(doc, grid.table, shape, roles, analysis.headers, context.period, asOf);
  return {
    ok: true,
    layout: {
      adapterId: 'generic',
      pageType: PAGE_TYPE[shape],
      ...(className ? { className } : {}),
      ...(shownPeriod ? { shownPeriod } : {}),
      slots,
      context,
      warnings,
    },
  };
}

function locate(doc: Document, url: URL, options: ReadOptions): LocateResult {
  return runToEnd(locateInSteps(doc, url, options));
}

/** locate in steps (lib/portals/steps.ts): a long table is walked a few hundred rows at a time. */
function* locateInSteps(doc: Document, _url: URL, options: ReadOptions): Steps<LocateResult> {
  try {
    return yield* locateUnsafe(doc, options);
  } catch (error) {
    return internalError('locate', error);
  }
}

function* locateUnsafe(doc: Document, options: ReadOptions): Steps<LocateResult> {
  const lightTables = findTables(doc);
  const warnings: PageNote[] = [];
  let analysis: TableAnalysis | undefined;
  if (options.taughtMapping) {
    const tables = options.taughtMapping.tableIndex < lightTables.length ? lightTables : findTablesInPage(doc);
    const verdict = analyseTaught(tables, options.taughtMapping, options.asOf);
    if (!verdict.ok) return { ok: false, missing: [verdict.missing] };
    analysis = verdict.analysis;
  } else {
    // Tables inside web components' open shadow roots are looked for only when the page's own
    // tables hold no students: walking every element costs time on a big page.
    // A table the page does not render (folded away, an inactive tab) is not read until it is shown.
    // A table that frames a small table in every row is read as a layout (layout-grid.ts), not as figures.
    let picked = yield* pickTable(lightTables.filter((table) => isRendered(table) && !holdsTablePerRow(table)), options.asOf, warnings);
    if (!picked.analysis) {
      const deep = findTablesDeep(doc).filter(isRendered);
      if (deep.length > 0) {
        const inShadow = yield* pickTable(deep, options.asOf, warnings);
        picked = inShadow.analysis || !picked.best ? inShadow : picked;
      }
    }
    // No table of students: perhaps students laid out as cards or in a CSS grid of plain elements.
    analysis = picked.analysis ?? namedListAnalysis(doc, options.asOf) ?? layoutAnalysis(doc, options.asOf) ?? dayLogAnalysis(doc, options.asOf);
    // No table of events either: perhaps a student's registrations as a list, an item per date.
    const eventsWithoutNames = analysis
      ? undefined
      : (summedUpAboveSubjects(doc, picked.eventsWithoutNames, options.asOf) ?? picked.eventsWithoutNames ?? datedListAnalysis(doc, options.asOf) ?? weekLogAnalysis(doc, options.asOf) ?? monthCalendarAnalysis(doc, lightTables.filter(isRendered), options.asOf) ?? keyFiguresAnalysis(doc, options.asOf));
    if (lightTables.length === 0 && !analysis && !picked.best && !eventsWithoutNames) return { ok: false, missing: [{ code: 'no-table' }] };
    const best = picked.best;
    if (!analysis && eventsWithoutNames) {
      const single = locateSingleStudent(doc, eventsWithoutNames, warnings, options.asOf);
      if (single) return single;
    }
    if (!analysis) return { ok: false, missing: [best && !best.ok ? best.missing : { code: 'no-student-table' }] };
  }

  const { grid, shape, roles, headers, headerRows } = analysis;
  const pageClass = classNameFromPage(doc, grid.table, GENERIC_VOCABULARY.page);
  // Rows of a later sheet (continuesOn) take the class that sheet's own heading names.
  const sheetClasses = new Map<Element, string | undefined>([[grid.table, pageClass]]);
  const classOfSheet = (row: Element): string | undefined => {
    // Per-subject tables are one class's: their headings name subjects ("Matematikk 1T"), not classes.
    if (analysis.perSubjectTables) return pageClass;
    const sheet = row.closest('table') ?? grid.table;
    // The page's headings may name any of several groups: only a table's own heading says its class.
    if (analysis.groupTables) return classOfOwnHeading(sheet, GENERIC_VOCABULARY.page);
    if (!sheetClasses.has(sheet)) sheetClasses.set(sheet, classNameFromPage(doc, sheet, GENERIC_VOCABULARY.page) ?? pageClass);
    return sheetClasses.get(sheet);
  };
  const nameHeaderWords = normaliseHeader(headers[roles.findIndex((role) => role.kind === 'name' || role.kind === 'lastName')] ?? '');
  const who = whoColumns(roles);
  const students = new Map<string, StudentIdentity>();
  const slots: StudentSlot[] = [];
  const keys = new KeyAllocator();
  const bySlotKey = new Map<string, StudentSlot>();
  let previous: StudentSlot | undefined;
  const classes = new Set<string>();

  let groupClass: string | undefined;
  let spanned = false;
  let walked = 0;
  const isBody = (row: GridRow) => !headerRows.has(row) && !row.header && !row.footer;
  const byUnit =
    shape === 'summary' && !options.taughtMapping
      ? unitColumn(roles, grid.rows.filter((row) => isBody(row) && !oneCellAcross(row.cells)), cellText, unitOfText)
      : undefined;
  // A long-format export (long-rows.ts): a row per student and month, or per student and subject.
  const longFormat = shape === 'summary' && !options.taughtMapping && byUnit === undefined;
  const bodyTexts = longFormat ? grid.rows.filter((row) => isBody(row) && !oneCellAcross(row.cells)).map((row) => row.cells.map((cell) => cellText(cell))) : [];
  const whoOrder = [who.name >= 0 ? who.name : who.lastName, who.firstName, who.className, who.studentId].filter((column) => column >= 0);
  const byMonth = longFormat ? monthColumn(roles, bodyTexts, whoOrder, options.asOf) : undefined;
  const bySubject = longFormat && byMonth === undefined ? subjectColumn(roles, bodyTexts, whoOrder) : undefined;
  const treeLevel = studentLevel(
    grid.table,
    grid.rows,
    isBody,
    (row) => nameOf(row.cells, who).name,
    (text) => groupStudent(text, GENERIC_VOCABULARY.singleStudent) !== undefined,
  );
  for (const row of grid.rows) {
    if (++walked % ROWS_PER_STEP === 0) yield;
    if (!isBody(row)) continue;
    if (oneCellAcross(row.cells)) {
      // One cell across the row is a group label; when it names a class, the rows below are in it.
      const label = cellText(row.cells.find((cell) => cell !== undefined));
      if (gradeFromClassName(label).grade !== undefined) groupClass = label;
      continue;
    }
    // A tree grid's rows at another level than its students' are groups above them or details below them.
    if (treeLevel !== undefined) {
      const level = row.element.getAttribute('aria-level');
      if (level !== null && level !== treeLevel) continue;
    } else if (row.element.hasAttribute('aria-expanded') && row.element.closest('[role="treegrid"]')) {
      // A row that opens and closes rows below it is a group (a class with its sums).
      continue;
    }
    const { name, cell } = nameOf(row.cells, who);
    if (shape === 'events' && name === '' && previous) {
      // Rows grouped under one name with the name cell left blank belong to the student above.
      if (!previous.elements.includes(row.element)) previous.elements.push(row.element);
      continue;
    }
    if (name === '' || isNotAStudent(name, nameHeaderWords) || isNoteRow(name, row.cells, cell)) continue;
    if (byUnit !== undefined && previous?.elements.length === 1 && students.get(previous.key)?.name === name) {
      // The student's row in the other unit, under the same name cell.
      previous.elements.push(row.element);
      continue;
    }
    if (shape === 'summary' && cell !== undefined && previous?.anchor === cell) {
      // The student's next row under their name cell, which spans their rows (spanned-rows.ts).
      previous.elements.push(row.element);
      spanned = true;
      continue;
    }
    const className = textAt(row.cells, who.className) ?? groupClass ?? classOfSheet(row.element);
    if (className) classes.add(className);
    const id = idFromRow(row.element, cell, textAt(row.cells, who.studentId));
    const base = id ? `generic:${id}` : nameKey(name, className);
    if (shape === 'events') {
      const existing = bySlotKey.get(base);
      if (existing) {
        existing.elements.push(row.element);
        previous = existing;
        continue;
      }
    }
    if (analysis.perSubjectTables || analysis.periodTables || analysis.partLists || byMonth !== undefined || bySubject !== undefined) {
      const existing = bySlotKey.get(base);
      if (existing) {
        existing.elements.push(row.element);
        continue;
      }
    }
    const key = shape === 'events' ? base : keys.take(base);
    // A name the page writes as plain text is read from a detached cell: the badge goes in the row then.
    const slot: StudentSlot = { key, anchor: cell?.isConnected ? cell : row.element, elements: [row.element] };
    bySlotKey.set(base, slot);
    students.set(key, identity(key, name, className));
    slots.push(slot);
    previous = slot;
  }
  if (bySubject !== undefined) {
    // A student's own sum row ("Sum", "Totalt") among their subjects' rows is their absence; else the subjects add up.
    const rowOf = new Map(grid.rows.map((row) => [row.element, row]));
    for (const slot of slots) {
      if (slot.elements.length > 1) slot.elements = perSubjectRows(shape, slot.elements.flatMap((element) => rowOf.get(element) ?? []), roles).map((row) => row.element);
    }
  }
  // A long table's last rows, the page-wide reads below (its pager reads the whole table's text) and
  // the overlay's first work with the result are each a step of their own.
  const long = walked > ROWS_PER_STEP;
  if (long) yield;

  if (slots.length === 0) {
    // Rows with nothing in them, or a table marked busy, are a skeleton whose data has not loaded
    // (or failed to): nothing was read. A table with no rows at all is a class with no students yet.
    const body = grid.rows.filter(isBody);
    const skeleton = body.length > 0 && body.every((row) => row.cells.every((cell) => cellText(cell) === ''));
    if (skeleton || grid.table.getAttribute('aria-busy') === 'true') return { ok: false, missing: [{ code: 'rows-not-loaded' }] };
    // Rows of figures with no student's name in any of them list something else: classes, groups.
    if (body.some((row) => !oneCellAcross(row.cells))) return { ok: false, missing: [{ code: 'no-student-names' }] };
    // Only rows of one cell across ("Ingen elevar i gruppa."): the page says it lists no student,
    // which the teacher is told, rather than a table read as if it were fine.
    if (body.length > 0) return { ok: false, missing: [{ code: 'no-students', part: 'overview' }] };
    // No rows and an error on the page ("Noe gikk galt … 503"): the figures did not load, which
    // is not a class without students.
    if (showsAlert(doc)) return { ok: false, missing: [{ code: 'page-shows-error' }] };
    warnings.push({ code: 'empty-table' });
  }
  // Print sheets read together are the pages a "Side 1 av 2" counts, not a pager's unread pages.
  const sheets = new Set(grid.rows.map((row) => row.element.closest('table') ?? grid.table)).size;
  if (sheets === 1 && isPaginated(doc, grid.table, GENERIC_VOCABULARY.page)) warnings.push({ code: 'paginated' });
  const context = genericContext(doc, analysis, students);
  const oneSubject = oneSubjectOfTable(analysis, pageClass);
  if (oneSubject !== undefined) {
    // Every student's figures are that subject's: the popover says so beside each of them.
    context.oneSubject = oneSubject;
    warnings.push({ code: 'one-subject', subject: oneSubject });
  }
  if (byUnit !== undefined) context.unitColumn = byUnit;
  if (byMonth !== undefined) context.monthColumn = byMonth;
  if (spanned) context.spannedRows = true;
  const onlyClass = classes.size === 1 ? [...classes][0] : analysis.groupTables ? undefined : pageClass;
  let shownPeriod = analysis.shownPeriod ?? shownPeriodOf(doc, grid.table, shape, roles, analysis.headers, context.period, options.asOf);
  if (analysis.periodTables) {
    // Each table's figures cover its own heading's range; the longest is the period shown.
    const ranges = [...analysis.periodTables];
    context.rolesByTable = new Map(ranges.map(([table, range]) => [table, asStretch(context.roles, { basis: 'stated', ...range }, options.asOf)]));
    const [, longest] = ranges.reduce((a, b) => (daysBetween(b[1].from, b[1].to) > daysBetween(a[1].from, a[1].to) ? b : a));
    shownPeriod = { basis: 'stated', ...longest };
  } else if (shape === 'summary' && !options.taughtMapping) context.roles = asStretch(context.roles, shownPeriod, options.asOf);
  const layout: PageLayout = {
    adapterId: 'generic',
    pageType: PAGE_TYPE[shape],
    ...(onlyClass ? { className: onlyClass } : {}),
    ...(shownPeriod ? { shownPeriod } : {}),
    slots,
    context,
    warnings,
  };
  if (long) yield;
  return { ok: true, layout };
}

/**
 * The period the table shows: a register's date columns; else a range written in its caption,
 * the headings above it or a "Periode" label; else (totals) the period its words name.
 */
function shownPeriodOf(
  doc: Document,
  table: Element,
  shape: Shape,
  roles: ColumnRole[],
  headers: readonly string[],
  period: GenericContext['period'],
  asOf: IsoDate,
): ShownPeriod | undefined {
  if (shape === 'register') {
    return dateWindow(roles.flatMap((role) => (role.kind === 'dateColumn' ? [role.date] : [])));
  }
  const headed = shape === 'summary' ? rangeOfTotals(roles, headers, asOf) : undefined;
  if (headed) return { basis: 'stated', ...headed };
  const texts = [
    captionOf(table),
    ...Array.from(doc.querySelectorAll('h1, h2, h3')).map((heading) => heading.textContent ?? ''),
    labelledValue(doc, GENERIC_VOCABULARY.periodLabels) ?? '',
    readOnlyFieldValue(doc, GENERIC_VOCABULARY.periodLabels) ?? '',
    ...linesBefore(table),
  ];
  const stated = texts.map((text) => statedRange(text, asOf)).find((range) => range !== null);
  // Beside a shorter stretch's figure, a range written above the table is that stretch's
  // («Siste 14 dager» gjelder 10.11–23.11), not the period of the totals; unless it spans a series
  // of stretches side by side ("uke 41–46 (05.10.–13.11.2026)" over a column per week and their
  // sum): then it is the period of them all.
  if (shape === 'summary' && roles.some((role) => role.kind === 'stretch') && !(stated && spansSeries(roles, stated))) {
    return totalsPeriod(undefined, period, asOf);
  }
  if (stated) return { basis: 'stated', ...stated };
  return shape === 'summary' ? totalsPeriod(undefined, period, asOf) : UNSTATED_PERIOD;
}

/**
 * Whether a range reaches into the first and the last of two or more stretch columns that follow
 * one another without overlapping (a week or a month each): a series whose parts the range holds
 * together. Into, not over: "12.10.–20.11." names weeks 42–47 by their school days, and week 47's
 * column runs to its Sunday.
 */
function spansSeries(roles: readonly ColumnRole[], range: { from: IsoDate; to: IsoDate }): boolean {
  const stretches = roles.flatMap((role) => (role.kind === 'stretch' ? [role] : [])).sort((a, b) => compareIso(a.from, b.from));
  const first = stretches[0];
  const last = stretches[stretches.length - 1];
  if (!first || !last || stretches.length < 2) return false;
  const apart = stretches.every((stretch, index) => index === 0 || (stretches[index - 1] as typeof stretch).to < stretch.from);
  return apart && range.from <= first.to && range.to >= last.from;
}

/**
 * The range the totals' own headers state ("Fravær 01.10.–23.11.2026" over "Dager | Timer"), when
 * every totals column that states one states the same: the period those figures cover. Without
 * it, a range that starts after the term's first day was taken for the whole term so far, and the
 * weeks before it for weeks with no absence.
 */
function rangeOfTotals(roles: readonly ColumnRole[], headers: readonly string[], asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const ranges = roles.flatMap((role, column) => {
    if (role.kind !== 'measure' && role.kind !== 'absence') return [];
    const range = statedRange(headers[column] ?? '', asOf);
    return range ? [range] : [];
  });
  const [first] = ranges;
  return first && ranges.every((range) => range.from === first.from && range.to === first.to) ? first : undefined;
}

/** The longest stated range whose totals are read as a stretch of their own, not as the term's. */
const MAX_STRETCH_DAYS = 42;

/**
 * A table of totals over a short range the page states ("Periode: 10.11.2026–23.11.2026", a
 * "Siste 14 dager" tab) shows that stretch's absence, not the term's: its day and lesson counts are
 * the stretch's, and the rest of the rules' windows is unseen. Shares and parts of the counts
 * cannot be said of a stretch and are left unread, so nothing is counted for the wrong period. A
 * column that names no unit, the only count, is the stretch's too, read where a cell names its unit.
 */
function asStretch(roles: ColumnRole[], shown: ShownPeriod | undefined, asOf: IsoDate): ColumnRole[] {
  if (shown?.basis !== 'stated' || !shown.from || !shown.to || shown.to > asOf) return roles;
  if (daysBetween(shown.from, shown.to) + 1 > MAX_STRETCH_DAYS || roles.some((role) => role.kind === 'stretch')) return roles;
  const { from, to } = shown;
  const counted = roles.some((role) => role.kind === 'measure' && (role.measure === 'days' || role.measure === 'lessons'));
  return roles.map((role): ColumnRole => {
    if (role.kind === 'measure' && (role.measure === 'days' || role.measure === 'lessons') && role.documented === undefined) {
      return { kind: 'stretch', from, to, measure: role.measure };
    }
    // A column that names no unit ("Fravær") with none beside it that does: its cells say theirs ("2 timer").
    if (role.kind === 'absence' && !role.parts && !counted) return { kind: 'stretch', from, to };
    return role.kind === 'measure' || role.kind === 'absence' || role.kind === 'documented' || role.kind === 'attendance' ? { kind: 'other' } : role;
  });
}

/**
 * Registers and event lists read codes: the page's own legend of them, if it has one, comes first.
 * A summary reads counts, and takes from its key only the marks it prints for nought.
 */
function cellWordsFor(doc: Document, grid: TableGrid, shape: Shape): CellWordsType {
  const root = grid.table.getRootNode();
  // A table inside a shadow root may have its legend there. (Node type 9 is a document; the
  // `Document` global is not used because lib/ runs outside a window too.)
  const inShadowRoot = root !== doc && root.nodeType !== 9;
  if (shape === 'summary') {
    // A summary's figures are counts: its key may name a mark it prints for nought ("· = ingen fravær").
    const { cells, legend } = GENERIC_VOCABULARY;
    const marks = [...(inShadowRoot ? marksForNone(root as ParentNode, legend, cells.noAbsence) : []), ...marksForNone(doc, legend, cells.noAbsence)];
    // Or marks that each stand for a day or a lesson, drawn in a row per student ("● ● ◦").
    const unitMarks = { ...(inShadowRoot ? markedUnits(root as ParentNode, legend) : {}), ...markedUnits(doc, legend) };
    const counted = Object.keys(unitMarks).length === 0 ? cells : { ...cells, unitMarks };
    return marks.length === 0 ? counted : { ...counted, noAbsence: [...cells.noAbsence, ...marks] };
  }
  const legend = {
    ...(inShadowRoot ? legendFromPage(root as ParentNode, GENERIC_VOCABULARY.legend, grid) : {}),
    ...legendFromPage(doc, GENERIC_VOCABULARY.legend, grid),
  };
  if (Object.keys(legend).length === 0) return GENERIC_VOCABULARY.cells;
  return { ...GENERIC_VOCABULARY.cells, codes: { ...GENERIC_VOCABULARY.cells.codes, ...legend } };
}

function layoutAnalysis(doc: Document, asOf: IsoDate): TableAnalysis | undefined {
  const headerOf = (texts: string[]) => {
    const roles = classifyColumns(texts, asOf);
    if (!hasNameColumn(roles) || shapeOf(roles) !== 'summary') return undefined;
    const name = roles.findIndex((role) => role.kind === 'name' || role.kind === 'lastName');
    const figures = roles.flatMap((role, column) => (role.kind === 'measure' ? [column] : []));
    return { name, figures };
  };
  const unitNear = (container: Element) => {
    const unit = unitStatedNear(container, GENERIC_VOCABULARY.page);
    return unit === 'days' ? 'dager' : unit === 'lessons' ? 'timer' : undefined;
  };
  // Lists under headings that each name a part of the absence are one list of parts to add up.
  const parts = findPartLists(doc, headerOf, { namesPart: (heading) => partOfWhole(heading) === 'part', countsAbsence: countsDaysOrLessons }, unitNear);
  if (parts === null) return undefined;
  if (parts && isRendered(parts.table)) {
    const headers = parts.headerTexts ?? [];
    return { grid: parts, shape: 'summary', roles: classifyColumns(headers, asOf), headers, headerRows: new Set([parts.rows[0] as GridRow]), partLists: true };
  }
  const prose = (text: string) => absenceInProse(text, GENERIC_VOCABULARY.prose);
  const layout = findLayoutGrids(doc, headerOf, unitNear, prose).find((found) => isRendered(found.table));
  if (!layout) return undefined;
  const header = layout.rows[0] as GridRow;
  const headers = layout.headerTexts ?? header.cells.map((cell) => cellText(cell));
  // A shortened header's tooltip says what it counts here as in a table ("Udok." titled
  // "Udokumentert fravær (dager)"), before a count beside it lends it its unit. Headers the layout
  // wrote itself (chips, cards) have no header cells: a first student's tooltip is no header's.
  const classified = classifyColumns(headers, asOf);
  const titled = layout.headerTexts ? classified : withHeaderTitles(classified, headers, [header], layout, GENERIC_VOCABULARY.headers, asOf);
  const roles = countsForFlags(inStatedUnit(titled, layout.table));
  return { grid: layout, shape: 'summary', roles, headers, headerRows: new Set([header]) };
}

/** A date at the start of a list item: "19. okt.", "18.11.2026", "18.11", "2026-11-18", "tir. 18.11.". */
const LEADING_DATE =
  /^(?:\p{L}{2,8}\.?,?\s+)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\s?\d{1,2}\.(?:\d{4}|\d{2})?|\d{1,2}\.\d{1,2}|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?)(?![\p{L}\d])/u;
/** A length with its unit ("3 t", "2 timar", "45 min", "1 dag") or a whole day ("Hel dag"). */
const LENGTH_WITH_UNIT =
  /(?:^|[^\p{L}\d])(?:\d+(?:[.,]\d+)?\s*(?:t|d|min|time|timer|timar|dag|dager|dagar|minutt|minutter|minuttar|lessons?|periods?|days?)|(?:hel|heil|hele|heile|full|all)\s*(?:dag|dagen|day))(?![\p{L}\d])/iu;

/** A day named relative to today at the start of a list item: "I dag", "I går", "Fredag". */
const LEADING_RELATIVE_DAY = /^(?:i\s?dag|i\s?går|\p{L}{5,9})(?![\p{L}\d])/iu;

/** The date an item of a log starts with, written out when the log names the day relative to today. */
function leadingDay(text: string, asOf: IsoDate): { end: number; date?: IsoDate } | undefined {
  const match = LEADING_DATE.exec(text);
  if (match && parseNorwegianDate(match[0], asOf) !== null) return { end: match[0].length };
  const relative = LEADING_RELATIVE_DAY.exec(text);
  const date = relative ? relativeDay(relative[0], asOf) : null;
  return relative && date !== null ? { end: relative[0].length, date } : undefined;
}

/**
 * A student's registrations as a list, an item per date: read as an event list `Dato | Fravær`.
 * Recent items may be dated "I dag" or "Fredag", as apps date them; such a list is read only when
 * the page names absence above it or in its title, since a weekday and "2 timer" alone are any
 * week plan's.
 */
function datedListAnalysis(doc: Document, asOf: IsoDate): TableAnalysis | undefined {
  const list = findDatedList(doc, {
    leadingDate: (text) => leadingDay(text, asOf),
    saysAbsence: (text) => LENGTH_WITH_UNIT.test(text) || readEventType(text, GENERIC_VOCABULARY.cells) !== undefined,
  });
  if (!list) return undefined;
  const { headers: words } = GENERIC_VOCABULARY;
  const items = list.rows.filter((row) => !row.header).map((row) => cleanText(row.element.textContent ?? ''));
  const relative = items.filter((item) => leadingDay(item, asOf)?.date !== undefined);
  // Weekdays alone, with no item dated or said to be today, are some week's days (a log by week
  // under "Uke 46"), not the days just before today.
  const weekdaysOnly = relative.length === items.length && !relative.some((item) => RELATIVE_DAY.test(item));
  if (relative.length > 0 && (weekdaysOnly || !absenceNamedAboveOrInTitle(list.table, words.absence, words.attendance))) return undefined;
  const headers = list.headerTexts ?? [];
  const roles = classifyColumns(headers, asOf);
  return { grid: list, shape: 'events', roles, headers, headerRows: new Set([list.rows[0] as GridRow]) };
}

/** A day named as the day it is relative to today before its date: "I dag (mandag 23.11)", "I går: 20.11". */
const RELATIVE_DAY = /^(?:i\s?dag|i\s?går|today|yesterday)(?![\p{L}\d])[\s,:·–—-]*/iu;

/** A week's heading and nothing more: "Uke 47", "Veke 47", "Week 47", "Uke 47 2026", "Uke 47/2026". */
const WEEK_HEADING = /^(?:uke|veke|week)\s*(\d{1,2})(?:\s*[/,–-]?\s*(\d{4}))?$/iu;

/** Lessons named by their numbers and nothing more: "5.–6. time", "3. time", "1.-2. økt". */
function namesLessonsOnly(text: string): boolean {
  return /(?<!\p{L})(?:time|timer|økt|økter|period|lesson)(?!\p{L})/iu.test(text) && parseLessonNumbers(text) !== null;
}

/**
 * A student's log by week, a heading per week over "Mandag: hele dagen" lines and no dates: read as
 * an event list `Dato | Fravær`, each weekday's date in its ISO week of the as-of day's school year
 * (or of the year the heading gives). Read only when the page names absence above the log or in
 * its title: weekdays and lesson numbers alone are any week plan's.
 */
function weekLogAnalysis(doc: Document, asOf: IsoDate): TableAnalysis | undefined {
  const log = findWeekLog(doc, {
    weekOf: (heading) => {
      const match = WEEK_HEADING.exec(heading);
      return match ? { week: Number(match[1]), ...(match[2] === undefined ? {} : { year: Number(match[2]) }) } : undefined;
    },
    dayIn: ({ week, year }, word) => {
      const weekday = WEEKDAYS[word.toLowerCase()];
      // A school's absence falls on Monday to Friday; a weekend day is some other list's.
      if (weekday === undefined || weekday > 5) return undefined;
      const day = dateInWeek(week, weekday, asOf, year);
      return day !== null && day <= asOf ? day : undefined;
    },
    saysAbsence: (text) => LENGTH_WITH_UNIT.test(text) || readEventType(text, GENERIC_VOCABULARY.cells) !== undefined || namesLessonsOnly(text),
  });
  const { headers: words } = GENERIC_VOCABULARY;
  if (!log || !absenceNamedAboveOrInTitle(log.firstDay, words.absence, words.attendance)) return undefined;
  // Stating no range, it shows every week from the first it lists, from that week's Monday.
  return loggedEvents(doc, log, mondayOf([...log.days].sort()[0] as IsoDate), asOf);
}

/**
 * A log read as an event list (a heading per day or per week over its registrations): the period
 * it shows is the range the page states for it. Stating none, it shows every day from `from` to
 * today: what came before is unseen, not absence-free, and a day without a heading is a day
 * without registrations.
 */
function loggedEvents(doc: Document, log: DayLog, from: IsoDate, asOf: IsoDate): TableAnalysis | undefined {
  const { grid } = log;
  const headers = grid.headerTexts ?? [];
  const roles = classifyColumns(headers, asOf);
  if (shapeOf(roles) !== 'events') return undefined;
  const stated = [...Array.from(doc.querySelectorAll('h1')).map((heading) => heading.textContent ?? ''), ...linesBefore(log.firstDay)]
    .map((line) => statedRange(line, asOf))
    .find((range) => range !== null);
  const shownPeriod: ShownPeriod = stated ? { basis: 'stated', ...stated } : { basis: 'window', from, to: asOf };
  return { grid, shape: 'events', roles, headers, headerRows: new Set([grid.rows[0] as GridRow]), shownPeriod };
}

/**
 * The day a log's heading names, on or before the as-of day, when the heading is that day and
 * nothing more ("Tirsdag 10.11.2026", "I dag (mandag 23.11)"; "Uke 47 · 16.11–20.11",
 * "Foreldremøte 24.11" are not).
 */
function dayNamedBy(heading: string, asOf: IsoDate): IsoDate | undefined {
  const day = parseNorwegianDate(heading.replace(RELATIVE_DAY, '').replace(/^\((.*)\)$/u, '$1'), asOf);
  return day !== null && day <= asOf ? day : undefined;
}

/** A class's log by day, a heading per date over that day's "Navn – hele dagen" lines: read as an event list `Navn | Dato | Fravær`. */
function dayLogAnalysis(doc: Document, asOf: IsoDate): TableAnalysis | undefined {
  const log = findDayLog(doc, {
    dayOf: (heading) => dayNamedBy(heading, asOf),
    saysAbsence: (text) => LENGTH_WITH_UNIT.test(text) || readEventType(text, GENERIC_VOCABULARY.cells) !== undefined,
  });
  if (!log) return undefined;
  // Stating no range, it shows no day before the first it lists.
  return loggedEvents(doc, log, [...log.days].sort()[0] as IsoDate, asOf);
}

/**
 * A class's registrations as a list, each item a date, a student's name and what was registered:
 * read as an event list `Navn | Dato | Fravær`, before the layouts of cards (an item's "Fravær 2
 * timer" is no labelled figure of a student's card). Only dates written out count: a weekday alone
 * could be any week's. Stating no range, it shows no day before the first it lists.
 */
function namedListAnalysis(doc: Document, asOf: IsoDate): TableAnalysis | undefined {
  const log = findNamedDatedList(doc, {
    leadingDate: (text) => {
      const match = LEADING_DATE.exec(text);
      const date = match ? parseNorwegianDate(match[0], asOf) : null;
      return match && date !== null ? { end: match[0].length, date } : undefined;
    },
    saysAbsence: (text) => LENGTH_WITH_UNIT.test(text) || readEventType(text, GENERIC_VOCABULARY.cells) !== undefined,
  });
  return log && loggedEvents(doc, log, [...log.days].sort()[0] as IsoDate, asOf);
}

/** A student's month calendar, a code on each day with absence: read as an event list `Dato | Kode` over the month so far. */
function monthCalendarAnalysis(doc: Document, tables: readonly Element[], asOf: IsoDate): TableAnalysis | undefined {
  let words: CellWordsType | undefined;
  const found = findMonthCalendar(tables, asOf, {
    linesAbove: (table) => [captionOf(table), ...linesBefore(table)],
    saysAbsence: (mark) => {
      words ??= { ...GENERIC_VOCABULARY.cells, codes: { ...GENERIC_VOCABULARY.cells.codes, ...legendFromPage(doc, GENERIC_VOCABULARY.legend, undefined) } };
      return readCode(mark, words).kind === 'absent';
    },
  });
  if (!found) return undefined;
  const headers = ['Dato', 'Kode'];
  const roles = classifyColumns(headers, asOf);
  const header = found.grid.rows[0] as GridRow;
  return { grid: found.grid, shape: 'events', roles, headers, headerRows: new Set([header]), shownPeriod: { basis: 'window', from: found.from, to: found.to } };
}

/**
 * A page about one student that shows their figures as labelled tiles rather than a table
 * ("Fravær dette halvåret: 4 dager og 7 timer", "Siste 14 dager: 0 dager og 2 timer"): one row of
 * totals whose headers are the labels. The student is named in the heading, breadcrumb or title.
 */
function keyFiguresAnalysis(doc: Document, asOf: IsoDate): TableAnalysis | undefined {
  if (!doc.body) return undefined;
  // A table without a header whose rows are each a label and its figure is such tiles set out in rows.
  const tableRows = Array.from(doc.body.querySelectorAll('table')).filter(isRendered).map(keyFigureRows);
  const pairs = [...labelledValues(doc.body), ...tableRows.flatMap((rows) => rows ?? [])];
  const headers = pairs.map((pair) => pair.label);
  const { absence, attendance } = GENERIC_VOCABULARY.headers;
  // A figure labelled only "totalt" (a chart's centre) on a page about absence is the absence's total.
  const roles = inStatedUnit(
    classifyColumns(headers, asOf).map((role, index): ColumnRole =>
      role.kind === 'other' && partOfWhole(headers[index] ?? '') === 'total' && pageSpeaksOfAbsence(pairs[index]?.labelElement ?? doc.body, absence, attendance) ? { kind: 'absence' } : role,
    ),
    doc.body,
  );
  if (pairs.length === 0 || hasNameColumn(roles) || shapeOf(roles) !== 'summary') return undefined;
  // The row stands for the tiles' nearest shared container; the cells are the values. A figure
  // written as text (a chart's centre) is held apart from the page and shown by its label's line.
  const shownBy = (pair: (typeof pairs)[number]) => (pair.value.isConnected ? pair.value : pair.labelElement);
  let container: Element = (pairs[0] && shownBy(pairs[0]).parentElement) ?? doc.body;
  while (container !== doc.body && !pairs.every((pair) => container.contains(shownBy(pair)))) container = container.parentElement ?? doc.body;
  const values = pairs.map((pair) => pair.value);
  const header: GridRow = { element: doc.body, cells: values, header: true, footer: false };
  const row: GridRow = { element: container, cells: values, header: false, footer: false };
  const grid: LayoutGrid = { table: container, rows: [header, row], width: values.length, bodyHasRowspan: false, cellsByRow: new Map([[container, values]]) };
  return { grid, shape: 'summary', roles: countsForFlags(roles), headers, headerRows: new Set([header]) };
}

/**
 * A student's page that sums their absence up in whole days and lessons ("Hele dager 2 |
 * Enkelttimer 3") above a table of lessons per subject: the summary is their absence in the units
 * the rules count. The subjects' lessons are the same lessons again, or hold the whole days' lessons
 * too (a videregående page may count each subject's lessons missed, whole days included), and their
 * shares are of each subject's lessons, not of the school days. Where the summary gives whole days
 * only, the table is read with the summary beside it (withKeyFigures): the summary's days, and the
 * subjects' lessons as the rest of the absence.
 */
function summedUpAboveSubjects(doc: Document, table: TableAnalysis | undefined, asOf: IsoDate): TableAnalysis | undefined {
  if (table?.shape !== 'summary' || !table.roles.some((role) => role.kind === 'subject')) return undefined;
  const summary = keyFiguresAnalysis(doc, asOf);
  const sums = (measure: Measure) => summary?.roles.some((role) => role.kind === 'measure' && role.measure === measure && !role.part) === true;
  return sums('days') && sums('lessons') ? summary : undefined;
}

/** Whether a unit counts whole days or lessons, which add up across a student's parts ("dager", "timer"). */
function countsDaysOrLessons(unit: string): boolean {
  const measure = unitOfText(unit);
  return measure === 'days' || measure === 'lessons';
}

/** The unit a text names as a header would ("Dager", "Timer"). */
function unitOfText(text: string): ReturnType<typeof measureOfHeader> {
  return measureOfHeader(text, GENERIC_VOCABULARY.headers);
}

function isGenericContext(value: unknown): value is GenericContext {
  return typeof value === 'object' && value !== null && (value as { reader?: unknown }).reader === 'generic';
}

/** Cells by column for each row element; built from the whole table only when rowspans need it. */
type RowCellLookup = (row: Element) => GridRow['cells'] | undefined;

function lookupFor(context: GenericContext): RowCellLookup {
  const laidOut = context.cellsByRow;
  if (laidOut) return (row) => (row.isConnected ? laidOut.get(row) : undefined);
  if (!context.bodyHasRowspan) return (row) => (row.isConnected ? rowCells(row) : undefined);
  let byRow: Map<Element, GridRow['cells']> | undefined;
  return (row) => {
    byRow ??= new Map(buildGrid(context.table).rows.map((gridRow) => [gridRow.element, gridRow.cells]));
    return byRow.get(row);
  };
}

function readStudentUnsafe(layout: PageLayout, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead<RowProblem> {
  const context = layout.context;
  if (!isGenericContext(context)) return { ok: false, missing: [{ code: 'other-reader' }] };
  const student = context.students.get(slot.key);
  if (!student) return { ok: false, missing: [{ code: 'student-not-found', key: slot.key }] };
  const cellsOf = lookupFor(context);
  const rows: Array<GridRow['cells']> = [];
  for (const element of slot.elements) {
    const cells = cellsOf(element);
    if (!cells) return { ok: false, missing: [{ code: 'row-gone', student: student.name }] };
    rows.push(cells);
  }
  const rowContext: RowContext = {
    roles: context.roles,
    headers: context.headers,
    asOf: options.asOf,
    words: context.words,
    ...(options.codeOverrides ? { codeOverrides: options.codeOverrides } : {}),
    period: context.period,
    totalWords: GENERIC_VOCABULARY.totalWords,
    lessonsTaught: context.lessonsTaught,
    who: student.name,
  };
  // Painted columns are the located table's own: rows joined or laid out otherwise have other columns.
  const withPaint = context.painted ? { ...rowContext, painted: context.painted } : rowContext;
  let read: RowRead;
  const byUnit = context.unitColumn;
  if (context.shape === 'summary' && byUnit !== undefined) {
    const joined = joinedUnitRows(rows, context.roles, context.headers, (cells) => unitOfText(cellText(cells[byUnit])));
    read = readSummaryRow(joined.cells, { ...rowContext, roles: joined.roles, headers: joined.headers });
  } else if (context.shape === 'summary' && context.monthColumn !== undefined) {
    read = overMonths(rows, context.monthColumn, rowContext);
  } else if (context.shape === 'summary' && context.spannedRows && rows.length > 1) {
    read = oneStudentsRows(rows, rowContext);
  } else if (context.shape === 'summary' && context.rolesByTable) {
    const byTable = context.rolesByTable;
    read = overPeriods(rows.map((cells, index) => readSummaryRow(cells, { ...rowContext, roles: byTable.get(slot.elements[index]?.closest('table') as Element) ?? context.roles })));
  } else if (context.shape === 'summary') {
    read = rows.length > 1 ? addedUp(rows.map((cells) => readSummaryRow(cells, withPaint)), student.name) : readSummaryRow(rows[0] ?? [], withPaint);
  } else if (context.shape === 'register') read = readRegisterRow(rows[0] ?? [], withPaint);
  else read = readEventRows(rows, rowContext);
  if (!read.ok) return read;
  if (context.keyFigures) {
    const { cells, roles, headers } = context.keyFigures;
    // The subjects' lessons as a count, not as a share of the lessons taught: beside key figures that
    // give the days alone, they are the lessons beyond those days.
    const counted = { ...withPaint, lessonsTaught: false };
    const subjectLessons = () => {
      const each = rows.length > 1 ? addedUp(rows.map((cells) => readSummaryRow(cells, counted)), student.name) : readSummaryRow(rows[0] ?? [], counted);
      return each.ok ? each.totals?.lessons : undefined;
    };
    read = withKeyFigures(read, readSummaryRow(cells, { ...rowContext, roles, headers, lessonsTaught: false }), subjectLessons);
  }
  // Each note names its row by key: two students may share the name the page shows.
  for (const found of read.notes) {
    const note = { ...found, row: slot.key };
    if (!layout.warnings.some((known) => sameNote(known, note))) layout.warnings.push(note);
  }

  // One subject's figures are that subject's, never the student's absence (one-subject.ts).
  const totals = read.totals && context.oneSubject !== undefined ? asOneSubject(read.totals, context.oneSubject) : read.totals;
  const candidate = {
    student,
    events: read.events,
    ...(totals ? { totals } : {}),
    // An event list summed per week (week-rows.ts) is read as totals.
    coverage: context.shape === 'summary' || (context.shape === 'events' && read.totals) || read.asTotals ? 'totals' : 'events',
  };
  const parsed = checkReadingRow(candidate);
  if (!parsed.success) return { ok: false, missing: [{ code: 'invalid-row', student: student.name, issues: rowIssues(parsed.issues, candidate) }] };
  return parsed.data;
}

/**
 * Row and heading names that say a row is the total of a student's other rows ("Sum", "Totalt"), or one
 * part of a whole (documented or not, a reason), and the words for absence a name may add. Built on
 * first use, not when the module loads: the content script imports this module for its vocabulary only.
 */
let partWords: { total: string[]; part: string[]; absence: string[] } | undefined;

/**
 * Whether a row's or a heading's name says it is the total of a student's absence, one part of it,
 * or neither; it says that and nothing more but a word for absence ("Gyldig fravær" is the part "gyldig").
 */
function partOfWhole(label: string): 'total' | 'part' | undefined {
  const { headers } = GENERIC_VOCABULARY;
  partWords ??= {
    total: GENERIC_VOCABULARY.totalWords.map(normaliseHeader),
    part: [...headers.documented, ...headers.undocumented, ...headers.reasons].map(normaliseHeader),
    absence: headers.absence.map(normaliseHeader),
  };
  const { total, part, absence } = partWords;
  const named = normaliseHeader(label).split(' ').filter((word) => !absence.includes(word)).join(' ');
  return total.includes(named) ? 'total' : part.includes(named) ? 'part' : undefined;
}

/** A student's rows under one name cell spanning them (spanned-rows.ts): the total row's figures, else the parts added up, else unread. */
function oneStudentsRows(rows: ReadonlyArray<GridRow['cells']>, context: RowContext): RowRead {
  const how = spannedRows(rows, context.roles, cellText, partOfWhole);
  if ('total' in how) return readSummaryRow(rows[how.total] ?? [], context);
  if ('parts' in how) return addedUp(rows.map((cells) => readSummaryRow(cells, context)), context.who);
  return { ok: false, missing: [{ code: 'unreadable-value', text: how.unclear.text, header: context.headers[how.unclear.column] ?? '', student: context.who }] };
}

/** The counts a student's rows per subject add up to; a count any row lacks is left unknown, a share is never added. */
const ADDED_COUNTS = ['days', 'documentedDays', 'undocumentedDays', 'lessons', 'documentedLessons', 'undocumentedLessons', 'lateCount'] as const;

/** A student's figures per subject, one row each, added up to their totals. */
function addedUp(reads: RowRead[], student: string): RowRead {
  const totals: AbsenceTotals[] = [];
  const notes: RowProblem[] = [];
  for (const read of reads) {
    if (!read.ok) return read;
    if (!read.totals) return { ok: false, missing: [{ code: 'no-figures', student }] };
    totals.push(read.totals);
    notes.push(...read.notes);
  }
  const [first] = totals;
  if (!first) return { ok: true, events: [], notes };
  const sum: AbsenceTotals = { period: first.period, subjects: [] };
  for (const field of ADDED_COUNTS) {
    if (totals.every((each) => each[field] !== undefined)) sum[field] = totals.reduce((n, each) => n + (each[field] ?? 0), 0);
  }
  return { ok: true, events: [], totals: sum, notes };
}

/**
 * A student's subjects read beside their key figures. Key figures that count days or lessons are
 * the student's whole absence: the lessons the subjects add up to are taken only where the key
 * figures give the days alone (the lessons beyond them), and a share of the lessons taught in the
 * subjects is left out, as no share of the school time. Key figures with no count (a share alone)
 * win over the rows' reading field by field; key figures that cannot be read leave it as it is.
 */
function withKeyFigures(rows: Extract<RowRead, { ok: true }>, figures: RowRead, subjectLessons: () => number | undefined): Extract<RowRead, { ok: true }> {
  if (!figures.ok || !figures.totals) return rows;
  const subjects = rows.totals?.subjects ?? [];
  const notes = [...rows.notes, ...figures.notes];
  const { days, lessons } = figures.totals;
  if (days === undefined && lessons === undefined) return { ...rows, totals: { ...rows.totals, ...figures.totals, subjects }, notes };
  const beyondDays = lessons === undefined ? subjectLessons() : undefined;
  return { ...rows, totals: { ...figures.totals, ...(beyondDays === undefined ? {} : { lessons: beyondDays }), subjects }, notes };
}

/** A student's rows per month (month-rows.ts): added up, each month's figures kept as a stretch. */
function overMonths(rows: ReadonlyArray<GridRow['cells']>, column: number, context: RowContext): RowRead {
  const reads = rows.map((cells) => readSummaryRow(cells, context));
  const sum = addedUp(reads, context.who);
  if (!sum.ok || !sum.totals) return sum;
  const stretches: StretchTotals[] = [];
  reads.forEach((read, index) => {
    const month = monthOfCell(cellText(rows[index]?.[column]), context.asOf);
    const totals = read.ok ? read.totals : undefined;
    if (!month || !totals || (totals.days === undefined && totals.lessons === undefined)) return;
    stretches.push({ ...month, ...(totals.days === undefined ? {} : { days: totals.days }), ...(totals.lessons === undefined ? {} : { lessons: totals.lessons }) });
  });
  return { ...sum, totals: { ...sum.totals, ...(stretches.length > 0 ? { stretches } : {}) } };
}

/**
 * A student's rows over several periods (periodTables), read together: the totals are the row
 * of the period that is no stretch, the stretches every row's.
 */
function overPeriods(reads: RowRead[]): RowRead {
  const totals: AbsenceTotals[] = [];
  const notes: RowProblem[] = [];
  for (const read of reads) {
    if (!read.ok) return read;
    if (read.totals) totals.push(read.totals);
    notes.push(...read.notes);
  }
  const [first] = totals;
  if (!first) return { ok: true, events: [], notes };
  const { stretches: _stretches, ...base } = totals.find((each) => ADDED_COUNTS.some((field) => each[field] !== undefined) || each.percent !== undefined) ?? first;
  const stretches = totals.flatMap((each) => each.stretches ?? []);
  return { ok: true, events: [], totals: { ...base, ...(stretches.length > 0 ? { stretches } : {}) }, notes };
}

function readStudent(layout: PageLayout, slot: StudentSlot, options: ReadOptions): ReadingRow | CouldNotRead<RowProblem> {
  try {
    return readStudentUnsafe(layout, slot, options);
  } catch (error) {
    return internalError('readStudent', error);
  }
}

/** The safety net that keeps an exception out of the host page; tests assert it never fires. */
function internalError(step: ReadStep, error: unknown): CouldNotRead<{ code: 'unexpected-error'; step: ReadStep; message: string }> {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, missing: [{ code: 'unexpected-error', step, message }] };
}

/** Notes are codes with parameters: the same note twice (one per student read) is kept once. */
function sameNote(a: PageNote, b: PageNote): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const genericAdapter: PortalAdapter = {
  id: 'generic',
  name: 'Annen side (generell tabell)',
  // The fallback: the registry chooses it when no portal adapter matches.
  matchesUrl: () => false,
  locate,
  locateInSteps,
  readStudent,
};
