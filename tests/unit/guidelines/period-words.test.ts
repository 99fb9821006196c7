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

/**
 * A page that names no period: its figures are counted as the halvår so far, and the assessment
 * says so, for dated absence as for totals. By hand: one lesson on 20.11 is 1/6 day, far under
 * every limit of the profile, so the level is `ok` in each case; only the note differs.
 */
describe('a page that does not say its period', () => {
  const unstated = { code: 'period-unstated' };
  const oneLesson = () => history().lessons('2026-11-20', 1);

  it('says that dated absence was taken as the halvår so far', () => {
    const a = evaluate({ ...oneLesson().build(), shownPeriod: { basis: 'unstated' } }, raelingenGrunnskole, AS_OF);
    expect(a.level).toBe('ok');
    expect(a.unknown).toContainEqual(unstated);
    // No period given at all is the same as one given as unstated.
    expect(evaluate(oneLesson().build(), raelingenGrunnskole, AS_OF).unknown).toContainEqual(unstated);
  });

  it('says nothing of it when the page shows its dates or names the halvår', () => {
    for (const shownPeriod of [
      { basis: 'window' as const, from: '2026-08-18', to: '2026-11-23' },
      { basis: 'termSoFar' as const },
    ]) {
      const a = evaluate({ ...oneLesson().build(), shownPeriod }, raelingenGrunnskole, AS_OF);
      expect(a.level).toBe('ok');
      expect(a.unknown).not.toContainEqual(unstated);
    }
  });

  it('says it for totals whose period is not named', () => {
    const a = evaluate(history().totals({ period: 'unknown', lessons: 1 }).build(), raelingenGrunnskole, AS_OF);
    expect(a.unknown).toContainEqual(unstated);
    const term = evaluate(history().totals({ period: 'term', lessons: 1 }).build(), raelingenGrunnskole, AS_OF);
    expect(term.unknown).not.toContainEqual(unstated);
  });
});
