// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { history } from '../guidelines/history-builder';

/**
 * Page shapes the generic reader meets on portals no adapter knows: a page about one student,
 * event lists grouped per student, tables inside web components, English, nynorsk and abbreviated
 * headers, codes the page explains itself, mixed units in one cell, sum rows, sortable headers and
 * registers with day numbers under a month. Every page here is invented; the expected values are
 * read off the markup by hand.
 */
const byName = (read: ReadingRow[]) => Object.fromEntries(read.map((row) => [row.student.name, row]));
/** The badge's level under the research thresholds, as of ASOF. */
const level = (row: ReadingRow | undefined) => evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;

describe('a page about one student', () => {
  const events = `
    <table><thead><tr><th>Dato</th><th>Fag</th><th>Timer</th><th>Dokumentert</th></tr></thead>
    <tbody>
      <tr><td>16.11.2026</td><td>Norsk</td><td>2</td><td>Nei</td></tr>
      <tr><td>17.11.2026</td><td>Matte</td><td>1</td><td>Ja</td></tr>
      <tr><td colspan="4">Slutt på listen</td></tr>
    </tbody></table>`;

  it('reads the figures a line sets after labels in bold, "<strong>Dagsfravær:</strong> 12 dager · …", and no date for one', () => {
    const [row] = rows(`<h1>Fravær: Kristoffer Bjerke (2STB)</h1><p><strong>Siste fraværsdato:</strong> 20.11.2026</p>
      <p><strong>Dagsfravær:</strong> 12 dager · <strong>Timefravær (enkelttimer):</strong> 4 timer</p>`);
    expect(row?.student.name).toBe('Kristoffer Bjerke');
    expect(row?.totals).toMatchObject({ days: 12, lessons: 4 });
  });

  it('finds the student in the heading and the class in a "Klasse:" line, and puts the badge by the name', () => {
    const doc = parsePage(`<title>Portal</title><h1>Fravær for <span class="navn">Kari Nordmann</span></h1><p>Klasse: 1STA</p>${events}`);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok).toBe(true);
    if (!located.ok) return;
    expect(located.layout.slots).toHaveLength(1);
    expect(located.layout.slots[0]?.anchor.textContent).toBe('Kari Nordmann');
    expect(located.layout.slots[0]?.elements).toHaveLength(2);
    const [row] = rows(`<h1>Fravær for Kari Nordmann</h1><p>Klasse: 1STA</p>${events}`);
    expect(row?.student).toMatchObject({ name: 'Kari Nordmann', className: '1STA' });
    expect(row?.events.map((event) => [event.date, event.subject, event.documented])).toEqual([
      ['2026-11-16', 'Norsk', false],
      ['2026-11-17', 'Matte', true],
    ]);
  });

  it('takes the last step of a breadcrumb, or the title when the page shows the name nowhere else', () => {
    const crumb = rows(`<nav aria-label="Brødsmulesti"><ol><li>Elever</li><li>2STB</li><li>Nordmann, Ola</li></ol></nav>${events}`);
    expect(crumb.map((row) => row.student.name)).toEqual(['Nordmann, Ola']);
    const titled = rows(`<title>Per Hansen – fravær – Skoleportalen</title>${events}`);
    expect(titled.map((row) => row.student.name)).toEqual(['Per Hansen']);
  });

  it('reads "Lengde" as days, lessons or minutes by the unit each cell states', () => {
    const [row] = rows(`<h1>Ida Berg</h1>
      <table><tr><th>Dato</th><th>Type</th><th>Lengde</th></tr>
      <tr><td>02.11.2026</td><td>Fravær</td><td>1 dag</td></tr>
      <tr><td>03.11.2026</td><td>Fravær</td><td>2 timer</td></tr>
      <tr><td>04.11.2026</td><td>Fravær</td><td>45 min</td></tr></table>`);
    expect(row?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
      ['2026-11-02', 'day', null],
      ['2026-11-03', 'lesson', 90],
      ['2026-11-04', 'lesson', 45],
    ]);
  });

  it('says it cannot read a dated list when the page names no student', () => {
    const result = readAsOverlay(genericAdapter, parsePage(`<h1>Fraværsoversikt</h1>${events}`), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(result)).toBe(true);
  });
});

it('reads an event list grouped under a row per student, and a student with "Ingen fravær registrert"', () => {
  const read = byName(
    rows(`<table><thead><tr><th>Dato</th><th>Fravær</th><th>Dokumentert</th></tr></thead><tbody>
      <tr><th colspan="3">Aamot, Levi (7B)</th></tr>
      <tr><td colspan="3">Ingen fravær registrert</td></tr>
      <tr><th colspan="3">Berg, Tuva (7B)</th></tr>
      <tr><td>07.09.2026</td><td>Hele dagen</td><td>Ja</td></tr>
      <tr><td>11.11.2026</td><td>Hele dagen</td><td>Nei</td></tr>
    </tbody></table>`),
  );
  expect(Object.keys(read)).toEqual(['Aamot, Levi', 'Berg, Tuva']);
  expect(read['Aamot, Levi']?.events).toEqual([]);
  expect(read['Aamot, Levi']?.student.className).toBe('7B');
  expect(read['Berg, Tuva']?.events.map((event) => [event.date, event.kind, event.documented])).toEqual([
    ['2026-09-07', 'day', true],
    ['2026-11-11', 'day', false],
  ]);
});

it('reads a table inside an open shadow root', () => {
  const doc = parsePage('<h1>Fravær 8A hittil i halvåret</h1><fravaer-liste></fravaer-liste>');
  const host = doc.querySelector('fravaer-liste') as Element;
  host.attachShadow({ mode: 'open' }).innerHTML =
    '<table><tr><th>Navn</th><th>Dager</th></tr><tr><td>Siri Strand</td><td>4</td></tr></table>';
  const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
  expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days])).toEqual([['Siri Strand', 4]]);
});

describe('headers in English, nynorsk and abbreviated', () => {
  it('English: Pupil, Days absent, Unexcused in the same unit, Tardies; presence and possible days are not absence', () => {
    const [row] = rows(`<table><tr><th>Pupil</th><th>Possible days</th><th>Days absent</th><th>Unexcused</th><th>Tardies</th><th>Attendance %</th></tr>
      <tr><td>Owen Price</td><td>65</td><td>10</td><td>4</td><td>3</td><td>84.6</td></tr></table>`);
    expect(row?.totals).toMatchObject({ days: 10, undocumentedDays: 4, lateCount: 3 });
    expect(row?.totals?.percent).toBeUndefined();
  });

  it('nynorsk: Elev, Dagar, Timar under Fråvær', () => {
    const [row] = rows(`<table><thead><tr><th rowspan="2">Elev</th><th colspan="2">Fråvær</th></tr><tr><th>Dagar</th><th>Timar</th></tr></thead>
      <tbody><tr><td>Eirik Vassbotn</td><td>3</td><td>5</td></tr></tbody></table>`);
    expect(row?.totals).toMatchObject({ days: 3, lessons: 5 });
  });

  it('nynorsk: a column of whether the parents gave notice, "Melde frå av føresette", is no date column', () => {
    const read = byName(
      rows(`<table><tr><th>Elev</th><th>Heile dagar</th><th>Enkelttimar</th><th>Melde frå av føresette</th></tr>
        <tr><td>Solveig Rønneberg</td><td>5</td><td>1</td><td>Delvis</td></tr><tr><td>Ivar Sande</td><td>1</td><td>2</td><td>Ja</td></tr></table>`),
    );
    expect(read['Solveig Rønneberg']?.totals).toMatchObject({ days: 5, lessons: 1 });
    expect(read['Ivar Sande']?.totals).toMatchObject({ days: 1, lessons: 2 });
  });

  it('"Timer gjennomført" beside "Fravær (timer)" is the lessons held, out of which the absence counts, not a second count of it', () => {
    const read = byName(
      rows(`<p>Hittil i halvåret</p><table><tr><th>Elev</th><th>Fravær (timer)</th><th>Timer gjennomført</th></tr>
        <tr><td>Kari Moe</td><td>3</td><td>48</td></tr><tr><td>Odd Rud</td><td>0</td><td>48</td></tr></table>`),
    );
    expect(read['Kari Moe']?.totals?.lessons).toBe(3);
    expect(read['Odd Rud']?.totals?.lessons).toBe(0);
  });

  it('abbreviated: "Frav. d", "Udok. d", "FS"', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Frav. d</th><th>Udok. d</th><th>FS</th></tr>
      <tr><td>Nikolai Wold</td><td>12</td><td>2</td><td>5</td></tr></table>`);
    expect(row?.totals).toMatchObject({ days: 12, undocumentedDays: 2, lateCount: 5 });
  });

  it('reads a sortable header whose words are a button', () => {
    const [row] = rows(`<table><thead><tr><th><button>Elev ▲</button></th><th><button>Fravær dager</button></th></tr></thead>
      <tbody><tr><td>Selin Yilmaz</td><td>11</td></tr></tbody></table>`);
    expect(row?.totals?.days).toBe(11);
  });
});

it('never gives a sum row a badge: "Sum 8A", "Totalt for klassen"', () => {
  const read = rows(`<table><tr><th>Elev</th><th>Dager</th></tr>
    <tr><td>Jakob Rød</td><td>3</td></tr><tr><td>Sum 8A</td><td>15</td></tr><tr><td>Totalt for klassen</td><td>15</td></tr></table>`);
  expect(read.map((row) => row.student.name)).toEqual(['Jakob Rød']);
});

it('never gives a group heading row or its "Ingen fravær registrert" row a badge, though their figure cells are there, empty', () => {
  const read = rows(`<div role="table"><div role="row"><span role="columnheader">Elev</span><span role="columnheader">Dager</span><span role="columnheader">Timer</span></div>
    <div role="row"><span role="cell">Kontaktgruppe 10A-1 · Kari Nordby</span><span role="cell"></span><span role="cell"></span></div>
    <div role="row"><span role="rowheader">Oskar Moen</span><span role="cell">0</span><span role="cell">2</span></div>
    <div role="row"><span role="cell">Basisgruppe 2</span><span role="cell"></span><span role="cell"></span></div>
    <div role="row"><span role="cell">Ingen fravær registrert</span><span role="cell"></span><span role="cell"></span></div>
    <div role="row"><span role="cell">Tutor group 9B</span><span role="cell"></span><span role="cell"></span></div>
    <div role="row"><span role="rowheader">Helene Vold</span><span role="cell">1</span><span role="cell">4</span></div></div>`);
  expect(read.map((row) => row.student.name)).toEqual(['Oskar Moen', 'Helene Vold']);
});

it('never gives a total row a badge when the total word comes last: "Class total", "10A i alt"', () => {
  const read = rows(`<table><tr><th>Student</th><th>Days absent</th></tr>
    <tr><td>Ronja Myhre</td><td>4</td></tr><tr><td>Class total</td><td>17</td></tr><tr><td>10A i alt</td><td>17</td></tr></table>`);
  expect(read.map((row) => row.student.name)).toEqual(['Ronja Myhre']);
});

it('reads "1 d 4 t" and "–" in one absence column as whole days and lessons', () => {
  const read = byName(
    rows(`<p>Hittil dette halvåret.</p><table><tr><th>Elev</th><th>Fravær hittil</th></tr>
      <tr><td>Petra Hov</td><td>–</td></tr><tr><td>Sondre Kaasa</td><td>1 d 4 t</td></tr><tr><td>Linn Bjerke</td><td>17 t</td></tr></table>`),
  );
  expect(read['Petra Hov']?.totals).toMatchObject({ days: 0, lessons: 0 });
  expect(read['Sondre Kaasa']?.totals).toMatchObject({ days: 1, lessons: 4 });
  expect(read['Linn Bjerke']?.totals).toMatchObject({ days: 0, lessons: 17 });
});

describe('codes the page explains itself', () => {
  it('from a legend table: FD, FU, T2 (two lessons), S (late)', () => {
    const [row] = rows(`<table><caption>Koder</caption><tr><th>Kode</th><th>Betydning</th></tr>
        <tr><td>FD</td><td>Fravær hele dagen, dokumentert</td></tr><tr><td>FU</td><td>Fravær hele dagen, udokumentert</td></tr>
        <tr><td>T2, T3 …</td><td>Fravær i 2, 3 … timer</td></tr><tr><td>S</td><td>Kom for sent</td></tr></table>
      <table><tr><th>Elev</th><th>16.11</th><th>17.11</th><th>18.11</th><th>19.11</th></tr>
        <tr><td>Preben Aune</td><td>FD</td><td>FU</td><td>T2</td><td>S</td></tr></table>`);
    expect(row?.events.map((event) => [event.date, event.kind, event.documented, event.minutes ?? null])).toEqual([
      ['2026-11-16', 'day', true, null],
      ['2026-11-17', 'day', false, null],
      ['2026-11-18', 'lesson', null, 90],
      ['2026-11-19', 'late', null, null],
    ]);
  });

  it('from a line: "Marks: / present, A unexcused absence, L late" and "X = hele dagen"', () => {
    const [english] = rows(`<p>Marks: / present, A unexcused absence, E excused absence, L late</p>
      <table><tr><th>Pupil</th><th>Mon 16/11</th><th>Tue 17/11</th><th>Wed 18/11</th></tr>
      <tr><td>Isaac Nwosu</td><td>E</td><td>/</td><td>A</td></tr></table>`);
    expect(english?.events.map((event) => [event.date, event.kind, event.documented])).toEqual([
      ['2026-11-16', 'day', true],
      ['2026-11-18', 'day', false],
    ]);
    const [norwegian] = rows(`<p>Furuly skole · X = hele dagen, tall = timer</p>
      <table><tr><th>Elev</th><th>05.10</th><th>06.10</th></tr><tr><td>Steffen Moe</td><td>X</td><td>2</td></tr></table>`);
    expect(norwegian?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
      ['2026-10-05', 'day', null],
      ['2026-10-06', 'lesson', 90],
    ]);
  });
});

it('dates a register whose day numbers sit under a month heading', () => {
  const [row] = rows(`<table><thead><tr><th rowspan="2">Elev</th><th colspan="3">November 2026</th></tr>
    <tr><th>2</th><th>3</th><th>4</th></tr></thead>
    <tbody><tr><td>Hilde Brun</td><td>F</td><td></td><td>F</td></tr></tbody></table>`);
  expect(row?.events.map((event) => event.date)).toEqual(['2026-11-02', '2026-11-04']);
});

it('dates a register whose days sit under week headings, and leaves the holiday week undated', () => {
  const [row] = rows(`<p>X = hele dagen, tall = timer</p><table><thead>
    <tr><th rowspan="2">Elev</th><th colspan="2">Uke 39</th><th rowspan="2">Uke 40<br>Høstferie</th><th colspan="2">Uke 41</th></tr>
    <tr><th>24.09</th><th>25.09</th><th>05.10</th><th>06.10</th></tr></thead>
    <tbody><tr><td>Live Torp</td><td>X</td><td></td><td></td><td>X</td><td>1</td></tr></tbody></table>`);
  expect(row?.events.map((event) => [event.date, event.kind])).toEqual([
    ['2026-09-24', 'day'],
    ['2026-10-05', 'day'],
    ['2026-10-06', 'lesson'],
  ]);
});

it('reads a register day written out as a whole day ("Heil dag", "Hele dagen") with no key to explain it', () => {
  // By hand: the words in a day's cell say the whole day was missed; a number is that many lessons.
  const read = byName(
    rows(`<table><tr><th>Elev</th><th>Må 16.11</th><th>Ty 17.11</th><th>On 18.11</th></tr>
      <tr><td>Kari Vik</td><td>Heil dag</td><td></td><td>2</td></tr>
      <tr><td>Ola Lie</td><td>Hele dagen</td><td>Hel dag</td><td>Heile dagen</td></tr></table>`),
  );
  expect(read['Kari Vik']?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
    ['2026-11-16', 'day', null],
    ['2026-11-18', 'lesson', 2 * 45],
  ]);
  expect(read['Ola Lie']?.events.map((event) => [event.date, event.kind])).toEqual([
    ['2026-11-16', 'day'],
    ['2026-11-17', 'day'],
    ['2026-11-18', 'day'],
  ]);
});

it('reads "Period(s)": lesson numbers as lessons, "All day" as a whole day', () => {
  const [row] = rows(`<h1>Attendance record — Chloe Abernethy</h1><table>
    <thead><tr><th>Date</th><th>Period(s)</th><th>Reason</th><th>Excused</th></tr></thead>
    <tbody><tr><td>01 Sep 2026</td><td>All day</td><td>Illness</td><td>Yes</td></tr>
    <tr><td>13 Nov 2026</td><td>4–6</td><td>Unknown</td><td>No</td></tr></tbody></table>`);
  expect(row?.events.map((event) => [event.date, event.kind, event.lessons ?? null, event.documented])).toEqual([
    ['2026-09-01', 'day', null, true],
    ['2026-11-13', 'lesson', [4, 5, 6], false],
  ]);
});

describe('students laid out without a table', () => {
  it('reads a card per student: a name heading and a definition list of figures', () => {
    const read = rows(`<h1>Mine elever – 4B</h1><section>
      <article><h3>Liv Aamodt</h3><dl><dt>Fraværsdager</dt><dd>2</dd><dt>Fraværstimer</dt><dd>0</dd></dl></article>
      <article><h3>Kornelius Berg</h3><dl><dt>Fraværsdager</dt><dd>6</dd><dt>Fraværstimer</dt><dd>3</dd></dl></article>
    </section>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Liv Aamodt', 2, 0],
      ['Kornelius Berg', 6, 3],
    ]);
  });

  it('reads a bulleted list with the name in bold and the figures with their units after it', () => {
    const list = (second: string) => `<p>hittil i halvåret</p><ul>
      <li><strong>Kaia Lunde</strong> – 0 dager, 1 time</li>
      <li><strong>Tor Hoel</strong> – ${second}</li>
    </ul>`;
    const read = rows(list('10 dager, 4 timer'));
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Kaia Lunde', 0, 1],
      ['Tor Hoel', 10, 4],
    ]);
    // Items that do not give the same units in the same order are not read as one table.
    const mixed = readAsOverlay(genericAdapter, parsePage(list('4 timer, 10 dager')), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(mixed)).toBe(true);
  });

  it('reads letter-coded chips by the legend that explains them, a chip left out counting nought', () => {
    // Worked by hand: the legend says D is whole days, T single lessons, S late arrivals (not
    // absence). Ask shows no chip and says so in words: 0 and 0. Bo shows only S 3: no D or T chip,
    // 0 days and 0 lessons. Eva shows D 2 and T 4: 2 days, 4 lessons.
    const page = (legend: string) => `<h1>7A · Fravær hittil i halvåret</h1>${legend}<ul>
      <li><span>Ask Moe</span><span>Ingen registreringer</span></li>
      <li><span>Bo Lie</span><span>S 3</span></li>
      <li><span>Eva Dahl</span><span>D 2</span><span>T 4</span></li>
    </ul>`;
    const read = rows(page('<p><span>D</span> hele fraværsdager · <span>T</span> enkelttimer · <span>S</span> forsentkomminger</p>'));
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Ask Moe', 0, 0],
      ['Bo Lie', 0, 0],
      ['Eva Dahl', 2, 4],
    ]);
    // Without a legend the letters say nothing the reader may trust: no student is read.
    const unexplained = readAsOverlay(genericAdapter, parsePage(page('')), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(unexplained)).toBe(true);
  });

  it('reads a small table nested in each student\'s row, its labels naming the columns', () => {
    // Worked by hand: each inner table gives whole days and lessons for the year so far and the
    // last 14 days. Ida: 4 days, 2 lessons so far, 1 day, 0 lessons in the last 14 days; Per: 0, 3 and 0, 1.
    const inner = (term: [number, number], recent: [number, number]) =>
      `<table><thead><tr><th></th><th>Dager</th><th>Timer</th></tr></thead><tbody><tr><th>Hittil i år</th><td>${term[0]}</td><td>${term[1]}</td></tr><tr><th>Siste 14 dager</th><td>${recent[0]}</td><td>${recent[1]}</td></tr></tbody></table>`;
    const read = rows(`<h1>Fravær 7B</h1><table><thead><tr><th>Elev</th><th>Fravær</th></tr></thead><tbody>
      <tr><td>Ida Berg</td><td>${inner([4, 2], [1, 0])}</td></tr>
      <tr><td>Per Lien</td><td>${inner([0, 3], [0, 1])}</td></tr>
    </tbody></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Ida Berg', 4, 2, [{ from: '2026-11-10', to: '2026-11-23', days: 1, lessons: 0 }]],
      ['Per Lien', 0, 3, [{ from: '2026-11-10', to: '2026-11-23', days: 0, lessons: 1 }]],
    ]);
  });

  it('reads a phone list under letter dividers, figures parted by a dot, and words for none', () => {
    // Worked by hand: the dividers "A", "B" and "Ø" name no student; Jon has 2 days and 1 lesson,
    // Eli 5 days and 0 lessons, Per "Ikkje fråvær" (no absence): 0 and 0 in both columns.
    const doc = parsePage(`<p>Fråvær hittil i haustsemesteret</p><ul>
      <li>A</li>
      <li><strong>Aas, Jon</strong><span>2 dagar · 1 time</span></li>
      <li>B</li>
      <li><strong>Berg, Eli</strong><span>5 dagar · 0 timar</span></li>
      <li><strong>Bø, Per</strong><span>Ikkje fråvær</span></li>
      <li>Ø</li>
    </ul>`);
    const read = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(read)) throw new Error('could not read the list');
    expect(read.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Aas, Jon', 2, 1],
      ['Berg, Eli', 5, 0],
      ['Bø, Per', 0, 0],
    ]);
    // Words that do not say "none" are no figure: that student's absence is not read as nought.
    const unclear = rows(`<p>Fråvær hittil i haustsemesteret</p><ul>
      <li><strong>Aas, Jon</strong><span>2 dagar · 1 time</span></li>
      <li><strong>Berg, Eli</strong><span>5 dagar · 0 timar</span></li>
      <li><strong>Bø, Per</strong><span>Sjå merknad</span></li>
    </ul>`).find((row) => row.student.name === 'Bø, Per');
    expect(unclear).toBeDefined();
    expect(unclear?.totals?.days).toBeUndefined();
  });

  it('reads a bulleted list with the name as plain text before a dash, and puts the badge in the item', () => {
    const doc = parsePage(`<p>Fravær hittil i høst</p><ul>
      <li>Hedda Rustad – 0 dager, 3 timer</li>
      <li>Lukas Å. Berg – 2 dager, 6 timer</li>
      <li>Ørjan Kleppe – 1 dag, 0 timer</li>
    </ul>`);
    const read = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(read)) throw new Error('could not read the list');
    expect(read.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Hedda Rustad', 0, 3],
      ['Lukas Å. Berg', 2, 6],
      ['Ørjan Kleppe', 1, 0],
    ]);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.slots.map((slot) => slot.anchor.tagName)).toEqual(['LI', 'LI', 'LI']);
    // Words before the dash that are no person's name ("Uke 47") are no student.
    const notNames = readAsOverlay(genericAdapter, parsePage(`<ul><li>Uke 46 – 3 dager, 1 time</li><li>uke 47 – 2 dager, 0 timer</li></ul>`), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(notNames)).toBe(true);
  });

  it('reads a list of <div>s marked role="list" / role="listitem" as a bulleted list, the badge in the item', () => {
    // Worked by hand: each item is a name set apart and "x dager, y timer"; the line above says the
    // figures are the term's so far.
    const page = (list: string, item: string) => `<p>Fravær hittil i høst.</p><div ${list}>
      <div ${item}><span>Oda Lien</span><span>7 dager, 5 timer</span></div>
      <div ${item}><span>Jon Vik</span><span>1 dager, 4 timer</span></div>
    </div>`;
    const doc = parsePage(page('role="list"', 'role="listitem"'));
    const read = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(read)) throw new Error('could not read the list');
    expect(read.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Oda Lien', 7, 5],
      ['Jon Vik', 1, 4],
    ]);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.slots.map((slot) => slot.anchor.textContent)).toEqual(['Oda Lien', 'Jon Vik']);
    // The same <div>s without the list roles are no list: nothing says they are items of one.
    const plain = readAsOverlay(genericAdapter, parsePage(page('class="liste"', 'class="rad"')), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(plain)).toBe(true);
  });

  it('reads tiles with a decimal comma and a word for "so far" after the unit, the period given by the page', () => {
    // Worked by hand: each tile is a name set apart and one figure in days; "1,5" is one and a half
    // (a decimal comma, not two figures), "hittil" only says "so far", and the page's line says the
    // sum covers the term ("hittil i halvåret").
    const read = rows(`<p>Sum hittil i halvåret.</p><ul>
      <li><span class="navn">Elin Rasmussen</span>
        <svg aria-hidden="true"></svg>
        <span>1,5 <small>dager hittil</small></span></li>
      <li><span class="navn">Sunniva Lid</span>
        <svg aria-hidden="true"></svg>
        <span>12,5 <small>dager hittil</small></span></li>
      <li><span class="navn">Petter Haga</span>
        <svg aria-hidden="true"></svg>
        <span>0 <small>dager hittil</small></span></li>
    </ul>`);
    expect(read.map((row) => [row.student.name, row.totals?.days])).toEqual([
      ['Elin Rasmussen', 1.5],
      ['Sunniva Lid', 12.5],
      ['Petter Haga', 0],
    ]);
    // Another word after the unit makes the item something other than a figure ("planned").
    const other = readAsOverlay(genericAdapter, parsePage(`<p>Sum hittil i halvåret.</p><ul>
      <li><span>Elin Rasmussen</span><span>1,5 dager planlagt</span></li>
      <li><span>Sunniva Lid</span><span>2 dager planlagt</span></li>
      <li><span>Petter Haga</span><span>0 dager planlagt</span></li>
    </ul>`), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(other)).toBe(true);
  });

  it('reads a print list of names and short figures one after another ("3 d 1 t"), a heading saying "høsten … hittil"', () => {
    // Worked by hand: each item is a name set apart, an empty dot leader, and days then lessons with
    // only a space between; the heading says the figures are the autumn term's so far.
    const page = (second: string) => `<h1>Fravær 8B – høsten 2026 hittil</h1><p>d = hele dager, t = enkelttimer</p><ol>
      <li><span>Ida Brekke</span><span aria-hidden="true"></span><span>0 d 5 t</span></li>
      <li><span>Omar Vik-Lie</span><span aria-hidden="true"></span><span>${second}</span></li>
      <li><span>Tuva Ås</span><span aria-hidden="true"></span><span>12 d 0 t</span></li>
    </ol><p><span>Sum 8B</span><span aria-hidden="true"></span><span>16 d 8 t</span></p>`;
    const read = rows(page('4 d 3 t'));
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.period])).toEqual([
      ['Ida Brekke', 0, 5, 'term'],
      ['Omar Vik-Lie', 4, 3, 'term'],
      ['Tuva Ås', 12, 0, 'term'],
    ]);
    // A word after the figures makes the item something other than a run of figures.
    expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(page('4 d 3 t planlagt')), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
    // Nor is an item read whose figures come in other units than the rest's.
    expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(page('3 t 4 d')), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
  });

  it('reads a CSS grid of plain cells, the header cells first', () => {
    const read = rows(`<div class="liste">
      <div>Navn</div><div>Klasse</div><div>Dager</div><div>Timer</div>
      <div>Ruben Kolle</div><div>9E</div><div>1</div><div>2</div>
      <div>Agnes Fjellheim</div><div>9E</div><div>8</div><div>3</div>
    </div>`);
    expect(read.map((row) => [row.student.name, row.student.className, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Ruben Kolle', '9E', 1, 2],
      ['Agnes Fjellheim', '9E', 8, 3],
    ]);
  });

  it('reads a CSS grid marked role="table" whose cells are plain <div>s with no rows marked, as the grid it lays out', () => {
    // The ARIA roles name a table but no row or cell, so the rows are the layout's: a header cell per
    // column, then the cells row by row. Read off the markup: Ruben 1 day 2 lessons, Agnes 8 and 3.
    const read = rows(`<div role="table" aria-label="Fravær 9E" style="display:grid;grid-template-columns:repeat(3,auto)">
      <div>Navn</div><div>Dager</div><div>Timer</div>
      <div>Ruben Kolle</div><div>1</div><div>2</div>
      <div>Agnes Fjellheim</div><div>8</div><div>3</div>
    </div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Ruben Kolle', 1, 2],
      ['Agnes Fjellheim', 8, 3],
    ]);
  });

  it('reads a CSS grid\'s column that names no unit in the unit the line above the grid states', () => {
    const page = (line: string) => `<p>${line}</p><div class="liste">
      <div>Elev</div><div>Sum hittil i år</div>
      <div>Ruben Kolle</div><div>12</div>
      <div>Agnes Fjellheim</div><div>0</div>
    </div>`;
    // "Sum hittil i år" says a sum over the school year, not of what; the line says it.
    expect(rows(page('Fravær i timer.')).map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
      [undefined, 12],
      [undefined, 0],
    ]);
    expect(rows(page('Fravær i dager.')).map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
      [12, undefined],
      [0, undefined],
    ]);
  });

  it('decides the last 14 days from week columns of a row-less ARIA grid, in days as the line above it says', () => {
    // By hand, as of Monday 23.11.2026: the last 14 days are 10.11–23.11 (10 school days, A fires
    // above 2.5); uke 47 (16.–20.11) and uke 48 (23.11) lie inside, uke 46 (09.–13.11) puts its sum
    // less 09.11 at least, its sum at most, inside. The term so far has 65 school days (B fires above 9.75).
    // Kari: 0 + 1 + 1 = 2 ≤ 2.5, sum 3 → ok. Ola: 1 + 2 = 3 > 2.5 → concern.
    // Per: uke 46's 2 puts 1 to 2 inside, ≤ 2.5 either way; sum 9 ≤ 9.75 → ok.
    const read = rows(`<p>Fravær i dager (0,5 = halv dag) · per 23.11.2026</p>
      <div role="table" aria-label="Fravær per uke 9B" style="display:grid;grid-template-columns:repeat(5,auto)">
      <div>Elev</div><div>Uke 46</div><div>Uke 47</div><div>Uke 48</div><div>Sum hittil i år</div>
      <div>Kari Moe</div><div>0</div><div>1</div><div>1</div><div>3</div>
      <div>Ola Berg</div><div>0</div><div>2</div><div>1</div><div>4</div>
      <div>Per Dahl</div><div>2</div><div>0</div><div>0</div><div>9</div>
      <div>Sum klasse</div><div>2</div><div>3</div><div>2</div><div>16</div>
    </div>`);
    expect(read.map((row) => [row.student.name, level(row)])).toEqual([
      ['Kari Moe', 'ok'],
      ['Ola Berg', 'concern'],
      ['Per Dahl', 'ok'],
    ]);
  });

  it('reads a CSS grid whose header cells come first and each row is wrapped in an element of its own', () => {
    // Worked by hand: the header cells are sort buttons straight in the grid; each row is a
    // `display: contents` element holding its three cells, as a script redraws the rows on a sort.
    const read = rows(`<div style="display: grid; grid-template-columns: 1fr 1fr 1fr">
      <div><button>Elev</button></div><div><button>Dager</button></div><div><button>Timer</button></div>
      <div style="display: contents" role="row"><div>Eline Sæther</div><div>2</div><div>5</div></div>
      <div style="display: contents" role="row"><div>Jonas Brattli</div><div>0</div><div>1</div></div>
    </div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Eline Sæther', 2, 5],
      ['Jonas Brattli', 0, 1],
    ]);
  });
});

describe('a count that cannot be read', () => {
  it('leaves the row’s absence unknown instead of counting only the readable columns', () => {
    // Worked by hand: Tina's days cell says "<b>3</b>" as text, not a number; her 0 lessons do not
    // mean no absence. Ola's row reads whole: 2 days and 0 lessons.
    const read = byName(
      rows(`<table><thead><tr><th>Elev</th><th>Klasse</th><th>Dager</th><th>Timer</th></tr></thead><tbody>
        <tr><td>Tina Template</td><td>9B</td><td>&lt;b&gt;3&lt;/b&gt;</td><td>0</td></tr>
        <tr><td>Ola Hel</td><td>9B</td><td>2</td><td>0</td></tr>
      </tbody></table>`),
    );
    expect(read['Tina Template']?.totals?.days).toBeUndefined();
    expect(read['Tina Template']?.totals?.lessons).toBeUndefined();
    expect(read['Ola Hel']?.totals).toMatchObject({ days: 2, lessons: 0 });
  });
});

describe('figures whose unit or period the page states outside the header', () => {
  it('keeps a "last 14 days" figure beside the term total, in the unit the line above the table gives', () => {
    // By hand: "Dager fravær." gives days; "Hittil i halvåret" is the term total, "Siste 14 dager"
    // the 14 calendar days ending on the as-of day 23.11.2026, so from 10.11.
    const [row] = rows(`<p>Dager fravær. «Siste 14 dager» gjelder 10.11.2026–23.11.2026.</p>
      <table><tr><th>Elev</th><th>Hittil i halvåret</th><th>Siste 14 dager</th></tr>
      <tr><td>Kim Berntsen</td><td>6,5</td><td>3,5</td></tr></table>`);
    expect(row?.totals).toMatchObject({ days: 6.5, stretches: [{ from: '2026-11-10', to: ASOF, days: 3.5 }] });
  });

  it('reads "Denne måneden" as the month so far', () => {
    const [row] = rows(`<p>dager fravær</p>
      <table><tr><th>Elev</th><th>Denne måneden</th><th>Hittil i halvåret</th></tr>
      <tr><td>Kim Berntsen</td><td>2</td><td>9</td></tr></table>`);
    expect(row?.totals).toMatchObject({ days: 9, stretches: [{ from: '2026-11-01', to: ASOF, days: 2 }] });
  });

  it('reads unitless totals and their parts in the unit a line above states ("figures in days")', () => {
    const [row] = rows(`<p>Grade 10 advisory · Fall Semester · figures in days</p>
      <table><tr><th>Last Name</th><th>First Name</th><th>Excused</th><th>Unexcused</th><th>Total Absences</th></tr>
      <tr><td>Hale</td><td>Robin</td><td>2</td><td>3</td><td>5</td></tr></table>`);
    expect(row?.student.name).toBe('Robin Hale');
    expect(row?.totals).toMatchObject({ days: 5, documentedDays: 2, undocumentedDays: 3 });
  });

  it('leaves a unitless total unread when the page names no unit, or names both', () => {
    const table = `<table><tr><th>Student</th><th>Total Absences</th></tr><tr><td>Robin Hale</td><td>5</td></tr></table>`;
    for (const line of ['<p>Fall Semester</p>', '<p>figures in days; tall i timer</p>']) {
      const result = readAsOverlay(genericAdapter, parsePage(`${line}${table}`), URL_ON_SOME_SITE, { asOf: ASOF });
      expect(isCouldNotRead(result), line).toBe(true);
    }
  });
});

describe('cells and rows that are not absence', () => {
  it('does not count days present as days absent', () => {
    const [row] = rows(`<table><tr><th>Student name</th><th>Days present</th><th>Days absent</th></tr>
      <tr><td>Ella Hart</td><td>64</td><td>1</td></tr></table>`);
    expect(row?.totals?.days).toBe(1);
  });

  it('reads "Ingen fravær registrert" across the figure cells as none', () => {
    const read = byName(
      rows(`<table><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr>
        <tr><td>Une Moe</td><td colspan="2"><i>Ingen fravær registrert</i></td></tr>
        <tr><td>Aron Lid</td><td>3</td><td>1</td></tr></table>`),
    );
    expect(read['Une Moe']?.totals).toMatchObject({ days: 0, lessons: 0 });
    expect(read['Aron Lid']?.totals).toMatchObject({ days: 3, lessons: 1 });
  });

  it('gives a tree grid’s expandable group rows no slot, only the students under them', () => {
    const doc = parsePage(`<div role="treegrid">
      <div role="row"><span role="columnheader">Navn</span><span role="columnheader">Dager</span></div>
      <div role="row" aria-level="1" aria-expanded="true"><span role="rowheader">▾ 9A (2 elever)</span><span role="gridcell">4</span></div>
      <div role="row" aria-level="2"><span role="rowheader">Hanne Lie</span><span role="gridcell">1</span></div>
      <div role="row" aria-level="2"><span role="rowheader">Rasmus Ek</span><span role="gridcell">3</span></div>
    </div>`);
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok).toBe(true);
    if (!located.ok) return;
    expect(located.layout.slots.map((slot) => slot.anchor.textContent)).toEqual(['Hanne Lie', 'Rasmus Ek']);
  });

  it('gives a tree grid’s student rows the badges and the subject rows under them none, open or closed', () => {
    const tree = (open: boolean) => `<div role="treegrid">
      <div role="row"><span role="columnheader">Elev / fag</span><span role="columnheader">Hele dager</span><span role="columnheader">Enkelttimer</span></div>
      <div role="row" aria-level="1" aria-expanded="${open}"><span role="rowheader"><button>▸</button>Vilja Strøm</span><span role="gridcell">1</span><span role="gridcell">4</span></div>
      <div role="row" aria-level="2"${open ? '' : ' hidden'}><span role="rowheader">Norsk</span><span role="gridcell"></span><span role="gridcell">4</span></div>
      <div role="row" aria-level="1" aria-expanded="false"><span role="rowheader"><button>▸</button>Henrik Aalberg</span><span role="gridcell">8</span><span role="gridcell">12</span></div>
      <div role="row" aria-level="2" hidden><span role="rowheader">Engelsk</span><span role="gridcell"></span><span role="gridcell">5</span></div>
      <div role="row" aria-level="2" hidden><span role="rowheader">Naturfag</span><span role="gridcell"></span><span role="gridcell">7</span></div>
      <div role="row" aria-level="1"><span role="rowheader">Selma Ødegård</span><span role="gridcell">3</span><span role="gridcell">0</span></div>
    </div>`;
    for (const open of [false, true]) {
      const read = byName(rows(tree(open)));
      expect(Object.keys(read)).toEqual(['Vilja Strøm', 'Henrik Aalberg', 'Selma Ødegård']);
      // The student's own row carries their figures: 1 day and 4 lessons, not the subject row's 4 again.
      expect(read['Vilja Strøm']?.totals).toMatchObject({ days: 1, lessons: 4 });
      expect(read['Henrik Aalberg']?.totals).toMatchObject({ days: 8, lessons: 12 });
    }
  });

  it('says it could not read a table of empty skeleton rows, and reads a table with no rows as an empty class', () => {
    const header = '<thead><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr></thead>';
    const skeleton = readAsOverlay(genericAdapter, 
      parsePage(`<table>${header}<tbody><tr><td></td><td></td><td></td></tr><tr><td></td><td></td><td></td></tr></tbody></table>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(skeleton)).toBe(true);
    const busy = readAsOverlay(genericAdapter, parsePage(`<table aria-busy="true">${header}<tbody></tbody></table>`), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(busy)).toBe(true);
    const empty = readAsOverlay(genericAdapter, parsePage(`<table>${header}<tbody></tbody></table>`), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(empty)).toBe(false);
  });
});

describe('a register of one day by lesson', () => {
  const register = (heading: string) => `<h1>Fraværsregistrering 9C</h1><p>${heading} · Ø = til stede, F = fravær, S = for sent</p>
    <table><thead><tr><th>Elev</th><th>1. time</th><th>2. time</th><th>3. time</th></tr></thead><tbody>
      <tr><td>Alf Nes</td><td>Ø</td><td>Ø</td><td>Ø</td></tr>
      <tr><td>Berit Lund</td><td>F</td><td>Ø</td><td>F</td></tr>
      <tr><td>Cato Ruud</td><td>S</td><td>Ø</td><td>Ø</td></tr>
    </tbody></table>`;

  it('reads each lesson column as that lesson on the one date the page names', () => {
    const doc = parsePage(register('Mandag 23.11.2026'));
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.shownPeriod).toMatchObject({ from: '2026-11-23', to: '2026-11-23' });
    const read = byName(result.reading.rows);
    expect(read['Alf Nes']?.events).toEqual([]);
    expect(read['Berit Lund']?.events.map((event) => [event.date, event.kind, event.lessons])).toEqual([
      ['2026-11-23', 'lesson', [1]],
      ['2026-11-23', 'lesson', [3]],
    ]);
    expect(read['Cato Ruud']?.events.map((event) => [event.kind, event.lessons])).toEqual([['late', [1]]]);
  });

  it('does not guess a date when the page names none, or several', () => {
    for (const heading of ['Mandag', '23.11.2026 og 24.11.2026']) {
      const result = readAsOverlay(genericAdapter, parsePage(register(heading)), URL_ON_SOME_SITE, { asOf: ASOF });
      expect(isCouldNotRead(result), heading).toBe(true);
    }
  });
});

describe('an event list whose "Timer" column names the lessons', () => {
  it('reads "1.–4. time" as lessons 1 to 4, not as an unreadable count', () => {
    const [row] = rows(`<table><tr><th>Dato</th><th>Elev</th><th>Timer</th><th>Fag</th></tr>
      <tr><td>20.11.2026</td><td>Kari Sand</td><td>1.–4. time</td><td>Kjemi 1</td></tr>
      <tr><td>19.11.2026</td><td>Kari Sand</td><td>2</td><td>Norsk</td></tr></table>`);
    expect(row?.events.map((event) => [event.date, event.kind, event.lessons ?? null, event.minutes ?? null])).toEqual([
      ['2026-11-19', 'lesson', null, 90],
      ['2026-11-20', 'lesson', [1, 2, 3, 4], null],
    ]);
  });
});

describe('header abbreviations the page spells out', () => {
  it('reads a header abbreviation as its <abbr> title spells it out, not as a guess at the letter', () => {
    // Worked by hand: "D" is spelled out "Dokumentert" and "U" "Udokumentert"; the line above the
    // table says the figures are single lessons, so Per has 12 + 3 = 15 lessons, 12 of them
    // documented, and no days at all (a bare "D" would have been read as days).
    const read = byName(
      rows(`<p>Fravær i enkelttimer hittil i halvåret.</p>
        <table><thead><tr><th>Elev</th><th><abbr title="Dokumentert">D</abbr></th><th><abbr title="Udokumentert">U</abbr></th></tr></thead>
        <tbody><tr><td>Per Holm</td><td>12</td><td>3</td></tr><tr><td>Siri Lund</td><td>0</td><td>0</td></tr></tbody></table>`),
    );
    expect([read['Per Holm']?.totals?.days, read['Per Holm']?.totals?.lessons, read['Per Holm']?.totals?.documentedLessons]).toEqual([undefined, 15, 12]);
    expect(read['Siri Lund']?.totals?.lessons).toBe(0);
  });

  it('reads titles in the plural, "Dokumenterte dager" and "Udokumenterte timer", as parts that add up to the whole', () => {
    // Worked by hand: Elias has 5 + 3 = 8 days and 6 + 3 = 9 lessons, 5 days and 6 lessons of them
    // documented; the first "Dok." column alone (5 days, 6 lessons) would undercount him.
    const [row] = rows(`<table><thead><tr><th>Elev</th><th><abbr title="Dokumenterte dager">Dok. d</abbr></th>
        <th><abbr title="Udokumenterte dager">Udok. d</abbr></th><th><abbr title="Dokumenterte timer">Dok. t</abbr></th>
        <th><abbr title="Udokumenterte timer">Udok. t</abbr></th></tr></thead>
        <tbody><tr><td>Elias Brekke</td><td>5</td><td>3</td><td>6</td><td>3</td></tr></tbody></table>`);
    expect(row?.totals).toMatchObject({ days: 8, documentedDays: 5, undocumentedDays: 3, lessons: 9, documentedLessons: 6, undocumentedLessons: 3 });
  });

  it('reads a title that says what the lessons stand beside ("enkelttimer i tillegg til hele dager") as lessons', () => {
    // Worked by hand: Mina has 2 whole days and 4 lessons besides them, 1 day and 2 lessons of them
    // undocumented. The title's "til" is "in addition to", not the end of a date range: read as
    // one, the lessons were lost and Mina counted 2 days (OK) instead of 2 + 4/6 = 2.67.
    const [row] = rows(`<p>Skoleåret 2026/2027 · per 23.11.2026</p><table><thead><tr><th>Elev</th>
        <th><abbr title="Fravær, hele dager">Frav. d</abbr></th><th><abbr title="Herav udokumentert, hele dager">Udok. d</abbr></th>
        <th><abbr title="Fravær, enkelttimer i tillegg til hele dager">Frav. t</abbr></th><th><abbr title="Herav udokumentert, enkelttimer">Udok. t</abbr></th></tr></thead>
        <tbody><tr><td>Mina Karlsen</td><td>2</td><td>1</td><td>4</td><td>2</td></tr></tbody></table>`);
    expect(row?.totals).toMatchObject({ days: 2, undocumentedDays: 1, lessons: 4, undocumentedLessons: 2 });
  });

  it('counts a part that says "ingen" as none, not as a figure it could not read', () => {
    // Worked by hand: Per has 4 documented lessons and "ingen" undocumented, so 4 in all; Siri has
    // "ingen" of either, so 0. Unread, either would leave the student's absence unknown.
    const read = byName(
      rows(`<p>Fravær i enkelttimer hittil i halvåret.</p>
        <table><thead><tr><th>Elev</th><th><abbr title="Dokumentert">D</abbr></th><th><abbr title="Udokumentert">U</abbr></th></tr></thead>
        <tbody><tr><td>Per Holm</td><td>4</td><td>ingen</td></tr><tr><td>Siri Lund</td><td>ingen</td><td>Ingen</td></tr></tbody></table>`),
    );
    expect([read['Per Holm']?.totals?.lessons, read['Siri Lund']?.totals?.lessons]).toEqual([4, 0]);
  });
});
