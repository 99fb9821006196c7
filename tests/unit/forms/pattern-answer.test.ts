import { describe, expect, it } from 'vitest';
import { describeOnset, describePatterns, findingAnswer } from '../../../lib/forms/pattern-answer';
import { norwegianDateRange } from '../../../lib/forms/definitions/answer-words';
import { analysePatterns, type PatternFinding, type Patterns } from '../../../lib/patterns';
import { asOf, day, history } from '../patterns/history';

function withFindings(findings: PatternFinding[], extra: Partial<Patterns> = {}): Patterns {
  return { ...analysePatterns(history([]), asOf), findings, ...extra };
}

describe('describePatterns (item 3 "Fraværsmønster")', () => {
  it('joins the "mest fravær" findings into one phrase, strongest first', () => {
    const text = describePatterns(
      withFindings([
        { id: 'weekday', weekday: 1, strength: 0.8 },
        { id: 'trend', direction: 'okende', strength: 0.6 },
        { id: 'lesson', lesson: 1, strength: 0.5 },
      ]),
    );
    expect(text).toBe('Mest fravær mandager og første time; økende siste fire uker');
  });

  it('places the joined phrase where its strongest member stands', () => {
    const text = describePatterns(
      withFindings([
        { id: 'streak', days: 7, ongoing: true, strength: 0.9 },
        { id: 'subject', subject: 'Matematikk', strength: 0.5 },
        { id: 'lateness', count: 5, over: 'lastFourWeeks', period: null, strength: 0.45 },
        { id: 'weekday', weekday: 5, strength: 0.4 },
        { id: 'lesson', lesson: 6, strength: 0.3 },
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

describe('one finding in the form\'s bokmål, whatever the UI language', () => {
  const period = { from: '2026-08-18', to: '2026-10-30' } as const;
  it.each<[PatternFinding, string]>([
    [{ id: 'streak', days: 4, ongoing: false, strength: 0.4 }, '4 skoledager sammenhengende fravær'],
    [{ id: 'trend', direction: 'synkende', strength: 0.2 }, 'synkende siste fire uker'],
    [{ id: 'weekday', weekday: 3, strength: 0.6 }, 'mest fravær onsdager'],
    [{ id: 'lesson', lesson: 13, strength: 0.6 }, 'mest fravær 13. time'],
    [{ id: 'subject', subject: 'KRLE', strength: 0.6 }, 'mest fravær i KRLE'],
    [{ id: 'lateness', count: 3, over: 'shown', period: null, strength: 0.1 }, 'forsentkomming 3 ganger dette halvåret'],
    [{ id: 'lateness', count: 3, over: 'shown', period, strength: 0.1 }, 'forsentkomming 3 ganger i perioden 18.08–30.10'],
    [{ id: 'leftEarly', count: 1, over: 'lastFourWeeks', period: null, strength: 0.25 }, 'forlot skolen i løpet av dagen 1 gang siste fire uker'],
    [{ id: 'afterHolidays', count: 2, strength: 0.4 }, 'fravær første dag etter ferie 2 ganger'],
    [{ id: 'unknown', strength: 0 }, 'Mønster ukjent: siden viser bare totaler'],
  ])('%o → %s', (finding, text) => {
    expect(findingAnswer(finding)).toBe(text);
  });

  it('prints a range short when it lies in one year', () => {
    expect(norwegianDateRange('2026-11-16', '2026-11-20')).toBe('16.11–20.11');
    expect(norwegianDateRange('2026-12-14', '2027-01-08')).toBe('14.12.2026–08.01.2027');
    expect(norwegianDateRange('2026-11-23', '2026-11-23')).toBe('23.11.2026');
  });
});
