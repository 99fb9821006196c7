// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { cleanText } from '../../../lib/portals/norwegian-format';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * Shapes the generic reader met on pages written without it in mind: a key that explains the
 * header abbreviations, one column headed with both name parts, "learner" for student, and a
 * breadcrumb whose last step is the page, not the student. Pages are invented; the expected
 * values are read off the markup by hand.
 */
describe('a key beside the table explains its header abbreviations', () => {
  it('reads "ABS", "Exc", "Unx" and "tdy" as the key under the table says', () => {
    const [row] = rows(`<table><tr><th>Student</th><th>ABS</th><th>Exc</th><th>Unx</th><th>tdy</th></tr>
      <tr><td>Ava Lund</td><td>6</td><td>4</td><td>2</td><td>3</td></tr></table>
      <p><small>Key: ABS = days absent (Exc + Unx); Exc = excused; Unx = unexcused; tdy = tardies.</small></p>`);
    expect(row?.totals).toMatchObject({ days: 6, documentedDays: 4, undocumentedDays: 2, lateCount: 3 });
  });

  it('reads a key above the table with commas and an abbreviation ending in a full stop', () => {
    const [row] = rows(`<p>Forklaring: Frv. = fraværsdager, Sn = for sent</p>
      <table><tr><th>Elev</th><th>Frv.</th><th>Sn</th></tr><tr><td>Kari Moe</td><td>3</td><td>2</td></tr></table>`);
    expect(row?.totals).toMatchObject({ days: 3, lateCount: 2 });
  });

  it('leaves a column the key says counts remarks this term unread, even beside the absence', () => {
    // "dette halvåret" names the period only; what it counts is remarks, not absence.
    const read = rows(`<table><tr><th>Nr</th><th>Navn</th><th>Født</th><th>Anm.</th><th>Fravær d.</th><th>Fravær t.</th><th>For sent</th></tr>
      <tr><td>1</td><td>Andrea Bråten</td><td>12.03.2016</td><td>2</td><td>1</td><td>0</td><td>3</td></tr>
      <tr><td>2</td><td>Emilie Ørn</td><td>08.05.2016</td><td>0</td><td>6</td><td>0</td><td>1</td></tr></table>
      <p><small>Anm. = antall anmerkninger på orden og oppførsel dette halvåret. Fravær d. = hele dager, Fravær t. = enkelttimer.</small></p>`);
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons, row.totals?.lateCount])).toEqual([
      [1, 0, 3],
      [6, 0, 1],
    ]);
  });

  it('reads upright headers the key explains in parts: "Fr.d. 14 d" is the days of the last 14 days', () => {
    // By hand: "Fr.d." = fraværsdager, "Fr.t." = fraværstimer, "14 d" = siste 14 dager; the last 14
    // days up to 23.11.2026 run from 10.11.2026. Kari Moe: 5 days and 2 lessons so far, 1 day and
    // 3 lessons of them in the last 14 days, 2 late arrivals.
    const [row] = rows(`<table><tr><th>Elev</th><th>Fr.d. hittil</th><th>Fr.t. hittil</th><th>Fr.d. 14 d</th><th>Fr.t. 14 d</th><th>Fors.</th></tr>
      <tr><td>Kari Moe</td><td>5</td><td>2</td><td>1</td><td>3</td><td>2</td></tr></table>
      <p><small>Fr.d. = fraværsdager (hele dager). Fr.t. = fraværstimer. Hittil = 18.08.2026–23.11.2026. 14 d = siste 14 dager. Fors. = forsentkomminger.</small></p>`);
    expect(row?.totals).toMatchObject({ days: 5, lessons: 2, lateCount: 2, stretches: [{ from: '2026-11-10', to: '2026-11-23', days: 1, lessons: 3 }] });
  });

  it('still reads an abbreviation a key line opens with a word of its own before it', () => {
    // "Forklaring Frv = fraværsdager": "Frv" is the abbreviation, "Forklaring" the line's lead-in.
    const [row] = rows(`<p>Forklaring Frv = fraværsdager</p>
      <table><tr><th>Elev</th><th>Frv</th></tr><tr><td>Kari Moe</td><td>3</td></tr></table>`);
    expect(row?.totals?.days).toBe(3);
  });

  it('reads "Year to date" as the term\'s absence, not as a column of dates', () => {
    const [row] = rows(`<p>All figures in days.</p><table><tr><th>Student</th><th>Year to date</th></tr>
      <tr><td>Ava Lund</td><td>4</td></tr></table>`);
    expect(row?.totals?.days).toBe(4);
  });

  it('still reads "Totalt hittil dette halvåret" as the term\'s absence, in the unit the page states', () => {
    const [row] = rows(`<p>Alle tall i dager.</p><table><tr><th>Elev</th><th>Totalt hittil dette halvåret</th></tr>
      <tr><td>Kari Moe</td><td>4</td></tr></table>`);
    expect(row?.totals?.days).toBe(4);
  });

  it('leaves a header the key does not explain unread', () => {
    const result = readAsOverlay(genericAdapter, 
      parsePage(`<table><tr><th>Student</th><th>ABS</th></tr><tr><td>Ava Lund</td><td>6</td></tr></table><p>Key: tdy = tardies</p>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

it('reads a column headed "Etternavn, fornavn" as the whole name', () => {
  const read = rows(`<table><tr><th>Etternavn, fornavn</th><th>Fravær dager</th><th>Fravær timer</th></tr>
    <tr><td>Bakke, Jenny</td><td>2</td><td>0</td></tr><tr><td>Dahle, Kasper</td><td>5</td><td>3</td></tr></table>`);
  expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
    ['Bakke, Jenny', 2, 0],
    ['Dahle, Kasper', 5, 3],
  ]);
});

it('reads "learner" as the student column and "learner id" as their id', () => {
  const read = rows(`<table><tr><th>learner</th><th>learner id</th><th>days absent</th><th>periods absent</th></tr>
    <tr><td>Zara Ahmed</td><td>200341</td><td>1</td><td>2</td></tr></table>`);
  expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([['Zara Ahmed', 1, 2]]);
});

it('reads a learning platform\'s "Deltaker" (participant) column as the student column', () => {
  // Worked by hand: the lessons are the "Fraværstimer" column's; "Snitt gruppen" is the group's average, no student.
  const read = rows(`<table><tr><th>Deltaker</th><th>Fraværstimer</th><th>Fravær</th></tr>
    <tr><td>Zara Ahmed</td><td>6</td><td>1,5 %</td></tr><tr><td>Ole Bakke</td><td>24</td><td>6,2 %</td></tr>
    <tr><td>Snitt gruppen</td><td>15</td><td>3,9 %</td></tr></table>`);
  expect(read.map((row) => [row.student.name, row.totals?.lessons, row.totals?.percent])).toEqual([
    ['Zara Ahmed', 6, 1.5],
    ['Ole Bakke', 24, 6.2],
  ]);
});

describe('a page about one student named only in the breadcrumb', () => {
  const events = `<table><thead><tr><th>Uke</th><th>Dato</th><th>Fravær</th></tr></thead>
    <tbody><tr><td>46</td><td>10.11.2026</td><td>Hel dag</td></tr></tbody></table>`;

  it('finds the student a step before the last when the last step is the page ("Fravær")', () => {
    const read = rows(`<nav aria-label="Brødsmulesti"><ol><li><a>Min skole</a></li><li><a>9C</a></li>
      <li><a>Sander Eliassen</a></li><li aria-current="page">Fravær</li></ol></nav><h1>Fravær</h1>${events}`);
    expect(read.map((row) => row.student.name)).toEqual(['Sander Eliassen']);
  });

  it('finds the student in a trail of links whose last step is plain text after them', () => {
    const read = rows(`<nav aria-label="Brødsmulesti"><a href="#">Elever</a> › <a href="#">8B</a> › Hedda Moen</nav>
      <h1>Fraværslogg</h1>${events}`);
    expect(read.map((row) => row.student.name)).toEqual(['Hedda Moen']);
  });

  it('does not take a school named in the breadcrumb for the student', () => {
    const result = readAsOverlay(genericAdapter, 
      parsePage(`<nav aria-label="Brødsmulesti"><ol><li><a>Fjordbyen Skole</a></li><li aria-current="page">Fravær</li></ol></nav>${events}`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

it('reads rows slotted into a web component table, each row in its own shadow root', () => {
  const doc = parsePage('<h1>Fravær 6C hittil i halvåret</h1><elev-liste><elev-rad></elev-rad><elev-rad></elev-rad></elev-liste>');
  const list = doc.querySelector('elev-liste') as Element;
  list.attachShadow({ mode: 'open' }).innerHTML =
    '<div role="table"><div role="rowgroup"><div role="row"><span role="columnheader">Elev</span><span role="columnheader">Dager</span>' +
    '<span role="columnheader">Timer</span></div></div><div role="rowgroup"><slot></slot></div></div>';
  const students = [['Kaja Berg', '0', '3'], ['Isak Hovde', '3', '3']];
  Array.from(doc.querySelectorAll('elev-rad')).forEach((host, i) => {
    const [name, days, lessons] = students[i] as string[];
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<div role="row"><span role="rowheader">${name}</span><span role="cell">${days}</span><span role="cell">${lessons}</span></div>`;
  });
  const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
  expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
    ['Kaja Berg', 0, 3],
    ['Isak Hovde', 3, 3],
  ]);
});

it('reads a layout-table page: a title row across the table, then a header row of bold cells', () => {
  const result = readAsOverlay(genericAdapter, 
    parsePage(`<table><tr><td>Meny</td><td>
      <table border="1">
        <tr><td colspan="3"><b>Fravær for 4C – hittil i halvåret (18.08.2026 – 23.11.2026)</b></td></tr>
        <tr><td><b>Nr</b></td><td><b>Elev</b></td><td><b>Fravær (dager)</b></td></tr>
        <tr><td>1</td><td>Ronja Foss</td><td>0,5</td></tr>
        <tr><td>2</td><td>Kasper Holm</td><td>3,5</td></tr>
      </table></td></tr></table>`),
    URL_ON_SOME_SITE,
    { asOf: ASOF },
  );
  if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
  expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days])).toEqual([
    ['Ronja Foss', 0.5],
    ['Kasper Holm', 3.5],
  ]);
  // The title row states the range the totals cover.
  expect(result.reading.shownPeriod).toMatchObject({ from: '2026-08-18', to: '2026-11-23' });
});

describe('the last 14 days as a share of their lessons, beside the term in lessons', () => {
  it('reads "Last 14 days (% of lessons)" as the share of the stretch 10.11–23.11, the term in lessons', () => {
    const read = rows(`<table><tr><th>Student</th><th>Absent lessons (term)</th><th>Last 14 days (% of lessons)</th></tr>
      <tr><td>Ava Lund</td><td>30</td><td>10 %</td></tr><tr><td>Zara Ahmed</td><td>66</td><td>0 %</td></tr></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Ava Lund', 30, [{ from: '2026-11-10', to: '2026-11-23', percent: 10 }]],
      ['Zara Ahmed', 66, [{ from: '2026-11-10', to: '2026-11-23', percent: 0 }]],
    ]);
  });

  it('leaves a share over 100 % unread: no stretch, the term still read', () => {
    const [row] = rows(`<table><tr><th>Student</th><th>Absent lessons (term)</th><th>Last 14 days (% of lessons)</th></tr>
      <tr><td>Ava Lund</td><td>30</td><td>120 %</td></tr></table>`);
    expect(row?.totals?.lessons).toBe(30);
    expect(row?.totals?.stretches).toBeUndefined();
  });

  it('does not read a share of attendance over the last 14 days as a share of absence', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Fravær timer</th><th>Oppmøte siste 14 dager (%)</th></tr>
      <tr><td>Kari Moe</td><td>30</td><td>90 %</td></tr></table>`);
    expect(row?.totals?.lessons).toBe(30);
    expect(row?.totals?.stretches).toBeUndefined();
  });
});

describe('totals over a short range the page states', () => {
  it('reads them as that stretch, not as the term: days and lessons kept as the stretch, shares left unread', () => {
    const [row] = rows(`<h1>Fravær 10D</h1><p>Periode: 10.11.2026–23.11.2026</p>
      <table><tr><th>Elev</th><th>Dager</th><th>Timer</th><th>%</th></tr><tr><td>Julie Haga</td><td>3</td><td>6</td><td>35</td></tr></table>`);
    expect(row?.totals?.days).toBeUndefined();
    expect(row?.totals?.lessons).toBeUndefined();
    expect(row?.totals?.percent).toBeUndefined();
    expect(row?.totals?.stretches).toEqual([{ from: '2026-11-10', to: '2026-11-23', days: 3, lessons: 6 }]);
  });

  it('reads a column that names no unit, the only count, as the stretch, each cell in the unit it names', () => {
    const read = rows(`<h1>Fravær siste 14 dager</h1><p>8A · 10.11.2026–23.11.2026</p>
      <table><tr><th>Elev</th><th>Fravær</th></tr><tr><td>Kari Nes</td><td>2 timer</td></tr>
      <tr><td>Per Li</td><td>3 dager</td></tr><tr><td>Ola Dal</td><td>12 %</td></tr></table>`);
    // A share cannot be said of the stretch's lessons or days: Ola Dal's is left unread.
    expect(read.map((row) => [row.student.name, row.totals?.stretches])).toEqual([
      ['Kari Nes', [{ from: '2026-11-10', to: '2026-11-23', days: 0, lessons: 2 }]],
      ['Per Li', [{ from: '2026-11-10', to: '2026-11-23', days: 3, lessons: 0 }]],
    ]);
  });

  it('keeps totals over the term so far as the term’s', () => {
    const [row] = rows(`<p>Periode: 18.08.2026–23.11.2026</p>
      <table><tr><th>Elev</th><th>Dager</th></tr><tr><td>Julie Haga</td><td>6</td></tr></table>`);
    expect(row?.totals?.days).toBe(6);
    expect(row?.totals?.stretches).toBeUndefined();
  });
});

it('adds "Dokumentert" and "Udokumentert" with no dates as the parts of each student\'s absence, in the unit the page states', () => {
  // 4 + 3 = 7 days; 0 + 1 = 1 day.
  const read = rows(`<p>Klasse 9A · Tal i dagar</p><table><thead><tr><th scope="col">Elev</th><th scope="col">Dokumentert</th>
    <th scope="col">Udokumentert</th></tr></thead><tbody><tr><th scope="row">Ola Tveit</th><td>4</td><td>3</td></tr>
    <tr><th scope="row">Siri Lie</th><td>0</td><td>1</td></tr></tbody></table>`);
  expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.documentedDays, row.totals?.undocumentedDays])).toEqual([
    ['Ola Tveit', 7, 4, 3],
    ['Siri Lie', 1, 0, 1],
  ]);
});

it('says it could not read a table whose only row says the group has no students', () => {
  const result = readAsOverlay(
    genericAdapter,
    parsePage(`<table><thead><tr><th>Elev</th><th>Dagar</th><th>Timar</th></tr></thead>
      <tbody><tr><td colspan="3">Ingen elevar i gruppa.</td></tr></tbody></table>`),
    URL_ON_SOME_SITE,
    { asOf: ASOF },
  );
  expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-students', part: 'overview' }]);
});

describe('a list styled as a table: each item a row, each of its spans a cell, the first item the header', () => {
  const list = (items: string) => `<h1>Fravær 6A</h1><ul><li><span>Elev</span><span>Fravær</span><span>Timer</span></li>${items}</ul>`;

  it('reads the rows under the header item, a count "out of" the year\'s days as the count alone', () => {
    // "4/190 dager" is 4 days out of 190 possible; the lessons column beside it adds its own.
    const read = rows(
      list(`<li><span>Mina Berg</span><span>4/190 dager</span><span>5</span></li>
        <li><span>Even Dahl</span><span>0 av 190 dager</span><span>1</span></li>`),
    );
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Mina Berg', 4, 5],
      ['Even Dahl', 0, 1],
    ]);
  });

  it('does not take a list whose items have fewer cells than its header for a table', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(list(`<li><span>Mina Berg</span><span>4 dager</span></li><li><span>Even Dahl</span><span>1 dag</span></li>`)),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

it('leaves a count over a basis of 12 or less with no unit unread, as it may be a date', async () => {
  const { withoutBasis } = await import('../../../lib/portals/generic/read-rows');
  expect([withoutBasis('7/11'), withoutBasis('7/190'), withoutBasis('3 av 12 dagar'), withoutBasis('13/12 dager')]).toEqual([
    '7/11',
    '7',
    '3 dagar',
    '13/12 dager',
  ]);
});

describe('a closed <details> per student, the name in its <summary> and the figures in a list inside', () => {
  const card = (name: string, days: string, lessons: string) =>
    `<details><summary>${name}</summary><dl><dt>Fraværsdager</dt><dd>${days}</dd><dt>Enkelttimer</dt><dd>${lessons}</dd></dl></details>`;
  const page = `<h1>Mine elever</h1><p>Fravær registrert fra skolestart 18.08.2026 til og med 23.11.2026.</p>
    <section>${card('Eli Storm', '2', '3')}${card('Jon Tvedt', '0', '1')}</section>`;

  it('reads each student from the summary that names them', () => {
    expect(rows(page).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Eli Storm', 2, 3],
      ['Jon Tvedt', 0, 1],
    ]);
  });

  it('takes "fra … til og med …" above the figures for the period they cover', () => {
    const located = genericAdapter.locate(parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.shownPeriod).toEqual({ basis: 'stated', from: '2026-08-18', to: '2026-11-23' });
  });
});

describe('a register of one day by lesson under a week range, with the day chosen in tabs', () => {
  const page = (tabs: string) => `<h2>Fraværsføring – 6B</h2><div>Uke 47 · 16.11.2026–20.11.2026</div>
    <nav>${tabs}</nav>
    <table><thead><tr><th>Elev</th><th>1. time</th><th>2. time</th></tr></thead><tbody>
      <tr><td>Pia Holm</td><td>✓</td><td>F</td></tr><tr><td>Rune Aas</td><td>✓</td><td>✓</td></tr>
    </tbody></table><p>✓ = til stede · F = fravær</p>`;

  it('reads the lesson columns on the chosen day', () => {
    const doc = parsePage(page('<a href="#">Man 16.11</a><a class="valgt" href="#">Tir 17.11</a><a href="#">Ons 18.11</a>'));
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    const pia = result.reading.rows.find((row) => row.student.name === 'Pia Holm');
    expect(pia?.events.map((event) => [event.date, event.kind, event.lessons])).toEqual([['2026-11-17', 'lesson', [2]]]);
  });

  it('guesses no day when none is chosen, or the chosen one lies outside the week the page states', () => {
    for (const tabs of ['<a href="#">Man 16.11</a><a href="#">Tir 17.11</a>', '<a aria-current="page" href="#">Man 09.11</a>']) {
      const result = readAsOverlay(genericAdapter, parsePage(page(tabs)), URL_ON_SOME_SITE, { asOf: ASOF });
      expect(isCouldNotRead(result), tabs).toBe(true);
    }
  });
});

describe('figures per subject with no name column, grouped under a heading row per student', () => {
  const report = (sum: boolean) => `<h1>Fraværsrapport 2STC</h1><table><thead><tr><th>Fag</th><th>Fraværstimer</th></tr></thead><tbody>
    <tr><th colspan="2">Oda Rønning</th></tr><tr><td>Norsk</td><td>2</td></tr><tr><td>Engelsk</td><td>3</td></tr>
    ${sum ? '<tr><td>Sum</td><td>5</td></tr>' : ''}
    <tr><th colspan="2">Liv Brekke</th></tr><tr><td>Norsk</td><td>0</td></tr><tr><td>Engelsk</td><td>4</td></tr>
    ${sum ? '<tr><td>Sum</td><td>4</td></tr>' : ''}</tbody></table>`;

  it('reads each student\'s sum row, not the sum on top of the subjects', () => {
    // Oda: Sum 5 (2 + 3), not 10; Liv: Sum 4.
    expect(rows(report(true)).map((row) => [row.student.name, row.totals?.lessons])).toEqual([
      ['Oda Rønning', 5],
      ['Liv Brekke', 4],
    ]);
  });

  it('adds up the subjects when no sum row is given', () => {
    expect(rows(report(false)).map((row) => [row.student.name, row.totals?.lessons])).toEqual([
      ['Oda Rønning', 5],
      ['Liv Brekke', 4],
    ]);
  });

  it('adds up one student\'s subjects on a page named for them', () => {
    const read = rows(`<h1>Fravær – Jonas Fjell</h1><table><thead><tr><th>Fag</th><th>Timer</th><th>Dager</th></tr></thead>
      <tbody><tr><td>Norsk</td><td>2</td><td>1</td></tr><tr><td>Matematikk</td><td>1</td><td>0</td></tr></tbody></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.lessons, row.totals?.days])).toEqual([['Jonas Fjell', 3, 1]]);
  });
});

describe('a print view whose list goes on over several sheets, each repeating the header', () => {
  const sheet = (page: number, rowsHtml: string) => `<div class="ark"><div>Fraværsliste 5C – Side ${page} av 2</div>
    <table><thead><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr></thead><tbody>${rowsHtml}</tbody></table></div>`;

  it('reads the students of every sheet, and does not say the rest of the list was left unread', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(
        sheet(1, '<tr><td>Ada Sæther</td><td>1</td><td>0</td></tr>') +
          sheet(2, '<tr><td>Brage Nilsen</td><td>4</td><td>2</td></tr><tr><td>Sum 5C</td><td>5</td><td>2</td></tr>'),
      ),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Ada Sæther', 1, 0],
      ['Brage Nilsen', 4, 2],
    ]);
    expect(result.notes.map((note) => note.code)).not.toContain('paginated');
  });

  it('reads two tables with the same columns under different headings as two classes, not as one sheet after the other', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<div><h2>Klasse 8A</h2><table><tr><th>Elev</th><th>Dager</th></tr><tr><td>Ada Sæther</td><td>1</td></tr></table></div>
        <div><h2>Klasse 8B</h2><table><tr><th>Elev</th><th>Dager</th></tr><tr><td>Brage Nilsen</td><td>2</td></tr></table></div>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    // Each student in the class their own table's heading names; the page is about neither alone.
    expect(result.reading.rows.map((row) => [row.student.name, row.student.className, row.totals?.days])).toEqual([
      ['Ada Sæther', '8A', 1],
      ['Brage Nilsen', '8B', 2],
    ]);
    expect(result.layout.className).toBeUndefined();
  });

  it('still reads only the first of two tables with different columns', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<table><tr><th>Elev</th><th>Dager</th></tr><tr><td>Ada Sæther</td><td>1</td></tr></table>
        <table><tr><th>Elev</th><th>Timer</th></tr><tr><td>Brage Nilsen</td><td>2</td></tr></table>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => row.student.name)).toEqual(['Ada Sæther']);
    expect(result.notes.map((note) => note.code)).toContain('several-tables');
  });
});

describe('a bare "Fravær" column whose unit only a note under the table states', () => {
  const page = (note: string) => `<h2>Fravær hittil i halvåret</h2>
    <table><thead><tr><th>Navn</th><th>Fravær</th></tr></thead>
    <tbody><tr><td>Hanne Myhre</td><td>8,4</td></tr><tr><td>Iver Sande</td><td>0,0</td></tr></tbody></table>
    <p><small>${note}</small></p>`;

  it('reads the figures as percent when the note says so, decimal commas and all', () => {
    const read = rows(page('Tallene viser fravær i prosent av skoletiden fra skolestart.'));
    expect(read.map((row) => [row.student.name, row.totals?.percent, row.totals?.days])).toEqual([
      ['Hanne Myhre', 8.4, undefined],
      ['Iver Sande', 0, undefined],
    ]);
  });

  it('reads them as days when the note names days', () => {
    const read = rows(page('Tall i dager.'));
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Hanne Myhre', 8.4],
      ['Iver Sande', 0],
    ]);
  });

  it('lets a line above the table, when it names a unit, outweigh the note below', () => {
    const read = rows(`<p>Tall i dager</p>${page('Tallene viser fravær i prosent av skoletiden.')}`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.percent])).toEqual([
      ['Hanne Myhre', 8.4, undefined],
      ['Iver Sande', 0, undefined],
    ]);
  });
});

describe('two terms side by side', () => {
  it('reads only the current term\'s columns (the as-of day is in the autumn)', () => {
    // Vera: Vår 0 d 2 t, Høst 11 d 0 t → 11 days, 0 lessons.
    const [row] = rows(`<table><thead><tr><th>Elev</th><th>Vår 2026 dager</th><th>Vår 2026 timer</th><th>Høst 2026 dager</th>
      <th>Høst 2026 timer</th></tr></thead><tbody><tr><td>Vera Holm</td><td>0</td><td>2</td><td>11</td><td>0</td></tr></tbody></table>`);
    expect([row?.totals?.days, row?.totals?.lessons]).toEqual([11, 0]);
  });

  it('leaves last year\'s autumn unread beside this year\'s', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Dager høsten 2025</th><th>Dager høsten 2026</th></tr>
      <tr><td>Vera Holm</td><td>9</td><td>3</td></tr></table>`);
    expect(row?.totals?.days).toBe(3);
  });

  it('changes nothing when the headers name only one term', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Dager høst 2026</th><th>Timer høst 2026</th></tr>
      <tr><td>Vera Holm</td><td>2</td><td>5</td></tr></table>`);
    expect([row?.totals?.days, row?.totals?.lessons]).toEqual([2, 5]);
  });
});

describe('a column the page hides', () => {
  it('leaves a hidden sort-key column unread and reads the columns the teacher sees', () => {
    // Marte: hidden "Timer totalt" 12 (2 d × 6), shown 2 days and 0 lessons.
    const [row] = rows(`<style>.sortkey{display:none}</style><table>
      <thead><tr><th>Elev</th><th class="sortkey">Timer totalt</th><th>Dager</th><th>Timer</th></tr></thead>
      <tbody><tr><td>Marte Sunde</td><td class="sortkey">12</td><td>2</td><td>0</td></tr></tbody></table>`);
    expect([row?.totals?.days, row?.totals?.lessons]).toEqual([2, 0]);
  });

  it('leaves a column hidden with the hidden attribute unread too', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th hidden>Dager</th><th>Dager</th></tr>
      <tr><td>Marte Sunde</td><td hidden>9</td><td>2</td></tr></table>`);
    expect(row?.totals?.days).toBe(2);
  });
});

describe('one table per subject with the same students', () => {
  const subject = (heading: string, oskar: number, tuva: number) => `<section><h2>${heading}</h2><table>
    <thead><tr><th>Elev</th><th>Fravær (timer)</th></tr></thead>
    <tbody><tr><td>Oskar Lind</td><td>${oskar}</td></tr><tr><td>Tuva Kristiansen</td><td>${tuva}</td></tr>
    <tr><td>Sum ${heading}</td><td>${oskar + tuva}</td></tr></tbody></table></section>`;

  it('adds up each student\'s lessons over the subjects, one badge per student', () => {
    // Oskar: 2 + 1 + 0 = 3 lessons; Tuva: 10 + 12 + 9 = 31 lessons.
    const page = `<h1>Fravær per fag – 1STB</h1>${subject('Norsk', 2, 10)}${subject('Matematikk 1T', 1, 12)}${subject('Engelsk', 0, 9)}`;
    const result = readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.lessons])).toEqual([
      ['Oskar Lind', 3],
      ['Tuva Kristiansen', 31],
    ]);
    expect(result.notes.map((note) => note.code)).not.toContain('several-tables');
  });

  it('does not add up a table that lists other students as well', () => {
    const other = subject('Matematikk 1T', 1, 12).replace('</tbody>', '<tr><td>Ida Berg</td><td>4</td></tr></tbody>');
    const result = readAsOverlay(genericAdapter, parsePage(`${subject('Norsk', 2, 10)}${other}`), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.lessons])).toEqual([
      ['Oskar Lind', 2],
      ['Tuva Kristiansen', 10],
    ]);
  });
});

describe('a region the page does not render', () => {
  const folded = `<h1>5C</h1><button aria-expanded="false" aria-controls="fravaer">Vis fravær</button>
    <section id="fravaer" hidden><table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead>
    <tbody><tr><td>Hanna Ødegård</td><td>0</td><td>1</td></tr><tr><td>Iben Solberg</td><td>15</td><td>0</td></tr></tbody></table></section>`;

  it('does not read a table folded away behind a button, and reads it once it is shown', () => {
    const doc = parsePage(folded);
    expect(isCouldNotRead(readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
    doc.getElementById('fravaer')?.removeAttribute('hidden');
    const shown = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(shown)) throw new Error('the shown table was not read');
    expect(shown.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Hanna Ødegård', 0, 1],
      ['Iben Solberg', 15, 0],
    ]);
  });

  it('does not read a table inside an element styled display: none, nor inside a closed <details>', () => {
    const table = `<table><tr><th>Elev</th><th>Dager</th></tr><tr><td>Kari Moe</td><td>4</td></tr></table>`;
    for (const page of [`<div style="display: none"><div>${table}</div></div>`, `<details><summary>Fravær</summary>${table}</details>`]) {
      expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
    }
    expect(rows(`<details open><summary>Fravær</summary>${table}</details>`).map((row) => row.totals?.days)).toEqual([4]);
  });

  it('reads the shown tab, not the hidden one before it', () => {
    // The hidden "Timer" panel comes first in the page: Kari's 30 lessons there are not read; the shown panel's 4 days are.
    const [row, ...rest] = rows(`<div role="tabpanel" hidden><table><tr><th>Elev</th><th>Timer</th></tr><tr><td>Kari Moe</td><td>30</td></tr></table></div>
      <div role="tabpanel"><table><tr><th>Elev</th><th>Dager</th></tr><tr><td>Kari Moe</td><td>4</td></tr></table></div>`);
    expect(rest).toEqual([]);
    expect([row?.totals?.days, row?.totals?.lessons]).toEqual([4, undefined]);
  });
});

describe('a dated list whose every date lies after the as-of day', () => {
  // The as-of day is 23.11.2026 (ASOF).
  const list = (first: string, second: string) => `<h1>Permisjonssøknader 8B</h1><table>
    <thead><tr><th>Elev</th><th>Fra</th><th>Til</th><th>Skoledager</th><th>Status</th></tr></thead>
    <tbody><tr><td>Jenny Kolstad</td><td>${first}</td><td>18.12.2026</td><td>5</td><td>Til behandling</td></tr>
    <tr><td>Rasmus Bye</td><td>${second}</td><td>04.12.2026</td><td>2</td><td>Innvilget</td></tr></tbody></table>`;

  it('is not read as absence (leave applications): the page says why it could not be read', () => {
    const result = readAsOverlay(genericAdapter, parsePage(list('14.12.2026', '24.11.2026')), URL_ON_SOME_SITE, { asOf: ASOF });
    if (!isCouldNotRead(result)) throw new Error('a list of planned leave was read as absence');
    expect(result.missing).toContainEqual({ code: 'dates-ahead' });
  });

  it('is read when one row is dated on the as-of day or before', () => {
    // Rasmus's 23.11 has passed (it is the as-of day): the list registers what happened.
    const read = rows(list('14.12.2026', '23.11.2026'));
    expect(read.map((row) => row.student.name)).toEqual(['Jenny Kolstad', 'Rasmus Bye']);
  });
});

describe('a list with a fixed header: the column names in a table of their own above the body table', () => {
  const page = (bodyColumns: string) => `<h1>Fravær 9E</h1><p>Skoleåret 2026/2027 til og med 23.11.2026</p>
    <div class="head-wrap"><table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th><th>Siste 14 dager (dager)</th></tr></thead></table></div>
    <div class="body-wrap"><table><tbody>
      <tr><td>Amund Hole</td><td>2</td><td>0</td>${bodyColumns}</tr>
      <tr><td>Ylva Fredriksen</td><td>5</td><td>3</td>${bodyColumns}</tr>
    </tbody></table></div>`;

  it('reads the body table\'s columns under the header table\'s names, and badges the body rows', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page('<td>2,5</td>')), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read');
    const read = result.reading.rows;
    // Ylva: 5 whole days and 3 lessons in the term, 2.5 days in the 14 days 10.11–23.11.
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Amund Hole', 2, 0],
      ['Ylva Fredriksen', 5, 3],
    ]);
    expect(read[1]?.totals?.stretches).toEqual([{ from: '2026-11-10', to: '2026-11-23', days: 2.5 }]);
    expect(result.layout.slots.map((slot) => slot.elements[0]?.closest('table')?.closest('div')?.className)).toEqual(['body-wrap', 'body-wrap']);
  });

  it('does not join a body table with another number of columns than the header table', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page('')), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(result) ? [] : result.reading.rows).toEqual([]);
  });
});

describe('a list of absence percentage bars, each with its figure as a label beside it', () => {
  const item = (name: string, value: string, label: string) =>
    `<li><span class="navn">${name}</span><div role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${value}"><div style="width:${value}%"></div></div><span>${label}</span></li>`;

  it('reads each label as the student\'s share of the school time', () => {
    const read = rows(`<h1>Fraværsprosent 10B</h1><p>Prosent av skoletiden hittil i halvåret.</p><ul>
      ${item('Signe Aakre', '1.5', '1,5 %')}${item('Tora Wiik', '16.9', '16,9 %')}${item('Edvard Lie', '0', '0,0 %')}</ul>`);
    expect(read.map((row) => [row.student.name, row.totals?.percent])).toEqual([
      ['Signe Aakre', 1.5],
      ['Tora Wiik', 16.9],
      ['Edvard Lie', 0],
    ]);
  });
});

describe('name chips whose figures sit in a tooltip shown on hover', () => {
  const chip = (id: string, name: string, tip: string) =>
    `<li><button aria-describedby="${id}">${name}</button><div role="tooltip" id="${id}" style="visibility:hidden">${tip}</div></li>`;

  it("reads the tooltip the name's aria-describedby names, line by line, as the student's figures", () => {
    const read = rows(`<h1>Klassen min – 8D</h1><ul>
      ${chip('t1', 'Kine Lyngstad', 'Hele dager: 3 · Enkelttimer: 2<br>Siste 14 dager: 0 dager')}
      ${chip('t2', 'Elise Gran', 'Hele dager: 8 · Enkelttimer: 4<br>Siste 14 dager: 3 dager')}</ul>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches?.map((s) => [s.from, s.to, s.days])])).toEqual([
      ['Kine Lyngstad', 3, 2, [['2026-11-10', '2026-11-23', 0]]],
      ['Elise Gran', 8, 4, [['2026-11-10', '2026-11-23', 3]]],
    ]);
  });

  it('reads a title attribute with a line per figure the same way', () => {
    const read = rows(`<p>Fravær hittil i halvåret</p><div><a href="#" title="Dager: 1&#10;Timer: 5">Ola Nordmann</a><a href="#" title="Dager: 0&#10;Timer: 0">Kari Moe</a></div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Ola Nordmann', 1, 5],
      ['Kari Moe', 0, 0],
    ]);
  });

  it('does not read chips whose tooltips say something other than figures', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<ul>${chip('a', 'Kine Lyngstad', 'Vis elevkort')}${chip('b', 'Elise Gran', 'Vis elevkort')}</ul>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe('rows drawn by web components without table roles, read as the browser renders them', () => {
  it("reads each row's shadow root with the name slotted in from the page, and puts the badge by that name", () => {
    const doc = parsePage(`<h1>Fravær 7B</h1><p>Hittil dette halvåret</p><fravaer-liste>
      <fravaer-rad><span slot="navn">Ida Solheim</span></fravaer-rad><fravaer-rad><span slot="navn">Aksel Brøndbo</span></fravaer-rad>
      </fravaer-liste>`);
    const row = (days: string, lessons: string) =>
      `<div><span class="navn"><slot name="navn"></slot></span><span>${days}</span><span>${lessons}</span></div>`;
    (doc.querySelector('fravaer-liste') as Element).attachShadow({ mode: 'open' }).innerHTML =
      '<div><span>Elev</span><span>Hele dager</span><span>Enkelttimer</span></div><slot></slot>' +
      '<div><span>Sum 7B</span><span>5</span><span>5</span></div>';
    const [first, second] = Array.from(doc.querySelectorAll('fravaer-rad'));
    (first as Element).attachShadow({ mode: 'open' }).innerHTML = row('1', '3');
    (second as Element).attachShadow({ mode: 'open' }).innerHTML = row('4', '2');
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows.map((read) => [read.student.name, read.totals?.days, read.totals?.lessons])).toEqual([
      ['Ida Solheim', 1, 3],
      ['Aksel Brøndbo', 4, 2],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor)).toEqual(Array.from(doc.querySelectorAll('[slot="navn"]')));
  });

  it('reads light rows slotted under a header drawn in the shadow root, a legend below them', () => {
    // Worked by hand from the markup: Siv Aune 1 day and 3 lessons, Are Bø 4 days and 0 lessons.
    const doc = parsePage(`<h1>Fravær 10D</h1><p>Hittil i halvåret</p><elev-liste>
      <elev-rad><span>Siv Aune</span><span>1</span><span>3</span></elev-rad>
      <elev-rad><span>Are Bø</span><span>4</span><span>0</span></elev-rad></elev-liste>`);
    (doc.querySelector('elev-liste') as Element).attachShadow({ mode: 'open' }).innerHTML =
      '<div part="header"><span>Elev</span><span>Dager</span><span>Timer</span></div><slot></slot>' +
      '<div part="footer">Dager = hele fraværsdager, timer = enkelttimer</div>';
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows.map((read) => [read.student.name, read.totals?.days, read.totals?.lessons])).toEqual([
      ['Siv Aune', 1, 3],
      ['Are Bø', 4, 0],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor)).toEqual(Array.from(doc.querySelectorAll('elev-rad > span:first-child')));
  });

  it('reads rows whose header row stands just before the list, each row a wrapper around its cells', () => {
    const read = rows(`<p>Fravær hittil i halvåret</p><div><span>Elev</span><span>Dager</span></div>
      <div><elev-rad><div><span>Hedvig Lunde</span><span>2</span></div></elev-rad>
      <elev-rad><div><span>Isak Aamodt</span><span>0</span></div></elev-rad></div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Hedvig Lunde', 2],
      ['Isak Aamodt', 0],
    ]);
  });

  it('reads a virtualised list whose header stands above the scroller, outside the spacer holding the rows', () => {
    // The rows sit in a spacer inside the scrolling role="list"; the header is kept outside the
    // scroller. By hand from the markup: Ida Berg 7 days and 5 lessons, Jonas Berg 1 day and 3 lessons.
    const spacer = (items: string) =>
      `<p>Hittil i skoleåret</p><div class="hode"><span>Elev</span><span>Dager</span><span>Timer</span></div>
      <div role="list" style="height:64px;overflow-y:auto"><div style="position:relative;height:3840px">${items}</div></div>`;
    const item = (top: number, name: string, days: string, lessons: string) =>
      `<div role="listitem" style="position:absolute;top:${top}px"><span>${name}</span><span>${days}</span><span>${lessons}</span></div>`;
    const read = rows(spacer(item(0, 'Ida Berg', '7', '5') + item(32, 'Jonas Berg', '1', '3')));
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Ida Berg', 7, 5],
      ['Jonas Berg', 1, 3],
    ]);
    // Scrolled on, the list draws other students in the same places: each read with its own figures.
    const scrolled = rows(spacer(item(1632, 'Emma Pedersen', '9', '3') + item(1664, 'Lukas Pedersen', '2', '1')));
    expect(scrolled.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Emma Pedersen', 9, 3],
      ['Lukas Pedersen', 2, 1],
    ]);
  });

  it('reads an ARIA grid whose header row stands before the scrolling grid, outside it', () => {
    // role="grid" scrolls and holds the rows drawn now and a spacer; the row of column headers is
    // kept before it. By hand from the markup: Aksel Aarseth 7 days and 5 lessons, Birgitte
    // Aarseth 1 day and 10 lessons.
    const gridRow = (index: number, name: string, days: string, lessons: string) =>
      `<div role="row" aria-rowindex="${index}" style="position:absolute;top:${index * 30}px"><span role="gridcell">${name}</span>` +
      `<span role="gridcell">${days}</span><span role="gridcell">${lessons}</span></div>`;
    const read = rows(`<p>Hittil i skoleåret per 23.11.2026</p>
      <div role="row"><span role="columnheader">Elev</span><span role="columnheader">Hele dager</span><span role="columnheader">Enkelttimer</span></div>
      <div role="grid" aria-rowcount="40" style="height:300px;overflow-y:auto"><div style="height:1200px"></div>
      ${gridRow(1, 'Aksel Aarseth', '7', '5')}${gridRow(2, 'Birgitte Aarseth', '1', '10')}</div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Aksel Aarseth', 7, 5],
      ['Birgitte Aarseth', 1, 10],
    ]);
  });

  it('takes no row before an ARIA grid for its header when the grid has a header row of its own', () => {
    const read = rows(`<p>Hittil i skoleåret</p><div role="row"><span role="columnheader">Merknad</span><span role="columnheader">Dato</span></div>
      <div role="grid"><div role="row"><span role="columnheader">Elev</span><span role="columnheader">Dager</span></div>
      <div role="row"><span role="gridcell">Ida Berg</span><span role="gridcell">4</span></div>
      <div role="row"><span role="gridcell">Jonas Berg</span><span role="gridcell">0</span></div></div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Ida Berg', 4],
      ['Jonas Berg', 0],
    ]);
  });

  it('does not take a line before the list for its header when the cells do not line up', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<div><span>Elev</span><span>Dager</span><span>Timer</span></div>
        <div><div><span>Hedvig Lunde</span><span>2</span></div><div><span>Isak Aamodt</span><span>0</span></div></div>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe('a read-only form of one fieldset per student, the name in its legend', () => {
  const fieldset = (name: string, days: string, lessons: string) =>
    `<fieldset><legend>${name}</legend><span><label>Dagsfravær hittil</label><output>${days}</output></span>` +
    `<span><label>Timefravær hittil</label><output>${lessons}</output></span></fieldset>`;

  it('reads each labelled output as the figure of the student its legend names, and puts the badge by the legend', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<h2>Elevoversikt – fravær hittil i halvåret</h2><form>${fieldset('Jonas Ødegård (6A)', '3', '1')}${fieldset('Sofie Lindahl (6A)', '0', '4')}</form>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Jonas Ødegård (6A)', 3, 1],
      ['Sofie Lindahl (6A)', 0, 4],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor.tagName)).toEqual(['LEGEND', 'LEGEND']);
  });
});

describe('a print view of one captioned key–value table per student', () => {
  const table = (caption: string, days: string, lessons: string) =>
    `<table><caption>${caption}</caption><tr><th>Hele dager</th><td>${days}</td></tr><tr><th>Enkelttimer</th><td>${lessons}</td></tr>` +
    `<tr><th>Forsentkomminger</th><td>3</td></tr></table>`;

  it("reads each table's rows as the figures of the student its caption names", () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<h1>Fravær 9C</h1><p>Hittil i halvåret</p>${table('Selma Aas-Berg, 9C', '2', '5')}${table('Even Torsvik, 9C', '1', '0')}`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.lateCount])).toEqual([
      ['Selma Aas-Berg, 9C', 2, 5, 3],
      ['Even Torsvik, 9C', 1, 0, 3],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor.tagName)).toEqual(['CAPTION', 'CAPTION']);
  });

  it('does not read captioned tables whose captions name no person', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<p>Hittil i halvåret</p>${table('Trinn 8', '2', '5')}${table('Trinn 9', '1', '0')}`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe("a student's document that ends with the absence as label–value rows, no header row above them", () => {
  // A half-year assessment: grades per subject (no absence), then "Dager fravær 3" and "Timer fravær 2".
  const assessment = (pairs: string) => `<head><title>Halvårsvurdering – Ella Marie Fjørtoft</title></head><body>
    <h1>Halvårsvurdering med karakter – høsten 2026</h1>
    <p><strong>Elev:</strong> Ella Marie Fjørtoft &nbsp; <strong>Klasse:</strong> 10C</p>
    <table><thead><tr><th>Fag</th><th>Standpunkt</th><th>Kommentar</th></tr></thead>
    <tbody><tr><td>Norsk</td><td>5</td><td></td></tr><tr><td>Matematikk</td><td>4</td><td></td></tr></tbody></table>
    <h2>Fravær</h2><table><tbody>${pairs}</tbody></table></body>`;

  it('reads every row, the first too, as the figures of the student the title names', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(assessment('<tr><th>Dager fravær</th><td>3</td></tr><tr><th>Timer fravær</th><td>2</td></tr>')),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([['Ella Marie Fjørtoft', 3, 2]]);
    // The badge goes on the line that shows her name, not on a heading that does not name her.
    expect(result.layout.slots.map((slot) => slot.anchor.tagName)).toEqual(['P']);
  });

  it('does not read label–value rows whose labels name no count', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(assessment('<tr><th>Orden</th><td>2</td></tr><tr><th>Atferd</th><td>1</td></tr>')),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe('a figure per student: a small table of figures with the name in the figcaption under it', () => {
  const card = (name: string, term: [string, string], recent: [string, string]) =>
    `<figure><table><thead><tr><th></th><th>Hittil i halvåret</th><th>Siste 14 dager</th></tr></thead><tbody>` +
    `<tr><th>Hele dager</th><td>${term[0]}</td><td>${recent[0]}</td></tr><tr><th>Enkelttimer</th><td>${term[1]}</td><td>${recent[1]}</td></tr>` +
    `</tbody></table><figcaption>${name}</figcaption></figure>`;

  it("reads each figure's table, the periods across and the units down, as the figures of the student its figcaption names", () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<h1>Mine kontaktelever</h1><div>${card('Elias Torgersen, 8B', ['4', '2'], ['0', '1'])}${card('Ronja Fjellstad, 8B', ['5', '0'], ['3', '0'])}</div>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    // Elias: 4 days and 2 lessons this term, 0 days and 1 lesson in the last 14 days (10.11–23.11).
    expect(
      result.reading.rows.map((row) => [
        row.student.name,
        row.totals?.days,
        row.totals?.lessons,
        row.totals?.stretches?.map((stretch) => [stretch.from, stretch.to, stretch.days, stretch.lessons]),
      ]),
    ).toEqual([
      ['Elias Torgersen, 8B', 4, 2, [['2026-11-10', '2026-11-23', 0, 1]]],
      ['Ronja Fjellstad, 8B', 5, 0, [['2026-11-10', '2026-11-23', 3, 0]]],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor.tagName)).toEqual(['FIGCAPTION', 'FIGCAPTION']);
  });

  it('does not read figures whose figcaptions name no person, nor a photo captioned with a name', () => {
    for (const page of [
      `<div>${card('Trinn 8', ['4', '2'], ['0', '1'])}${card('Trinn 9', ['5', '0'], ['3', '0'])}</div>`,
      `<div><figure><img alt="" src="a.png"><figcaption>Elias Torgersen</figcaption></figure>` +
        `<figure><img alt="" src="b.png"><figcaption>Ronja Fjellstad</figcaption></figure></div>`,
    ]) {
      expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
    }
  });
});

describe("a student's list whose lessons column names runs of lessons", () => {
  const page = (cells: string[]) =>
    `<nav aria-label="Breadcrumb">Classes › 10A › Ada Berg › Attendance</nav><h1>Attendance record – Ada Berg</h1>
    <table><thead><tr><th>Date</th><th>Periods</th><th>Type</th></tr></thead><tbody>
    ${cells.map((cell, day) => `<tr><td>${String(16 + day)}.11.2026</td><td>${cell}</td><td>Absent</td></tr>`).join('')}</tbody></table>`;

  it('reads "1–3" as lessons 1 to 3, a lone "2" as lesson 2 and "All day" as a whole day', () => {
    const [row] = rows(page(['1–3', '2', 'All day']));
    expect(row?.events.map((event) => [event.date, event.kind, event.lessons])).toEqual([
      ['2026-11-16', 'lesson', [1, 2, 3]],
      ['2026-11-17', 'lesson', [2]],
      ['2026-11-18', 'day', undefined],
    ]);
  });

  it('keeps a lessons column with no run as a count of lessons', () => {
    const [row] = rows(page(['3', '2']));
    expect(row?.events.map((event) => [event.date, event.kind, event.lessons, event.minutes])).toEqual([
      ['2026-11-16', 'lesson', undefined, 135],
      ['2026-11-17', 'lesson', undefined, 90],
    ]);
  });
});

describe('an empty table of students beside an error the page shows', () => {
  const table = '<table><thead><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr></thead><tbody></tbody></table>';
  const read = (html: string) => readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });

  it('says the figures were not fetched when an alert says something went wrong', () => {
    const result = read(`<h1>Fravær 9A</h1><div role="alert"><h2>Noe gikk galt</h2><p>Feilkode 503</p></div>${table}`);
    if (!isCouldNotRead(result)) throw new Error('an error page was read as a class without students');
    expect(result.missing).toEqual([{ code: 'page-shows-error' }]);
  });

  it('reads the table as a class with no students when the alert is hidden or empty', () => {
    for (const alert of ['<div role="alert" hidden>Noe gikk galt</div>', '<div role="alert"></div>']) {
      const result = read(`<h1>Fravær 9A</h1>${alert}${table}`);
      if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
      expect(result.reading.rows).toEqual([]);
    }
  });
});

describe('a column headed only by the term so far, the unit stated above the table', () => {
  const page = (term: string) => `<p>Hele fraværsdager.</p><table><thead><tr><th>Elev</th><th>${term}</th><th>Siste 14 dager</th></tr></thead>
    <tbody><tr><td>Milla Sørensen</td><td>12</td><td>0</td></tr></tbody></table>`;

  it('reads "Hittil i høst" on an autumn day as the term\'s days so far', () => {
    // ASOF is 23.11: "høst" is the current term; the line above says the figures are whole days.
    const [row] = rows(page('Hittil i høst'));
    expect([row?.totals?.days, row?.totals?.period]).toEqual([12, 'term']);
  });

  it('leaves "Hittil i vår" unread on an autumn day: last spring lies in no window', () => {
    const [row] = rows(page('Hittil i vår'));
    expect(row?.totals?.days).toBeUndefined();
  });
});

describe('a list group of linked names with a count pill each, the unit only above the list', () => {
  const list = (above: string, names: [string, string]) => `${above}<ul class="list-group">
    <li class="list-group-item active">8C – 2 elever</li>
    <li class="list-group-item"><a href="#e1">${names[0]}</a><span class="badge">2</span></li>
    <li class="list-group-item"><a href="#e2">${names[1]}</a><span class="badge">2,5</span></li></ul>`;

  it('reads each pill in the unit the line above states, skipping the item that heads the list', () => {
    const doc = parsePage(list('<h1>Fravær 8C</h1><p>Hele fraværsdager per elev.</p>', ['Emma Lie', 'Nora Fjeld']));
    const read = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(read)) throw new Error(`could not read: ${JSON.stringify(read.missing)}`);
    expect(read.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Emma Lie', 2, undefined],
      ['Nora Fjeld', 2.5, undefined],
    ]);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.slots.length).toBe(2);
  });

  it('leaves the pills unread when no line states their unit, or the links name no person', () => {
    for (const page of [list('<h1>Fravær 8C</h1>', ['Emma Lie', 'Nora Fjeld']), list('<p>Hele fraværsdager per elev.</p>', ['Innboks', 'Meldinger'])]) {
      expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
    }
  });
});

describe('one table per class, each under a heading of its own', () => {
  const section = (heading: string, rows: string) =>
    `<details open><summary>${heading}</summary><table><thead><tr><th>Navn</th><th>Dager</th><th>Timer</th></tr></thead><tbody>${rows}</tbody></table></details>`;

  it("reads every class's students, each with their own figures", () => {
    const read = rows(`<h1>Mine grupper</h1><p>Fravær hittil i halvåret.</p>
      ${section('8A – 2 elever', '<tr><td>Jenny Vatne</td><td>3</td><td>0</td></tr><tr><td>Olav Kleppe</td><td>0</td><td>5</td></tr>')}
      ${section('8B – 1 elev', '<tr><td>Brage Løken</td><td>7</td><td>1</td></tr>')}`);
    expect(read.map((row) => [row.student.name, row.student.className, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Jenny Vatne', '8A', 3, 0],
      ['Olav Kleppe', '8A', 0, 5],
      ['Brage Løken', '8B', 7, 1],
    ]);
  });

  it("reads a student taught in both groups in each, when both give the same figures, with every other group's student", () => {
    // "Tallene gjelder elevens samlede fravær": Jenny Vatne's 3 days and 0 lessons stand in both groups.
    const read = rows(`<p>Fravær hittil i skoleåret.</p>
      ${section('Basisgruppe 8A-1', '<tr><td>Jenny Vatne</td><td>3</td><td>0</td></tr><tr><td>Olav Kleppe</td><td>0</td><td>5</td></tr>')}
      ${section('Valgfag friluftsliv', '<tr><td>Jenny Vatne</td><td>3</td><td>0</td></tr><tr><td>Brage Løken</td><td>7</td><td>1</td></tr>')}`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Jenny Vatne', 3, 0],
      ['Olav Kleppe', 0, 5],
      ['Jenny Vatne', 3, 0],
      ['Brage Løken', 7, 1],
    ]);
  });

  it('reads only the first table when the second lists some of the same students again', () => {
    const read = rows(`<p>Fravær hittil i halvåret.</p>
      ${section('8A', '<tr><td>Jenny Vatne</td><td>3</td><td>0</td></tr><tr><td>Olav Kleppe</td><td>0</td><td>5</td></tr>')}
      ${section('Forrige halvår', '<tr><td>Jenny Vatne</td><td>9</td><td>0</td></tr><tr><td>Brage Løken</td><td>7</td><td>1</td></tr>')}`);
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Jenny Vatne', 3],
      ['Olav Kleppe', 0],
    ]);
  });
});

describe('two rows per student under one name cell, a "Dager" row and a "Timer" row', () => {
  const report = (first: string, second: string) => `<p>Fraværsrapport 8D</p><table>
    <thead><tr><th>Elev</th><th>Type</th><th>Hittil i halvåret</th><th>Siste 14 dager</th></tr></thead>
    <tbody>
      <tr><th rowspan="2">Mari Dahl</th><td>${first}</td><td>3</td><td>1</td></tr>
      <tr><td>${second}</td><td>5</td><td>2</td></tr>
      <tr><th rowspan="2">Odd Lie</th><td>${first}</td><td>0</td><td>0</td></tr>
      <tr><td>${second}</td><td>7</td><td>0</td></tr>
    </tbody></table>`;

  it("reads each row's figures in the unit its type cell names, the two rows as one student's, the badge by the name", () => {
    // Worked by hand: Mari Dahl has 3 days and 5 lessons this term, 1 day and 2 lessons in the last
    // 14 days; Odd Lie 0 days and 7 lessons this term, none in the last 14 days.
    const doc = parsePage(report('Dager', 'Timer'));
    const read = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(read)) throw new Error('could not read the report');
    expect(read.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Mari Dahl', 3, 5, [{ from: '2026-11-10', to: '2026-11-23', days: 1, lessons: 2 }]],
      ['Odd Lie', 0, 7, [{ from: '2026-11-10', to: '2026-11-23', days: 0, lessons: 0 }]],
    ]);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.slots.map((slot) => [slot.anchor.textContent, slot.elements.length])).toEqual([
      ['Mari Dahl', 2],
      ['Odd Lie', 2],
    ]);
  });

  it('reads the rows in the other order too, and leaves rows whose type names no unit unread', () => {
    const swapped = rows(report('Timer', 'Dager'));
    expect(swapped.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Mari Dahl', 5, 3],
      ['Odd Lie', 7, 0],
    ]);
    // Subjects in the type column say nothing of the unit: no figure is read as days or lessons.
    const subjects = readAsOverlay(genericAdapter, parsePage(report('Norsk', 'Matte')), URL_ON_SOME_SITE, { asOf: ASOF });
    const counted = isCouldNotRead(subjects) ? [] : subjects.reading.rows.filter((row) => row.totals?.days !== undefined || row.totals?.lessons !== undefined);
    expect(counted).toEqual([]);
  });
});

describe('several rows per student under one name cell spanning them, each row a part named in a column of its own', () => {
  const report = (labels: readonly string[]) => {
    // Two students, a row per label; each row's days and lessons, in label order.
    const figures: Record<string, Array<[number, number]>> = {
      'Mari Dahl': [[1, 2], [0, 1], [1, 3]],
      'Odd Lie': [[2, 0], [1, 4], [3, 4]],
    };
    const body = Object.entries(figures)
      .map(([name, rowsOf]) => labels
        .map((label, at) => `<tr>${at === 0 ? `<td rowspan="${labels.length}">${name}</td>` : ''}<td>${label}</td><td>${rowsOf[at]?.[0]}</td><td>${rowsOf[at]?.[1]}</td></tr>`)
        .join(''))
      .join('');
    return `<p>Fravær hittil i halvåret</p><table><thead><tr><th>Elev</th><th>Type</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead>
      <tbody>${body}</tbody><tfoot><tr><td>Sum 9B</td><td></td><td>6</td><td>14</td></tr></tfoot></table>`;
  };

  it("reads the total row alone, the student's rows as one, one badge by the name", () => {
    // Worked by hand: the Sum rows say Mari Dahl 1 day 3 lessons, Odd Lie 3 days 4 lessons; their
    // Dokumentert and Udokumentert rows are parts of those sums and are not counted again.
    const doc = parsePage(report(['Dokumentert', 'Udokumentert', 'Sum']));
    const read = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(read)) throw new Error('could not read the report');
    expect(read.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Mari Dahl', 1, 3],
      ['Odd Lie', 3, 4],
    ]);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.slots.map((slot) => [slot.anchor.textContent, slot.elements.length])).toEqual([
      ['Mari Dahl', 3],
      ['Odd Lie', 3],
    ]);
  });

  it('adds the parts up when no row is the total', () => {
    // Worked by hand: Mari Dahl 1 + 0 days, 2 + 1 lessons; Odd Lie 2 + 1 days, 0 + 4 lessons.
    expect(rows(report(['Gyldig fravær', 'Ikke dokumentert'])).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Mari Dahl', 1, 3],
      ['Odd Lie', 3, 4],
    ]);
  });

  it('leaves the student unread when a row names something else than a part or the total', () => {
    // Autumn and spring side by side: adding them is not the term, reading one alone is not either.
    const read = readAsOverlay(genericAdapter, parsePage(report(['Høst', 'Vår', 'Tidligere'])), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(read) ? [] : read.reading.rows).toEqual([]);
  });
});

describe('absence by reason: a list of students under each reason heading, a student under several', () => {
  const page = (third: string) => `<h1>Fravær etter årsak – 8B</h1><p>Hittil i skoleåret</p>
    <h2>Sykdom</h2><ul><li>Siv Aune – 2 dager</li><li>Are Bø – 1 dag</li></ul><p>Sum sykdom: 3 dager</p>
    <h2>Permisjon</h2><ul><li>Are Bø – 1 dag</li></ul>
    <h2>${third}</h2><ul><li>Siv Aune – 3 timer</li><li>Kai Moe – 4 timer</li></ul>`;

  it("adds each student's parts up across the lists, one badge by their first item", () => {
    // Worked by hand: Siv Aune 2 days of illness + 3 undocumented lessons; Are Bø 1 + 1 days;
    // Kai Moe only 4 undocumented lessons, in the last list.
    const doc = parsePage(page('Ikke dokumentert'));
    const read = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(read)) throw new Error('could not read the report');
    expect(read.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Siv Aune', 2, 3],
      ['Are Bø', 2, 0],
      ['Kai Moe', 0, 4],
    ]);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.slots.map((slot) => [slot.anchor.textContent, slot.elements.length])).toEqual([
      ['Siv Aune – 2 dager', 2],
      ['Are Bø – 1 dag', 2],
      ['Kai Moe – 4 timer', 1],
    ]);
  });

  it('reads no list alone when a list sits under a heading that names no part', () => {
    // "Annet" may hold anything: adding it or leaving it out could both be wrong, and the first list alone is a part.
    const read = readAsOverlay(genericAdapter, parsePage(page('Annet')), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(read) ? [] : read.reading.rows.map((row) => row.student.name)).toEqual([]);
  });
});

describe('column headers that are icons, named only for screen readers', () => {
  it("reads an icon header by its aria-label, its title or an image's alt text", () => {
    // Worked by hand: Siv Aune has 2 days, 3 lessons and 4 late arrivals; Are Bø 0 days, 1 lesson, 0 late.
    const [siv, are] = rows(`<p>Hittil i halvåret</p><table>
      <thead><tr><th>Elev</th>
        <th><span role="img" aria-label="Fraværsdager">📅</span></th>
        <th title="Enkelttimer">⏱</th>
        <th><img src="sen.png" alt="Forsentkomminger"></th></tr></thead>
      <tbody><tr><td>Siv Aune</td><td>2</td><td>3</td><td>4</td></tr>
      <tr><td>Are Bø</td><td>0</td><td>1</td><td>0</td></tr></tbody></table>`);
    expect(siv?.totals).toMatchObject({ days: 2, lessons: 3, lateCount: 4 });
    expect(are?.totals).toMatchObject({ days: 0, lessons: 1, lateCount: 0 });
  });

  it("keeps a header's own words over its icons' labels, and leaves icons without a label unread", () => {
    // "Dager" is written in the cell: the icon's label ("Timer") does not override it.
    const [own] = rows(`<p>Hittil i halvåret</p><table><tr><th>Elev</th><th><span aria-label="Timer">⏱</span> Dager</th></tr>
      <tr><td>Siv Aune</td><td>2</td></tr></table>`);
    expect(own?.totals).toMatchObject({ days: 2 });
    expect(own?.totals?.lessons).toBeUndefined();
    const bare = readAsOverlay(genericAdapter, parsePage(`<table><tr><th>Elev</th><th>📅</th></tr>
      <tr><td>Siv Aune</td><td>2</td></tr><tr><td>Are Bø</td><td>0</td></tr></table>`), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(bare)).toBe(true);
  });
});

describe('hours of a plan or a decision beside the students, not absence', () => {
  const couldNotRead = (html: string) => {
    const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
    if (!isCouldNotRead(result)) throw new Error('hours of a plan or a decision were read as absence');
    return result.missing;
  };

  it('leaves an exemptions register unread: hours per week and the dates a decision holds', () => {
    expect(
      couldNotRead(`<h1>Fritak – 9C</h1><table>
        <thead><tr><th>Elev</th><th>Fag</th><th>Fritak</th><th>Timer per uke</th><th>Fra</th><th>Til</th><th>Vedtatt</th></tr></thead>
        <tbody><tr><td>Jenny Kolstad</td><td>Kroppsøving</td><td>Fritak fra opplæring</td><td>2</td><td>01.09.2026</td><td>18.12.2026</td><td>28.08.2026</td></tr>
        <tr><td>Rasmus Bye</td><td>Norsk sidemål</td><td>Fritak fra vurdering</td><td>0</td><td>18.08.2026</td><td>19.06.2027</td><td>20.08.2026</td></tr></tbody></table>`),
    ).toContainEqual({ code: 'no-absence-column' });
  });

  it('leaves hours granted by decision, given so far and left unread', () => {
    expect(
      couldNotRead(`<h1>Timeressurs</h1><table>
        <thead><tr><th>Elev</th><th>Klasse</th><th>Vedtak (timer/år)</th><th>Gitt hittil (timer)</th><th>Gjenstår (timer)</th></tr></thead>
        <tbody><tr><td>Jenny Kolstad</td><td>5A</td><td>76</td><td>24</td><td>52</td></tr>
        <tr><td>Rasmus Bye</td><td>6B</td><td>114</td><td>41</td><td>73</td></tr></tbody></table>`),
    ).toContainEqual({ code: 'no-absence-column' });
  });

  it("leaves a learning platform's activity report unread: logins, days since the last, days active", () => {
    expect(
      couldNotRead(`<h1>Aktivitetsrapport – 6B</h1><table>
        <thead><tr><th>Elev</th><th>Pålogginger siste 14 dager</th><th>Dager siden siste pålogging</th><th>Aktive dager hittil i skoleåret</th></tr></thead>
        <tbody><tr><td>Jenny Kolstad</td><td>14</td><td>0</td><td>52</td></tr>
        <tr><td>Rasmus Bye</td><td>1</td><td>12</td><td>20</td></tr></tbody></table>`),
    ).not.toHaveLength(0);
  });

  it('leaves a hand-in overview unread: handed in late, missing, and the last 14 days of hand-ins', () => {
    expect(
      couldNotRead(`<h1>Naturfag 9A – innleveringer</h1><table>
        <thead><tr><th>Elev</th><th>Levert</th><th>Levert for sent</th><th>Mangler</th><th>Siste 14 dager</th></tr></thead>
        <tbody><tr><td>Jenny Kolstad</td><td>6</td><td>1</td><td>0</td><td>2</td></tr>
        <tr><td>Rasmus Bye</td><td>3</td><td>2</td><td>3</td><td>0</td></tr></tbody></table>`),
    ).not.toHaveLength(0);
  });

  it('still reads "Siste 14 dager (dager)" beside a column of exemptions when a column counts days', () => {
    // Worked by hand: "Dager" counts the absence, so the period column is the last 14 days' (10.11–23.11).
    const read = rows(`<table>
      <tr><th>Elev</th><th>Fritak</th><th>Dager</th><th>Siste 14 dager (dager)</th></tr>
      <tr><td>Jenny Kolstad</td><td>Nei</td><td>3</td><td>1</td></tr>
      <tr><td>Rasmus Bye</td><td>Kroppsøving</td><td>11</td><td>4</td></tr></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.stretches])).toEqual([
      ['Jenny Kolstad', 3, [{ from: '2026-11-10', to: '2026-11-23', days: 1 }]],
      ['Rasmus Bye', 11, [{ from: '2026-11-10', to: '2026-11-23', days: 4 }]],
    ]);
  });

  it('still reads days of absence beside a column of logins', () => {
    // Worked by hand: "Fraværsdager" names absence; the activity columns are left out (3 and 11 days).
    const read = rows(`<p>Hittil i halvåret</p><table>
      <tr><th>Elev</th><th>Pålogginger</th><th>Fraværsdager</th></tr>
      <tr><td>Jenny Kolstad</td><td>40</td><td>3</td></tr>
      <tr><td>Rasmus Bye</td><td>2</td><td>11</td></tr></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Jenny Kolstad', 3],
      ['Rasmus Bye', 11],
    ]);
  });

  it('reads the absence beside a column of hours per week', () => {
    // Worked by hand: the lessons are the "Timer" column's (3 and 0), not the weekly hours' (4 and 2).
    const read = rows(`<p>Fravær hittil i halvåret</p><table>
      <tr><th>Elev</th><th>Timer/uke</th><th>Dager</th><th>Timer</th></tr>
      <tr><td>Jenny Kolstad</td><td>4</td><td>1</td><td>3</td></tr>
      <tr><td>Rasmus Bye</td><td>2</td><td>5</td><td>0</td></tr></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Jenny Kolstad', 1, 3],
      ['Rasmus Bye', 5, 0],
    ]);
  });

  it('still reads a dated list of absence that says when its leave was granted', () => {
    const read = rows(`<table><tr><th>Elev</th><th>Type</th><th>Fra</th><th>Til</th><th>Vedtatt</th></tr>
      <tr><td>Jenny Kolstad</td><td>Permisjon</td><td>02.11.2026</td><td>03.11.2026</td><td>28.10.2026</td></tr>
      <tr><td>Rasmus Bye</td><td>Sykdom</td><td>09.11.2026</td><td>09.11.2026</td><td></td></tr></table>`);
    expect(read.map((row) => row.student.name)).toEqual(['Jenny Kolstad', 'Rasmus Bye']);
  });
});

describe('a list of students, each item the name set apart and label–value pairs of figures', () => {
  it('reads "Dager" and "Timer" beside each name, the figures in bold', () => {
    // Worked by hand from the markup: Siv Aune 1 day and 3 lessons, Are Bø 4 days and 0 lessons.
    const item = (name: string, days: number, lessons: number) =>
      `<li><span class="navn">${name}</span><span><span>Dager</span><b>${days}</b></span><span><span>Timer</span><b>${lessons}</b></span></li>`;
    const read = rows(`<h1>Elevliste 9A</h1><p>Fravær hittil i halvåret</p><ul>${item('Siv Aune', 1, 3)}${item('Are Bø', 4, 0)}</ul>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Siv Aune', 1, 3],
      ['Are Bø', 4, 0],
    ]);
  });
});

describe('search hits, each a card with the class before the absence line', () => {
  it('reads "8A · Fravær hittil i halvåret: 2 d 1 t" as the absence, the class set apart by the middle dot', () => {
    // Worked by hand from the markup: Siv Aune 2 days and 1 lesson, Are Bø 10 days and 4 lessons.
    const hit = (name: string, line: string) => `<article><h3><a href="#">${name}</a></h3><p>${line}</p></article>`;
    const read = rows(`<form role="search"><label>Søk etter elev <input type="search" value="a"></label></form><p>2 treff</p>
      <div>${hit('Siv Aune', '8A · Fravær hittil i halvåret: 2 d 1 t')}${hit('Are Bø', '10B · Fravær hittil i halvåret: 10 d 4 t')}</div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Siv Aune', 2, 1],
      ['Are Bø', 10, 4],
    ]);
  });
});

describe('a list of students, each with one line giving the year so far and the last 14 days, parted by a dash', () => {
  it('reads "Fråvær i år: 2 dagar og 1 time – siste 14 dagar: 0 dagar og 1 time" as two figures', () => {
    // Worked by hand from the markup: Siv Aune 2 days and 1 lesson so far, 0 days and 1 lesson in the
    // last 14 days (10.11.–23.11.); Are Bø 4 days and 0 lessons, 2 days and 4 lessons in the last 14 days.
    const item = (name: string, line: string) => `<li><strong>${name}</strong> <span>9B</span><p>${line}</p></li>`;
    const read = rows(`<h1>Elevane mine – 9B</h1><ul>
      ${item('Siv Aune', 'Fråvær i år: 2 dagar og 1 time – siste 14 dagar: 0 dagar og 1 time')}
      ${item('Are Bø', 'Fråvær i år: 4 dagar og 0 timar – siste 14 dagar: 2 dagar og 4 timar')}</ul>`);
    expect(
      read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches?.map((s) => [s.from, s.to, s.days, s.lessons])]),
    ).toEqual([
      ['Siv Aune', 2, 1, [['2026-11-10', '2026-11-23', 0, 1]]],
      ['Are Bø', 4, 0, [['2026-11-10', '2026-11-23', 2, 4]]],
    ]);
  });
});

describe("a month's register: a column per school day headed by its weekday and day of the month", () => {
  const register = (days: string[]) => `<h1>Fraværsprotokoll 9A</h1><p>Viser skoledager 17.11.2026–23.11.2026.</p>
    <table><thead><tr><th>Elev</th>${days.map((day) => `<th><span>${day.slice(0, 2)}</span><br>${day.slice(3)}</th>`).join('')}<th>Sum t</th></tr></thead><tbody>
    <tr><th scope="row">Siv Aune</th><td>F</td><td></td><td>2t</td><td></td><td></td><td>2</td></tr>
    <tr><th scope="row">Are Bø</th><td></td><td></td><td></td><td></td><td>1t</td><td>1</td></tr></tbody></table>`;

  it('reads each day column as its date in the range stated above the table', () => {
    // Worked by hand: 17.11.2026 is a Tuesday, so "ti 17", "on 18", "to 19", "fr 20", "ma 23" are
    // 17.11, 18.11, 19.11, 20.11 and 23.11.2026: Siv Aune a whole day on 17.11 and lessons on 19.11,
    // Are Bø lessons on 23.11.
    const read = rows(register(['ti 17', 'on 18', 'to 19', 'fr 20', 'ma 23']));
    expect(read.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind])])).toEqual([
      ['Siv Aune', [['2026-11-17', 'day'], ['2026-11-19', 'lesson']]],
      ['Are Bø', [['2026-11-23', 'lesson']]],
    ]);
  });

  it('leaves the columns undated when a weekday does not fit its day of the month', () => {
    // 18.11.2026 is a Wednesday, not a Thursday: the headers do not describe the stated range.
    const read = rows(register(['ti 17', 'to 18', 'to 19', 'fr 20', 'ma 23']));
    expect(read.flatMap((row) => row.events)).toEqual([]);
  });

  it('leaves bare numbers undated when one would fall on a weekend: they may number lessons', () => {
    // With "17.11.2026–23.11.2026" stated, 21 and 22 would be Saturday and Sunday.
    const read = rows(register(['19', '20', '21', '22', '23']));
    expect(read.flatMap((row) => row.events)).toEqual([]);
  });
});

describe("a component library's data table: custom elements laid out without table roles", () => {
  it('reads <mat-table> rows of <mat-cell>s under a <mat-header-row>, and puts the badge by the name', () => {
    // Worked by hand from the markup: Siv Aune 1 day and 3 lessons, Are Bø 4 days and 0 lessons.
    const doc = parsePage(`<h1>Fravær 8A – hittil i skoleåret</h1><mat-table>
      <mat-header-row><mat-header-cell>Navn</mat-header-cell><mat-header-cell>Fraværsdager</mat-header-cell><mat-header-cell>Enkelttimer</mat-header-cell></mat-header-row>
      <mat-row><mat-cell>Siv Aune</mat-cell><mat-cell>1</mat-cell><mat-cell>3</mat-cell></mat-row>
      <mat-row><mat-cell>Are Bø</mat-cell><mat-cell>4</mat-cell><mat-cell>0</mat-cell></mat-row>
      </mat-table><mat-paginator><span>Elementer per side: 10</span><span>1 – 2 av 2</span></mat-paginator>`);
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows.map((read) => [read.student.name, read.totals?.days, read.totals?.lessons])).toEqual([
      ['Siv Aune', 1, 3],
      ['Are Bø', 4, 0],
    ]);
    const names = Array.from(doc.querySelectorAll('mat-row > mat-cell:first-child'));
    expect(result.layout.slots.map((slot) => slot.anchor)).toEqual(names);
  });
});

describe('absence split by reason with no column of the whole', () => {
  const table = (unit: string, extra = '') => `<p>${unit}</p><table>
    <tr><th>Elev</th><th>Sjukdom</th><th>Lege/tannlege</th><th>Permisjon</th><th>Utan gyldig grunn</th>${extra ? '<th>Merknad</th>' : ''}</tr>
    <tr><td>Kari Moe</td><td>6</td><td>2</td><td>4</td><td>1</td>${extra ? `<td>${extra}</td>` : ''}</tr>
    <tr><td>Ola Dal</td><td>0</td><td>–</td><td></td><td>3</td>${extra ? `<td>${extra}</td>` : ''}</tr></table>`;

  it('adds the reasons up to the absence in the unit the page states, the reason without good cause as its undocumented part', () => {
    const read = rows(table('Registrerte enkelttimar dette skuleåret.'));
    // 6 + 2 + 4 + 1 = 13; 0 + 0 + 0 + 3 = 3.
    expect(read.map((row) => [row.totals?.lessons, row.totals?.undocumentedLessons, row.totals?.days])).toEqual([
      [13, 1, undefined],
      [3, 3, undefined],
    ]);
  });

  it('reads "Uten gyldig grunn" as undocumented, not as documented for its "gyldig"', () => {
    const read = rows(`<p>Alle tall i dager.</p><table><tr><th>Elev</th><th>Sykdom</th><th>Uten gyldig grunn</th></tr>
      <tr><td>Kari Moe</td><td>2</td><td>1</td></tr></table>`);
    expect(read[0]?.totals).toMatchObject({ days: 3, undocumentedDays: 1 });
    expect(read[0]?.totals?.documentedDays).toBeUndefined();
  });

  it('leaves the parts unread when the page states no unit, or another column beside them may be a part too', () => {
    for (const html of [table(''), table('Alle tall i dager.', 'sein')]) {
      const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
      const totals = isCouldNotRead(result) ? [] : result.reading.rows.map((row) => row.totals?.days ?? row.totals?.lessons);
      expect(totals.every((value) => value === undefined)).toBe(true);
    }
  });
});

describe('an outline of classes, each item a class with its students in a nested list', () => {
  // Worked by hand from the markup: the name is the item's own text, the figures set apart after it.
  const item = (name: string, figures: string) => `<li>${name} <small>${figures}</small></li>`;
  const outline = (second: string) => `<h1>Fravær 8. trinn</h1><p>Fravær hittil i halvåret.</p><ul>
    <li><span>8A (2 elever)</span><ul>${item('Linn Bøe', '0 dager · 3 timer')}${item('Ola Myhre', '3 dager · 2 timer')}</ul></li>
    <li><span>8B (2 elever)</span><ul>${second}</ul></li></ul>`;

  it("reads every class's students, the name written before the figures set apart in a <small>", () => {
    const read = rows(outline(`${item('Sara Evjen', '5 dager · 0 timer')}${item('Iver Tangen', '2 dager · 1 time')}`));
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Linn Bøe', 0, 3],
      ['Ola Myhre', 3, 2],
      ['Sara Evjen', 5, 0],
      ['Iver Tangen', 2, 1],
    ]);
  });
});

describe('an accordion of students, each a collapsed button "name  total" with the breakdown in a hidden panel', () => {
  // Worked by hand from the markup: the panel under each button gives the whole days and single lessons.
  const panel = (name: string, total: string, days: number, lessons: number) =>
    `<div class="acc"><h3><button aria-expanded="false"><span>${name}</span> <span>${total}</span></button></h3>
     <div hidden><p>Hele dager: ${days}</p><p>Enkelttimer: ${lessons}</p></div></div>`;

  it('names each student by the name in the button, not by the total beside it, with cards placed straight in the body', () => {
    const read = rows(`<h1>Fravær 9E</h1><p>Hittil i halvåret</p>${panel('Emma Lyngstad', '0,5 dager', 0, 3)}${panel('Kristian Wold', '2,5 dager', 2, 3)}`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Emma Lyngstad', 0, 3],
      ['Kristian Wold', 2, 3],
    ]);
  });
});

describe('a list of bare figures whose unit only the heading above names, as "Fraværsdager"', () => {
  // Worked by hand from the markup: the figures are days ("Fraværsdager" in the heading), a decimal comma.
  const list = (heading: string) => `${heading}<p>18.08.2026–23.11.2026</p><ul class="liste">
    <li><span class="navn">Kari Moe</span> <span class="verdi">3</span></li>
    <li><span class="navn">Ola Lie</span> <span class="verdi">0,5</span></li></ul>`;

  it('reads each figure as days when the heading above the list is "Fraværsdager hittil – 4B"', () => {
    const read = rows(list('<h1>Fraværsdager hittil – 4B</h1>'));
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Kari Moe', 3],
      ['Ola Lie', 0.5],
    ]);
  });

  it('reads no unit from a heading that also names lessons, nor from a line that is no heading', () => {
    for (const html of [list('<h1>Fraværsdager og enkelttimer – 4B</h1>'), list('<p>Fraværsdager hittil – 4B</p>')]) {
      const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
      expect(isCouldNotRead(result)).toBe(true);
    }
  });
});

describe("a student's page whose key figures are a table of label and figure rows, under a picker of classmates", () => {
  // Worked by hand from the markup: 4 whole days and 3 lessons so far; 0 days and 2 lessons in the
  // last 14 days (10.11–23.11 on 23.11.2026); 5 late arrivals. The other options of the picker are
  // classmates the page does not show.
  const page = (rows: string) => `<html><head><title>Fravær – Emil Dahl</title></head><body>
    <nav><label>Velg elev: <select><option>Frida Lunde</option><option selected>Emil Dahl</option><option>Jakob Nes</option></select></label></nav>
    <h1>Fravær for Emil Dahl, 10A</h1>
    <table><tbody>${rows}</tbody></table></body></html>`;
  const figures = `<tr><th>Hittil i år (18.08.–23.11.)</th><td>4 dager, 3 timer</td></tr>
    <tr><th>Siste 14 dager</th><td>0 dager, 2 timer</td></tr><tr><th>Forsentkomminger</th><td>5</td></tr>`;

  it('reads the rows as labelled figures of the one student the heading names, and no classmate of the picker', () => {
    const read = rows(page(figures));
    expect(read.map((row) => row.student.name)).toEqual(['Emil Dahl']);
    expect(read[0]?.totals).toMatchObject({ days: 4, lessons: 3, lateCount: 5, stretches: [{ from: '2026-11-10', to: '2026-11-23', days: 0, lessons: 2 }] });
  });

  it('reads no table whose rows are not all a label and its figure', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page(`${figures}<tr><th>Merknad</th><td>2</td><td>sykdom</td></tr>`)), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe('a digest message whose student lines are parted only by <br> in one element', () => {
  // Worked by hand from the markup: each bulleted line is a student's whole days and single lessons;
  // the opening line, the note on the units and the greeting are the message's own.
  const message = `<h1>Ukentlig fraværsrapport</h1><div class="tekst">Fravær i 9D hittil dette halvåret (18.08.–23.11.2026):<br>
    • Nora Berg: 3 dager, 2 timer<br>
    • Johannes Tøndel: 0 dager, 4 timer<br>
    • Mille Sørli-Haug: 12 dager, 0 timer<br>
    <br>Timer er enkelttimer utenom hele dager.<br>Hilsen Skoleportalen</div>`;

  it('reads each line as a list item, the badge at the end of its line, before the <br> that ends it', () => {
    const result = readAsOverlay(genericAdapter, parsePage(message), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Nora Berg', 3, 2],
      ['Johannes Tøndel', 0, 4],
      ['Mille Sørli-Haug', 12, 0],
    ]);
    expect(result.layout.slots.map((slot) => [slot.anchor.tagName, cleanText(slot.anchor.previousSibling?.textContent ?? '')])).toEqual([
      ['BR', '• Nora Berg: 3 dager, 2 timer'],
      ['BR', '• Johannes Tøndel: 0 dager, 4 timer'],
      ['BR', '• Mille Sørli-Haug: 12 dager, 0 timer'],
    ]);
  });

  it('reads no lines that name no person before their figures', () => {
    const result = readAsOverlay(genericAdapter, parsePage(`<div>Husk denne uka:<br>• Leirskole: 3 dager<br>• Skidag: 1 dag<br>Hilsen skolen</div>`), URL_ON_SOME_SITE, {
      asOf: ASOF,
    });
    expect(isCouldNotRead(result)).toBe(true);
  });
});
