import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { raelingenGrunnskole } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import { AS_OF, history } from './history-builder';

/**
 * Totals over a period the page states that leaves out part of the halvår so far ("Periode:
 * 01.10.–23.11.2026", the halvår having started 18.08): the days before 01.10 are unseen, not days
 * without absence. Worked by hand as of 23.11.2026, with the default calendar.
 */
const fromOctober = { basis: 'stated' as const, from: '2026-10-01', to: '2026-11-23' };
const wholeTerm = { basis: 'stated' as const, from: '2026-08-18', to: '2026-11-23' };
const totals = (days: number) => history().totals({ period: 'unknown', days, lessons: 0 }).build();

describe('totals that cover only part of the halvår so far', () => {
  it('decide the last-14-days rule from the period, but not the 15-week rule, whose first weeks are unseen', () => {
    // 2 days over 01.10–23.11. A: the 14 days 10.11–23.11 lie inside the period, so they hold at
    // most 2 days ≤ 2.5 (25 % of 10 school days) → not fired. B: the 15 weeks reach back to the
    // halvår's start; the school days 18.08–30.09 are unseen and could hold more than 9.75 days →
    // undecidable. So `unknown`, where the same figures for the whole halvår give `ok`.
    const part = evaluate({ ...totals(2), shownPeriod: fromOctober }, kearneyForskning, AS_OF);
    expect(part.level).toBe('unknown');
    expect(part.undecided).toHaveLength(1);
    expect(evaluate({ ...totals(2), shownPeriod: wholeTerm }, kearneyForskning, AS_OF).level).toBe('ok');
  });

  it('leave a "this halvår" limit undecided below it, and fired above it', () => {
    // Rælingen: "fravær over 8 dager og/eller 10 enkelttimer". 6 days since 01.10 says nothing of
    // 18.08–30.09: undecided, because the page shows only 01.10–23.11. 9 days since 01.10 are over
    // 8 days this halvår whatever the unseen weeks held: fired.
    const below = evaluate({ ...totals(6), shownPeriod: fromOctober }, raelingenGrunnskole, AS_OF);
    expect(below.fired.map((f) => f.triggerId)).not.toContain('over-8-dager-10-timer');
    expect(below.undecided.find((u) => u.triggerId === 'over-8-dager-10-timer')?.reason).toEqual({
      code: 'page-shows-only',
      quote: expect.any(String),
      from: '2026-10-01',
      to: '2026-11-23',
    });
    const above = evaluate({ ...totals(9), shownPeriod: fromOctober }, raelingenGrunnskole, AS_OF);
    expect(above.fired.map((f) => f.triggerId)).toContain('over-8-dager-10-timer');
    // The same 6 days over the whole halvår are under the limit: not fired, nothing undecided of it.
    const term = evaluate({ ...totals(6), shownPeriod: wholeTerm }, raelingenGrunnskole, AS_OF);
    expect(term.undecided.map((u) => u.triggerId)).not.toContain('over-8-dager-10-timer');
  });
});
