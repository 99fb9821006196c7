import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { AS_OF, history } from './history-builder';

/**
 * A summary that shows a shorter stretch's figure beside the term's ("Siste 14 dager", "Denne
 * måneden"). 003: "Borte mer enn 25% av skoletiden siste 14 dagene"; "Har hatt mer enn 10 dagers
 * (15%) fravær i løpet av de 15 siste ukene". Worked by hand on 23.11.2026: the autumn term so far
 * has 65 school days, the last 14 days (10.11–23.11) hold 10 of them, and November so far
 * (02.11–23.11) holds 16, of which the 6 from 02.11 to 09.11 lie before the 14 days.
 */
const lastFourteen = { from: '2026-11-10', to: AS_OF };
const november = { from: '2026-11-01', to: AS_OF };

describe('a shorter stretch beside the term totals', () => {
  it('3 of the last 10 school days is 30 %, more than 25 % → concern (the term total alone cannot say)', () => {
    const withStretch = evaluate(history().totals({ days: 3, stretches: [{ ...lastFourteen, days: 3 }] }).build(), kearneyForskning, AS_OF);
    expect(withStretch.level).toBe('concern');
    const termOnly = evaluate(history().totals({ days: 3 }).build(), kearneyForskning, AS_OF);
    expect(termOnly.level).toBe('unknown');
  });

  it('2 of the last 10 (20 %) and 8 in the term (12.3 %, not over 10 days) → ok', () => {
    const a = evaluate(history().totals({ days: 8, stretches: [{ ...lastFourteen, days: 2 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('ok');
  });

  it('2,5 of the last 10 is exactly 25 %, not more → ok', () => {
    const a = evaluate(history().totals({ days: 5, stretches: [{ ...lastFourteen, days: 2.5 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('ok');
  });

  it('12 lessons in the last 14 days are 2 days (6 lessons a day), 20 % → ok', () => {
    const a = evaluate(history().totals({ days: 4, stretches: [{ ...lastFourteen, lessons: 12 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('ok');
  });

  it('none in November so far bounds the last 14 days, which lie inside it: 0 → ok', () => {
    const a = evaluate(history().totals({ days: 5, stretches: [{ ...november, days: 0 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('ok');
  });

  it('3 days in November could lie before 10.11 or inside the 14 days → unknown', () => {
    const a = evaluate(history().totals({ days: 4, stretches: [{ ...november, days: 3 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('unknown');
  });

  it('a share of the last 14 days counts as that share of its 10 school days: 30 % is 3 days → concern', () => {
    const a = evaluate(history().totals({ lessons: 40, stretches: [{ ...lastFourteen, percent: 30 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('concern');
  });

  it('10 % of the last 14 days is 1 day, and 30 lessons (5 days) in the term → ok', () => {
    const a = evaluate(history().totals({ lessons: 30, stretches: [{ ...lastFourteen, percent: 10 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('ok');
  });

  it('25 % of the last 14 days is 2,5 of 10 days, not more than 25 % → ok', () => {
    const a = evaluate(history().totals({ lessons: 18, stretches: [{ ...lastFourteen, percent: 25 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('ok');
  });

  it('11 days in the term is more than 10 whatever the stretch says → concern', () => {
    const a = evaluate(history().totals({ days: 11, stretches: [{ ...lastFourteen, days: 0 }] }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('concern');
  });
});
