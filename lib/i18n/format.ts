import type { IsoDate } from '../model/date';
import type { UiLanguage } from './translate';

/**
 * Numbers, dates and lists in the UI language: a decimal comma and "a, b og c" in Norwegian, a
 * decimal point and "a, b and c" in English, as the browser's Intl formats for nb-NO, nn-NO and
 * en-GB write them (a test holds every function here to Intl's output).
 *
 * Written out rather than asking Intl: the content script formats figures for every student row,
 * and a page's first Intl formatter costs tens of milliseconds (the locale's data is loaded then),
 * each number formatted after it some microseconds more. The few shapes the UI uses are simple: at
 * most one decimal, dd.mm.yyyy, a conjunction list. Intl is still asked for what these do not cover
 * (numbers written in exponent form, infinities), never on a page's ordinary figures.
 */
interface Separators {
  decimal: string;
  group: string;
  minus: string;
  date: string;
  and: string;
}

const SEPARATORS: Record<UiLanguage, Separators> = {
  // Intl's nb-NO and nn-NO: a no-break space between thousands, the minus sign U+2212.
  nb: { decimal: ',', group: '\u00a0', minus: '\u2212', date: '.', and: 'og' },
  nn: { decimal: ',', group: '\u00a0', minus: '\u2212', date: '.', and: 'og' },
  en: { decimal: '.', group: ',', minus: '-', date: '/', and: 'and' },
};

const LOCALE: Record<UiLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Below this a number's tenths are exact in a double; above it, Intl writes it. */
const EXACT_LIMIT = 1e14;

/**
 * `value` rounded to tenths the way Intl rounds: on the number's shortest decimal form (2.45 is
 * "2.45", not the double just under it), halves away from zero. Null when that form is in exponent
 * notation or too large for exact tenths.
 */
function tenths(value: number): number | null {
  const digits = String(Math.abs(value));
  if (digits.includes('e') || Math.abs(value) >= EXACT_LIMIT) return null;
  const point = digits.indexOf('.');
  if (point < 0) return Number(digits) * 10;
  const whole = Number(digits.slice(0, point));
  const first = digits.charCodeAt(point + 1) - 48;
  const second = point + 2 < digits.length ? digits.charCodeAt(point + 2) - 48 : 0;
  return whole * 10 + first + (second >= 5 ? 1 : 0);
}

function grouped(whole: number, separator: string): string {
  const digits = String(whole);
  if (digits.length <= 3) return digits;
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let at = text.length; at < digits.length; at += 3) text += separator + digits.slice(at, at + 3);
  return text;
}

function formatTenths(language: UiLanguage, value: number, alwaysDecimal: boolean): string {
  const rounded = Number.isFinite(value) ? tenths(value) : null;
  if (rounded === null) {
    const options = alwaysDecimal ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 1 };
    return new Intl.NumberFormat(LOCALE[language], options).format(value);
  }
  const separators = SEPARATORS[language];
  const sign = value < 0 || Object.is(value, -0) ? separators.minus : '';
  const whole = grouped(Math.floor(rounded / 10), separators.group);
  const tenth = rounded % 10;
  return tenth === 0 && !alwaysDecimal ? sign + whole : `${sign}${whole}${separators.decimal}${tenth}`;
}

/** At most one decimal: 2.45 → "2,5" (nb, nn), "2.5" (en); whole numbers without one. */
export function formatNumber(language: UiLanguage, value: number): string {
  return formatTenths(language, value, false);
}

/** Always one decimal, as a form's table prints it: 1 → "1,0". */
export function formatOneDecimal(language: UiLanguage, value: number): string {
  return formatTenths(language, value, true);
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A date-only value's day, month and year, as `new Date(Date.UTC(y, m - 1, d))` has them (a day
 * past the month's end rolls over, as it did through Intl); a RangeError for what is not a date.
 */
function dateParts(iso: IsoDate): { day: string; month: string; year: string } {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${iso.slice(0, 40)}`);
  return { day: twoDigits(date.getUTCDate()), month: twoDigits(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

/** "2026-11-04" → "04.11.2026" (nb, nn), "04/11/2026" (en). */
export function formatDate(language: UiLanguage, iso: IsoDate): string {
  const { day, month, year } = dateParts(iso);
  const separator = SEPARATORS[language].date;
  return `${day}${separator}${month}${separator}${year}`;
}

/** Day and month in the language's order, separator and two digits: "04.11", "04/11". */
function dayAndMonth(language: UiLanguage, iso: IsoDate): string {
  const { day, month } = dateParts(iso);
  return `${day}${SEPARATORS[language].date}${month}`;
}

/** "2026-12-14" → "14.12." (nb, nn: Norwegian closes a date without its year with a dot), "14/12" (en). */
export function formatDayMonth(language: UiLanguage, iso: IsoDate): string {
  return language === 'en' ? dayAndMonth(language, iso) : `${dayAndMonth(language, iso)}.`;
}

/** "a", "a og b", "a, b og c" (nb, nn); "a, b and c" (en: no comma before "and", as en-GB writes it). */
export function formatAndList(language: UiLanguage, parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${SEPARATORS[language].and} ${parts.at(-1)!}`;
}

/**
 * A figure's period: "16.11–20.11" within one year, "17.08.2026–04.01.2027" across two, one date
 * when it is one day (nb, nn); "16/11–20/11" and "17/08/2026–04/01/2027" (en).
 */
export function formatDateRange(language: UiLanguage, from: IsoDate, to: IsoDate): string {
  if (from === to) return formatDate(language, from);
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatDate(language, from)}–${formatDate(language, to)}`;
  return `${dayAndMonth(language, from)}–${dayAndMonth(language, to)}`;
}
