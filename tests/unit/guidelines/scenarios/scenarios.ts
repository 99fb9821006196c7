import type { CaseRecord, IsoDate, Level, SchoolCalendar, StudentHistory } from '../../../../lib/model';
import { AS_OF, history, lastDays, oneDayPerWeek } from '../history-builder';

/**
 * Cases worked by hand from the sources' own sentences, before the engine was run on them. Each
 * names the seed file and the words it rests on, and says how the answer was reached. The
 * calendar is norwegianSchoolYear(2026): autumn term 18.08–18.12.2026, høstferie 28.09–02.10;
 * 23.11.2026 is a Monday. Builder absence is gyldig and meldt unless a case says otherwise.
 */
export interface Scenario {
  name: string;
  source: { seed: string; words: string };
  /** How the expected answer follows from the words. */
  worked: string;
  history: () => StudentHistory;
  asOf?: IsoDate;
  caseRecord?: CaseRecord;
  ownDefaults?: boolean;
  expected: {
    level: Level;
    step: string | null;
    deadline?: IsoDate | null;
    overdue?: boolean;
    condition?: { quote: string; by: string | null } | null;
  };
}

const R = '002_53de83eb73d91c3c.txt';
const T = '004_dabd3cb9f2f4589c.txt';
const K = '003_6dea37f8a896e652.txt';

const raelingenCase = (steps: [string, IsoDate][], extra: Partial<CaseRecord> = {}): CaseRecord => ({
  studentKey: 'test:1',
  profileId: 'raelingen-grunnskole',
  openedOn: '2026-09-01',
  steps: steps.map(([stepId, doneOn]) => ({ stepId, doneOn })),
  ...extra,
});
const trondelagCase = (steps: [string, IsoDate][]): CaseRecord => ({
  studentKey: 'test:1',
  profileId: 'trondelag-vgs',
  openedOn: '2026-09-01',
  steps: steps.map(([stepId, doneOn]) => ({ stepId, doneOn })),
});

const UNNOTIFIED_WORDS =
  'Ved fravær uten at skolen er kontaktet, kontaktes hjemmet umiddelbart på barnetrinnet. Ungdomsskolene kontakter foresatte så snart som mulig og senest tredje dag dersom de ikke har fått beskjed.';
const OVER_8 = 'Dersom fravær over 8 dager og/eller 10 enkelttimer skal kartleggingskjema 1 benyttes.';
const UKENTLIG = 'Ved ugyldig fravær eller mistanke om dette, rapporteres dette til skolens ledelse og hjemmet kontaktes umiddelbart.';

export const RAELINGEN: Scenario[] = [
  {
    name: 'R1 barnetrinn, a day without notice today',
    source: { seed: R, words: UNNOTIFIED_WORDS },
    worked: 'Faresignal "Ikke gitt beskjed om fravær" → watch; barnetrinn "umiddelbart" = the day itself, 23.11; not yet past.',
    history: () => history('barnetrinn').day(AS_OF, { notified: false }).build(),
    expected: { level: 'watch', step: 'kontakt-hjemmet', deadline: '2026-11-23', overdue: false },
  },
  {
    name: 'R2 ungdomstrinn, a day without notice on Thursday 19.11',
    source: { seed: R, words: UNNOTIFIED_WORDS },
    worked: '"senest tredje dag": 19.11 (1), 20.11 (2), Monday 23.11 (3) → due today, not overdue.',
    history: () => history('ungdomstrinn').day('2026-11-19', { notified: false }).build(),
    expected: { level: 'watch', step: 'kontakt-hjemmet', deadline: '2026-11-23', overdue: false },
  },
  {
    name: 'R3 ungdomstrinn, a day without notice on Wednesday 18.11, one day past the limit',
    source: { seed: R, words: UNNOTIFIED_WORDS },
    worked: '18.11 (1), 19.11 (2), 20.11 (3) → due 20.11; on 23.11 it is overdue.',
    history: () => history('ungdomstrinn').day('2026-11-18', { notified: false }).build(),
    expected: { level: 'watch', step: 'kontakt-hjemmet', deadline: '2026-11-20', overdue: true },
  },
  {
    name: 'R4 ungdomstrinn, høstferie inside the deadline',
    source: { seed: R, words: UNNOTIFIED_WORDS },
    worked: 'Friday 25.09 (1); 28.09–02.10 is høstferie, not school days; 05.10 (2), 06.10 (3) → due 06.10; on 05.10 not overdue.',
    history: () => history('ungdomstrinn').day('2026-09-25', { notified: false }).build(),
    asOf: '2026-10-05',
    expected: { level: 'watch', step: 'kontakt-hjemmet', deadline: '2026-10-06', overdue: false },
  },
  {
    name: 'R5 exactly 8 days: not "over 8 dager"',
    source: { seed: R, words: OVER_8 },
    worked: '8 is not over 8; the days are gyldig and meldt, so no other faresignal; every rule decided → ok.',
    history: () => history().days(lastDays(8)).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'R6 9 days: one over the limit',
    source: { seed: R, words: OVER_8 },
    worked: '"Bekymringsfullt fravær (… fravær over 8 dager …)" → concern; kartleggingsskjema 1 has no deadline.',
    history: () => history().days(lastDays(9)).build(),
    expected: { level: 'concern', step: 'kartlegging', deadline: null, overdue: false },
  },
  {
    name: 'R7 exactly 10 enkelttimer: not over 10',
    source: { seed: R, words: OVER_8 },
    worked: '5 + 5 gyldige, meldte enkelttimer = 10, not over 10 → ok.',
    history: () => history().lessons('2026-11-19', 5).lessons('2026-11-20', 5).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'R8 11 enkelttimer: "og/eller" fires on hours alone',
    source: { seed: R, words: OVER_8 },
    worked: '5 + 6 = 11 enkelttimer, over 10 → concern, kartlegging.',
    history: () => history().lessons('2026-11-19', 5).lessons('2026-11-20', 6).build(),
    expected: { level: 'concern', step: 'kartlegging', deadline: null },
  },
  {
    name: 'R9 10 gyldige days: "Høyt gyldig fravær (10 dager i halvåret)"',
    source: { seed: R, words: 'Høyt gyldig fravær (10 dager i halvåret)' },
    worked: 'A faresignal and, at 10 days, also "over 8 dager" → concern; both lead to kartleggingsskjema 1.',
    history: () => history().days(lastDays(10)).build(),
    expected: { level: 'concern', step: 'kartlegging', deadline: null },
  },
  {
    name: 'R10 an ugyldig whole day today',
    source: { seed: R, words: `Ugyldig fravær hel dag … ${UKENTLIG}` },
    worked: '"Bekymringsfullt fravær (mistanke om ugyldig fravær …)" → concern; report and call "umiddelbart" = 23.11.',
    history: () => history().day(AS_OF, { documented: false }).build(),
    expected: { level: 'concern', step: 'melde-ledelsen', deadline: '2026-11-23', overdue: false },
  },
  {
    name: 'R11 an ugyldig enkelttime on Friday, still unreported on Monday',
    source: { seed: R, words: `Ugyldig fravær fra enkelttimer … ${UKENTLIG}` },
    worked: '"umiddelbart" from 20.11 → due 20.11; overdue on 23.11.',
    history: () => history().lessons('2026-11-20', 1, { documented: false }).build(),
    expected: { level: 'concern', step: 'melde-ledelsen', deadline: '2026-11-20', overdue: true },
  },
  {
    name: 'R12 a new undocumented day after the last one was reported',
    source: { seed: R, words: UKENTLIG },
    worked:
      'Ugyldig, unmeldt day 10.09 reported and the home called on 10.09; a new one on 23.11 is a new occurrence: report "umiddelbart", 23.11, not yet past. concern (ugyldig fravær).',
    history: () =>
      history('barnetrinn').day('2026-09-10', { documented: false, notified: false }).day(AS_OF, { documented: false, notified: false }).build(),
    caseRecord: raelingenCase([
      ['melde-ledelsen', '2026-09-10'],
      ['kontakt-hjemmet', '2026-09-10'],
    ]),
    expected: { level: 'concern', step: 'melde-ledelsen', deadline: '2026-11-23', overdue: false },
  },
  {
    name: 'R13 the same, a day later: the new occurrence is overdue',
    source: { seed: R, words: UKENTLIG },
    worked: 'As R12 on 24.11: "umiddelbart" was 23.11 → overdue.',
    history: () =>
      history('barnetrinn').day('2026-09-10', { documented: false, notified: false }).day(AS_OF, { documented: false, notified: false }).build(),
    asOf: '2026-11-24',
    caseRecord: raelingenCase([
      ['melde-ledelsen', '2026-09-10'],
      ['kontakt-hjemmet', '2026-09-10'],
    ]),
    expected: { level: 'concern', step: 'melde-ledelsen', deadline: '2026-11-23', overdue: true },
  },
  {
    name: 'R14 a new lateness after the last one was followed up',
    source: { seed: R, words: 'Forsentkomming til skolestart' },
    worked: 'Late to the first lesson 02.11, followed up 02.11; late again 23.11 → a new occurrence, watch; the weekly routine has no deadline of its own.',
    history: () => history().late('2026-11-02', { lessons: [1] }).late(AS_OF, { lessons: [1] }).build(),
    caseRecord: raelingenCase([['melde-ledelsen', '2026-11-02']]),
    expected: { level: 'watch', step: 'melde-ledelsen', deadline: null },
  },
  {
    name: 'R15 late to the third lesson: not "til skolestart"',
    source: { seed: R, words: 'Forsentkomming til skolestart' },
    worked: 'Lateness to lesson 3 is not to the school start; nothing else is absent → ok.',
    history: () => history().late('2026-11-19', { lessons: [3] }).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'R16 came to school and left on Thursday',
    source: { seed: R, words: 'Eleven møter opp på skolen, men forlater den igjen' },
    worked: 'Faresignal → watch; the weekly routine: home contacted "umiddelbart", 19.11; overdue on 23.11.',
    history: () => history().leftEarly('2026-11-19').build(),
    expected: { level: 'watch', step: 'melde-ledelsen', deadline: '2026-11-19', overdue: true },
  },
  {
    name: 'R17 enkelttimer without notice are absence without notice',
    source: { seed: R, words: 'Ikke gitt beskjed om fravær' },
    worked: 'A gyldig enkelttime today with no notice → "fravær uten at skolen er kontaktet" → watch; barnetrinn "umiddelbart" = 23.11.',
    history: () => history('barnetrinn').lessons(AS_OF, 1, { notified: false }).build(),
    expected: { level: 'watch', step: 'kontakt-hjemmet', deadline: '2026-11-23', overdue: false },
  },
  {
    name: 'R18 a summary table: 9 days this term',
    source: { seed: R, words: OVER_8 },
    worked: 'Term totals of 9 days: over 8 → concern, whatever the rules that need dates say.',
    history: () => history().totals({ days: 9, lessons: 0, documentedDays: 9, undocumentedDays: 0, undocumentedLessons: 0, lateCount: 0 }).build(),
    expected: { level: 'concern', step: 'kartlegging', deadline: null },
  },
  {
    name: 'R19 a summary table: 3 days and 2 timer, nothing about gyldig or meldt',
    source: { seed: R, words: 'Ugyldig fravær hel dag' },
    worked: 'Not over 8/10; but with no gyldig/ugyldig split and no dates, "Ugyldig fravær hel dag" and "Ikke gitt beskjed" cannot be decided → unknown.',
    history: () => history().totals({ days: 3, lessons: 2 }).build(),
    expected: { level: 'unknown', step: null },
  },
  {
    name: 'R20 a summary table showing no absence at all',
    source: { seed: R, words: 'Faresignaler som krever handling' },
    worked: '0 days, 0 timer, 0 late: no absence, so no faresignal can have happened → every rule decided → ok.',
    history: () => history().totals({ days: 0, lessons: 0, documentedDays: 0, undocumentedDays: 0, undocumentedLessons: 0, lateCount: 0 }).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'R21 a day whose gyldig/ugyldig the page does not show',
    source: { seed: R, words: 'Ugyldig fravær hel dag' },
    worked: 'It may be ugyldig (concern) or not; nothing else fired → unknown, never ok.',
    history: () => history().day(AS_OF, { documented: null }).build(),
    expected: { level: 'unknown', step: null },
  },
  {
    name: 'R22 15 days: "etter 3 ukers fravær" is a remark, not a threshold',
    source: { seed: R, words: 'Forskning og erfaring tilsier at etter 3 ukers fravær fra skolen blir det vanskeligere å få effekt av tiltak.' },
    worked: 'No number above "bekymringsfullt" in the guide → still concern, kartlegging.',
    history: () => history().days(lastDays(15)).build(),
    expected: { level: 'concern', step: 'kartlegging', deadline: null },
  },
  {
    name: 'R23 after kartleggingsskjema 1: barnevern first, where the guide says so',
    source: { seed: R, words: 'Noen situasjoner skal ALLTID drøftes med barneverntjenesten før andre tiltak vurderes iverksatt' },
    worked: 'A conditional step before the samtale and its tiltak; no deadline, so nothing is overdue.',
    history: () => history().days(lastDays(9)).build(),
    caseRecord: raelingenCase([['kartlegging', '2026-11-10']]),
    expected: {
      level: 'concern',
      step: 'barnevern',
      deadline: null,
      overdue: false,
      condition: {
        quote: 'hvis det er mistanke om vold eller overgrep, om rusmisbruk hos foresatte eller omsorgssvikt, eller eleven viser vedvarende, alvorlige atferdsvansker',
        by: null,
      },
    },
  },
  {
    name: 'R24 samarbeidsavtale signed 02.11: evaluation due today',
    source: { seed: R, words: 'Dersom samarbeidsavtalen fylles ut og tiltak iverksettes, skal et evalueringsmøte avholdes innen tre uker.' },
    worked: '02.11 + 21 days = 23.11 → due today, not overdue.',
    history: () => history().days(lastDays(9)).build(),
    caseRecord: raelingenCase(
      [
        ['kartlegging', '2026-10-20'],
        ['barnevern', '2026-10-21'],
        ['samtale', '2026-10-22'],
        ['nytt-mote', '2026-10-26'],
        ['tverrfaglig-mote', '2026-10-27'],
        ['avklaring', '2026-10-30'],
      ],
      { agreementSignedOn: '2026-11-02' },
    ),
    expected: { level: 'concern', step: 'evalueringsmote', deadline: '2026-11-23', overdue: false },
  },
];

const vgs = (adult = false) => history('videregaende', adult);
const DIALOG = 'Fraværsansvarlig etablerer dialog med elev/foresatte etter 1-3 sammenhengende dager med uvarslet fravær.';
const TRE_GANGER = 'Dersom eleven er borte tre eller flere ganger i løpet av en to ukers periode kontaktes elev selv om fraværet er dokumentert.';

export const TRONDELAG: Scenario[] = [
  {
    name: 'T1 a day without notice on Thursday 19.11',
    source: { seed: T, words: DIALOG },
    worked: '"Uvarslet skolefravær" is listed under "Bekymringsfullt fravær" → concern; dialog by the third day: 19, 20, 23.11.',
    history: () => vgs().day('2026-11-19', { notified: false }).build(),
    expected: { level: 'concern', step: 'dialog-uvarslet', deadline: '2026-11-23', overdue: false },
  },
  {
    name: 'T2 a day without notice on Wednesday 18.11: past the third day',
    source: { seed: T, words: DIALOG },
    worked: '18, 19, 20.11 → due 20.11; on 23.11 overdue.',
    history: () => vgs().day('2026-11-18', { notified: false }).build(),
    expected: { level: 'concern', step: 'dialog-uvarslet', deadline: '2026-11-20', overdue: true },
  },
  {
    name: 'T3 over 18: the student is contacted',
    source: { seed: T, words: 'Er eleven over 18 år må eleven selv kontaktes.' },
    worked: 'Same deadline as T1, the step for an adult student.',
    history: () => vgs(true).day('2026-11-19', { notified: false }).build(),
    expected: { level: 'concern', step: 'kontakt-elev-over-18', deadline: '2026-11-23', overdue: false },
  },
  {
    name: 'T4 the letter after a recorded dialog is conditional',
    source: { seed: T, words: 'Dersom det ikke oppnås respons på henvendelse til elev eller foresatte i løpet av en uke, sendes brev for å avklare elevstatus.' },
    worked: 'Dialog recorded 17.11 → "i løpet av en uke" = 24.11; on 25.11 the letter is due only if no response came: never overdue.',
    history: () => vgs().day('2026-11-16', { notified: false }).build(),
    asOf: '2026-11-25',
    caseRecord: trondelagCase([['dialog-uvarslet', '2026-11-17']]),
    expected: { level: 'concern', step: 'brev-elevstatus', deadline: '2026-11-24', overdue: false, condition: { quote: 'hvis det ikke oppnås respons', by: '2026-11-24' } },
  },
  {
    name: 'T5 three documented days within two weeks',
    source: { seed: T, words: TRE_GANGER },
    worked: '10.11, 16.11, 23.11 lie within 14 days → contact; "Gjentakende varslet skolefravær" is bekymringsfullt → concern; no deadline given.',
    history: () => vgs().days(['2026-11-10', '2026-11-16', '2026-11-23']).build(),
    expected: { level: 'concern', step: 'kontakt-tre-ganger', deadline: null },
  },
  {
    name: 'T6 three documented days spread over 15 days',
    source: { seed: T, words: TRE_GANGER },
    worked: '09.11 to 23.11 is 15 days; no two-week period holds three → nothing fired; dated, gyldig absence decides every rule → ok.',
    history: () => vgs().days(['2026-11-09', '2026-11-16', '2026-11-23']).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'T7 did not come on the first school day',
    source: { seed: T, words: 'Elever som ikke møter første skoledag kontaktes per telefon.' },
    worked: 'Away all of 18.08.2026, the first school day → a phone call; the guide gives no level word or deadline → watch, no date.',
    history: () => vgs().day('2026-08-18').build(),
    asOf: '2026-08-18',
    expected: { level: 'watch', step: 'ringe-forste-skoledag', deadline: null },
  },
  {
    name: 'T8 late: "Følg samme rutine ved identifisering av bekymringsfullt nærvær"',
    source: { seed: T, words: 'Forsentkomming og sporadisk fravær' },
    worked: 'Listed under "Bekymringsfullt nærvær" → concern; the same routine: contact the student.',
    history: () => vgs().late('2026-11-20').build(),
    expected: { level: 'concern', step: 'kontakt-tre-ganger', deadline: null },
  },
  {
    name: 'T9 a subject at 7 %: the labelled default warning',
    source: { seed: T, words: 'Elever som står i fare for å ikke få vurdering grunnet fravær' },
    worked: 'The guide gives no percentage; Nærværsradar default warns at 7 % → concern; varsel step, no deadline.',
    history: () => vgs().totals({ subjects: [{ subject: 'Matematikk', percent: 7 }] }).build(),
    expected: { level: 'concern', step: 'varsel-fravaersgrense', deadline: null },
  },
  {
    name: 'T10 a subject at the 10 % fraværsgrense',
    source: { seed: T, words: 'Elever som står i fare for å ikke få vurdering grunnet fravær' },
    worked: 'The national limit, a labelled default shown as serious.',
    history: () => vgs().totals({ subjects: [{ subject: 'Matematikk', percent: 10 }] }).build(),
    expected: { level: 'serious', step: 'varsel-fravaersgrense', deadline: null },
  },
  {
    name: 'T11 the same with Nærværsradar defaults switched off',
    source: { seed: T, words: 'Elever som står i fare for å ikke få vurdering grunnet fravær' },
    worked: 'Without the defaults no subject rule remains; a percentage page shows no dates for uvarslet fravær → unknown.',
    history: () => vgs().totals({ subjects: [{ subject: 'Matematikk', percent: 10 }] }).build(),
    ownDefaults: false,
    expected: { level: 'unknown', step: null },
  },
  {
    name: 'T12 after the varsel: discuss with elevtjeneste/PPT',
    source: { seed: T, words: 'Drøft med elevtjeneste/PPT om elevens rettigheter og muligheter for fullføring.' },
    worked: 'Varsel recorded → the next item in the same list.',
    history: () => vgs().totals({ subjects: [{ subject: 'Matematikk', percent: 8 }] }).build(),
    caseRecord: trondelagCase([['varsel-fravaersgrense', '2026-11-20']]),
    expected: { level: 'concern', step: 'drofte-elevtjeneste-ppt', deadline: null },
  },
];

const A = 'Borte mer enn 25% av skoletiden siste 14 dagene';
const B = 'Har hatt mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene';

/** An autumn without holidays: fifteen weeks ending Monday 07.12.2026 hold 75 school days. */
const NO_HOLIDAYS: SchoolCalendar = { terms: [{ name: 'Høst 2026', start: '2026-08-17', end: '2026-12-18' }], holidays: [], lessonsPerDay: 6 };
const MONDAYS = ['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'];
const onNoHolidays = (dates: string[]): StudentHistory => ({ ...history().days(dates).build(), calendar: NO_HOLIDAYS });

export const KEARNEY: Scenario[] = [
  {
    name: 'K1 2 of the last 10 school days',
    source: { seed: K, words: A },
    worked: '10.11–23.11 holds 10 school days; 2 is 20 %, not more than 25 %; 2 days in 15 weeks is neither → ok.',
    history: () => history().days(lastDays(2)).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'K2 exactly 25 %',
    source: { seed: K, words: A },
    worked: '2 days and 3 of 6 enkelttimer = 2.5 of 10 = 25 %: not "mer enn" → ok.',
    history: () => history().days(lastDays(2)).lessons(lastDays(3)[0]!, 3).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'K3 3 of the last 10 school days',
    source: { seed: K, words: A },
    worked: '30 % > 25 % → "problematisk" → concern (the slide does not rank its criteria); kartlegging first.',
    history: () => history().days(lastDays(3)).build(),
    expected: { level: 'concern', step: 'kartlegging-eleven', deadline: null },
  },
  {
    name: 'K4 9 days spread over the term',
    source: { seed: K, words: B },
    worked: 'The 15 weeks from 11.08 hold the term\'s 65 school days; 9 is 13.8 % and not over 10; last 14 days 2 of 10 → ok.',
    history: () => history().days(oneDayPerWeek(9)).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'K5 10 days spread over the term: the percent prong',
    source: { seed: K, words: B },
    worked: '10 of 65 = 15.4 % > 15 % → concern, though not "mer enn 10 dagers".',
    history: () => history().days(oneDayPerWeek(10)).build(),
    expected: { level: 'concern', step: 'kartlegging-eleven', deadline: null },
  },
  {
    name: 'K6 11 days at 14.7 %: the days prong',
    source: { seed: K, words: B },
    worked: 'No holidays: 25.08–07.12 holds 75 school days; 11 Mondays = 14.7 %, under 15 %, but more than 10 days → concern.',
    history: () => onNoHolidays(MONDAYS),
    asOf: '2026-12-07',
    expected: { level: 'concern', step: 'kartlegging-eleven', deadline: null },
  },
  {
    name: 'K7 10 days at 13.3 % with no holidays',
    source: { seed: K, words: B },
    worked: '10 of 75 = 13.3 % and not more than 10 → ok.',
    history: () => onNoHolidays(MONDAYS.slice(1)),
    asOf: '2026-12-07',
    expected: { level: 'ok', step: null },
  },
  {
    name: 'K8 term totals of 2 days',
    source: { seed: K, words: `${A} / ${B}` },
    worked: 'At most 2 of the last 10 school days (20 %); 2 of 65 under both prongs → ok.',
    history: () => history().totals({ days: 2 }).build(),
    expected: { level: 'ok', step: null },
  },
  {
    name: 'K9 term totals of 3 days',
    source: { seed: K, words: A },
    worked: 'All 3 could be in the last 10 school days (30 %) or none → cannot decide; B not met → unknown.',
    history: () => history().totals({ days: 3 }).build(),
    expected: { level: 'unknown', step: null },
  },
  {
    name: 'K10 term totals of 10 days',
    source: { seed: K, words: B },
    worked: 'The term so far is exactly the 15 weeks\' school days: 10 of 65 = 15.4 % → concern.',
    history: () => history().totals({ days: 10 }).build(),
    expected: { level: 'concern', step: 'kartlegging-eleven', deadline: null },
  },
  {
    name: 'K11 term totals of 60 enkelttimer',
    source: { seed: K, words: B },
    worked: '60 enkelttimer at 6 a day = 10 days → 15.4 % → concern.',
    history: () => history().totals({ lessons: 60 }).build(),
    expected: { level: 'concern', step: 'kartlegging-eleven', deadline: null },
  },
  {
    name: 'K12 a one-week register with no absence',
    source: { seed: K, words: A },
    worked: 'The page shows 16.11–20.11; 10.–13.11 and 23.11 are unseen school days of the last 14: 5 of 10 could be absent → cannot decide → unknown.',
    history: () => ({ ...history().build(), shownPeriod: { basis: 'window', from: '2026-11-16', to: '2026-11-20' } }),
    expected: { level: 'unknown', step: null },
  },
  {
    name: 'K13 a one-week register with the whole week absent',
    source: { seed: K, words: A },
    worked: 'Inside the shown week alone: 5 of the last 10 school days = 50 % → fired whatever the unseen days hold → concern.',
    history: () => ({ ...history().days(lastDays(5, '2026-11-20')).build(), shownPeriod: { basis: 'window', from: '2026-11-16', to: '2026-11-20' } }),
    expected: { level: 'concern', step: 'kartlegging-eleven', deadline: null },
  },
];
