import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { raelingenGrunnskole } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import { AS_OF, history } from './history-builder';

/**
 * A rule's figures say the period they were counted over: a one-week register is not "dette
 * halvåret". 002: "Dersom fravær over 8 dager og/eller 10 enkelttimer skal kartleggingskjema 1
 * benyttes." Worked by hand: the week 16.11–20.11 shows 3 + 3 + 3 + 2 = 11 enkelttimer, documented
 * and notified; 11 > 10, so the rule fires whatever the unseen days of the term hold.
 */
describe('the period in a rule’s figures', () => {
  const week = { basis: 'window' as const, from: '2026-11-16', to: '2026-11-20' };
  const elevenLessons = () =>
    history().lessons('2026-11-16', 3).lessons('2026-11-17', 3).lessons('2026-11-18', 3).lessons('2026-11-19', 2);

  it('names the shown week when the page shows less than the term', () => {
    const a = evaluate({ ...elevenLessons().build(), shownPeriod: week }, raelingenGrunnskole, AS_OF);
    const detail = a.fired.find((f) => f.triggerId === 'over-8-dager-10-timer')?.detail;
    expect(detail).toMatchObject({ lessons: { value: 11, limit: 10 }, period: { from: '2026-11-16', to: '2026-11-20' } });
    expect(a.fired.every((f) => 'period' in f.detail && f.detail.period !== null)).toBe(true);
  });

  it('says "dette halvåret" (no period) when the page shows the term so far', () => {
    const a = evaluate({ ...elevenLessons().build(), shownPeriod: { basis: 'termSoFar' } }, raelingenGrunnskole, AS_OF);
    const detail = a.fired.find((f) => f.triggerId === 'over-8-dager-10-timer')?.detail;
    expect(detail).toMatchObject({ lessons: { value: 11, limit: 10 }, period: null });
  });
});
