// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { TranslatorProvider } from '../../../components/student/words';
import { PatternsPanel } from '../../../components/student/PatternsPanel';
import { analysePatterns, type Patterns } from '../../../lib/patterns';
import { asOf, history } from '../patterns/history';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement;

function findingLines(patterns: Patterns, language: 'nb' | 'nn' | 'en'): string[] {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root!.render(
      <TranslatorProvider language={language}>
        <PatternsPanel patterns={patterns} />
      </TranslatorProvider>,
    );
  });
  return [...container.querySelectorAll('ul.findings li')].map((li) => li.textContent ?? '');
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container?.remove();
});

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
