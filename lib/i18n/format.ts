import type { IsoDate } from '../model/date';
import type { UiLanguage } from './translate';

/**
 * Numbers, dates and lists in the UI language, with the browser's own Intl formats: a decimal
 * comma and "a, b og c" in Norwegian, a decimal point and "a, b and c" in English. One formatter
 * per language and kind, made on first use and kept, because the overlay formats for every
 * student row on a page.
 */
const LOCALE: Record<UiLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function cached<T>(make: (locale: string) => T): (language: UiLanguage) => T {
  const made = new Map<UiLanguage, T>();
  return (language) => {
    let formatter = made.get(language);
    if (!formatter) {
      formatter = make(LOCALE[language]);
      made.set(language, formatter);
    }
    return formatter;
  };
}

const numberFormat = cached((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
const oneDecimalFormat = cached((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
// Date-only values are calendar days, not instants: format them in UTC so no time zone moves them.
const dateFormat = cached((locale) => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
const andListFormat = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

function utcDay(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** At most one decimal: 2.45 → "2,5" (nb, nn), "2.5" (en); whole numbers without one. */
export function formatNumber(language: UiLanguage, value: number): string {
  return numberFormat(language).format(value);
}

/** Always one decimal, as a form's table prints it: 1 → "1,0". */
export function formatOneDecimal(language: UiLanguage, value: number): string {
  return oneDecimalFormat(language).format(value);
}

/**
 * Dates already formatted, by language and date: the students of a page share a handful of dates
 * (a term's start, the day the page is read), and the overlay words them for every row. Cleared
 * when full, so a page cannot make it grow without end.
 */
const formattedDates = new Map<string, string>();
const MAX_FORMATTED_DATES = 2000;

/** "2026-11-24" → "24.11.2026" (nb, nn), "24/11/2026" (en). */
export function formatDate(language: UiLanguage, iso: IsoDate): string {
  const key = `${language} ${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = dateFormat(language).format(utcDay(iso));
    if (formattedDates.size >= MAX_FORMATTED_DATES) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

/**
 * Day and month cut from the language's whole date, so they keep its order, separator and two
 * digits: "04.11", "04/11". (Intl's own day-and-month format drops the leading zero in Norwegian.)
 */
function dayAndMonth(language: UiLanguage, iso: IsoDate): string {
  const parts = dateFormat(language).formatToParts(utcDay(iso));
  const day = parts.findIndex((part) => part.type === 'day');
  const month = parts.findIndex((part) => part.type === 'month');
  return parts
    .slice(Math.min(day, month), Math.max(day, month) + 1)
    .map((part) => part.value)
    .join('');
}

/** "2026-12-14" → "14.12." (nb, nn: Norwegian closes a date without its year with a dot), "14/12" (en). */
export function formatDayMonth(language: UiLanguage, iso: IsoDate): string {
  return language === 'en' ? dayAndMonth(language, iso) : `${dayAndMonth(language, iso)}.`;
}

/** "a", "a og b", "a, b og c" (nb, nn); "a, b and c" (en). */
export function formatAndList(language: UiLanguage, parts: readonly string[]): string {
  return andListFormat(language).format(parts);
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
