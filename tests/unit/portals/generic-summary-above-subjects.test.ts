// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows as rows } from './generic-fixtures';

/**
 * A student's page that sums their absence up above a table of lessons per subject. Pages are
 * invented; the expected values are read off the markup by hand.
 */
describe("a student's summary of whole days and lessons above their lessons per subject", () => {
  const subjects = `<h2>Fravær i fag</h2><table>
    <thead><tr><th>Fag</th><th>Fraværstimer</th><th>Timer gjennomført</th><th>Fravær</th></tr></thead>
    <tbody><tr><td>Norsk</td><td>8</td><td>40</td><td>20,0 %</td></tr><tr><td>Engelsk</td><td>7</td><td>36</td><td>19,4 %</td></tr></tbody></table>
    <p><small>Fraværstimer i fag tar med timene på dager med fravær hele dagen.</small></p>`;
  const page = (cards: string) => `<nav>Elever › 2STB › Sara Nilsen</nav><h1>Sara Nilsen</h1>
    <p>Fravær hittil i skoleåret, per mandag 23.11.2026</p><div class="kort">${cards}</div>${subjects}`;

  it('reads the summary: 2 whole days and 3 lessons, not the 8 + 7 lessons per subject that hold the days again', () => {
    const [row] = rows(page('<div>Hele dager<b>2</b></div><div>Enkelttimer<b>3</b></div><div>Forsentkomminger<b>5</b></div>'));
    expect(row?.student.name).toBe('Sara Nilsen');
    expect(row?.totals).toMatchObject({ days: 2, lessons: 3, lateCount: 5 });
  });

  it('does not take a summary of whole days only for the whole absence: the lessons per subject are the rest of it', () => {
    // Without the note that a subject's lessons hold the whole days' lessons too: the summary's 2
    // days, and the subjects' 8 + 7 = 15 lessons beside them (key figures beside subjects).
    const withoutNote = page('<div>Hele dager<b>2</b></div>').replace(/<p><small>.*<\/small><\/p>/su, '');
    const [row] = rows(withoutNote);
    expect([row?.totals?.days, row?.totals?.lessons]).toEqual([2, 15]);
  });

  it('reads cards whose label in bold stands over the figure on the next line, not the subjects\' total row', () => {
    // Worked by hand: the cards say 4 whole days and 9 lessons; the subjects' 5 + 4 lessons are
    // those 9 again (their "Totalt" row says 9, and 3,6 % of the subjects' lessons, no share of days).
    const [row] = rows(`<h1>Jonas Vik (2STA)</h1><p>Skoleåret hittil, per 23.11.2026</p>
      <div class="kort"><strong>Dagsfravær</strong><br>4 dager</div><div class="kort"><strong>Timefravær</strong><br>9 timer</div>
      <table><thead><tr><th>Fag</th><th>Fravær (timer)</th><th>Gjennomførte timer</th><th>Fravær %</th></tr></thead>
      <tbody><tr><td>Norsk</td><td>5</td><td>130</td><td>3,8 %</td></tr><tr><td>Engelsk</td><td>4</td><td>120</td><td>3,3 %</td></tr></tbody>
      <tfoot><tr><td>Totalt</td><td>9</td><td>250</td><td>3,6 %</td></tr></tfoot></table>
      <p><small>Dagsfravær føres i hele dager og inngår ikke i timefraværet per fag.</small></p>`);
    expect(row?.student.name).toBe('Jonas Vik');
    expect([row?.totals?.days, row?.totals?.lessons, row?.totals?.percent]).toEqual([4, 9, undefined]);
  });
});
