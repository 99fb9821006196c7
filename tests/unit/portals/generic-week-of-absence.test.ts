// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows } from './generic-fixtures';

/**
 * Week sums side by side whose headers name the week after the word for absence ("Fravær uke
 * 47"), the current week "til og med i dag". Pages invented, as of Monday 23.11.2026 (ISO week 48
 * starts that day; week 47 is 16.–22.11); the stretches expected are worked out by hand.
 */
const weeks = (headers: string, cells: string) => `<h1>Fravær per uke – 10B</h1>
  <table><thead><tr><th>Elev</th>${headers}</tr></thead>
  <tbody><tr><td>Signe Bakken</td>${cells}</tr></tbody></table>`;

const stretchesOf = (html: string) => genericRows(html)[0]?.totals?.stretches ?? [];

describe('a week named after the word for absence', () => {
  it("reads the current week's column as that week so far", () => {
    const html = weeks('<th>Fravær uke 47</th><th>Fravær uke 48 til og med i dag</th>', '<td>2 d</td><td>1 d</td>');
    const stretches = stretchesOf(html);
    expect(stretches).toContainEqual({ from: '2026-11-16', to: '2026-11-22', days: 2, lessons: 0 });
    expect(stretches).toContainEqual({ from: '2026-11-23', to: '2026-11-23', days: 1, lessons: 0 });
  });

  it('reads it from the tooltip of a shortened header ("Frav. u.48")', () => {
    const html = weeks(
      '<th><button title="Fravær uke 47">Frav. u.47</button></th><th><button title="Fravær uke 48 til og med i dag">Frav. u.48</button></th>',
      '<td>–</td><td>1 d 2 t</td>',
    );
    expect(stretchesOf(html)).toContainEqual({ from: '2026-11-23', to: '2026-11-23', days: 1, lessons: 2 });
  });
});
