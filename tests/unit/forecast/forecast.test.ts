import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../lib/guidelines/check-context';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { defineProfile, type GuidelineProfileInput } from '../../../lib/guidelines/profile';
import { raelingenGrunnskole } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import { forecastCrossings, onCourse } from '../../../lib/forecast/forecast';
import { FORECAST_METHOD } from '../../../lib/forecast/method';
import type { IsoDate, StudentHistory } from '../../../lib/model';
import { history } from '../guidelines/history-builder';

/**
 * Every expected date below was counted by hand on the autumn term 2026 of norwegianSchoolYear(2026):
 * term 18.08 (Tue)–18.12 (Fri), høstferie 28.09–02.10. The rate is absence per school day over the
 * last 20 school days of the term (a lone run of 5 or more whole days left out); the crossing is the
 * k-th school day after asOf where the count today plus k × rate first reaches the limit. These
 * settings are fixed here, so the cases test the method's arithmetic whatever the tuning chose.
 */
const HAND_METHOD = { ...FORECAST_METHOD, rateSchoolDays: 20, longRunSchoolDays: 5 };

const source = { document: 'Testveileder', publisher: 'Test', section: 'Test' };
type TriggerInput = GuidelineProfileInput['triggers'][number];

function profileWith(...triggers: TriggerInput[]) {
  return defineProfile({
    id: 'test',
    name: 'Test',
    publisher: 'Test',
    audience: 'alle',
    version: '1',
    sources: [source],
    triggers,
    steps: [{ id: 'steg', title: 'Steg', quote: 'Steg', source, responsible: 'Skolen' }],
  });
}

const overDays = (daysOver: number, id = 'over-dager'): TriggerInput => ({
  id, kind: 'absenceTotal', level: 'concern', daysOver, quote: `over ${daysOver} dager`, source, stepId: 'steg',
});

function forecastFor(h: StudentHistory, asOf: IsoDate, profile = profileWith(overDays(8)), fired: string[] = []) {
  return forecastCrossings(checkContext(h, asOf), profile, new Set(fired), HAND_METHOD);
}

/** Mondays with a whole day absent: 24.08 … 21.09, then 05.10 … (no school in høstferie). */
const MONDAYS_FROM_24_08 = ['2026-08-24', '2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-10-05', '2026-10-12'];

describe('forecast: hand-worked cases', () => {
  it('steady one day a week: 7 days on 16.10, 4 of the last 20 school days → 9 days after 10 more school days, Fri 30.10', () => {
    // Observed: 18.–21.08 (4) + weeks 35–39 (25) + weeks 41–42 (10) = 39 school days.
    // Last 20 school days: 14.09–16.10 (weeks 38, 39, 41, 42); Mondays in them: 14.09, 21.09, 05.10, 12.10.
    // Rate 4/20 = 0,2; "over 8" needs 9; (9 − 7) / 0,2 = 10 school days: 19.10 … 30.10.
    const h = history().days(MONDAYS_FROM_24_08).build();
    const [f, ...rest] = forecastFor(h, '2026-10-16');
    // The engine puts the same forecast, made with the tuned method, on the assessment.
    expect(evaluate(h, profileWith(overDays(8)), '2026-10-16').forecast).toEqual(forecastCrossings(checkContext(h, '2026-10-16'), profileWith(overDays(8)), new Set()));
    expect(rest).toEqual([]);
    expect(f).toEqual({
      triggerId: 'over-dager',
      expectedOn: '2026-10-30',
      basis: {
        quantity: 'days', limit: 8, from: '2026-09-14', to: '2026-10-16', schoolDays: 20, absent: 4, absentUnit: 'days',
        schoolDaysAhead: 10, leftOut: null, uncertainty: [],
      },
    });
  });

  it('steady one day a week against Rælingen: over 8 days (30.10.) and gyldig 10 days (06.11.); 15 days far ahead (11.12.)', () => {
    // Documented, notified whole days, so only Rælingen's two day thresholds are forecast.
    // ≥ 10 gyldig: (10 − 7) / 0,2 = 15 school days → Fri 06.11 (weeks 43, 44, 45).
    // ≥ 15: (15 − 7) / 0,2 = 40 school days → Fri 11.12 (weeks 43–50), more than three weeks ahead.
    const h = history().days(MONDAYS_FROM_24_08).build();
    const a = evaluate(h, raelingenGrunnskole, '2026-10-16');
    expect(a.fired).toEqual([]);
    const forecast = forecastFor(h, '2026-10-16', raelingenGrunnskole);
    const by = Object.fromEntries(forecast.map((f) => [f.triggerId, f]));
    expect(Object.keys(by).sort()).toEqual(['hoyt-gyldig-fravaer', 'over-8-dager-10-timer']);
    expect(by['over-8-dager-10-timer']!.expectedOn).toBe('2026-10-30');
    expect(by['hoyt-gyldig-fravaer']!.expectedOn).toBe('2026-11-06');
    expect(by['hoyt-gyldig-fravaer']!.basis.uncertainty).toEqual([]);
    expect(onCourse(forecast, HAND_METHOD)?.triggerId).toBe('over-8-dager-10-timer');
    const fifteen = profileWith({ id: '15-dager', kind: 'absenceTotal', level: 'serious', daysAtLeast: 15, quote: '15 dager', source, stepId: 'steg' });
    const [far] = forecastFor(h, '2026-10-16', fifteen);
    expect(far).toMatchObject({ expectedOn: '2026-12-11', basis: { schoolDaysAhead: 40, uncertainty: ['farAhead'] } });
    expect(onCourse([far!], HAND_METHOD)).toBeNull();
  });

  it('rising: 1, 2, 3 days in the last three weeks → the recent rate, 9 days on Fri 06.11', () => {
    // asOf Fri 23.10; last 20 school days 21.09–23.10 (weeks 39, 41, 42, 43) hold all 6 days: rate 0,3.
    // (9 − 6) / 0,3 = 10 school days: 26.10 … 06.11. (The term's average, 6/44, would say 22 school days.)
    const h = history().days(['2026-10-05', '2026-10-12', '2026-10-13', '2026-10-19', '2026-10-20', '2026-10-21']).build();
    const [f] = forecastFor(h, '2026-10-23');
    expect(f?.expectedOn).toBe('2026-11-06');
    expect(f?.basis).toMatchObject({ from: '2026-09-21', to: '2026-10-23', absent: 6, schoolDaysAhead: 10, uncertainty: [] });
  });

  it('single long illness: 07.09–16.09 is left out of the rate, days and absence alike', () => {
    // 8 school days ill (07.–11.09, 14.–16.09), then 05.10 and 12.10: 10 days on Fri 16.10. Limit: over 12.
    // Without the run left out the last 20 days (14.09–16.10) would hold 5 days: 0,25 → 12 school days, Tue 03.11.
    // Left out: the 20 school days back from 16.10 skipping the run are 02.09–04.09, 17.09–18.09,
    // weeks 39, 41, 42; they hold 2 days: 0,1 → (13 − 10) / 0,1 = 30 school days, Fri 27.11 (weeks 43–48).
    const illness = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11', '2026-09-14', '2026-09-15', '2026-09-16'];
    const h = history().days([...illness, '2026-10-05', '2026-10-12']).build();
    const [f] = forecastFor(h, '2026-10-16', profileWith(overDays(12)));
    expect(f?.expectedOn).toBe('2026-11-27');
    expect(f?.basis).toMatchObject({
      from: '2026-09-02', to: '2026-10-16', schoolDays: 20, absent: 2, schoolDaysAhead: 30,
      leftOut: { from: '2026-09-07', to: '2026-09-16', schoolDays: 8 },
      uncertainty: ['fewAbsences', 'longRunLeftOut', 'farAhead'],
    });
  });

  it('two long runs are a pattern, not one illness: both stay in the rate', () => {
    // Runs 07.–11.09 and 05.–09.10 (5 school days each). Last 20 school days 14.09–16.10 hold the
    // second run: rate 5/20 = 0,25; 10 days now; over 12 → (13 − 10) / 0,25 = 12 school days, Tue 03.11.
    const h = history()
      .days(['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11'])
      .days(['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09'])
      .build();
    const [f] = forecastFor(h, '2026-10-16', profileWith(overDays(12)));
    expect(f?.expectedOn).toBe('2026-11-03');
    expect(f?.basis.leftOut).toBeNull();
  });

  it('a holiday inside the horizon is skipped: 20 school days from Fri 25.09 is Fri 30.10, not 23.10', () => {
    // Mondays 24.08–21.09: 5 days; observed 29 school days (< 30: short period). Last 20: 31.08–25.09,
    // 4 Mondays: 0,2 → (9 − 5) / 0,2 = 20 school days: høstferie (week 40) skipped, weeks 41–44 → Fri 30.10.
    const h = history().days(MONDAYS_FROM_24_08.slice(0, 5)).build();
    const [f] = forecastFor(h, '2026-09-25');
    expect(f?.expectedOn).toBe('2026-10-30');
    expect(f?.basis.uncertainty).toEqual(['shortPeriod', 'farAhead']);
  });

  it('enkelttimer: 2 every Wednesday from 16.09 → 11 lessons on Wed 28.10', () => {
    // Wednesdays 16.09, 23.09, 07.10, 14.10: 8 lessons on 16.10, all in the last 20 school days: 0,4 a day.
    // "over 10" needs 11: (11 − 8) / 0,4 = 7,5 → 8 school days: 19.10 … 28.10.
    const h = history().lessons('2026-09-16', 2).lessons('2026-09-23', 2).lessons('2026-10-07', 2).lessons('2026-10-14', 2).build();
    const profile = profileWith({ id: 'timer', kind: 'absenceTotal', level: 'concern', lessonsOver: 10, quote: 'over 10 timer', source, stepId: 'steg' });
    const [f] = forecastFor(h, '2026-10-16', profile);
    expect(f).toMatchObject({ expectedOn: '2026-10-28', basis: { quantity: 'lessons', limit: 10, absent: 8, absentUnit: 'lessons', schoolDaysAhead: 8 } });
  });

  describe('percent of school time in 15 weeks (Mondays from 07.09, asOf Fri 16.10)', () => {
    // 5 days in 39 school days (12,8 %); rate 4/20 = 0,2. Until 30.11 the 105-day window reaches back
    // before the term, so on the k-th school day ahead it holds 39 + k school days and 5 + 0,2k days.
    // Over 15 %: 5 + 0,2k > 0,15 (39 + k) ⇔ k > 17 (k = 17 gives 8,4 of 56 = exactly 15 %) → k = 18, Wed 11.11.
    // Over 10 days: 5 + 0,2k > 10 ⇔ k > 25 → k = 26, Mon 23.11.
    const h = history().days(MONDAYS_FROM_24_08.slice(2)).build();
    const window = (combine: 'or' | 'and'): TriggerInput => ({
      id: '15-uker', kind: 'longWindow', level: 'concern', weeks: 15, daysOver: 10, percentOver: 15, combine, quote: '15 uker', source, stepId: 'steg',
    });

    it('either (og/eller): the share passes first, 15 % on Wed 11.11', () => {
      const [f] = forecastFor(h, '2026-10-16', profileWith(window('or')));
      expect(f).toMatchObject({ expectedOn: '2026-11-11', basis: { quantity: 'percent', limit: 15, schoolDaysAhead: 18 } });
    });

    it('both (og): the days pass last, 10 days on Mon 23.11', () => {
      const [f] = forecastFor(h, '2026-10-16', profileWith(window('and')));
      expect(f).toMatchObject({ expectedOn: '2026-11-23', basis: { quantity: 'days', limit: 10, schoolDaysAhead: 26 } });
    });
  });

  it('a rate under the share limit never crosses it: 14 days, 25 %, at 0,1 a day', () => {
    // Tuesdays 13.10 and 20.10 absent; on 23.10 the last 14 days hold 2 of 10 school days (20 %).
    // Rate 2/20 = 0,1: the window's share falls towards 10 % as the old days slide out.
    const h = history().days(['2026-10-13', '2026-10-20']).build();
    const profile = profileWith({ id: '14-dager', kind: 'shareOfSchoolTime', level: 'serious', percentOver: 25, lastCalendarDays: 14, quote: '14 dager', source, stepId: 'steg' });
    expect(forecastFor(h, '2026-10-23', profile)).toEqual([]);
  });

  it('says nothing with fewer than four school weeks, from totals, for a rule that fired, or past the term', () => {
    const h = history().days(['2026-08-24', '2026-08-31', '2026-09-07']).build();
    // 18.08–11.09: 4 + 15 = 19 school days.
    expect(forecastFor(h, '2026-09-11')).toEqual([]);
    expect(forecastFor(h, '2026-09-14')).toHaveLength(1);
    expect(forecastFor(history().totals({ days: 5 }).build(), '2026-10-16')).toEqual([]);
    expect(forecastFor(history().days(MONDAYS_FROM_24_08).build(), '2026-10-16', undefined, ['over-dager'])).toEqual([]);
    // 2 days in the term by 16.10, 1 in the last 20 school days: (9 − 2) / 0,05 = 140 school days, past 18.12.
    expect(forecastFor(history().days(['2026-08-24', '2026-10-12']).build(), '2026-10-16')).toEqual([]);
  });
});

describe('forecast: only from what the page shows', () => {
  it('a register showing two weeks says nothing; one showing the term so far does', () => {
    const events = history().days(MONDAYS_FROM_24_08).build();
    const twoWeeks: StudentHistory = { ...events, shownPeriod: { basis: 'window', from: '2026-10-05', to: '2026-10-16' } };
    expect(forecastFor(twoWeeks, '2026-10-16')).toEqual([]);
    const wholeTerm: StudentHistory = { ...events, shownPeriod: { basis: 'window', from: '2026-08-18', to: '2026-10-16' } };
    expect(forecastFor(wholeTerm, '2026-10-16').map((f) => f.expectedOn)).toEqual(['2026-10-30']);
  });

  it('a window of six weeks, not the term: a 14-day share is forecast (Tue 20.10), a term count is not', () => {
    // Shown 07.09–16.10: 25 school days (weeks 37–39, 41–42; under six weeks: short period).
    // Absent 14.09, 16.09, 21.09, 23.09, 12.10, 13.10. Last 14 days (03.–16.10): 2 of 10 school days, 20 %.
    // Last 20 school days (14.09–16.10) hold all 6: rate 0,3. The 14-day window ending on the k-th day
    // ahead holds 10 school days: k = 1 (Mon 19.10, from 06.10): 2 + 0,3 = 2,3 → 23 %;
    // k = 2 (Tue 20.10, from 07.10): 2 + 0,6 = 2,6 → 26 % > 25 %.
    const h: StudentHistory = {
      ...history().days(['2026-09-14', '2026-09-16', '2026-09-21', '2026-09-23', '2026-10-12', '2026-10-13']).build(),
      shownPeriod: { basis: 'window', from: '2026-09-07', to: '2026-10-16' },
    };
    const profile = profileWith(
      overDays(8),
      { id: '14-dager', kind: 'shareOfSchoolTime', level: 'serious', percentOver: 25, lastCalendarDays: 14, quote: '14 dager', source, stepId: 'steg' },
    );
    const forecasts = forecastFor(h, '2026-10-16', profile);
    expect(forecasts).toHaveLength(1);
    expect(forecasts[0]).toMatchObject({
      triggerId: '14-dager', expectedOn: '2026-10-20',
      basis: { quantity: 'percent', limit: 25, schoolDaysAhead: 2, absent: 6, from: '2026-09-14', uncertainty: ['shortPeriod'] },
    });
  });
});
