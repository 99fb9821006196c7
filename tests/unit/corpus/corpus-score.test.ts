import { describe, expect, it } from 'vitest';
import { score } from '../../e2e/support/corpus';

/**
 * The corpus runner's matching of badges to the students a page lists (tests/e2e/support/corpus.ts,
 * the rule in tests/fixtures/unseen/README.md). The badges are made up; who owns each is read off
 * the rule by hand.
 */
const students = [
  { name: 'Kari Moe', level: 'ok' as const },
  { name: 'Ola Lie', level: 'concern' as const },
];

describe('a badge in a row that names two students', () => {
  it("belongs to the student its own cell names, each badge to its own student's", () => {
    const row = 'Kari Moe 1 2 Ola Lie 12 0';
    const result = score(
      {
        badges: [
          { level: 'ok', rowText: row, ownRowText: row, cellText: 'Kari Moe' },
          { level: 'concern', rowText: row, ownRowText: row, cellText: 'Ola Lie' },
        ],
        hiddenBadges: 0,
        indicator: false,
      },
      { readable: true, students },
      'after load',
    );
    expect(result.students.map((student) => [student.name, student.shown, student.right])).toEqual([
      ['Kari Moe', ['ok'], true],
      ['Ola Lie', ['concern'], true],
    ]);
  });

  it("belongs to both when its cell names neither: one student's level is not shown as the other's", () => {
    const row = 'Kari Moe 1 2 Ola Lie 12 0';
    const result = score(
      { badges: [{ level: 'ok', rowText: row, ownRowText: row, cellText: '1' }], hiddenBadges: 0, indicator: false },
      { readable: true, students },
      'after load',
    );
    expect(result.students.map((student) => [student.name, student.shown, student.right])).toEqual([
      ['Kari Moe', ['ok'], true],
      ['Ola Lie', ['ok'], false],
    ]);
  });
});
