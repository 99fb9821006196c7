// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PatternsPanel } from '../../../components/student/PatternsPanel';
import { analysePatterns, type Patterns } from '../../../lib/patterns';
import { asOf, history } from '../patterns/history';
import { renderInLanguage } from './render-in-language';

function findingLines(patterns: Patterns, language: 'nb' | 'nn' | 'en'): string[] {
  const container = renderInLanguage(<PatternsPanel patterns={patterns} />, language);
  return [...container.querySelectorAll('ul.findings li')].map((li) => li.textContent ?? '');
}

/** The findings as the analysis hands them over, strongest first. */
const PATTERNS: Patterns = {
  ...analysePatterns(history([]), asOf),
  findings: [
    { id: 'streak', days: 5, ongoing: true, strength: 0.7 },
    { id: 'weekday', weekday: 5, strength: 0.6 },
    { id: 'lateness', count: 3, over: 'shown', period: { from: '2026-11-16', to: '2026-11-20' }, strength: 0.1 },
  ],
};

describe('the student page lists the pattern findings in the teacher\'s language', () => {
  it.each([
    ['nb', ['5 skoledager sammenhengende fravær (pågår)', 'mest fravær fredager', 'forsentkomming 3 ganger i perioden 16.11–20.11']],
    ['nn', ['5 skuledagar samanhengande fråvær (pågår)', 'mest fråvær fredagar', 'forseintkoming 3 gonger i perioden 16.11–20.11']],
    ['en', ['5 school days of absence in a row (ongoing)', 'most absence on Fridays', 'late 3 times in the period 16/11–20/11']],
  ] as const)('%s', (language, lines) => {
    expect(findingLines(PATTERNS, language)).toEqual(lines);
  });
});
