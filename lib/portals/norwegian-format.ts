import { isValid } from 'date-fns';
import { addDaysIso, type IsoDate, isoWeekday, mondayOfIsoWeek, schoolYearStart, toIso } from '../model';

/**
 * How Norwegian school portals and spreadsheets write numbers and dates: decimal comma, space
 * (often a no-break space) between thousands, "7,5 %", "24.11.2026", "man. 24. nov.", and a dash
 * for "none". Month and weekday names in bokmål, nynorsk and English (some tenants run in English).
 * Every parser returns null for what it does not recognise; none of them throws.
 */

/** Characters that are invisible or spacing but make two equal-looking texts differ. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const SPACES = /[\s\u00A0\u2007\u2009\u202F\u3000]+/g;

/** Text as a person reads it: no zero-width or direction marks, single spaces, trimmed. */
export function cleanText(text: string): string {
  if (isClean(text)) return text;
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/**
 * Whether `text` is already as cleanText leaves it, decided in one pass over its characters: a
 * table's cells are mostly short codes, figures and names ("U", "12", "7,5 %", "Ødegård"), and
 * they are cleaned many times per page. Printable Latin-1 letters and signs are their own NFC
 * form; a single space between them stays. Anything else (other scripts, any other space or
 * control character, the soft hyphen) takes the full path.
 */
function isClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
    } else if (code < 0x21 || (code > 0x7e && code < 0xa1) || code === 0xad || code > 0xff) {
      return false;
    }
  }
  return true;
}

/**
 * Dashes a table uses for "nothing". Statistics Norway's table convention: "–" means zero
 * ("Null"), "." not applicable, ".." not available; portals and spreadsheets follow the first.
 */
const DASHES_FOR_ZERO = new Set(['-', '–', '—', '‒', '−']);

/** Units that may follow a count in a cell ("3 d", "12 t", "2 timar", "90 min"). */
const UNIT = /^(%|prosent|d|dag|dager|dagar|t|time|timer|timar|tim|min|minutt|minutter|minutt(?:ar)?|stk|ganger|gonger|h|days?|hours?|lessons?)\.?$/;

/**
 * A non-negative number as a Norwegian page writes it: "1,5", "12", "1 234", "1.234", "7,5 %",
 * "3 dager", "2½". A lone dash is 0. Negative numbers are null: absence is never negative, so a minus
 * sign means the cell is something else (a difference, a balance) that must not be read as absence.
 */
export function parseNorwegianNumber(text: string): number | null {
  // A half written as a fraction ("½", "2½ dager"), as pages that register half days show it.
  const value = cleanText(text).toLowerCase().replace(/^(\d*)\s?½/u, (_, whole: string) => `${whole || 0},5`);
  if (value === '') return null;
  if (DASHES_FOR_ZERO.has(value)) return 0;
  const match = /^(\d[\d .,']*?)\s*([^\d\s.,'].*)?$/.exec(value);
  if (!match) return null;
  const digits = match[1] ?? '';
  const unit = match[2];
  if (unit !== undefined && !UNIT.test(unit.trim())) return null;
  return parseDigits(digits.trim());
}

function parseDigits(raw: string): number | null {
  // Thousands grouped by spaces or apostrophes: "1 234", "1'234".
  const grouped = raw.replace(/(\d)[ '](?=\d{3}(?:\D|$))/g, '$1');
  if (/[ ']/.test(grouped)) return null;
  let normalised: string;
  const lastComma = grouped.lastIndexOf(',');
  const lastDot = grouped.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal mark ("1.234,5" or "1,234.5").
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if (!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*\\${decimal}\\d+$`).test(grouped)) return null;
    normalised = grouped.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    if (!/^\d+,\d+$/.test(grouped)) return null;
    normalised = grouped.replace(',', '.');
  } else if (lastDot >= 0) {
    // "1.234" is a thousand in Norwegian print; "1.5" is a spreadsheet's decimal point.
    if (/^\d{1,3}(\.\d{3})+$/.test(grouped)) normalised = grouped.split('.').join('');
    else if (/^\d+\.\d+$/.test(grouped)) normalised = grouped;
    else return null;
  } else {
    if (!/^\d+$/.test(grouped)) return null;
    normalised = grouped;
  }
  const number = Number(normalised);
  return Number.isFinite(number) ? number : null;
}

/**
 * A percentage 0–100: "7,5 %", "7,5%", "7,5 prosent", or a bare "7,5" from a column the header
 * already calls a percentage. Over 100 is null (a share of teaching time cannot be).
 */
export function parsePercent(text: string): number | null {
  const value = cleanText(text).toLowerCase();
  const withoutSign = value.replace(/\s*(%|prosent)$/, '');
  if (withoutSign === '' || /[a-zæøå]/.test(withoutSign)) return null;
  const number = parseNorwegianNumber(withoutSign);
  if (number === null || number > 100) return null;
  return number;
}

/**
 * A table of words with no prototype, so that a word on the page that names one of Object's own
 * members ("constructor", "toString") is not found in it. Each call is marked pure: the content
 * script uses this file but none of its tables, and the mark lets the bundler leave them out.
 */
function wordTable(entries: Record<string, number>): Readonly<Record<string, number>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, number>, entries));
}

/** Month names and abbreviations (bokmål, nynorsk, English) → month number 1–12. */
export const MONTHS = /* @__PURE__ */ wordTable({
  januar: 1, jan: 1, january: 1,
  februar: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, des: 12, december: 12, dec: 12,
});

/**
 * Weekday names and abbreviations → ISO weekday (1 = Monday). Bokmål (mandag, man), nynorsk
 * (måndag, tysdag, laurdag, sundag; må, ty, la, su) and English (monday, mon).
 */
export const WEEKDAYS = /* @__PURE__ */ wordTable({
  mandag: 1, måndag: 1, man: 1, må: 1, mån: 1, ma: 1, monday: 1, mon: 1,
  tirsdag: 2, tysdag: 2, tir: 2, tys: 2, ti: 2, ty: 2, tuesday: 2, tue: 2, tues: 2,
  onsdag: 3, ons: 3, on: 3, wednesday: 3, wed: 3,
  torsdag: 4, tor: 4, to: 4, thursday: 4, thu: 4, thur: 4, thurs: 4,
  fredag: 5, fre: 5, fr: 5, friday: 5, fri: 5,
  lørdag: 6, laurdag: 6, lør: 6, lau: 6, lø: 6, la: 6, saturday: 6, sat: 6,
  søndag: 7, sundag: 7, søn: 7, sun: 7, sø: 7, su: 7, sunday: 7,
});

/**
 * A date as a Norwegian page writes it, as "YYYY-MM-DD":
 * "2026-11-24", "24.11.2026", "24.11.26", "24.11.", "24/11", "24. nov.", "man. 24. nov.",
 * "mandag 24. november 2026", "tysdag 24. nov", "Tue 24 Nov 2026". A time after the date is ignored.
 *
 * Without a year, the year comes from the school year `asOf` is in: August–December is its start
 * year, January–July the year after. When the page also gives a weekday that does not fit that
 * year, the neighbouring school years are tried, because a page that says "man. 24. nov." means a
 * Monday; if none fits, the school-year guess stands.
 */
export function parseNorwegianDate(text: string, asOf: IsoDate): IsoDate | null {
  const value = cleanText(text)
    .toLowerCase()
    // A trailing time: "08:15", "kl. 8.15" (a bare "24.11" is a date, so a dot counts only after "kl").
    .replace(/(\S)\s+(?:kl\.?\s*\d{1,2}[:.]\d{2}|\d{1,2}:\d{2})(?::\d{2})?$/, '$1')
    .trim();
  if (value === '') return null;

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t.*)?$/.exec(value);
  if (iso) return buildDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  let rest = value;
  let weekday: number | undefined;
  const leading = /^([a-zæøå]+)\.?,?\s*/.exec(rest);
  if (leading && leading[1] !== undefined && WEEKDAYS[leading[1]] !== undefined && /\d/.test(rest)) {
    weekday = WEEKDAYS[leading[1]];
    rest = rest.slice(leading[0].length);
  }

  let day: number;
  let month: number;
  let yearText: string | undefined;
  const numeric = /^(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{2}|\d{4})?)?\.?$/.exec(rest);
  const named = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?,?(?:\s+(\d{4}|\d{2}))?$/.exec(rest);
  const englishOrder = /^([a-zæøå]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$/.exec(rest);
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    yearText = numeric[3];
  } else if (named && named[2] !== undefined && MONTHS[named[2]] !== undefined) {
    day = Number(named[1]);
    month = MONTHS[named[2]] as number;
    yearText = named[3];
  } else if (englishOrder && englishOrder[1] !== undefined && MONTHS[englishOrder[1]] !== undefined) {
    day = Number(englishOrder[2]);
    month = MONTHS[englishOrder[1]] as number;
    yearText = englishOrder[3];
  } else {
    return null;
  }

  if (yearText !== undefined) {
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return buildDate(year, month, day);
  }

  const schoolYear = schoolYearStart(asOf);
  const yearFor = (start: number): number => (month >= 8 ? start : start + 1);
  const guess = buildDate(yearFor(schoolYear), month, day);
  if (weekday === undefined || guess === null || isoWeekday(guess) === weekday) return guess;
  for (const start of [schoolYear - 1, schoolYear + 1]) {
    const other = buildDate(yearFor(start), month, day);
    if (other !== null && isoWeekday(other) === weekday) return other;
  }
  return guess;
}

function buildDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return toIso(date);
}

/**
 * A day a log names only relative to today, the way apps date their recent entries: "I dag",
 * "I går", "Today", "Yesterday", or a weekday's full name ("Fredag", "tysdag"), which is the latest
 * such day on or before `asOf`. A weekday's abbreviation is not taken: "to", "ti", "on" are
 * ordinary words ("to timer"). Null for anything else.
 */
export function relativeDay(word: string, asOf: IsoDate): IsoDate | null {
  const value = cleanText(word).toLowerCase().replace(/\s+/g, '');
  if (value === 'idag' || value === 'today') return asOf;
  if (value === 'igår' || value === 'yesterday') return addDaysIso(asOf, -1);
  const weekday = value.length >= 6 ? WEEKDAYS[value] : undefined;
  if (weekday === undefined) return null;
  return addDaysIso(asOf, -((isoWeekday(asOf) - weekday + 7) % 7));
}

/**
 * The date of ISO weekday `weekday` (1 = Monday) in week `week` as Norwegian calendars and school
 * portals number weeks (ISO 8601: "uke 47" of 2026 is 16.–22.11). Without a year, the week is the
 * school year's that `asOf` is in: weeks 31–53 its start year's (August on), weeks 1–30 the year
 * after's. Null for a week number that year does not have.
 */
export function dateInWeek(week: number, weekday: number, asOf: IsoDate, year?: number): IsoDate | null {
  if (!Number.isInteger(week) || week < 1 || week > 53 || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) return null;
  const start = schoolYearStart(asOf);
  const isoYear = year ?? (week >= 31 ? start : start + 1);
  const monday = mondayOfIsoWeek(isoYear, week);
  // Week 53 exists only in a year whose last week has its Thursday in that year.
  if (Number(addDaysIso(monday, 3).slice(0, 4)) !== isoYear) return null;
  return addDaysIso(monday, weekday - 1);
}

/**
 * Which lessons of the day a cell names: "3", "3. time", "1.–3. time", "1-3", "2., 4. og 5. time",
 * "1–2, 5". Lessons are 1–12; anything else is null.
 */
export function parseLessonNumbers(text: string): number[] | null {
  const value = cleanText(text).toLowerCase().replace(/\b(time|timer|timar|t|økt|økter|skoletime)\b\.?/g, ' ');
  // "1,5" with no space is a decimal (one and a half hours), not lessons 1 and 5.
  if (!/\d/.test(value) || /\d,\d/.test(value)) return null;
  const lessons = new Set<number>();
  const parts = value.split(/,|\bog\b|&|\+/);
  for (const part of parts) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const range = /^(\d{1,2})\.?\s*(?:[–—-]|til)\s*(\d{1,2})\.?$/.exec(trimmed);
    const single = /^(\d{1,2})\.?$/.exec(trimmed);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from < 1 || to > 12 || to < from) return null;
      for (let lesson = from; lesson <= to; lesson += 1) lessons.add(lesson);
    } else if (single) {
      const lesson = Number(single[1]);
      if (lesson < 1 || lesson > 12) return null;
      lessons.add(lesson);
    } else {
      return null;
    }
  }
  return lessons.size === 0 ? null : [...lessons].sort((a, b) => a - b);
}
