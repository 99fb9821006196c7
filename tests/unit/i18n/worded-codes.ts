import { expect, it } from 'vitest';
import type { UiLanguage } from '../../../lib/i18n/translate';

export const LANGUAGES: UiLanguage[] = ['nb', 'nn', 'en'];

/** One sample of a code, with the parameters its words must show. */
export interface WordedSample<P extends { code: string }> {
  problem: P;
  shows: string[];
}

/**
 * The checks every table of coded problems owes the teacher, in each language: every code worded,
 * each parameter shown, no "$1" left, and no two codes worded alike.
 */
export function itWordsEveryCode<P extends { code: string }>(samples: Record<string, WordedSample<P>>, words: (language: UiLanguage, problem: P) => string): void {
  const cases = Object.values(samples).flatMap((sample) => LANGUAGES.map((language) => [sample.problem.code, language, sample] as const));

  it.each(cases)('%s in %s: worded, every parameter shown, no placeholder left', (_code, language, { problem, shows }) => {
    const text = words(language, problem);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/\$\d/);
    for (const part of shows) expect(text).toContain(part);
  });

  it('each code has its own words in each language', () => {
    for (const language of LANGUAGES) {
      const texts = Object.values(samples).map(({ problem }) => words(language, problem));
      expect(new Set(texts).size, language).toBe(texts.length);
    }
  });
}
