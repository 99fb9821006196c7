import { describe, expect, it } from 'vitest';
import { norwegianSchoolYear, resolvePeriod, ShownPeriod } from '../../../lib/model';
import { dateWindow, statedRange, totalsPeriod } from '../../../lib/portals/shown-period';

const calendar = norwegianSchoolYear(2026);
const AS_OF = '2026-11-23';

describe('the period a page shows', () => {
  it('a one-week register is its five school days, not the term', () => {
    const week = resolvePeriod({ basis: 'window', from: '2026-11-16', to: '2026-11-20' }, calendar, AS_OF);
    expect(week).toEqual({ basis: 'window', from: '2026-11-16', to: '2026-11-20', schoolDays: 5, coversTermSoFar: false });
  });

  it('the term so far on 23.11.2026 is 18.08–23.11: 4 + 12 × 5 + 1 = 65 school days (høstferie left out)', () => {
    const term = resolvePeriod({ basis: 'termSoFar' }, calendar, AS_OF);
    expect(term).toEqual({ basis: 'termSoFar', from: '2026-08-18', to: AS_OF, schoolDays: 65, coversTermSoFar: true });
    // A page that says nothing about its period is read as the term so far.
    expect(resolvePeriod(undefined, calendar, AS_OF)?.schoolDays).toBe(65);
  });

  it('a stated range starting before the term covers the term so far; a window past today stops today', () => {
    expect(resolvePeriod({ basis: 'stated', from: '2026-08-17', to: '2026-11-23' }, calendar, AS_OF)?.coversTermSoFar).toBe(true);
    const rest = resolvePeriod({ basis: 'window', from: '2026-11-23', to: '2026-11-27' }, calendar, AS_OF);
    expect(rest?.to).toBe(AS_OF);
    expect(rest?.schoolDays).toBe(1);
  });

  it('a window or a stated range needs both dates, in order', () => {
    expect(ShownPeriod.safeParse({ basis: 'window', from: '2026-11-16' }).success).toBe(false);
    expect(ShownPeriod.safeParse({ basis: 'stated', from: '2026-11-20', to: '2026-11-16' }).success).toBe(false);
    expect(ShownPeriod.safeParse({ basis: 'termSoFar' }).success).toBe(true);
  });

  it('reads the ranges pages write', () => {
    expect(statedRange('Høst 2026 (17.08.2026–23.11.2026)', AS_OF)).toEqual({ from: '2026-08-17', to: '2026-11-23' });
    expect(statedRange('Uke 47: 16.11 - 20.11', AS_OF)).toEqual({ from: '2026-11-16', to: '2026-11-20' });
    expect(statedRange('2.11. til 6.11.2026', AS_OF)).toEqual({ from: '2026-11-02', to: '2026-11-06' });
    expect(statedRange('Høst 2026', AS_OF)).toBeNull();
    expect(statedRange('20.11.2026–16.11.2026', AS_OF)).toBeNull();
    expect(totalsPeriod('1. termin 2026/2027', 'term', AS_OF)).toEqual({ basis: 'termSoFar' });
    expect(totalsPeriod(undefined, 'unknown', AS_OF)).toEqual({ basis: 'unstated' });
    expect(dateWindow(['2026-11-18', '2026-11-16', '2026-11-20'])).toEqual({ basis: 'window', from: '2026-11-16', to: '2026-11-20' });
    expect(dateWindow([])).toBeUndefined();
  });
});
