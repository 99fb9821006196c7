import { describe, expect, it } from 'vitest';
import { analysePatterns, describeOnset, describePatterns, type PatternFinding, type Patterns } from '../../../lib/patterns';
import { asOf, day, history } from './history';

function withFindings(findings: PatternFinding[], extra: Partial<Patterns> = {}): Patterns {
  return { ...analysePatterns(history([]), asOf), findings, ...extra };
}

describe('describePatterns (item 3 "Fraværsmønster")', () => {
  it('joins the "mest fravær" findings into one phrase, strongest first', () => {
    const text = describePatterns(
      withFindings([
        { id: 'weekday', text: 'mest fravær mandager', strength: 0.8, where: 'mandager' },
        { id: 'trend', text: 'økende siste fire uker', strength: 0.6 },
        { id: 'lesson', text: 'mest fravær første time', strength: 0.5, where: 'første time' },
      ]),
    );
    expect(text).toBe('Mest fravær mandager og første time; økende siste fire uker');
  });

  it('places the joined phrase where its strongest member stands', () => {
    const text = describePatterns(
      withFindings([
        { id: 'streak', text: '7 skoledager sammenhengende fravær (pågår)', strength: 0.9 },
        { id: 'subject', text: 'mest fravær i matematikk', strength: 0.5, where: 'i matematikk' },
        { id: 'lateness', text: 'forsentkomming 5 ganger siste fire uker', strength: 0.45 },
        { id: 'weekday', text: 'mest fravær fredager', strength: 0.4, where: 'fredager' },
        { id: 'lesson', text: 'mest fravær sjette time', strength: 0.3, where: 'sjette time' },
      ]),
    );
    expect(text).toBe(
      '7 skoledager sammenhengende fravær (pågår); mest fravær i matematikk, fredager og sjette time; forsentkomming 5 ganger siste fire uker',
    );
  });

  it('says there is no clear pattern when nothing stands out', () => {
    expect(describePatterns(analysePatterns(history([day('2026-11-11')]), asOf))).toBe('Ingen tydelig mønster');
  });

  it('says the pattern is unknown when the page shows only totals', () => {
    const p = analysePatterns(history([], { coverage: 'totals', totals: { period: 'term', subjects: [] } }), asOf);
    expect(describePatterns(p)).toBe('Mønster ukjent: siden viser bare totaler');
  });

  it('describes a real analysis', () => {
    const mondays = ['2026-10-05', '2026-10-19', '2026-11-02', '2026-11-16'];
    expect(describePatterns(analysePatterns(history(mondays.map(day)), asOf))).toBe('Mest fravær mandager');
  });
});

describe('describeOnset (item 4 "Hvordan oppstod fraværet? Plutselig, gradvis?")', () => {
  it.each([
    ['plutselig', 'Plutselig'],
    ['gradvis', 'Gradvis'],
    [null, null],
  ] as const)('%s → %s', (onset, text) => {
    expect(describeOnset(withFindings([], { onset }))).toBe(text);
  });
});
