// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows as rows } from './generic-fixtures';

/**
 * A register's codes as the page's key explains them (code-legend.ts). Pages are invented; the
 * expected values are read off the markup by hand.
 */
describe('a key of entries side by side, each in its own element', () => {
  // The spans touch in the markup, so the paragraph's text runs the entries together:
  // "F = fravær hele dagen2t = fravær i 2 enkelttimerS = forsentkomming (ikke fravær)".
  const key = '<p><span><b>F</b> = fravær hele dagen</span><span><b>2t</b> = fravær i 2 enkelttimer</span><span><b>S</b> = forsentkomming (ikke fravær)</span></p>';
  const register = `<h1>Fravær 8B</h1><table><thead><tr><th>Elev</th><th>Ti 17.11</th><th>On 18.11</th><th>To 19.11</th></tr></thead>
    <tbody><tr><td>Maja Svendsen</td><td>F</td><td>S</td><td>2t</td></tr></tbody></table>${key}`;

  it('reads each code by its own entry: F a whole day, S a late arrival, 2t two lessons', () => {
    const [row] = rows(register);
    expect(row?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-17', 'day'],
      ['2026-11-18', 'late'],
      ['2026-11-19', 'lesson'],
    ]);
  });
});
