import { describe, expect, it } from 'vitest';
import { analysePatterns } from '../../../lib/patterns';
import { nb } from './bokmal-words';
import { asOf, history, late } from './history';

describe('the period the page shows, in the pattern findings', () => {
  const lates = [late('2026-08-25'), late('2026-09-01'), late('2026-09-08')];

  it('a page showing the term so far speaks of "dette halvåret"', () => {
    const p = analysePatterns(history(lates), asOf);
    expect(p.shownWindow).toBeNull();
    expect(nb(p.findings.find((f) => f.id === 'lateness'))).toBe('forsentkomming 3 ganger dette halvåret');
  });

  it('a page showing 18.08–30.10 names that period, with its 49 school days', () => {
    // 18.–21.08 (4) + weeks 35–39 (25) + weeks 41–44 up to Friday 30.10 (20); høstferie (week 40) is not school time.
    const p = analysePatterns({ ...history(lates), shownPeriod: { basis: 'stated', from: '2026-08-18', to: '2026-10-30' } }, asOf);
    expect(p.shownWindow).toEqual({ from: '2026-08-18', to: '2026-10-30', schoolDays: 49 });
    expect(nb(p.findings.find((f) => f.id === 'lateness'))).toBe('forsentkomming 3 ganger i perioden 18.08–30.10');
  });

  it('a stated range covering the term so far is the term', () => {
    const p = analysePatterns({ ...history(lates), shownPeriod: { basis: 'stated', from: '2026-08-17', to: '2026-11-23' } }, asOf);
    expect(p.shownWindow).toBeNull();
  });
});
