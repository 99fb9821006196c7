import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { AS_OF, history } from './history-builder';

/**
 * A summary that shows only a share of the term ("Fravær 20 %") is decided like days. 003: "Borte
 * mer enn 25% av skoletiden siste 14 dagene"; "Har hatt mer enn 10 dagers (15%) fravær i løpet av
 * de 15 siste ukene". Worked by hand on 23.11.2026: the autumn term so far has 65 school days, and
 * the last 14 days hold 10 of them.
 */
describe('term totals given only as a share', () => {
  it('20 % of 65 school days is 13 days: more than 10 days and 15 % → concern', () => {
    const a = evaluate(history().totals({ percent: 20 }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('concern');
  });

  it('1 % of 65 school days is 0.65 days: at most 2.5 of the last 10 school days, under both limits → ok', () => {
    const a = evaluate(history().totals({ percent: 1 }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('ok');
  });

  it('10 % is 6.5 days: the last 14 days could hold more than 2.5 of them → unknown', () => {
    const a = evaluate(history().totals({ percent: 10 }).build(), kearneyForskning, AS_OF);
    expect(a.level).toBe('unknown');
  });
});
