import { describe, expect, it } from 'vitest';
import { analysePatterns } from '../../../lib/patterns';
import { nb } from './bokmal-words';
import { asOf, calendar, day, history, late, leftEarly, lesson } from './history';

const analyse = (...events: Parameters<typeof history>[0]) => analysePatterns(history(events), asOf);
const ids = (p: ReturnType<typeof analysePatterns>) => p.findings.map((f) => f.id);

describe('weekday pattern ("Fravær på faste dager")', () => {
  it('finds absence concentrated on Mondays', () => {
    const p = analyse(day('2026-10-05'), day('2026-10-19'), day('2026-11-02'), day('2026-11-16'), day('2026-09-16'));
    const monday = p.byWeekday?.[0];
    expect(monday).toEqual({ weekday: 1, days: 4, lessons: 0, schoolDays: 13 });
    expect(p.byWeekday?.[2]).toEqual({ weekday: 3, days: 1, lessons: 0, schoolDays: 13 });
    const finding = p.findings.find((f) => f.id === 'weekday');
    expect(finding).toMatchObject({ id: 'weekday', weekday: 1 });
    expect(nb(finding)).toBe('mest fravær mandager');
  });

  it('finds nothing when the same absence is spread over the week', () => {
    const p = analyse(
      day('2026-09-07'), day('2026-10-12'), // Mondays
      day('2026-09-15'), day('2026-10-20'), // Tuesdays
      day('2026-09-09'), day('2026-10-21'), // Wednesdays
      day('2026-09-17'), day('2026-10-22'), // Thursdays
      day('2026-09-11'), day('2026-11-06'), // Fridays
    );
    expect(p.byWeekday?.map((w) => w.days)).toEqual([2, 2, 2, 2, 2]);
    expect(ids(p)).not.toContain('weekday');
  });

  it('needs at least two absences on the weekday', () => {
    expect(ids(analyse(day('2026-11-16')))).not.toContain('weekday');
  });
});

describe('lesson-of-day pattern', () => {
  it('finds absence concentrated in the first lesson', () => {
    const p = analyse(
      lesson('2026-08-25', [1]),
      lesson('2026-09-09', [1]),
      lesson('2026-10-15', [1]),
      lesson('2026-11-06', [1]),
      lesson('2026-11-10', [1]),
      lesson('2026-10-21', [4]),
    );
    expect(p.byLesson).toEqual([
      { lesson: 1, count: 5 },
      { lesson: 2, count: 0 },
      { lesson: 3, count: 0 },
      { lesson: 4, count: 1 },
      { lesson: 5, count: 0 },
      { lesson: 6, count: 0 },
    ]);
    expect(nb(p.findings.find((f) => f.id === 'lesson'))).toBe('mest fravær første time');
    expect(ids(p)).not.toContain('weekday');
  });

  it('has no lesson view when the page gives no lesson numbers', () => {
    const p = analyse(lesson('2026-11-10'), lesson('2026-11-11'), day('2026-11-12'));
    expect(p.byLesson).toBeNull();
    expect(p.heatmap).toBeNull();
    expect(p.byWeekday).not.toBeNull();
  });

  it('widens the grid for a lesson beyond the calendar\'s lessons per day', () => {
    const p = analyse(lesson('2026-11-10', [8]));
    expect(p.byLesson).toHaveLength(8);
    expect(p.heatmap?.lessonsPerDay).toBe(8);
    expect(p.heatmap?.counts[1]?.[7]).toBe(1);
  });
});

describe('subject pattern ("Er det mer fravær i enkelte fag enn i andre")', () => {
  it('finds the subject with most absence', () => {
    const p = analyse(
      lesson('2026-09-08', undefined, 'Matematikk'),
      lesson('2026-09-22', undefined, 'Matematikk'),
      lesson('2026-10-13', undefined, 'Matematikk'),
      lesson('2026-11-10', undefined, 'Matematikk'),
      lesson('2026-11-11', undefined, 'Norsk'),
      lesson('2026-10-14', undefined, 'Engelsk'),
    );
    expect(p.bySubject).toEqual([
      { subject: 'Matematikk', lessons: 4, minutes: 180 },
      { subject: 'Engelsk', lessons: 1, minutes: 45 },
      { subject: 'Norsk', lessons: 1, minutes: 45 },
    ]);
    expect(nb(p.findings.find((f) => f.id === 'subject'))).toBe('mest fravær i matematikk');
  });

  it('keeps a subject code as the portal writes it', () => {
    const p = analyse(...['2026-09-08', '2026-09-22', '2026-10-13'].map((d) => lesson(d, undefined, 'KRLE')));
    expect(nb(p.findings.find((f) => f.id === 'subject'))).toBe('mest fravær i KRLE');
  });

  it('has no subject view when no event names a subject', () => {
    expect(analyse(lesson('2026-11-10', [2])).bySubject).toBeNull();
  });
});

describe('streaks of whole-day absence', () => {
  it('runs across a weekend', () => {
    const p = analyse(day('2026-11-12'), day('2026-11-13'), day('2026-11-16'), day('2026-11-17'));
    expect(p.longestStreak).toEqual({ days: 4, from: '2026-11-12', to: '2026-11-17' });
    expect(p.currentStreak).toBeNull();
    expect(nb(p.findings.find((f) => f.id === 'streak'))).toBe('4 skoledager sammenhengende fravær');
  });

  it('runs across høstferie (week 40, 2026-09-28 – 2026-10-02)', () => {
    const p = analyse(day('2026-09-24'), day('2026-09-25'), day('2026-10-05'), day('2026-10-06'));
    expect(p.longestStreak).toEqual({ days: 4, from: '2026-09-24', to: '2026-10-06' });
  });

  it('is broken by a school day present', () => {
    const p = analyse(day('2026-09-24'), day('2026-09-25'), day('2026-10-06'));
    expect(p.longestStreak).toEqual({ days: 2, from: '2026-09-24', to: '2026-09-25' });
  });

  it('is not made of single lessons', () => {
    const p = analyse(lesson('2026-11-12', [1]), lesson('2026-11-13', [1]));
    expect(p.longestStreak).toBeNull();
  });

  it('reports the run ending on the last school day as the current streak', () => {
    const days = ['2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23'];
    const p = analyse(...days.map(day));
    expect(p.currentStreak).toEqual({ days: 7, from: '2026-11-13', to: '2026-11-23' });
    expect(p.longestStreak).toEqual(p.currentStreak);
    expect(nb(p.findings[0])).toBe('7 skoledager sammenhengende fravær (pågår)');
  });

  it('on a Saturday, the current streak ends on Friday', () => {
    const events = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'].map(day);
    const p = analysePatterns(history(events), '2026-11-21');
    expect(p.currentStreak).toEqual({ days: 5, from: '2026-11-16', to: '2026-11-20' });
  });

  it('has no current streak when the student was there on the last school day', () => {
    const p = analyse(day('2026-11-18'), day('2026-11-19'), day('2026-11-20'));
    expect(p.currentStreak).toBeNull();
    expect(p.longestStreak?.days).toBe(3);
  });
});

describe('trend: the last four school weeks against the four before', () => {
  // Last 20 school days up to 2026-11-23: 2026-10-27 … 2026-11-23.
  // The 20 before (høstferie skipped): 2026-09-22 … 2026-10-26.
  it('is rising', () => {
    const p = analyse(day('2026-11-03'), day('2026-11-10'), day('2026-11-17'));
    expect(p.trend).toEqual({ direction: 'okende', recentPerWeek: 0.75, earlierPerWeek: 0 });
    expect(nb(p.findings.find((f) => f.id === 'trend'))).toBe('økende siste fire uker');
  });

  it('is stable', () => {
    const p = analyse(day('2026-10-06'), day('2026-10-13'), day('2026-11-03'), day('2026-11-10'));
    expect(p.trend).toEqual({ direction: 'stabil', recentPerWeek: 0.5, earlierPerWeek: 0.5 });
    expect(ids(p)).not.toContain('trend');
  });

  it('is falling', () => {
    const p = analyse(day('2026-10-06'), day('2026-10-13'), day('2026-10-20'));
    expect(p.trend).toEqual({ direction: 'synkende', recentPerWeek: 0, earlierPerWeek: 0.75 });
    expect(nb(p.findings.find((f) => f.id === 'trend'))).toBe('synkende siste fire uker');
  });

  it('leaves out absence before the earlier window', () => {
    const p = analyse(day('2026-09-21'), day('2026-09-14'), day('2026-09-07'));
    expect(p.trend).toEqual({ direction: 'stabil', recentPerWeek: 0, earlierPerWeek: 0 });
  });

  it('counts lessons as parts of a day', () => {
    // Six lessons a day: 12 lessons in the last four weeks are two day-equivalents, 0.5 a week.
    const p = analyse(lesson('2026-11-03', [1, 2, 3, 4, 5, 6]), lesson('2026-11-04', [1, 2, 3, 4, 5, 6]));
    expect(p.trend).toEqual({ direction: 'okende', recentPerWeek: 0.5, earlierPerWeek: 0 });
  });

  it('is unknown early in the term', () => {
    expect(analysePatterns(history([day('2026-09-01')]), '2026-09-10').trend).toBeNull();
  });
});

describe('onset ("Hvordan oppstod fraværet? Plutselig, gradvis?")', () => {
  it('is sudden when two whole weeks of absence follow weeks with none', () => {
    const dates = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13].map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    expect(analyse(...dates.map(day)).onset).toBe('plutselig');
  });

  it('is gradual when absence grows week by week', () => {
    // One more lesson each school week from the week of 24 August (0 lessons) onward.
    const mondays = ['2026-08-24', '2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-10-05',
      '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];
    const events = mondays.flatMap((monday, week) => {
      const lessons = Array.from({ length: week }, (_, i) => i + 1);
      const tuesday = `${monday.slice(0, 8)}${String(Number(monday.slice(8)) + 1).padStart(2, '0')}`;
      return [
        ...(lessons.length > 0 ? [lesson(monday, lessons.slice(0, 6))] : []),
        ...(lessons.length > 6 ? [lesson(tuesday, lessons.slice(6).map((n) => n - 6))] : []),
      ];
    });
    const p = analyse(...events);
    expect(p.weeklySeries?.filter((w) => w.weekStart >= '2026-08-24' && w.schoolDays > 0).slice(0, 12).map((w) => w.lessons))
      .toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(p.onset).toBe('gradvis');
  });

  it('is unknown with too little absence to tell', () => {
    expect(analyse(day('2026-11-16')).onset).toBeNull();
  });

  it('is neither when absence has been the same all term', () => {
    const fridays = ['2026-08-21', '2026-09-04', '2026-09-18', '2026-10-09', '2026-10-23', '2026-11-06', '2026-11-20'];
    expect(analyse(...fridays.map(day)).onset).toBeNull();
  });
});

describe('absence after holidays', () => {
  it('counts the first school day after høstferie and the first day of term', () => {
    const p = analyse(day('2026-08-18'), lesson('2026-10-05', [2]), day('2026-10-07'));
    expect(p.afterHolidays).toEqual({ count: 2, dates: ['2026-08-18', '2026-10-05'], outOf: 2 });
    expect(nb(p.findings.find((f) => f.id === 'afterHolidays'))).toBe('fravær første dag etter ferie 2 ganger');
  });

  it('is no finding for a single time', () => {
    const p = analyse(day('2026-10-05'));
    expect(p.afterHolidays?.count).toBe(1);
    expect(ids(p)).not.toContain('afterHolidays');
  });

  it('counts the day after Kristi himmelfartsdag, but not a Monday after a holiday that fell on a weekend', () => {
    // Spring 2027: 1. mai is a Saturday (no school day lost), Kristi himmelfartsdag Thursday 6 May.
    const p = analysePatterns(history([day('2027-05-03'), day('2027-05-07')]), '2027-05-10');
    expect(p.afterHolidays?.dates).toEqual(['2027-05-07']);
  });
});

describe('lateness and leaving early', () => {
  it('counts the term and the last four weeks, ignoring weekends and the future', () => {
    const p = analyse(
      late('2026-09-10'),
      late('2026-10-28'),
      late('2026-11-02'),
      late('2026-11-05'),
      late('2026-11-12'),
      late('2026-11-19'),
      late('2026-11-21'), // Saturday
      late('2026-11-24'), // after asOf
      leftEarly('2026-11-18'),
    );
    expect(p.lateness).toEqual({ count: 6, lastFourWeeks: 5 });
    expect(p.leftEarly).toEqual({ count: 1, lastFourWeeks: 1 });
    expect(nb(p.findings.find((f) => f.id === 'lateness'))).toBe('forsentkomming 5 ganger siste fire uker');
    expect(nb(p.findings.find((f) => f.id === 'leftEarly'))).toBe(
      'forlot skolen i løpet av dagen 1 gang siste fire uker',
    );
    expect(p.weeklySeries?.find((w) => w.weekStart === '2026-11-02')?.late).toBe(2);
  });

  it('mentions the term when the lateness is not recent', () => {
    const p = analyse(late('2026-09-08'), late('2026-09-09'), late('2026-09-10'));
    expect(nb(p.findings.find((f) => f.id === 'lateness'))).toBe('forsentkomming 3 ganger dette halvåret');
  });
});

describe('weekly series', () => {
  it('has one point per ISO week of the term up to asOf, zeros and høstferie included', () => {
    const p = analyse(day('2026-11-11'));
    const series = p.weeklySeries ?? [];
    expect(series).toHaveLength(15);
    expect(series[0]).toEqual({ weekStart: '2026-08-17', dayEquivalents: 0, days: 0, lessons: 0, late: 0, schoolDays: 4 });
    expect(series.find((w) => w.weekStart === '2026-09-28')?.schoolDays).toBe(0);
    expect(series.at(-1)).toEqual({ weekStart: '2026-11-23', dayEquivalents: 0, days: 0, lessons: 0, late: 0, schoolDays: 1 });
    expect(series.find((w) => w.weekStart === '2026-11-09')).toMatchObject({ days: 1, dayEquivalents: 1, schoolDays: 5 });
    for (let i = 1; i < series.length; i++) {
      const gap = (Date.parse(series[i]!.weekStart) - Date.parse(series[i - 1]!.weekStart)) / 86_400_000;
      expect(gap).toBe(7);
    }
  });

  it('counts a whole day once even when its lessons are listed too', () => {
    const p = analyse(day('2026-11-11'), lesson('2026-11-11', [1, 2, 3]), lesson('2026-11-12', [2]), lesson('2026-11-12', [2, 3]));
    expect(p.weeklySeries?.find((w) => w.weekStart === '2026-11-09')).toMatchObject({ days: 1, lessons: 2 });
    expect(p.weeklySeries?.find((w) => w.weekStart === '2026-11-09')?.dayEquivalents).toBeCloseTo(1 + 2 / 6);
  });
});

describe('heatmap ("Timeplan (rødt/gult/grønt)")', () => {
  it('fills the weekday row for a whole-day absence', () => {
    const p = analyse(day('2026-11-11'), lesson('2026-11-10', [2]));
    expect(p.heatmap).toEqual({
      counts: [
        [0, 0, 0, 0, 0, 0],
        [0, 1, 0, 0, 0, 0],
        [1, 1, 1, 1, 1, 1],
        [0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
      ],
      max: 1,
      lessonsPerDay: calendar.lessonsPerDay,
    });
  });
});

describe('a page with only totals', () => {
  it('gives only what totals can give and says the patterns are unknown', () => {
    const p = analysePatterns(
      history([day('2026-11-16')], {
        coverage: 'totals',
        totals: {
          days: 4,
          lessons: 7,
          lateCount: 3,
          period: 'term',
          subjects: [
            { subject: 'Norsk', absentLessons: 2 },
            { subject: 'Matematikk', absentMinutes: 225 },
          ],
        },
      }),
      asOf,
    );
    expect(p).toEqual({
      asOf,
      coverage: 'totals',
      shownWindow: null,
      byWeekday: null,
      byLesson: null,
      bySubject: [
        { subject: 'Matematikk', lessons: 5, minutes: 225 },
        { subject: 'Norsk', lessons: 2, minutes: 90 },
      ],
      lateness: { count: 3, lastFourWeeks: 0, lastFourWeeksUnknown: true },
      leftEarly: null,
      longestStreak: null,
      currentStreak: null,
      trend: null,
      onset: null,
      afterHolidays: null,
      weeklySeries: null,
      heatmap: null,
      findings: [{ id: 'unknown', strength: 0 }],
    });
  });

  it('has no lateness or subjects when the table has none', () => {
    const p = analysePatterns(history([], { coverage: 'totals', totals: { period: 'term', subjects: [] } }), asOf);
    expect(p.lateness).toBeNull();
    expect(p.bySubject).toBeNull();
  });
});

describe('findings', () => {
  it('come strongest first', () => {
    const p = analyse(
      ...['2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23'].map(day),
      late('2026-11-02'),
      late('2026-11-05'),
    );
    expect(ids(p)).toEqual(['streak', 'trend', 'lateness']);
    const strengths = p.findings.map((f) => f.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it('are empty without absence', () => {
    expect(analyse().findings).toEqual([]);
  });

  it('ignore events after asOf and on non-school days', () => {
    const p = analyse(day('2026-11-24'), day('2026-11-25'), day('2026-11-21'), day('2026-09-30'));
    expect(p.longestStreak).toBeNull();
    expect(p.weeklySeries?.every((w) => w.dayEquivalents === 0)).toBe(true);
  });
});
