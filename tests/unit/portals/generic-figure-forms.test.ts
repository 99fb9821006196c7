// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import type { ReadingRow } from '../../../lib/model';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { withNumberWord } from '../../../lib/portals/generic/number-words';
import { withVulgarFraction } from '../../../lib/portals/generic/vulgar-fractions';
import { clockHours, hoursAndMinutes, withoutFootnoteMark, withoutGrowthSign } from '../../../lib/portals/generic/read-rows';
import { history } from '../guidelines/history-builder';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * How pages write their figures: with footnote marks, in hours and minutes, under a header that
 * names only the term. Pages are invented; the expected values are read off the markup by hand.
 */
const figures = (read: ReadingRow[]) => read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons]);

describe('a figure with a footnote mark explained under the table', () => {
  it('reads "11*" and "9**" as 11 and 9', () => {
    const read = rows(`<p>Høsthalvåret 2026</p><table><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr>
      <tr><td>Ola Brekke</td><td>11*</td><td>0</td></tr><tr><td>Kari Vold</td><td>1</td><td>9**</td></tr></table>
      <p>* Inkluderer dokumentert fravær.</p><p>** Omfatter timer etter avtale med foresatte.</p>`);
    expect(figures(read)).toEqual([
      ['Ola Brekke', 11, 0],
      ['Kari Vold', 1, 9],
    ]);
  });

  it('takes off only a mark after the figure, never letters or a mark alone', () => {
    expect([withoutFootnoteMark('4†'), withoutFootnoteMark('7,5 %*'), withoutFootnoteMark('3¹'), withoutFootnoteMark('U*'), withoutFootnoteMark('*')]).toEqual([
      '4',
      '7,5 %',
      '3',
      'U*',
      '*',
    ]);
  });
});

describe('how a figure cell writes its days', () => {
  it('reads "6 d (9,2 %)" as 6 days, the bracketed share a restatement, for the term and the last 14 days', () => {
    const read = rows(`<p>Dager fravær og andel av skoledagene.</p><table><tr><th>Navn</th><th>Hittil i halvåret</th><th>Siste 14 dager</th></tr>
      <tr><td>Isak Holm</td><td>6 d (9,2 %)</td><td>3 d (30,0 %)</td></tr><tr><td>Selma Nygård</td><td>0 d (0,0 %)</td><td>0 d (0,0 %)</td></tr></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.period, row.totals?.days, row.totals?.stretches?.map((stretch) => stretch.days)])).toEqual([
      ['Isak Holm', 'term', 6, [3]],
      ['Selma Nygård', 'term', 0, [0]],
    ]);
  });

  it('reads half days "½" and "2½", and an empty cell as none', () => {
    const read = rows(`<p>Fravær i høst, til og med 23.11.2026.</p><table><tr><th>Elev</th><th>Fravær (dager)</th></tr>
      <tr><td>Nora Kleiven</td><td>½</td></tr><tr><td>Jakob Tangen</td><td>2½</td></tr><tr><td>Frida Sætre</td><td></td></tr></table>`);
    expect(figures(read)).toEqual([
      ['Nora Kleiven', 0.5, undefined],
      ['Jakob Tangen', 2.5, undefined],
      ['Frida Sætre', 0, undefined],
    ]);
  });
});

describe('a cell that writes its own units', () => {
  // The note under the table names whole days only ("hele fraværsdager"), so the column is read in days.
  const page = (...cells: string[]) =>
    rows(`<table><tr><th>Elev</th><th>Fravær dette halvåret</th></tr>
      ${cells.map((cell, i) => `<tr><td>Elev Nummer${'ABC'[i]}</td><td>${cell}</td></tr>`).join('')}</table>
      <p><small>Dager er hele fraværsdager, timer er enkelttimer i tillegg.</small></p>`);

  it('reads "4 dager og 2 timer" and "18 timer" by their own units, over the unit the note gave the column', () => {
    expect(figures(page('4 dager og 2 timer', '18 timer', '12 dager'))).toEqual([
      ['Elev NummerA', 4, 2],
      ['Elev NummerB', 0, 18],
      ['Elev NummerC', 12, undefined],
    ]);
  });

  it('keeps the lessons of a column of their own when the days cell names lessons too', () => {
    const read = rows(`<table><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr>
      <tr><td>Ola Brekke</td><td>1 dag og 5 timer</td><td>7</td></tr></table>`);
    expect(figures(read)).toEqual([['Ola Brekke', 1, 7]]);
  });
});

describe('days and lessons in one cell parted by a slash, as the header names them', () => {
  it('reads "5/1" under "Fravær (dager/timer)" as 5 days and 1 lesson, though a note names only days', () => {
    const read = rows(`<table><tr><th>Elev</th><th>Fravær (dager/timer)</th></tr>
      <tr><td>Iben Kolstad</td><td>5/1</td></tr><tr><td>Theodor Haug</td><td>0 / 7</td></tr></table>
      <p><small>Første tall: hele fraværsdager.</small></p>`);
    expect(figures(read)).toEqual([
      ['Iben Kolstad', 5, 1],
      ['Theodor Haug', 0, 7],
    ]);
  });

  it('takes the order from the header: "t/d" gives the lessons first', () => {
    const read = rows(`<table><tr><th>Elev</th><th>Fravær t/d</th></tr><tr><td>Kari Moe</td><td>3/1</td></tr></table>`);
    expect(figures(read)).toEqual([['Kari Moe', 1, 3]]);
  });
});

describe('absence in hours and minutes', () => {
  it('reads "22 t 30 min" as 22.5 timer and its documented part beside it', () => {
    const [row] = rows(`<h1>Fravær i timer – 2STB</h1><table><tr><th>Elev</th><th>Totalt fravær</th><th>herav dokumentert</th></tr>
      <tr><td>Mia Sæbø</td><td>22 t 30 min</td><td>6 t 0 min</td></tr></table>`);
    expect([row?.totals?.lessons, row?.totals?.documentedLessons]).toEqual([22.5, 6]);
  });

  it('reads "9 t 15 min" under a header without a unit as 9.25 timer', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Fravær</th></tr><tr><td>Mats Lie</td><td>9 t 15 min</td></tr></table>`);
    expect([row?.totals?.days, row?.totals?.lessons]).toEqual([0, 9.25]);
  });

  it('leaves minutes of 60 or more unread', () => {
    expect([hoursAndMinutes('3 t 75 min'), hoursAndMinutes('3 timar 45 minutt'), hoursAndMinutes('45 min')]).toEqual([undefined, 3.75, undefined]);
  });

  it('reads "63:45" under a header that says "(tt:mm)" as 63.75 timer, its undocumented part beside it', () => {
    const read = rows(`<table><tr><th>Elev</th><th>Fravær totalt (tt:mm)</th><th>Herav udokumentert (tt:mm)</th></tr>
      <tr><td>Mia Sæbø</td><td>63:45</td><td>40:15</td></tr><tr><td>Mats Lie</td><td>00:00</td><td>00:00</td></tr></table>`);
    expect(read.map((row) => [row.totals?.lessons, row.totals?.undocumentedLessons])).toEqual([
      [63.75, 40.25],
      [0, 0],
    ]);
  });

  it('leaves a clock time unread under a header that does not count hours, and minutes of 60 or more', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<table><tr><th>Elev</th><th>Fravær</th></tr><tr><td>Mats Lie</td><td>08:15</td></tr></table>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    const totals = isCouldNotRead(result) ? undefined : result.reading.rows[0]?.totals;
    expect([totals?.days, totals?.lessons]).toEqual([undefined, undefined]);
    expect([clockHours('4:75'), clockHours('04:30'), clockHours('4.30')]).toEqual([undefined, 4.5, undefined]);
  });
});

it('reads a column headed only "Halvåret" beside "Siste 14 dager" as the term so far, in the unit the page states', () => {
  const read = rows(`<p>Per 23.11.2026. Fravær i dager. Halvåret regnes fra 18.08.2026.</p>
    <table><tr><th>Elev</th><th>Halvåret</th><th>Siste 14 dager</th></tr>
    <tr><td>Storm Juvik</td><td>10,5</td><td>1,0</td></tr></table>`);
  expect(read.map((row) => [row.totals?.period, row.totals?.days, row.totals?.stretches])).toEqual([
    ['term', 10.5, [{ from: '2026-11-10', to: '2026-11-23', days: 1 }]],
  ]);
});

describe('attendance instead of absence', () => {
  const table = `<table><tr><th>Elev</th><th>Oppmøte</th></tr>
    <tr><td>Nora Sand</td><td>86 %</td></tr><tr><td>Jakob Nilsen</td><td>98,5 %</td></tr></table>`;

  it('reads "Oppmøte 86 %" over the term the page states as 14 % absent', () => {
    const read = rows(`<h1>Oppmøte 8A</h1><p>Oppmøte i prosent av undervisningen hittil i høsthalvåret.</p>${table}`);
    expect(read.map((row) => [row.student.name, row.totals?.period, row.totals?.percent])).toEqual([
      ['Nora Sand', 'term', 14],
      ['Jakob Nilsen', 'term', 1.5],
    ]);
  });

  it('reads a percentage the header names ("Attendance %") without a sign in the cells', () => {
    const [row] = rows(`<h2>Autumn term to date</h2><table><tr><th>Student</th><th>Attendance %</th></tr>
      <tr><td>Ava Lund</td><td>92</td></tr></table>`);
    expect([row?.totals?.period, row?.totals?.percent]).toEqual(['term', 8]);
  });

  it('leaves attendance unread when the page does not say over which period', () => {
    const result = readAsOverlay(genericAdapter, parsePage(`<h1>Oppmøte 8A</h1>${table}`), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(result).toEqual({
      ok: false,
      missing: [
        { code: 'no-figures', student: 'Nora Sand' },
        { code: 'no-figures', student: 'Jakob Nilsen' },
      ],
    });
  });

  it('does not read lessons or days attended as a share', () => {
    for (const page of [
      `<h1>Hittil i halvåret</h1><table><tr><th>Elev</th><th>Oppmøte</th></tr><tr><td>Nora Sand</td><td>152</td></tr></table>`,
      `<h1>Hittil i halvåret</h1><table><tr><th>Elev</th><th>Oppmøte (dager)</th></tr><tr><td>Nora Sand</td><td>61 %</td></tr></table>`,
    ]) {
      const result = readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF });
      expect(result).toEqual({ ok: false, missing: [{ code: 'no-absence-column' }] });
    }
  });
});

describe("a student's page of subject rows in lessons taught and percent, with a total row in the footer", () => {
  const page = (columns: string, norsk: string, matte: string, total: string) => `<html lang="nn"><head><title>Fråværsoversikt for Siri Nes</title></head>
    <body><h1>Fråværsoversikt for Siri Nes</h1><p>2STA · hittil i halvåret</p>
    <table><thead><tr><th>Fag</th>${columns}</tr></thead>
    <tbody><tr><td>Norsk</td>${norsk}</tr><tr><td>Matematikk 2P</td>${matte}</tr></tbody>
    <tfoot><tr><td>Totalt</td>${total}</tr></tfoot></table></body></html>`;

  it("reads the total row's share of the lessons taught, not its lessons as sixths of a day", () => {
    // Norsk 6 of 48, Matematikk 10 of 40: 16 of 88 lessons taught, 18,2 % as the total row says.
    const read = rows(
      page(
        '<th>Timar fråvær</th><th>Timar undervist</th><th>Fråvær</th>',
        '<td>6</td><td>48</td><td>12,5 %</td>',
        '<td>10</td><td>40</td><td>25,0 %</td>',
        '<td>16</td><td>88</td><td>18,2 %</td>',
      ),
    );
    expect(read.map((row) => [row.student.name, row.totals?.period, row.totals?.percent, row.totals?.lessons])).toEqual([
      ['Siri Nes', 'term', 18.2, undefined],
    ]);
  });

  it('keeps the lessons beside the share when no column says how many lessons were taught', () => {
    const read = rows(page('<th>Timar fråvær</th><th>Fråvær</th>', '<td>6</td><td>12,5 %</td>', '<td>10</td><td>25,0 %</td>', '<td>16</td><td>18,2 %</td>'));
    expect(read.map((row) => [row.totals?.percent, row.totals?.lessons])).toEqual([[18.2, 16]]);
  });
});

/** The level the research thresholds give a row read as of ASOF (23.11.2026: 65 school days in the term, 10 in the last 14 days). */
function levelOf(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

const windowOf = (row: ReadingRow | undefined) => row?.totals?.stretches?.find((stretch) => stretch.from === '2026-11-10' && stretch.to === ASOF);

describe('a dot printed for nought, as the key under the table says', () => {
  const page = (key: string) => `<p>Fravær 8B per 23.11.2026</p><table><thead>
      <tr><th rowspan="2">Elev</th><th colspan="2">Hittil i høsthalvåret</th><th colspan="2">Siste 14 dager</th></tr>
      <tr><th>Dager</th><th>Timer</th><th>Dager</th><th>Timer</th></tr></thead><tbody>
      <tr><td>Kari Moe</td><td>·</td><td>4</td><td>·</td><td>1</td></tr>
      <tr><td>Per Dal</td><td>10</td><td>·</td><td>·</td><td>·</td></tr>
    </tbody></table><p><small>${key}</small></p>`;

  it('reads "·" as 0 where the key says "· = ingen registrert fravær", and levels the rows from it', () => {
    // By hand: Kari Moe 0 d + 4 t = 0.67 days, 1 t in the last 14 days → A and B not fired → ok.
    // Per Dal 10 d + 0 t = 10 > 9.75 (15 % of 65) → B fired → concern.
    const read = rows(page('· = ingen registrert fravær. Timer er enkelttimer utover hele dager.'));
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, windowOf(row)?.days, windowOf(row)?.lessons, levelOf(row)])).toEqual([
      ['Kari Moe', 0, 4, 0, 1, 'ok'],
      ['Per Dal', 10, 0, 0, 0, 'concern'],
    ]);
  });

  it('reads "•" as 0 where a key line says "• = 0"', () => {
    const read = rows(page('Tegnforklaring: • = 0').replaceAll('<td>·</td>', '<td>•</td>'));
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
      [0, 4],
      [10, 0],
    ]);
  });

  it('leaves "·" unread where no key explains it: it may stand for a figure not recorded', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page('Tall fra skoleadministrasjonen.')), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read');
    const per = result.reading.rows.find((row) => row.student.name === 'Per Dal');
    expect([per?.totals?.days, per?.totals?.lessons, levelOf(per)]).toEqual([undefined, undefined, 'unknown']);
    expect(result.reading.warnings).toContain('kunne ikke lese «·» i kolonnen «Hittil i høsthalvåret Timer» for Per Dal');
  });

  it('leaves "·" unread where the key says it is not recorded', () => {
    const read = rows(page('· = ikke registrert'));
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});

describe('a row of marks per student, each mark a day or a lesson as the key says', () => {
  const page = (rowsHtml: string, key: string) => `<h1>Fravær 6B hittil i høsthalvåret</h1>
    <table><thead><tr><th>Elev</th><th>Fravær</th></tr></thead><tbody>${rowsHtml}</tbody></table>
    <p class="forklaring">${key}</p>`;
  const marks = (...each: string[]) => each.map((mark) => `<span class="merke">${mark}</span>`).join('');

  it('reads "● ● ● ◦ ◦" as 3 days and 2 lessons under "● = én hel fraværsdag, ◦ = én enkelttime"', () => {
    // By hand: Ada Lie 3 d + 2 t = 3.33 > 2.5 → A undecidable, ≤ 9.75 → unknown. Bo Ask 12 t = 2 d
    // ≤ 2.5 → ok. Cato Rød 10 d > 9.75 (15 % of 65) → B fired → concern. Dina Hay "–": none → ok.
    const read = rows(
      page(
        `<tr><td>Ada Lie</td><td>${marks('●', '●', '●', '◦', '◦')}</td></tr>
        <tr><td>Bo Ask</td><td>${marks(...Array<string>(12).fill('◦'))}</td></tr>
        <tr><td>Cato Rød</td><td>${'●'.repeat(10)}</td></tr>
        <tr><td>Dina Hay</td><td>–</td></tr>`,
        '<span>●</span> = én hel fraværsdag &nbsp; <span>◦</span> = én enkelttime',
      ),
    );
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, levelOf(row)])).toEqual([
      ['Ada Lie', 3, 2, 'unknown'],
      ['Bo Ask', 0, 12, 'ok'],
      ['Cato Rød', 10, 0, 'concern'],
      ['Dina Hay', 0, 0, 'ok'],
    ]);
  });

  it('reads an English key that gives two marks for a lesson: "○/◦ = one lesson missed"', () => {
    // By hand: 2 ■ = 2 days, one ○ and one ◦ = 2 lessons.
    const read = rows(
      page(`<tr><td>Ava Lund</td><td>■ ■ ○ ◦</td></tr>`, 'Key: ■ = one whole day absent; ○/◦ = one lesson missed.'),
    );
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([[2, 2]]);
  });

  it('leaves a row unread that holds a mark the key does not name, or names as something else than one day or lesson', () => {
    // "◐" is not in the key; "▲" is half a day, which the key does not give as one day or one lesson.
    const result = readAsOverlay(
      genericAdapter,
      parsePage(
        page(
          `<tr><td>Ada Lie</td><td>${marks('●', '◐', '◦')}</td></tr>
          <tr><td>Bo Ask</td><td>${marks('●', '▲')}</td></tr>
          <tr><td>Cato Rød</td><td>${marks('●', '◦')}</td></tr>`,
          '● = én hel fraværsdag · ◦ = én enkelttime · ▲ = halv dag',
        ),
      ),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error('could not read');
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([['Cato Rød', 1, 1]]);
  });

  it('leaves a row of marks unread where no key explains them', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page(`<tr><td>Ada Lie</td><td>● ● ◦</td></tr>`, 'Oppdatert 23.11.2026')), URL_ON_SOME_SITE, {
      asOf: ASOF,
    });
    expect(isCouldNotRead(result) || result.reading.rows.every((row) => row.totals?.days === undefined)).toBe(true);
  });
});

describe('a signed rise over the last 14 days beside the term\'s figures', () => {
  const page = (header: string, cells: [string, string, string]) => `<p>Stand per 23.11.2026</p><table>
      <thead><tr><th>Elev</th><th>Dager hittil</th><th>Timer hittil</th><th>${header}</th></tr></thead><tbody>
      <tr><td>Lars Holm</td><td>5</td><td>1</td><td>${cells[0]}</td></tr>
      <tr><td>Siri Berg</td><td>4</td><td>0</td><td>${cells[1]}</td></tr>
      <tr><td>Nils Aas</td><td>1</td><td>2</td><td>${cells[2]}</td></tr>
    </tbody></table>`;

  it('reads "+2", "+4" and "±0" under "Økning siste 14 dager (dager)" as the days of 10.–23.11', () => {
    // By hand: Lars Holm 2 ≤ 2.5 → A not fired; 5 d + 1 t = 5.17 ≤ 9.75 → B not fired → ok.
    // Siri Berg 4 > 2.5 → A fired → concern. Nils Aas 0 → A not fired; 1 d + 2 t = 1.33 → ok.
    const read = rows(page('Økning siste 14 dager (dager)', ['+2', '+4', '±0']));
    expect(read.map((row) => [row.student.name, windowOf(row)?.days, levelOf(row)])).toEqual([
      ['Lars Holm', 2, 'ok'],
      ['Siri Berg', 4, 'concern'],
      ['Nils Aas', 0, 'ok'],
    ]);
  });

  it('leaves the whole column unread when a cell in it is below nought: it is a difference, not a rise', () => {
    // Lars Holm: 5.17 days, and no last 14 days → A cannot be decided → unknown.
    const read = rows(page('Økning siste 14 dager (dager)', ['+2', '−1', '+0,5']));
    expect(read.map((row) => [row.totals?.days, windowOf(row), levelOf(row)])).toEqual([
      [5, undefined, 'unknown'],
      [4, undefined, 'unknown'],
      [1, undefined, 'ok'],
    ]);
  });

  it('leaves a rise against an earlier period unread, though its figures have no sign', () => {
    const read = rows(page('Økning siste 14 dager mot forrige periode (dager)', ['2', '3', '0']));
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons, windowOf(row)])).toEqual([
      [5, 1, undefined],
      [4, 0, undefined],
      [1, 2, undefined],
    ]);
  });

  it('leaves a rise in percent unread: points of the term\'s share are no share of the 14 days', () => {
    const read = rows(page('Økning siste 14 dager (%)', ['+1,5', '+3,1', '±0']));
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      [5, 1, undefined],
      [4, 0, undefined],
      [1, 2, undefined],
    ]);
  });

  it('lets a rise since a time the header does not name, before the totals, spoil none of them', () => {
    const read = rows(`<p>Stand per 23.11.2026</p><table>
      <thead><tr><th>Elev</th><th>Økning (dager)</th><th>Dager hittil</th><th>Timer hittil</th></tr></thead><tbody>
      <tr><td>Lars Holm</td><td>+2</td><td>5</td><td>1</td></tr>
      <tr><td>Siri Berg</td><td>+4</td><td>4</td><td>0</td></tr>
    </tbody></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Lars Holm', 5, 1, undefined],
      ['Siri Berg', 4, 0, undefined],
    ]);
  });

  it('takes off only a plus, or a "±" before nought', () => {
    expect(['+3', '+0,5', '± 0', '±0', '±2', '-1', '−1', '3'].map(withoutGrowthSign)).toEqual(['3', '0,5', '0', '0', '±2', '-1', '−1', '3']);
  });
});

describe('a figure of the last 14 days the reader cannot read', () => {
  it('leaves the whole stretch out, not the half it can read: the rule on the last 14 days is then bounded by the term', () => {
    const read = rows(`<p>Fravær 9A per 23.11.2026</p><table><thead>
      <tr><th rowspan="2">Elev</th><th colspan="2">Hittil i høsthalvåret</th><th colspan="2">Siste 14 dager</th></tr>
      <tr><th>Dager</th><th>Timer</th><th>Dager</th><th>Timer</th></tr></thead><tbody>
      <tr><td>Kari Moe</td><td>5</td><td>2</td><td>x</td><td>0</td></tr>
      <tr><td>Ola Lie</td><td>5</td><td>2</td><td>0</td><td>?</td></tr>
      <tr><td>Per Berg</td><td>5</td><td>2</td><td>1</td><td>0</td></tr>
    </tbody></table>`);
    // By hand: the term so far is 5 d + 2 t = 5.33 days for each, ≤ 9.75 → B not fired. Kari Moe's
    // days and Ola Lie's lessons in the last 14 days are unreadable: the window's absence is only
    // bounded by the term's 5.33 > 2.5 → A undecidable → unknown (with the readable half alone,
    // 0 + 0, it was ok). Per Berg: 1 d + 0 t = 1 ≤ 2.5 → A not fired → ok.
    expect(read.map((row) => [row.student.name, windowOf(row), levelOf(row)])).toEqual([
      ['Kari Moe', undefined, 'unknown'],
      ['Ola Lie', undefined, 'unknown'],
      ['Per Berg', { from: '2026-11-10', to: ASOF, days: 1, lessons: 0 }, 'ok'],
    ]);
  });
});

describe('counts written as words, as a plain-language printout spells them', () => {
  it('reads bokmål number words for whole days and lessons, "ingen" as nought', () => {
    const read = rows(`<p>Fravær fra skolestart til og med 23.11.2026.</p><table><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr>
      <tr><td>Ola Brekke</td><td>ingen</td><td>to</td></tr><tr><td>Kari Vold</td><td>Tolv</td><td>én</td></tr>
      <tr><td>Siv Lunde</td><td>sju</td><td>fire</td></tr></table>`);
    expect(figures(read)).toEqual([
      ['Ola Brekke', 0, 2],
      ['Kari Vold', 12, 1],
      ['Siv Lunde', 7, 4],
    ]);
  });

  it('reads nynorsk and English number words, with their unit after them', () => {
    const nynorsk = rows(`<p>Fråvær hittil i halvåret.</p><table><tr><th>Namn</th><th>Heile dagar</th><th>Enkelttimar</th></tr>
      <tr><td>Eirik Hauge</td><td>eitt</td><td>ein time</td></tr><tr><td>Synne Bø</td><td>tjue dagar</td><td>inga</td></tr></table>`);
    expect(figures(nynorsk)).toEqual([
      ['Eirik Hauge', 1, 1],
      ['Synne Bø', 20, 0],
    ]);
    const english = rows(`<p>Term to date.</p><table><tr><th>Student</th><th>Days absent</th><th>Lessons missed</th></tr>
      <tr><td>Ava Lund</td><td>three</td><td>eleven</td></tr></table>`);
    expect(figures(english)).toEqual([['Ava Lund', 3, 11]]);
  });

  it('turns only a whole cell of a number word, or one with its unit, into digits', () => {
    // "Ingen" is left as it is: a figure cell that says it has no absence has none in any unit.
    expect(['fem', 'Seks dager', 'to t', 'null', 'ingen', 'ingen fravær registrert', 'tre eller fire', 'Tone', 'tjueen', 'tre fravær', '4'].map(withNumberWord)).toEqual([
      '5',
      '6 dager',
      '2 t',
      '0',
      'ingen',
      'ingen fravær registrert',
      'tre eller fire',
      'Tone',
      'tjueen',
      'tre fravær',
      '4',
    ]);
  });

  it('keeps "ingen" under a header without a unit as no absence in either unit, not a bare nought', () => {
    const read = rows(`<p>Fravær hittil i halvåret.</p><table><tr><th>Elev</th><th>Fravær</th></tr>
      <tr><td>Ola Brekke</td><td>ingen</td></tr><tr><td>Kari Vold</td><td>tre dager</td></tr></table>`);
    expect(figures(read)).toEqual([
      ['Ola Brekke', 0, 0],
      ['Kari Vold', 3, 0],
    ]);
  });

  it('levels a student from words as from digits: "fem" days and "fire" lessons is 5.67 days', () => {
    // As of 23.11: 2.5 < 5.67 ≤ 9.75 → unknown; "elleve" days > 9.75 → concern; "én" day ≤ 2.5 → ok.
    const read = rows(`<p>Fravær hittil i halvåret.</p><table><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr>
      <tr><td>Live Sæther</td><td>fem</td><td>fire</td></tr><tr><td>Frida Ask</td><td>elleve</td><td>ingen</td></tr>
      <tr><td>Mathias Nordby</td><td>én</td><td>én</td></tr></table>`);
    const levels = read.map((row) => [row.student.name, levelOf(row)]);
    expect(levels).toEqual([
      ['Live Sæther', 'unknown'],
      ['Frida Ask', 'concern'],
      ['Mathias Nordby', 'ok'],
    ]);
  });
});

describe('half days beside whole days, a morning or an afternoon missed', () => {
  it('reads each half day as half a day, added to the full days; late arrivals are no absence', () => {
    // 1 + 3 × 0.5 = 2.5 days and 2 periods; 6 + 0 × 0.5 = 6 days; 0 + 5 × 0.5 = 2.5 days.
    const read = rows(`<p>Term 1 to date.</p><table><tr><th>Student</th><th>Full days</th><th>Half days</th><th>Single periods</th><th>Late arrivals</th></tr>
      <tr><td>Olivia Chen</td><td>1</td><td>3</td><td>2</td><td>4</td></tr><tr><td>Lucas Moreau</td><td>6</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>Emma Lindqvist</td><td>0</td><td>5</td><td>0</td><td>1</td></tr></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.lateCount])).toEqual([
      ['Olivia Chen', 2.5, 2, 4],
      ['Lucas Moreau', 6, 0, 0],
      ['Emma Lindqvist', 2.5, 0, 1],
    ]);
  });

  it('reads half days before the whole days, and in nynorsk, the same way', () => {
    // 4 × 0.5 + 7 = 9 days; 1 × 0.5 + 0 = 0.5 days.
    const read = rows(`<p>Fråvær hittil i halvåret.</p><table><tr><th>Namn</th><th>Halve dagar</th><th>Heile dagar</th></tr>
      <tr><td>Eirik Hauge</td><td>4</td><td>7</td></tr><tr><td>Synne Bø</td><td>1</td><td></td></tr></table>`);
    expect(figures(read)).toEqual([
      ['Eirik Hauge', 9, undefined],
      ['Synne Bø', 0.5, undefined],
    ]);
  });

  it('levels a student on the half days too: 6 + 4 × 0.5 + 6/6 = 9 days is over 15 % of 59', () => {
    const page = `<p>Term 1 to date.</p><table><tr><th>Student</th><th>Full days</th><th>Half days</th><th>Single periods</th></tr>
      <tr><td>Noah Fischer</td><td>6</td><td>4</td><td>6</td></tr><tr><td>Aisha Rahman</td><td>7</td><td>2</td><td>3</td></tr></table>`;
    // As of 13.11: 59 school days, 15 % is 8.85; 7 + 1 + 0.5 = 8.5 is not over it, and over 2.5.
    const result = readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: '2026-11-13' });
    if (isCouldNotRead(result)) throw new Error('could not read');
    const levels = result.reading.rows.map((row) => [row.student.name, evaluate(history().totals(row.totals ?? {}).build(), kearneyForskning, '2026-11-13').level]);
    expect(levels).toEqual([
      ['Noah Fischer', 'concern'],
      ['Aisha Rahman', 'unknown'],
    ]);
  });
});

describe('a figure with a tooltip icon beside it', () => {
  const warn = '<span class="ikon" title="Udokumentert fravær – følg opp" aria-label="Udokumentert fravær">⚠</span>';
  const page = (...cells: string[]) =>
    `<p>Hittil i skoleåret.</p><table><tr><th>Elev</th><th>Klasse</th><th>Dok. dager</th><th>Udok. dager</th><th>Timer</th></tr>
      ${cells.map((cell, i) => `<tr><td>Elev Nummer${'ABCD'[i]}</td><td>10D</td>${cell}</tr>`).join('')}</table>`;

  it('reads the figure and leaves the icon out: 1 documented and 1⚠ undocumented day are 2 days', () => {
    const read = rows(page(`<td>1</td><td>1${warn}</td><td>2</td>`, `<td>3</td><td>7 ${warn}</td><td>0</td>`));
    expect(read.map((row) => [row.student.name, row.totals?.documentedDays, row.totals?.undocumentedDays, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Elev NummerA', 1, 1, 2, 2],
      ['Elev NummerB', 3, 7, 10, 0],
    ]);
  });

  it('never reads a cell that holds nothing but an icon as nought', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page(`<td>1</td><td>${warn}</td><td>2</td>`, '<td>0</td><td>0</td><td>0</td>')), URL_ON_SOME_SITE, {
      asOf: ASOF,
    });
    const first = isCouldNotRead(result) ? undefined : result.reading.rows.find((row) => row.student.name === 'Elev NummerA');
    expect(first?.totals?.undocumentedDays).not.toBe(0);
  });
});

describe('a share whose header names what it is a share of', () => {
  const page = (header: string, ...cells: string[]) =>
    `<p>Hittil dette skoleåret (59 skoledager).</p><table><tr><th>Elev</th><th>Klasse</th><th>${header}</th></tr>
      ${cells.map((cell, i) => `<tr><td>Elev Nummer${'ABCD'[i]}</td><td>6A</td><td>${cell}</td></tr>`).join('')}</table>`;
  const shares = (html: string) => rows(html).map((row) => [row.student.name, row.totals?.percent]);

  it('reads "Fravær i % av skoledager" as the share of absence, not as a count of school days', () => {
    expect(shares(page('Fravær i % av skoledager', '3,4 %', '16,9 %'))).toEqual([
      ['Elev NummerA', 3.4],
      ['Elev NummerB', 16.9],
    ]);
  });

  it('reads "Absence as % of possible sessions" the same way', () => {
    expect(shares(page('Absence as % of possible sessions', '8.5', '0'))).toEqual([
      ['Elev NummerA', 8.5],
      ['Elev NummerB', 0],
    ]);
  });

  it('still leaves a column of school days alone, a share of nothing', () => {
    expect(() => rows(page('Skoledager', '59', '59'))).toThrow(/no-absence-column/);
  });
});

describe('a share of the school days written as a fraction of one', () => {
  const page = (header: string, ...cells: string[]) =>
    `<p>Periode 18.08.2026–23.11.2026 (65 skoledager).</p><table><tr><th>Elev</th><th>Klasse</th><th>${header}</th></tr>
      ${cells.map((cell, i) => `<tr><td>Elev Nummer${'ABCD'[i]}</td><td>9A</td><td>${cell}</td></tr>`).join('')}</table>`;
  const shares = (html: string) => rows(html).map((row) => [row.student.name, row.totals?.percent]);

  it('reads "0,092" under "Fraværsandel" as 9.2 %, and "0,000" as none', () => {
    expect(shares(page('Fraværsandel', '0,092', '0,154', '0,000', '0,5'))).toEqual([
      ['Elev NummerA', 9.2],
      ['Elev NummerB', 15.4],
      ['Elev NummerC', 0],
      ['Elev NummerD', 50],
    ]);
  });

  it('reads an English "Absence share" with decimal points the same way', () => {
    expect(shares(page('Absence share', '0.031', '0.25'))).toEqual([
      ['Elev NummerA', 3.1],
      ['Elev NummerB', 25],
    ]);
  });

  it('reads a share column whose cells carry "%" as the percentage they say', () => {
    expect(shares(page('Fraværsandel', '9,2 %', '0,5 %'))).toEqual([
      ['Elev NummerA', 9.2],
      ['Elev NummerB', 0.5],
    ]);
  });

  it('leaves a share unread when its cells could be either: a bare "9,2", or a figure over one', () => {
    for (const html of [page('Fraværsandel', '0,092', '9,2'), page('Andel fravær', '3', '12')]) {
      const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
      expect(isCouldNotRead(result)).toBe(true);
    }
  });

  it('keeps a column of decimals in days as days: only the header\'s words make a share', () => {
    expect(rows(page('Fravær (dager)', '0,5', '0,25')).map((row) => [row.totals?.days, row.totals?.percent])).toEqual([
      [0.5, undefined],
      [0.25, undefined],
    ]);
  });

  it('levels the share over the 65 school days: 0,031 is ok, 0,046 unknown, 0,154 concern', () => {
    // 3.1 % of 65 = 2.0 days ≤ 2.5; 4.6 % = 2.99 days > 2.5 and ≤ 15 %; 15.4 % > 15 %.
    expect(rows(page('Fraværsandel', '0,031', '0,046', '0,154')).map((row) => levelOf(row))).toEqual(['ok', 'unknown', 'concern']);
  });
});

describe('a figure changed in place, the old one struck through beside it', () => {
  const page = `<p>Fravær hittil i halvåret.</p><table><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr>
    <tr><td>Siri Holm</td><td><del>4</del> <ins>2</ins></td><td>1</td></tr>
    <tr><td>Ola Dahl</td><td>2</td><td><s>1</s> 4</td></tr>
    <tr><td>Per Berg</td><td><strike>12</strike> <ins>9</ins></td><td>0</td></tr></table>`;

  it('reads the new figure, not the struck-through one, in <del>, <s> and <strike>', () => {
    expect(figures(rows(page))).toEqual([
      ['Siri Holm', 2, 1],
      ['Ola Dahl', 2, 4],
      ['Per Berg', 9, 0],
    ]);
  });

  it('levels each student on the new figures', () => {
    // As of 23.11: 2 + 1/6 = 2.17 ≤ 2.5 → ok (4.17 was unknown); 2 + 4/6 = 2.67 > 2.5 → unknown
    // (2.17 was ok); 9 ≤ 9.75 → unknown (12 was concern).
    expect(rows(page).map((row) => levelOf(row))).toEqual(['ok', 'unknown', 'unknown']);
  });
});

describe('days written with a fraction character, lessons as sixths of a day', () => {
  const page = `<p>Fravær hittil i halvåret.</p><table><tr><th>Elev</th><th>Fravær (dager)</th></tr>
    <tr><td>Siri Holm</td><td>2 ⅔</td></tr><tr><td>Ola Dahl</td><td>¼</td></tr>
    <tr><td>Per Berg</td><td>9⅚</td></tr><tr><td>Kari Lunde</td><td>1 ¾ dager</td></tr></table>`;

  it('reads ⅔, ¼, ⅚ and ¾ alone or after a whole number, with or without a space or a unit', () => {
    const days = rows(page).map((row) => row.totals?.days);
    // 2 + 2/3, 1/4, 9 + 5/6, 1 + 3/4.
    expect(days).toHaveLength(4);
    [2 + 2 / 3, 0.25, 9 + 5 / 6, 1.75].forEach((expected, i) => expect(days[i]).toBeCloseTo(expected, 9));
  });

  it('levels each student on the fraction: 2.67 unknown, 0.25 ok, 9.83 over 15 % of 65 concern, 1.75 ok', () => {
    expect(rows(page).map((row) => levelOf(row))).toEqual(['unknown', 'ok', 'concern', 'ok']);
  });

  it('leaves a fraction character inside other text as it is', () => {
    expect([withVulgarFraction('⅙'), withVulgarFraction('12'), withVulgarFraction('Klasse ½'), withVulgarFraction('½5')]).toEqual([
      `${1 / 6}`.replace('.', ','),
      '12',
      'Klasse ½',
      '½5',
    ]);
  });
});

describe('two columns that each give the days, with different figures', () => {
  // As of 23.11.2026 (65 school days, the last 14 days 10): a term total of 1 day is ok, 4 days unknown.
  const page = (headers: string, row: string) => `<p>Hittil i skoleåret</p><table><tr><th>Elev</th>${headers}</tr>${row}</table>`;

  it('takes neither for the days: the student is unknown, not ok on the smaller figure', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(page('<th>Hele dager</th><th>Fraværsdager</th><th>Enkelttimer</th>', '<tr><td>Kari Vold</td><td>1</td><td>4</td><td>0</td></tr>')),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error('could not read');
    const [kari] = result.reading.rows;
    expect(kari?.totals?.days).toBeUndefined();
    expect(evaluate(history().totals(kari?.totals ?? {}).build(), kearneyForskning, ASOF).level).toBe('unknown');
    expect(result.notes).toContainEqual({ code: 'columns-disagree', first: 'Hele dager', second: 'Fraværsdager', student: 'Kari Vold', row: kari?.student.key });
  });

  it('reads them when they agree, and takes the total when one is headed so', () => {
    const [same] = rows(page('<th>Hele dager</th><th>Fraværsdager</th>', '<tr><td>Kari Vold</td><td>2</td><td>2</td></tr>'));
    const [total] = rows(page('<th>Hele dager</th><th>Fraværsdager</th><th>Dager totalt</th>', '<tr><td>Kari Vold</td><td>1</td><td>4</td><td>5</td></tr>'));
    expect([same?.totals?.days, total?.totals?.days]).toEqual([2, 5]);
  });
});
