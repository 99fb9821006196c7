import type { AbsenceKind } from '../../model';
import type { AbsenceCodeMeaning } from '../adapter';
import { cleanText, parseNorwegianNumber } from '../norwegian-format';

/**
 * What the text of one cell means: an absence code in a register, yes/no in a "Gyldig" column,
 * an absence type in an event list. The words are data (GENERIC_VOCABULARY in generic/index.ts).
 */

/** A code's meaning; unlike a portal's own table, the generic reader cannot know the 10 % rule. */
export type GenericCodeMeaning = Omit<AbsenceCodeMeaning, 'countsTowardLimit'> & { countsTowardLimit?: boolean };

export interface CellWords {
  /** Codes and short words, looked up lower-case. */
  codes: Readonly<Record<string, GenericCodeMeaning>>;
  /** What a register shows for "was there". */
  presentMarks: readonly string[];
  eventTypes: Readonly<Record<AbsenceKind, readonly string[]>>;
  yes: readonly string[];
  no: readonly string[];
  documented: readonly string[];
  undocumented: readonly string[];
  notified: readonly string[];
  notNotified: readonly string[];
  /** What a summary writes across a student's figure cells when they have none ("Ingen fravær registrert"). */
  noAbsence: readonly string[];
  /** Marks the page's key says each stand for one whole day or one lesson ("● = én hel fraværsdag"). */
  unitMarks?: Readonly<Record<string, 'days' | 'lessons'>>;
  /** Labels in a cell's list of absence by reason that name no part to add: the whole, a part of a part, lateness, another stretch (reason-items.ts). */
  notParts: readonly string[];
}

/** Whether a figure cell says in words that there is no absence: a count of 0. */
export function saysNoAbsence(text: string, words: CellWords): boolean {
  const said = cleanText(text).toLowerCase().replace(/[.!]+$/, '');
  return said !== '' && words.noAbsence.includes(said);
}

/**
 * A row of marks ("● ● ◦"), each standing for a day or a lesson as the page's key says: the days
 * and lessons they count. Undefined when the cell holds anything else, or a mark the key does not
 * name: what it stands for is not known, and the row is not counted short.
 */
export function marksCounted(text: string, words: CellWords): { days: number; lessons: number } | undefined {
  const marks = words.unitMarks;
  const written = text.replace(/\s+/gu, '');
  if (!marks || written === '') return undefined;
  const counts = { days: 0, lessons: 0 };
  for (const mark of written.match(/[^\uFE0F]\uFE0F?/gu) ?? []) {
    const unit = Object.prototype.hasOwnProperty.call(marks, mark) ? marks[mark] : undefined;
    if (unit === undefined) return undefined;
    counts[unit] += 1;
  }
  return counts;
}

export type CodeReading =
  | { kind: 'present' }
  | {
      kind: 'absent';
      event: {
        kind: AbsenceKind;
        documented: boolean | null;
        notified: boolean | null;
        code: string;
        /** Lessons counted by a register cell that holds a number ("2" = two lessons that day). */
        lessonCount?: number;
        countsTowardLimit?: boolean;
      };
    }
  | { kind: 'unknown'; text: string };

const lower = (text: string): string => cleanText(text).toLowerCase();

function lookup(
  key: string,
  words: CellWords,
  overrides: Record<string, AbsenceCodeMeaning> | undefined,
): GenericCodeMeaning | undefined {
  if (overrides) {
    for (const [code, meaning] of Object.entries(overrides)) if (lower(code) === key) return meaning;
  }
  return Object.prototype.hasOwnProperty.call(words.codes, key) ? words.codes[key] : undefined;
}

/**
 * A register cell: blank or a present mark is present; a code (or codes joined by "/" or "+",
 * such as "U/M") is an absence; a number is that many lessons absent that day.
 *
 * A reading depends only on the text, the words and the overrides, so each text is read once for
 * the words and overrides in use: a register shows the same few codes in every row, and a row is
 * read again after every edit. The readings are shared: callers copy, never change them.
 */
export function readCode(text: string, words: CellWords, overrides?: Record<string, AbsenceCodeMeaning>): CodeReading {
  if (!readings || readings.words !== words || readings.overrides !== overrides || readings.byText.size >= MAX_REMEMBERED_TEXTS) {
    readings = { words, overrides, byText: new Map() };
  }
  let reading = readings.byText.get(text);
  if (!reading) {
    reading = readCodeAnew(text, words, overrides);
    readings.byText.set(text, reading);
  }
  return reading;
}

/** Bounds the remembered readings when a page's cells hold many different texts (free text, numbers). */
const MAX_REMEMBERED_TEXTS = 512;
let readings: { words: CellWords; overrides: Record<string, AbsenceCodeMeaning> | undefined; byText: Map<string, CodeReading> } | null = null;

function readCodeAnew(
  text: string,
  words: CellWords,
  overrides?: Record<string, AbsenceCodeMeaning>,
): CodeReading {
  const shown = cleanText(text);
  const key = shown.toLowerCase();
  if (key === '' || words.presentMarks.includes(key)) return { kind: 'present' };

  const whole = lookup(key, words, overrides);
  const parts = whole ? [whole] : codesIn(key.split(/\s*[/+]\s*|\s+/), words, overrides);
  if (parts.every((part): part is GenericCodeMeaning => part !== undefined)) {
    if (parts.every((part) => part.kind === 'present')) return { kind: 'present' };
    const absent = parts.filter((part) => part.kind !== 'present');
    const kind = pickKind(absent.map((part) => part.kind as AbsenceKind));
    const counts = absent.find((part) => part.countsTowardLimit !== undefined)?.countsTowardLimit;
    // A lesson code that carries its count ("T2", "3t" explained as "fravær i timer"): that many lessons.
    const carried = kind === 'lesson' ? /^\D{0,2}?(\d{1,2})\D{0,2}$/.exec(key)?.[1] : undefined;
    const lessonCount = carried === undefined ? undefined : Number(carried);
    return {
      kind: 'absent',
      event: {
        kind,
        documented: absent.find((part) => part.documented !== null)?.documented ?? null,
        notified: absent.find((part) => part.notified !== null)?.notified ?? null,
        code: shown,
        ...(counts === undefined ? {} : { countsTowardLimit: counts }),
        ...(lessonCount !== undefined && lessonCount > 0 && lessonCount <= 12 ? { lessonCount } : {}),
      },
    };
  }

  const count = /^(\d+(?:,\d+)?)\s*(t|timer|timar)?$/.exec(key) ?? /^t\s?(\d{1,2})$/.exec(key);
  if (count?.[1] !== undefined) {
    const lessons = parseNorwegianNumber(count[1]);
    if (lessons === 0) return { kind: 'present' };
    if (lessons !== null && lessons <= 12) {
      return {
        kind: 'absent',
        event: { kind: 'lesson', documented: null, notified: null, code: shown, lessonCount: lessons },
      };
    }
  }
  return { kind: 'unknown', text: shown };
}

/**
 * The codes a cell's words spell, each the longest run of words that names one: "Fravær hel dag"
 * is "fravær" and "hel dag", as a register writes a whole day out in words. Undefined in the
 * list where a word is no code, nor part of one.
 */
function codesIn(tokens: string[], words: CellWords, overrides: Record<string, AbsenceCodeMeaning> | undefined): (GenericCodeMeaning | undefined)[] {
  const found: (GenericCodeMeaning | undefined)[] = [];
  for (let from = 0; from < tokens.length; ) {
    let to = tokens.length;
    let code = lookup(tokens.slice(from, to).join(' '), words, overrides);
    while (!code && to > from + 1) code = lookup(tokens.slice(from, --to).join(' '), words, overrides);
    found.push(code);
    from = to;
  }
  return found;
}

/** When codes combine, the narrower kind wins: "F/FS" is a late arrival, not a whole day. */
function pickKind(kinds: AbsenceKind[]): AbsenceKind {
  for (const kind of ['late', 'leftEarly', 'lesson'] as const) if (kinds.includes(kind)) return kind;
  return 'day';
}

/** The absence kind an event list's "Type" cell names ("Dagsfravær", "Forsentkomming" …). */
export function readEventType(text: string, words: CellWords): AbsenceKind | undefined {
  const value = ` ${lower(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (value.trim() === '') return undefined;
  const order: AbsenceKind[] = ['late', 'leftEarly', 'day', 'lesson'];
  for (const kind of order) {
    if (words.eventTypes[kind].some((word) => value.includes(` ${word} `))) return kind;
  }
  return undefined;
}

/**
 * A yes/no cell in a flag column. `inverted` is for headers that ask the opposite question
 * ("Ugyldig", "Ikke meldt"), where "Ja" means not documented / not notified.
 * Words that answer on their own ("Gyldig", "Ikke meldt") win over yes/no.
 */
export function readFlag(
  text: string,
  words: CellWords,
  flag: 'documented' | 'notified',
  inverted: boolean,
): boolean | null {
  const value = lower(text).replace(/[.:;!]+$/, '');
  if (value === '') return null;
  const positive = flag === 'documented' ? words.documented : words.notified;
  const negative = flag === 'documented' ? words.undocumented : words.notNotified;
  if (negative.includes(value)) return false;
  if (positive.includes(value)) return true;
  if (words.yes.includes(value)) return !inverted;
  if (words.no.includes(value)) return inverted;
  return null;
}

/** A flag answered by words anywhere in a type or code cell ("Ugyldig fravær", "Meldt fravær"). */
export function flagInText(text: string, words: CellWords, flag: 'documented' | 'notified'): boolean | null {
  const value = ` ${lower(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const positive = flag === 'documented' ? words.documented : words.notified;
  const negative = flag === 'documented' ? words.undocumented : words.notNotified;
  if (negative.some((word) => value.includes(` ${word} `))) return false;
  if (positive.some((word) => value.includes(` ${word} `))) return true;
  return null;
}
