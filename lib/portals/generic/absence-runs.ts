import { compareIso, type IsoDate, type StretchTotals } from '../../model';
import { cleanText, parseNorwegianDate } from '../norwegian-format';
import { anyOf } from './literal-pattern';

/**
 * A note in a student's figure cells that the student has been away every school day since a date:
 * "Sykmeldt fra og med 05.10.2026 – fravær føres samlet ved friskmelding" merged over a row's
 * figures, or "Absent since Tue 17 Nov (5 school days)" in a column of current absence. The note
 * gives that stretch of absence: all of its school days, or as many as it counts. It says nothing
 * of the absence before the date.
 */
export const RUN_WORDS = {
  /** Words that say the student is away (the first few words of the note). */
  away: [
    'sykmeldt', 'sykemeldt', 'sjukmeld', 'sjukemeld', 'sjukmeldt', 'langtidssykmeldt', 'langtidssykemeldt', 'syk', 'sjuk',
    'borte', 'fraværende', 'fråverande', 'fråværande', 'innlagt', 'absent', 'away', 'off sick', 'sick', 'on sick leave',
  ],
  /** Words before the first day of the run. */
  since: ['fra og med', 'frå og med', 'f.o.m.', 'fom', 'fra', 'frå', 'siden', 'sidan', 'since', 'from'],
  /** Words before its last day, when the run has ended. */
  until: ['til og med', 't.o.m.', 'tom', 'til', 'to', 'until'],
  /** Words for the as-of day itself: a run that began today. */
  today: ['i dag', 'today'],
  /** Units of a count of the run's days in brackets, "(5 school days)". */
  days: ['skoledager', 'skoledagar', 'skuledagar', 'dager', 'dagar', 'school days', 'school day', 'days', 'day', 'dag'],
} as const;

/** How many words a note may say before its word for "since": "Sykmeldt", "Absent", "Har vært borte". */
const MAX_LEAD_WORDS = 4;
/** The longest date a note writes, in words: "tirsdag 17. november 2026". */
const MAX_DATE_WORDS = 4;

/**
 * The patterns built from RUN_WORDS, on first use: the content script imports the generic reader's
 * modules for their vocabulary, and work done when a module loads would go with them.
 */
let patterns: { since: RegExp; until: RegExp; today: RegExp; count: RegExp } | undefined;

function runPatterns(): NonNullable<typeof patterns> {
  patterns ??= {
    since: new RegExp(`(?:^|\\s)(?:${anyOf(RUN_WORDS.since)})\\s+`, 'u'),
    until: new RegExp(`^(?:${anyOf(RUN_WORDS.until)})\\s+`, 'u'),
    today: new RegExp(`(?:^|\\s)(?:${anyOf(RUN_WORDS.today)})(?=$|[\\s(,.–-])`, 'u'),
    count: new RegExp(`\\((\\d{1,3})\\s+(?:${anyOf(RUN_WORDS.days)})\\)`, 'u'),
  };
  return patterns;
}

/** The stretch of absence a note in a figure cell gives, or undefined when the text is no such note. */
export function runInText(text: string, asOf: IsoDate): StretchTotals | undefined {
  const value = cleanText(text).toLowerCase();
  if (!/\p{L}/u.test(value)) return undefined;
  const pattern = runPatterns();
  const today = pattern.today.exec(value);
  const since = today ? undefined : pattern.since.exec(value);
  const marker = today ?? since;
  if (!marker) return undefined;
  const lead = value.slice(0, marker.index).trim();
  if (!saysAway(lead)) return undefined;
  let from: IsoDate = asOf;
  let to: IsoDate = asOf;
  let rest = value.slice(marker.index + marker[0].length);
  if (since) {
    const start = dateAtStart(rest, asOf);
    if (!start) return undefined;
    from = start.date;
    rest = start.rest;
    const until = pattern.until.exec(rest);
    const end = until ? dateAtStart(rest.slice(until[0].length), asOf) : undefined;
    if (end && compareIso(end.date, asOf) < 0) to = end.date;
  }
  if (compareIso(from, to) > 0) return undefined;
  const count = pattern.count.exec(rest);
  // Without a count, the run is every school day of the stretch: all of its school time.
  return count?.[1] ? { from, to, days: Number(count[1]) } : { from, to, percent: 100 };
}

function saysAway(lead: string): boolean {
  if (lead === '' || lead.split(' ').length > MAX_LEAD_WORDS) return false;
  const words = ` ${lead.replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/gu, ' ')} `;
  return RUN_WORDS.away.some((word) => words.includes(` ${word} `));
}

/** The date the text opens with, in its longest reading ("tue 17 nov" before "tue 17"), and what follows it. */
function dateAtStart(text: string, asOf: IsoDate): { date: IsoDate; rest: string } | undefined {
  const words = text.split(' ');
  for (let count = Math.min(MAX_DATE_WORDS, words.length); count > 0; count -= 1) {
    const date = parseNorwegianDate(words.slice(0, count).join(' ').replace(/[,:;–-]+$/u, ''), asOf);
    if (date) return { date, rest: words.slice(count).join(' ') };
  }
  return undefined;
}
