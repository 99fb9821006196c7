import { addDaysIso, daysBetween, type IsoDate, isoWeekday } from '../../model';
import { statedRange } from '../shown-period';
import { cleanText, MONTHS, parseLessonNumbers, parseNorwegianDate } from '../norwegian-format';
import { normaliseHeader } from '../table';
import { type WeekSpan, weeksNamed } from './week-series';
import { anyOf } from './literal-pattern';

/**
 * What a column holds, worked out from its header text. The words themselves are data
 * (GENERIC_VOCABULARY in generic/index.ts); this file only says how they are matched.
 */
export type Measure = 'days' | 'lessons' | 'percent' | 'late' | 'minutes';

export type ColumnRole =
  | { kind: 'name' }
  | { kind: 'firstName' }
  | { kind: 'lastName' }
  | { kind: 'studentId' }
  | { kind: 'className' }
  | { kind: 'subject' }
  | { kind: 'date' }
  | { kind: 'dateFrom' }
  | { kind: 'dateTo' }
  /** Every absence date of a student's in one cell ("03.09, 04.09 · 15.10 (2 t)"): see date-lists.ts. */
  | { kind: 'dateList' }
  /**
   * A register column: the header is a date and the cells hold absence codes. In a register of one
   * day by lesson, the date is the page's and `lesson` the column's lesson number.
   */
  | { kind: 'dateColumn'; date: IsoDate; lesson?: number }
  /**
   * `part`: one of several columns that add up to the absence, with no column of the whole (by reason).
   * `half`: a count of half days ("Half days", "Halve dager"), each half a day beside the whole days.
   * `fraction`: a share written as a fraction of one ("0,092" under "Fraværsandel"), a hundredth of its percentage.
   */
  | { kind: 'measure'; measure: Measure; documented?: boolean; part?: true; half?: true; fraction?: true }
  /**
   * A figure over a shorter stretch ending on the as-of day ("Siste 14 dager", "Denne måneden"),
   * beside the period's totals; its unit is the header's other words', else the page's.
   */
  | {
      kind: 'stretch';
      from: IsoDate;
      to: IsoDate;
      measure?: 'days' | 'lessons' | 'percent';
      /** The header names the growth of the running count over the stretch: its cells may carry a sign ("+3", "±0"). */
      growth?: true;
    }
  /** A count per school week as a series in one cell ("0 · 1 · ferie · 0,5") over the weeks the header names: see week-series.ts. */
  | { kind: 'weekSeries'; weeks: WeekSpan; measure: 'days' | 'lessons' }
  /** Which lessons of the day ("1.–3. time"), in an event list. */
  | { kind: 'lessonNumbers' }
  | { kind: 'eventType' }
  | { kind: 'code' }
  | { kind: 'documented'; inverted: boolean }
  | { kind: 'notified'; inverted: boolean }
  /**
   * "Fravær" with no unit: the cells themselves must say days, lessons or percent. `parts`: the
   * header names two units parted by a slash ("Fravær (dager/timer)"), and a cell "5/1" gives them in that order.
   */
  | { kind: 'absence'; parts?: ['days', 'lessons'] | ['lessons', 'days'] }
  /**
   * Attendance as a share of the teaching ("Oppmøte", "Attendance %"): absence is what is missing
   * of it. `percent`: the header says it is a percentage; else the cells must.
   */
  | { kind: 'attendance'; percent: boolean }
  /** Birth dates, personal numbers, contact details: never read. */
  | { kind: 'private' }
  | { kind: 'other' };

/** Phrases per meaning, lower-case; a phrase matches whole words of the header. */
export interface HeaderVocabulary {
  private: string[];
  studentId: string[];
  firstName: string[];
  lastName: string[];
  name: string[];
  className: string[];
  subject: string[];
  date: string[];
  dateFrom: string[];
  dateTo: string[];
  /** A column that lists each student's absence dates in one cell ("Fraværsdatoer"). */
  dateList: string[];
  /** Counts of something that is not absence (planned lessons, school days): never a measure. */
  basis: string[];
  /**
   * Hours that are a plan or a decision, not time missed: a rate ("Timer per uke", "timer/år"),
   * hours granted, given or left, exemptions; and a learning platform's activity (logins, days
   * active, days since the last login). A header naming one and not absence is never a measure.
   */
  notAbsence: string[];
  /**
   * What a pupil does on the days a campaign or a challenge counts ("Dager gått", "Dager syklet",
   * "Dagar med lesing", "Minutt lese"): a count headed with one and not with absence counts the
   * days or minutes spent so, never time missed. So do days and hours placed out at a workplace,
   * days on pupil duty and time on a school device. Only verb forms and what no lesson is called,
   * never the name of a subject or an activity a lesson may be ("Svømming", "Kroppsøving",
   * "Praksis"), whose missed lessons are absence.
   */
  activities: string[];
  /** Leaving before the day's end ("Gått tidlig"): the verb of an activity, but a kind of absence. */
  leftEarly: string[];
  /** Presence rather than absence ("Oppmøte", "Attendance"): read only as a share of the teaching. */
  attendance: string[];
  percent: string[];
  /**
   * A share of the school time named without a unit ("Fraværsandel", "Absence share"): its cells
   * say whether it is a fraction of one or a percentage (withSharesInCells).
   */
  share: string[];
  late: string[];
  minutes: string[];
  lessons: string[];
  days: string[];
  /**
   * "omregnet", "6 timer = 1 dag": a header that says its lessons were converted into days. Beside
   * a word for days, the figures are days; the lessons are only what went into them.
   */
  convertedToDays: string[];
  /** Days counted in halves ("Half days", "Halve dagar"): a morning or an afternoon missed, half a day each. */
  halfDays: string[];
  /** Word endings that make a compound a measure ("fraværsdager", "fråværstimar"). */
  daysSuffixes: string[];
  lessonsSuffixes: string[];
  lessonNumbers: string[];
  documented: string[];
  undocumented: string[];
  notified: string[];
  notNotified: string[];
  /** Reasons for absence that head a column of their own ("Sjukdom", "Permisjon"): a part of the absence. */
  reasons: string[];
  /**
   * Beginnings of words that split the absence by how long each spell lasted ("Korttidsfravær |
   * Langtidsfravær"): a part of the absence.
   */
  durations: string[];
  /**
   * "i tillegg til", "in addition to": what follows names what the column's figure stands beside
   * ("Fravær, enkelttimer i tillegg til hele dager"), not what it counts, and its "til" is no date's.
   */
  besides: string[];
  eventType: string[];
  /**
   * A header that names what each row registered only when it is the whole header ("Registrering"
   * over "Fravær hele dagen" / "Forsentkomming"); inside a longer one ("Siste registrering") it
   * names a date or a count.
   */
  eventTypeWhole: string[];
  code: string[];
  absence: string[];
  /** A header that names only the period its figures cover ("Hittil i halvåret"): a count in the page's unit. */
  periodOnly: string[];
  /** "Denne måneden": the month so far. */
  thisMonth: string[];
  /** Words for "the last" before "14 dager" / "2 uker". */
  last: string[];
  /** Words for days and weeks after a number in such a header. */
  dayWords: string[];
  weekWords: string[];
  /** "Økning", "Auke": how much a running count rose over a stretch ("Økning siste 14 dager"), often written with a sign. */
  growth: string[];
  /** "mot forrige periode", "than last year": a header comparing two periods, whose figure is a difference. */
  comparison: string[];
}

/**
 * " fravær dager ": a header's words (normaliseHeader) with a space at each end, so that a
 * phrase matches whole words only.
 */
export function headerPhrase(text: string): string {
  return ` ${normaliseHeader(text)} `;
}

/** Phrases normalised once per vocabulary list, not once per header. */
const normalisedPhrases = new WeakMap<readonly string[], string[]>();

function phrasesOf(phrases: readonly string[]): string[] {
  let ready = normalisedPhrases.get(phrases);
  if (!ready) {
    ready = phrases.map((phrase) => headerPhrase(phrase));
    normalisedPhrases.set(phrases, ready);
  }
  return ready;
}

function has(normalised: string, phrases: readonly string[]): boolean {
  return phrasesOf(phrases).some((phrase) => normalised.includes(phrase));
}

/**
 * Words that may stand beside a period in a header that names nothing else ("Totalt hittil dette
 * halvåret"), and the start it may give in brackets ("Hittil i høst (fra 18.08.)").
 */
const BESIDE_A_PERIOD = new Set(['totalt', 'total', 'sum', 'i', 'alt', 'hittil', 'hele', 'heile', 'so', 'far', 'fra', 'frå', 'from']);

/**
 * A header that names only the period its figures cover ("Hittil i halvåret", "Totalt dette
 * halvåret", "Halvåret 2026"): its count is the page's absence. One that also names what it counts
 * ("Anmerkninger dette halvåret", a key's "antall anmerkninger … dette halvåret") counts something else.
 */
function namesOnlyPeriod(header: string, words: HeaderVocabulary): boolean {
  return phrasesOf(words.periodOnly).some(
    (phrase) =>
      header.includes(phrase) &&
      header
        .replace(phrase, ' ')
        .split(' ')
        .every((word) => word === '' || BESIDE_A_PERIOD.has(word) || /^\d+$/u.test(word)),
  );
}

/** A header with the phrases that only name a period ("year to date") taken out. */
function withoutPeriod(header: string, words: HeaderVocabulary): string {
  return withoutPhrases(header, words.periodOnly);
}

/**
 * A header with each of `phrases` taken out, the longest first: "meldt" taken out before "meldt
 * frå" would leave the "frå" of "Meldt frå føresette" to be read as a date's "from".
 */
function withoutPhrases(header: string, phrases: readonly string[]): string {
  const longestFirst = [...phrasesOf(phrases)].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((rest, phrase) => (rest.includes(phrase) ? rest.replace(phrase, ' ') : rest), header);
}

function hasSuffix(normalised: string, suffixes: readonly string[]): boolean {
  return normalised
    .trim()
    .split(' ')
    .some((word) => suffixes.some((suffix) => word.length > suffix.length && word.endsWith(suffix)));
}

/** "timer/uke", "t/år", "hrs/week": a rate, written with a slash. */
const PER_WEEK_OR_YEAR = /\/\s*(?:uke|veke|week|wk|år|year|yr)(?!\p{L})/iu;

/**
 * "Timer per uke", "Vedtak (timer/år)", "Gitt hittil (timer)", "Fritak": hours of a plan or a
 * decision, or an exemption, and not absence ("Fravær per uke" is absence).
 */
export function namesNotAbsence(text: string, words: HeaderVocabulary): boolean {
  const header = headerPhrase(text);
  return (has(header, words.notAbsence) || PER_WEEK_OR_YEAR.test(text)) && !has(header, words.absence);
}

/** "Sjukdom", "Lege/tannlege", "Permisjon": a header that names a reason for absence. */
export function namesReason(text: string, words: HeaderVocabulary): boolean {
  return has(headerPhrase(text), words.reasons);
}

/** "Korttidsfravær (dager)", "Long-term absence": a header that names the spells of one length. */
export function namesDuration(text: string, words: HeaderVocabulary): boolean {
  const header = headerPhrase(text);
  return words.durations.some((start) => header.includes(` ${start}`));
}

/** "Fravær", "Absence", "Lengde": a header that says it counts absence. */
export function namesAbsence(text: string, words: HeaderVocabulary): boolean {
  return has(headerPhrase(text), words.absence);
}

/**
 * The part of the absence a header names, documented or undocumented, and the header's other words,
 * which say what the part is counted in and of: "Udokumentert fråvær (%)" is the undocumented part,
 * "fråvær %".
 */
export function partNamed(text: string, words: HeaderVocabulary): { documented: boolean; rest: string } | undefined {
  const header = headerPhrase(text);
  const documented = has(header, words.undocumented) ? false : has(header, words.documented) ? true : undefined;
  if (documented === undefined) return undefined;
  let rest = header;
  for (const phrase of phrasesOf(documented ? words.documented : words.undocumented)) rest = rest.replace(phrase, ' ');
  return { documented, rest: rest.trim() };
}

/** The longest range a header may write out and still be a stretch beside the totals (six weeks). */
const MAX_HEADER_STRETCH_DAYS = 42;

/**
 * "Dager gått", "Dagar med lesing": a header that names something done and neither absence, late
 * arrival nor leaving early.
 */
export function namesActivity(text: string, words: HeaderVocabulary): boolean {
  const header = headerPhrase(text);
  return has(header, words.activities) && !has(header, words.absence) && !has(header, words.late) && !has(header, words.leftEarly);
}

/** Roles that count something the student missed. */
const COUNTING: ReadonlySet<ColumnRole['kind']> = new Set(['measure', 'stretch', 'absence']);

export function classifyHeader(written: string, words: HeaderVocabulary, asOf: IsoDate): ColumnRole {
  const text = withoutWhatItIsBeside(written, words);
  const role = roleOfHeader(text, words, asOf);
  // Days or minutes of an activity are counted in the same units as absence, and are none.
  return COUNTING.has(role.kind) && namesActivity(text, words) ? { kind: 'other' } : role;
}

/** A header up to a phrase that names what its figure stands beside ("… i tillegg til hele dager"). */
function withoutWhatItIsBeside(text: string, words: HeaderVocabulary): string {
  const lower = text.toLowerCase();
  let end = text.length;
  for (const phrase of words.besides) {
    if (!lower.includes(phrase)) continue;
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'u').exec(lower)?.index;
    if (at !== undefined && at > 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

function roleOfHeader(text: string, words: HeaderVocabulary, asOf: IsoDate): ColumnRole {
  const header = headerPhrase(text);
  if (header.trim() === '') return { kind: 'other' };
  if (has(header, words.private)) return { kind: 'private' };

  const date = parseNorwegianDate(text, asOf) ?? dayUnderMonth(text, asOf);
  if (date !== null) return { kind: 'dateColumn', date };

  const growth = has(header, words.growth);
  // A rise against an earlier period ("Økning mot forrige periode") is a difference of two figures,
  // neither of them the absence of a stretch, and is left out.
  if (growth && has(header, words.comparison)) return { kind: 'other' };
  const stretch = stretchOf(header, words, asOf);
  if (stretch) {
    const unit = stretchUnit(stretch.rest, words);
    return grown(unit ? { kind: 'stretch', from: stretch.from, to: asOf, measure: unit } : { kind: 'stretch', from: stretch.from, to: asOf }, growth);
  }
  const period = periodOfHeader(text, asOf);
  if (period) return grown({ kind: 'stretch', ...period }, growth);
  // A column group over a short range the header writes out ("Denne uken (09.11–13.11)") counts
  // that stretch's absence, beside the term's.
  const range = statedRange(text, asOf);
  if (range && range.to <= asOf && daysBetween(range.from, range.to) + 1 <= MAX_HEADER_STRETCH_DAYS) {
    const unit = stretchUnit(header, words);
    return grown(unit ? { kind: 'stretch', ...range, measure: unit } : { kind: 'stretch', ...range }, growth);
  }
  const week = weekOfAbsence(header, words, asOf);
  if (week) return grown({ kind: 'stretch', ...week }, growth);
  // Growth since a time the header does not name ("Økning (dager)", "Økning siden sist") is neither
  // the term's absence nor a stretch's: left out, it spoils no figure beside it.
  if (growth) return { kind: 'other' };

  if (has(header, words.studentId)) return { kind: 'studentId' };
  const first = has(header, words.firstName);
  const last = has(header, words.lastName);
  // "Etternavn, fornavn" over "Bakke, Jenny": one column holds the whole name.
  if (first && last) return { kind: 'name' };
  if (first) return { kind: 'firstName' };
  if (last) return { kind: 'lastName' };
  // "Year to date" names a period, not a date column.
  if (namesOnlyPeriod(header, words)) return { kind: 'absence' };
  // Nor does the period beside another figure's words: "Days absent (year to date)" counts days.
  // Nor is the "frå" of someone giving notice ("Melde frå av føresette") a date's "from".
  const dated = withoutPhrases(withoutPeriod(header, words), words.notified);
  if (has(dated, words.dateList)) return { kind: 'dateList' };
  if (has(dated, words.dateFrom)) return { kind: 'dateFrom' };
  if (has(dated, words.dateTo)) return { kind: 'dateTo' };
  if (has(dated, words.date)) return { kind: 'date' };
  if (has(header, words.attendance)) {
    // "Oppmøte %" 96 is 4 % absent; days or lessons attended say nothing without what was possible.
    const unit = measureOf(header, words);
    return unit === undefined || unit === 'percent' ? { kind: 'attendance', percent: unit === 'percent' } : { kind: 'other' };
  }
  if (has(beforeShareOf(header, words), words.basis)) return { kind: 'other' };
  // "Hele dager per uke (uke 34 → 46)": not a rate, but each week's count, in a series.
  const weeks = weeksNamed(text, asOf);
  const perWeek = weeks && measureOf(header, words);
  if (weeks && (perWeek === 'days' || perWeek === 'lessons')) return { kind: 'weekSeries', weeks, measure: perWeek };
  if (namesNotAbsence(text, words)) return { kind: 'other' };

  const documented = has(header, words.undocumented) ? false : has(header, words.documented) ? true : undefined;
  const parts = documented === undefined ? slashedUnits(text, words) : undefined;
  if (parts) return { kind: 'absence', parts };
  // A share of days or lessons is still a share: "Andel timer" is no count of lessons.
  if (namesShare(header, words) && !has(header, words.late)) return { kind: 'measure', measure: 'percent' };
  const measure = measureOf(header, words);
  if (measure === 'percent' || measure === 'late') return { kind: 'measure', measure };
  if (measure !== undefined) {
    const half = measure === 'days' && has(header, words.halfDays) ? { half: true as const } : {};
    return documented === undefined ? { kind: 'measure', measure, ...half } : { kind: 'measure', measure, documented, ...half };
  }
  if (has(header, words.lessonNumbers)) return { kind: 'lessonNumbers' };
  if (has(header, words.notNotified)) return { kind: 'notified', inverted: true };
  if (documented !== undefined) return { kind: 'documented', inverted: !documented };
  if (has(header, words.notified)) return { kind: 'notified', inverted: false };
  if (has(header, words.name)) return { kind: 'name' };
  if (has(header, words.className)) return { kind: 'className' };
  if (has(header, words.subject)) return { kind: 'subject' };
  if (has(header, words.code)) return { kind: 'code' };
  if (has(header, words.eventType) || phrasesOf(words.eventTypeWhole).includes(header)) return { kind: 'eventType' };
  if (has(header, words.absence) || namesOnlyPeriod(header, words)) return { kind: 'absence' };
  return { kind: 'other' };
}

/**
 * A share's header up to the word that says what it is a share of: in "Fravær i % av skoledager"
 * or "Absence as % of possible sessions" the school days are the share's base, not the column's
 * figure, which is the share itself. Other headers are returned whole.
 */
function beforeShareOf(header: string, words: HeaderVocabulary): string {
  if (!has(header, words.percent)) return header;
  const at = header.search(SHARE_OF);
  return at < 0 ? header : header.slice(0, at + 1);
}

/** " av ", " of ": the word before a share's base, in a header's normalised words. */
const SHARE_OF = / (?:av|of) /u;

/**
 * A stretch whose header names growth ("Økning siste 14 dager"): the running count's growth over
 * the stretch is the absence registered in it, so it is read as the stretch's absence, a sign and
 * all ("+3" is 3). (An earlier day registered late within the stretch counts in it too, and leave
 * registered ahead of it does not: the page's own figure is read as the page gives it.) A share's
 * growth is not the stretch's share (percentage points of the term are not a share of the
 * stretch's school days), and is left out.
 */
function grown(role: Extract<ColumnRole, { kind: 'stretch' }>, growth: boolean): ColumnRole {
  if (!growth) return role;
  return role.measure === 'percent' ? { kind: 'other' } : { ...role, growth: true };
}

/**
 * "Siste 14 dager", "last 2 weeks", "Denne måneden": where the stretch starts (it ends on the
 * as-of day), and the header's other words, which may name the unit ("Siste 14 dager (timer)").
 */
function stretchOf(header: string, words: HeaderVocabulary, asOf: IsoDate): { from: IsoDate; rest: string } | undefined {
  for (const phrase of words.thisMonth) {
    const normalised = headerPhrase(phrase);
    if (header.includes(normalised)) return { from: `${asOf.slice(0, 8)}01`, rest: header.replace(normalised, ' ') };
  }
  const pattern = new RegExp(` (?:${anyOf(words.last)}) (\\d{1,3}) (${anyOf([...words.dayWords, ...words.weekWords])}) `, 'u');
  const match = pattern.exec(header);
  if (!match?.[1] || !match[2]) return undefined;
  const count = Number(match[1]);
  const calendarDays = words.weekWords.includes(match[2]) ? count * 7 : count;
  if (calendarDays < 1) return undefined;
  return { from: addDaysIso(asOf, -(calendarDays - 1)), rest: header.replace(match[0], ' ') };
}

/**
 * Whether a header names a stretch and nothing to count in it but absence ("Absent last 14 days",
 * "Fravær siste 14 dager", "Siste 14 dager"): no unit, and no lateness, attendance or other count
 * ("Anmerkninger siste 14 dager") that a unit taken from elsewhere would misread as absence.
 */
export function namesOnlyAbsenceOverStretch(text: string, words: HeaderVocabulary, asOf: IsoDate): boolean {
  const stretch = stretchOf(headerPhrase(text), words, asOf);
  if (!stretch) return false;
  const left = phrasesOf(words.absence).reduce((rest, phrase) => rest.replaceAll(phrase, ' '), ` ${stretch.rest} `);
  return left.split(' ').every((word) => word === '' || BESIDE_A_PERIOD.has(word));
}

/** "dager/timer", "(t/d)", "days / lessons": days and lessons named on either side of a slash, in that order. */
function slashedUnits(text: string, words: HeaderVocabulary): ['days', 'lessons'] | ['lessons', 'days'] | undefined {
  const match = /(\p{L}+)\.?\s*\/\s*(\p{L}+)/u.exec(cleanText(text).toLowerCase());
  if (!match?.[1] || !match[2]) return undefined;
  const first = measureOf(headerPhrase(match[1]), words);
  const second = measureOf(headerPhrase(match[2]), words);
  if (first === 'days' && second === 'lessons') return ['days', 'lessons'];
  if (first === 'lessons' && second === 'days') return ['lessons', 'days'];
  return undefined;
}

/**
 * The unit of a stretch's figures: days, lessons, or a share of the stretch's school time ("Last 14
 * days (% of lessons)"). A share of attendance ("Oppmøte siste 14 dager %") is not one of absence.
 */
function stretchUnit(header: string, words: HeaderVocabulary): 'days' | 'lessons' | 'percent' | undefined {
  const unit = measureOf(header, words);
  if (unit === 'percent') return has(header, words.attendance) ? undefined : unit;
  return unit === 'days' || unit === 'lessons' ? unit : undefined;
}

function measureOf(header: string, words: HeaderVocabulary): Measure | undefined {
  if (has(header, words.percent)) return 'percent';
  if (has(header, words.late)) return 'late';
  if (has(header, words.minutes)) return 'minutes';
  const days = has(header, words.days) || hasSuffix(header, words.daysSuffixes);
  // "Fravær i dager (enkelttimer omregnet, 6 timer = 1 dag)": read as lessons, every figure would
  // count a sixth of what it is.
  if (days && has(header, words.convertedToDays)) return 'days';
  if (has(header, words.lessons) || hasSuffix(header, words.lessonsSuffixes)) return 'lessons';
  return days ? 'days' : undefined;
}

/** "Timar undervist", "Planlagte timer": a column of the lessons taught or planned, out of which absence is a share. */
export function countsLessonsTaught(text: string, words: HeaderVocabulary): boolean {
  const header = headerPhrase(text);
  return has(header, words.basis) && measureOf(header, words) === 'lessons';
}

/** "1–3", "5-6": which lessons, as a cell writes a run of them. */
const LESSON_RUN = /^(\d{1,2})\.?\s*[–—-]\s*(\d{1,2})\.?$/u;

/**
 * In a dated list, a lessons column ("Periods", "Timer") whose cells write runs ("1–3", "5–6")
 * names which lessons were missed, not how many: a count is never a run. Its lone numbers ("2")
 * are then lesson numbers too, and a cell that says the whole day ("All day") is a day. Only when
 * every filled cell reads so; a column of counts keeps its meaning.
 */
export function withLessonNumbersInCells(
  roles: ColumnRole[],
  bodyTexts: () => string[][],
  saysWholeDay: (text: string) => boolean,
): ColumnRole[] {
  if (!roles.some((role) => role.kind === 'date' || role.kind === 'dateFrom')) return roles;
  const counts = roles.flatMap((role, column) => (role.kind === 'measure' && role.measure === 'lessons' && role.documented === undefined ? [column] : []));
  if (counts.length === 0) return roles;
  const rows = bodyTexts();
  const named = new Set(
    counts.filter((column) => {
      const texts = rows.map((texts) => cleanText(texts[column] ?? '')).filter((text) => text !== '');
      const isRun = (text: string) => {
        const run = LESSON_RUN.exec(text);
        return run !== null && Number(run[1]) < Number(run[2]);
      };
      return texts.some(isRun) && texts.every((text) => saysWholeDay(text) || (!/[.,]\d/u.test(text) && parseLessonNumbers(text) !== null));
    }),
  );
  return named.size === 0 ? roles : roles.map((role, column): ColumnRole => (named.has(column) ? { kind: 'lessonNumbers' } : role));
}

/** Roles that say what a dated list's rows missed, or how much; a list with none of them says it only in its cells, if at all. */
const SAYS_WHAT_WAS_MISSED: ReadonlySet<ColumnRole['kind']> = new Set(['measure', 'absence', 'stretch', 'attendance', 'eventType', 'code', 'lessonNumbers', 'dateTo', 'dateList']);

/**
 * A dated list whose headers name nothing that was missed ("Dato | Elev | Registrert | Merknad")
 * may name it in a column's cells: when every filled cell of a column with a header the reader
 * does not know says the whole day ("Heldag") or names lessons with a word for them ("Time 1–2",
 * "6. time"), that column says what was missed on each date, as a "Time" column does. A remark
 * column ("Syk", "Tannlege") or a count ("2 timer", no lesson named) is no such column and stays unread.
 */
export function withLessonsNamedInCells(
  roles: ColumnRole[],
  bodyTexts: () => string[][],
  words: HeaderVocabulary,
  wholeDay: readonly string[],
): ColumnRole[] {
  if (!roles.some((role) => role.kind === 'date' || role.kind === 'dateFrom') || roles.some((role) => SAYS_WHAT_WAS_MISSED.has(role.kind))) return roles;
  const unknown = roles.flatMap((role, column) => (role.kind === 'other' ? [column] : []));
  if (unknown.length === 0) return roles;
  const rows = bodyTexts();
  const day = new Set(wholeDay.map((word) => normaliseHeader(word)));
  const says = (text: string) => day.has(normaliseHeader(text)) || (has(headerPhrase(text), words.lessonNumbers) && !/[.,]\d/u.test(text) && parseLessonNumbers(text) !== null);
  const named = unknown.filter((column) => {
    const texts = rows.map((texts) => cleanText(texts[column] ?? '')).filter((text) => text !== '');
    return texts.length > 0 && texts.every(says);
  });
  // Two such columns would each say what was missed: neither is read.
  return named.length !== 1 ? roles : roles.map((role, column): ColumnRole => (column === named[0] ? { kind: 'lessonNumbers' } : role));
}

/** "Fraværsandel", "Share absent": a share the header names by a word for a share, not by "%" or "prosent". */
function namesShare(header: string, words: HeaderVocabulary): boolean {
  return has(header, words.share) && !has(header, words.percent);
}

/**
 * "0,092", "0.031", "1": a fraction of one, between 0 and 1; null for anything else. Its own
 * reading, not the number parser's: "0.031" is never the thousands-grouped 31 a Norwegian "1.031" is.
 */
export function fractionOfOne(text: string): number | null {
  const value = cleanText(text);
  return /^(?:0(?:[.,]\d+)?|1(?:[.,]0+)?)$/u.test(value) ? Number(value.replace(',', '.')) : null;
}

/**
 * A column that names a share without a unit ("Fraværsandel") is read by what its cells write: a
 * fraction of one when every filled cell lies between 0 and 1 and some cell has decimals ("0,092",
 * "0,000"), a percentage when every one carries "%". Anything else (a bare "9,2", which may be
 * either) is left unread. A fraction is read only as a share of the whole: a part of it written so
 * (a documented share) is left unread, as a share it would be taken a hundred times too small.
 * `noFigure`: a cell that says there is none.
 */
export function withSharesInCells(
  roles: ColumnRole[],
  headers: readonly string[],
  words: HeaderVocabulary,
  bodyTexts: () => string[][],
  noFigure: (text: string) => boolean,
): ColumnRole[] {
  const shares = roles.flatMap((role, column) =>
    role.kind === 'measure' && role.measure === 'percent' && namesShare(headerPhrase(headers[column] ?? ''), words) ? [column] : [],
  );
  if (shares.length === 0) return roles;
  const rows = bodyTexts();
  return roles.map((role, column): ColumnRole => {
    if (role.kind !== 'measure' || !shares.includes(column)) return role;
    const texts = rows.map((texts) => cleanText(texts[column] ?? '')).filter((text) => text !== '' && !noFigure(text));
    if (texts.length === 0) return role;
    if (texts.every((text) => fractionOfOne(text) !== null) && texts.some((text) => /[.,]/u.test(text))) {
      return role.part || role.documented !== undefined ? { kind: 'other' } : { ...role, fraction: true };
    }
    return texts.every((text) => /\d\s*%$/u.test(text)) ? role : { kind: 'other' };
  });
}

/** Whether a header's words count as "absence" at all (teach mode uses this to guess a meaning). */
export function measureOfHeader(text: string, words: HeaderVocabulary): Measure | undefined {
  return measureOf(headerPhrase(text), words);
}

/**
 * A register's day number under a month heading: merged header rows read "November 2026 2"
 * ("Uke 47 november 16" too), which is the 2nd of November.
 */
function dayUnderMonth(text: string, asOf: IsoDate): IsoDate | null {
  // A week heading over the days: "Uke 39 21.09", "Week 47 Mon 16/11".
  const underWeek = /^(?:uke|veke|week)\s*\d{1,2}\s+(.+)$/iu.exec(cleanText(text));
  if (underWeek?.[1]) {
    const date = parseNorwegianDate(underWeek[1], asOf);
    if (date !== null) return date;
  }
  const match = /^(?:uke\s+\d{1,2}\s+)?(\p{L}+)\.?\s+(?:(\d{4})\s+)?(\d{1,2})\.?$/u.exec(cleanText(text).toLowerCase());
  if (!match?.[1] || !match[3]) return null;
  return parseNorwegianDate(`${match[3]}. ${match[1]}${match[2] ? ` ${match[2]}` : ''}`, asOf);
}

/**
 * The week a header names after the word for absence ("Fravær uke 48", "Fravær uke 48 til og med
 * i dag"), as a column of week sums titles it: that week's absence so far, as "Uke 48" alone is.
 */
function weekOfAbsence(header: string, words: HeaderVocabulary, asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const word = phrasesOf(words.absence).find((phrase) => header.startsWith(phrase));
  if (word === undefined) return undefined;
  const rest = header.slice(word.length);
  return /^(?:uke|veke|week) \d/u.test(rest) ? periodOfHeader(rest, asOf) : undefined;
}

/** The days a header that is only a month ("Nov", "november 2026") or a week number ("Uke 45") covers, up to the as-of day. */
export function periodOfHeader(text: string, asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const [first, second, third] = normaliseHeader(text).split(' ');
  const year = Number(asOf.slice(0, 4));
  let from: IsoDate;
  let end: IsoDate;
  const month = MONTHS[first ?? ''];
  if (month && third === undefined && (second === undefined || /^20\d\d$/u.test(second))) {
    // The month's latest start on or before the as-of day, unless the header gives the year.
    const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
    const y = second ? Number(second) : year;
    from = day(y, month - 1, 1);
    if (!second && from > asOf) from = day(y - 1, month - 1, 1);
    end = addDaysIso(day(Number(from.slice(0, 4)), month, 1), -1);
  } else if (['uke', 'veke', 'week'].includes(first ?? '') && /^\d\d?$/u.test(second ?? '') && Number(second) <= 53) {
    // ISO week n starts on the Monday of the week that holds 4 January.
    const monday = (y: number) => addDaysIso(`${y}-01-04`, 7 * Number(second) - 6 - isoWeekday(`${y}-01-04`));
    from = monday(year) > asOf ? monday(year - 1) : monday(year);
    end = addDaysIso(from, 6);
  } else return undefined;
  return from > asOf ? undefined : { from, to: end < asOf ? end : asOf };
}
