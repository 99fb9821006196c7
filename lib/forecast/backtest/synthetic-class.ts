import type { AbsenceEvent } from '../../model/absence';
import { norwegianSchoolYear, schoolDaysBetween } from '../../model/calendar';
import type { IsoDate } from '../../model/date';
import { isoWeekday } from '../../model/date';
import type { StudentHistory } from '../../model/history';

/**
 * Invented classes over a whole school year, for back-testing the forecast: each student's absence
 * is drawn from a mix of the patterns a teacher meets — scattered single days, a weekday habit that
 * starts some week, absence that rises over some weeks, one long illness, single lessons, absence
 * that fades. Seeded, so the same seed always gives the same class. Nothing here is a real student.
 */

/** A small seeded generator (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticClass {
  seed: number;
  startYear: number;
  histories: StudentHistory[];
}

const STUDENTS_PER_CLASS = 28;

/** One class over the school year starting in August of a year picked by the seed (2023–2028). */
export function syntheticClass(seed: number): SyntheticClass {
  const random = seededRandom(seed);
  const startYear = 2023 + Math.floor(random() * 6);
  const calendar = norwegianSchoolYear(startYear);
  const days = calendar.terms.flatMap((term) => schoolDaysBetween(calendar, term.start, term.end));
  const histories: StudentHistory[] = [];
  for (let i = 0; i < STUDENTS_PER_CLASS; i++) {
    histories.push({
      student: { key: `synthetic:${seed}:${i}`, name: `Elev ${i + 1}`, ageBand: 'ungdomstrinn' },
      events: studentEvents(days, random),
      coverage: 'events',
      calendar,
    });
  }
  return { seed, startYear, histories };
}

/** Chance of being away on school day `i` (0–1) and of single lessons, from a drawn mix of patterns. */
function studentEvents(days: readonly IsoDate[], random: () => number): AbsenceEvent[] {
  const n = days.length;
  const pick = (min: number, max: number) => min + random() * (max - min);
  const at = () => Math.floor(random() * n);
  const scattered = random() < 0.7 ? pick(0, 0.06) : 0;
  const habit = random() < 0.2 ? { weekday: 1 + Math.floor(random() * 5), chance: pick(0.3, 0.8), from: at() } : null;
  const rising = random() < 0.2 ? { from: at(), weeks: pick(3, 10), peak: pick(0.15, 0.6) } : null;
  const fading = random() < 0.1 ? { until: at(), level: pick(0.1, 0.4) } : null;
  const illness = random() < 0.3 ? { from: at(), length: 5 + Math.floor(random() * 11) } : null;
  const lessonChance = random() < 0.3 ? pick(0.03, 0.25) : 0;

  const events: AbsenceEvent[] = [];
  days.forEach((date, i) => {
    let chance = scattered;
    if (habit && i >= habit.from && isoWeekday(date) === habit.weekday) chance = Math.max(chance, habit.chance);
    if (rising && i >= rising.from) chance = Math.max(chance, Math.min(1, (i - rising.from) / (rising.weeks * 5)) * rising.peak);
    if (fading && i < fading.until) chance = Math.max(chance, fading.level * (1 - i / fading.until));
    const ill = illness !== null && i >= illness.from && i < illness.from + illness.length;
    const documented = ill || random() < 0.8;
    const notified = ill || random() < 0.9;
    if (ill || random() < chance) {
      events.push({ date, kind: 'day', documented, notified });
    } else if (random() < lessonChance) {
      const count = 1 + Math.floor(random() * 3);
      const first = 1 + Math.floor(random() * (6 - count + 1));
      events.push({ date, kind: 'lesson', lessons: Array.from({ length: count }, (_, j) => first + j), documented, notified });
    }
  });
  return events;
}
