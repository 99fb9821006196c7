// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { IsoDate, ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { history } from '../guidelines/history-builder';
import { readAsOverlay, type PageRead } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * Reports that break the term down into periods side by side, a column per month or per week
 * number, beside a column that sums them ("Sum", "Totalt hittil"). The sum is the term's figure;
 * each period is a stretch of its own, and the later periods together are a stretch ending on the
 * last one's end, which bounds the rules' windows. Pages invented; values worked out by hand.
 */
function read(html: string, asOf: IsoDate = ASOF): PageRead {
  return readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf });
}

function rows(html: string, asOf: IsoDate = ASOF): ReadingRow[] {
  const result = read(html, asOf);
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading.rows;
}

function level(row: ReadingRow | undefined, asOf: IsoDate): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, asOf).level;
}

describe('monthly columns with a sum', () => {
  // As of Monday 23.11.2026. The term so far has 65 school days, the last 14 days (10.–23.11) 10.
  const page = `<h1>Fravær per måned, 7B</h1><p>Høsthalvåret til og med 23.11.2026. Hele fraværsdager.</p>
    <table><thead><tr><th>Elev</th><th>Aug</th><th>Sep</th><th>Okt</th><th>Nov</th><th>Sum</th></tr></thead><tbody>
    <tr><td>Lene Dahl</td><td>–</td><td>1</td><td>–</td><td>1</td><td>2</td></tr>
    <tr><td>Odd Rud</td><td>2</td><td>4</td><td>3</td><td>2</td><td>11</td></tr>
    </tbody><tfoot><tr><td>Sum 7B</td><td>2</td><td>5</td><td>3</td><td>3</td><td>13</td></tr></tfoot></table>`;

  it('reads the sum as the term total, in the unit the page states, and each month as a stretch', () => {
    const [lene, odd, ...rest] = rows(page);
    expect(rest).toEqual([]);
    expect([lene?.student.name, lene?.totals?.days, odd?.student.name, odd?.totals?.days]).toEqual(['Lene Dahl', 2, 'Odd Rud', 11]);
    const stretches = Object.fromEntries((lene?.totals?.stretches ?? []).map((s) => [`${s.from}/${s.to}`, s.days]));
    expect(stretches).toEqual({
      '2026-08-01/2026-08-31': 0,
      '2026-09-01/2026-09-30': 1,
      '2026-10-01/2026-10-31': 0,
      // November so far ends on the as-of day.
      '2026-11-01/2026-11-23': 1,
      // The later months together: October–November 1, September–November 2, August–November 2.
      '2026-10-01/2026-11-23': 1,
      '2026-09-01/2026-11-23': 2,
      '2026-08-01/2026-11-23': 2,
    });
  });

  it('levels them from the sum: 2 days ≤ 2,5 → ok; 11 days > 10 → concern', () => {
    const [lene, odd] = rows(page);
    expect([level(lene, ASOF), level(odd, ASOF)]).toEqual(['ok', 'concern']);
  });

  it('does not read "Sum" as absence in a table without period columns (a grade overview)', () => {
    const result = read(`<table><tr><th>Elev</th><th>Norsk</th><th>Matematikk</th><th>Sum</th></tr>
      <tr><td>Lene Dahl</td><td>4</td><td>5</td><td>9</td></tr></table>`);
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-absence-column' }]);
  });

  it('does not take a header that names a member of every object ("constructor") for a month', () => {
    const result = read(`<table><tr><th>Elev</th><th>constructor</th><th>toString</th></tr>
      <tr><td>Lene Dahl</td><td>4</td><td>5</td></tr></table>`);
    expect(isCouldNotRead(result) && result.missing).toEqual([{ code: 'no-absence-column' }]);
  });
});

describe('week-number columns with a running total', () => {
  // As of Friday 13.11.2026: the last 14 days (31.10–13.11) are weeks 45 and 46 exactly, 10
  // school days; the term so far has 59 (B's limit is 15 % of 59 = 8,85 days).
  const page = `<h1>Fravær siste uker</h1><p>Hele fraværsdager per uke. «Totalt hittil» gjelder hele høsthalvåret.</p>
    <table><thead><tr><th>Elev</th><th>Uke 44<small>26.–30.10</small></th><th>Uke 45</th><th>Uke 46</th><th>Totalt hittil</th></tr></thead>
    <tbody><tr><td>Ole Lie</td><td>0</td><td>1</td><td>1</td><td>3</td></tr>
    <tr><td>Siv Berg</td><td>0</td><td>2</td><td>1</td><td>5</td></tr>
    <tr><td>Per Ask</td><td>3</td><td>0</td><td>0</td><td>9</td></tr></tbody></table>`;
  const asOf = '2026-11-13';

  it('reads the running total as the term total and the later weeks together as stretches', () => {
    const [ole] = rows(page, asOf);
    expect(ole?.totals?.days).toBe(3);
    const stretches = Object.fromEntries((ole?.totals?.stretches ?? []).map((s) => [`${s.from}/${s.to}`, s.days]));
    // ISO weeks of 2026: 44 is 26.10–01.11, 45 is 02.–08.11, 46 is 09.–15.11 (so far 13.11).
    expect(stretches).toEqual({
      '2026-10-26/2026-11-01': 0,
      '2026-11-02/2026-11-08': 1,
      '2026-11-09/2026-11-13': 1,
      '2026-11-02/2026-11-13': 2,
      '2026-10-26/2026-11-13': 2,
    });
  });

  it('decides the last 14 days from weeks 45 and 46: 2 → ok, 3 → concern; 9 in the term > 8,85 → concern', () => {
    const read = rows(page, asOf);
    expect(read.map((row) => [row.student.name, level(row, asOf)])).toEqual([
      ['Ole Lie', 'ok'],
      ['Siv Berg', 'concern'],
      ['Per Ask', 'concern'],
    ]);
  });
});

describe('a table turned so that the students are columns', () => {
  // Hele dager and enkelttimer beyond them; forsentkomminger are lateness, not absence.
  const page = `<h1>Fravær 6A – høsthalvåret</h1><table>
    <thead><tr><th>Fraværstype</th><th>Liv Aune</th><th>Tor Hegg</th><th>Sum</th></tr></thead>
    <tbody><tr><th>Hele dager</th><td>1</td><td>9</td><td>10</td></tr>
    <tr><th>Enkelttimer</th><td>3</td><td>6</td><td>9</td></tr>
    <tr><th>Forsentkomminger</th><td>2</td><td>0</td><td>2</td></tr></tbody></table>`;

  it('reads each column as a student, the badge in the name cell', () => {
    const result = read(page);
    if (isCouldNotRead(result)) throw new Error('could not read');
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.lateCount])).toEqual([
      ['Liv Aune', 1, 3, 2],
      ['Tor Hegg', 9, 6, 0],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor.textContent)).toEqual(['Liv Aune', 'Tor Hegg']);
  });

  it('levels them: 1 d + 3 t = 1,5 days → ok; 9 d + 6 t = 10 days, 15,4 % of 65 → concern', () => {
    expect(rows(page).map((row) => level(row, ASOF))).toEqual(['ok', 'concern']);
  });

  it('reads a register turned so, a school day per row, as each student\'s register; the sum row below is no day', () => {
    const result = read(`<h1>Fraværsprotokoll 6A</h1><table>
      <thead><tr><th>Dato</th><th>Liv Aune</th><th>Tor Hegg</th></tr></thead>
      <tbody><tr><th>Man 16.11.</th><td>H</td><td></td></tr>
      <tr><th>Tir 17.11.</th><td></td><td>S</td></tr>
      <tr><th>Ons 18.11.</th><td>2t</td><td></td></tr></tbody>
      <tfoot><tr><th>Sum</th><td>1 d 2 t</td><td>0</td></tr></tfoot></table>
      <p>Tegnforklaring: H = hele dagen borte · 2t = to enkelttimer borte · S = kom for sent</p>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.layout.pageType).toBe('lessonRegister');
    expect(result.layout.slots.map((slot) => slot.anchor.textContent)).toEqual(['Liv Aune', 'Tor Hegg']);
    // 2t: two lessons of 45 minutes.
    expect(result.reading.rows.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes])])).toEqual([
      ['Liv Aune', [['2026-11-16', 'day', undefined], ['2026-11-18', 'lesson', 90]]],
      ['Tor Hegg', [['2026-11-17', 'late', undefined]]],
    ]);
  });

  it('does not turn a student page whose one figure column is headed "Antall"', () => {
    const result = read(`<h1>Fravær for Liv Aune</h1><table><tr><th>Fraværstype</th><th>Antall</th></tr>
      <tr><td>Hele dager</td><td>1</td></tr></table>`);
    expect(isCouldNotRead(result) ? [] : result.layout.slots.map((slot) => slot.anchor.textContent)).not.toContain('Antall');
  });
});

describe("one student's figures turned so, a row per kind and a column of counts", () => {
  // The page is about Liv Aune (its heading); "Herav dokumentert" is a part of each count, not added.
  const page = (figures: string, head = '<th>Fraværstype</th><th>Antall</th><th>Herav dokumentert</th>') => `<h1>Fravær – Liv Aune, 7B</h1>
    <p>Hittil dette halvåret.</p><table><thead><tr>${head}</tr></thead><tbody>${figures}</tbody></table>`;
  const few = '<tr><td>Hele dager</td><td>1</td><td>1</td></tr><tr><td>Enkelttimer</td><td>3</td><td>0</td></tr><tr><td>Forsentkomminger</td><td>4</td><td>0</td></tr>';
  const many = '<tr><td>Hele dager</td><td>9</td><td>2</td></tr><tr><td>Enkelttimer</td><td>6</td><td>6</td></tr><tr><td>Forsentkomminger</td><td>0</td><td>0</td></tr>';

  it("reads the counts as the page's student, the badge by the heading: days, lessons and late arrivals, the parts left unread", () => {
    const result = read(page(few));
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.lateCount, row.totals?.documentedDays])).toEqual([
      ['Liv Aune', 1, 3, 4, undefined],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor.tagName)).toEqual(['H1']);
  });

  it('levels them: 1 d + 3 t = 1,5 days this term → ok; 9 d + 6 t = 10 days, 15,4 % of 65 → concern', () => {
    expect([few, many].map((figures) => level(rows(page(figures))[0], ASOF))).toEqual(['ok', 'concern']);
  });

  it('leaves the table unread when two columns are no part of each other, or a count is no number', () => {
    const twoColumns = page(few.replaceAll('</td></tr>', '</td><td>2</td></tr>'), '<th>Fraværstype</th><th>Antall</th><th>Herav dokumentert</th><th>Endring</th>');
    const words = page('<tr><td>Hele dager</td><td>Ja</td></tr><tr><td>Enkelttimer</td><td>Nei</td></tr>', '<th>Fraværstype</th><th>Registrert</th>');
    for (const html of [twoColumns, words]) {
      const result = read(html);
      expect(isCouldNotRead(result) ? [] : result.reading.rows.map((row) => row.student.name)).toEqual([]);
    }
  });
});

describe('a column group over a range the header writes out, beside the school year so far', () => {
  // As of Friday 13.11.2026: the last 14 days (31.10–13.11) hold 10 school days, A's limit is 2.5
  // days; the term so far has 59 school days, B's limit 8.85 days.
  const page = `<h1>Fravær 8A</h1><table><thead>
    <tr><th rowspan="2">Elev</th><th colspan="2">Denne uken (09.11–13.11)</th><th colspan="2">Hittil i skoleåret</th></tr>
    <tr><th>Dager</th><th>Timer</th><th>Dager</th><th>Timer</th></tr></thead><tbody>
    <tr><td>Mari Kvale</td><td>3</td><td>0</td><td>5</td><td>0</td></tr>
    <tr><td>Tage Rasmussen</td><td>0</td><td>0</td><td>7</td><td>0</td></tr>
    <tr><td>Sofia Karlsen</td><td>2</td><td>3</td><td>2</td><td>3</td></tr></tbody></table>`;
  const asOf = '2026-11-13';

  it("reads the week's group as a stretch of 09.11–13.11 and the other group as the totals", () => {
    expect(rows(page, asOf).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Mari Kvale', 5, 0, [{ from: '2026-11-09', to: '2026-11-13', days: 3, lessons: 0 }]],
      ['Tage Rasmussen', 7, 0, [{ from: '2026-11-09', to: '2026-11-13', days: 0, lessons: 0 }]],
      ['Sofia Karlsen', 2, 3, [{ from: '2026-11-09', to: '2026-11-13', days: 2, lessons: 3 }]],
    ]);
  });

  it('fires the 14-day rule on 3 days this week; 7 days of the year with none this week stay undecided', () => {
    // Mari: 3 > 2.5 inside the window. Tage: 02.–06.11 could hold up to 5 of his 7. Sofia: 2.5 in all.
    expect(rows(page, asOf).map((row) => level(row, asOf))).toEqual(['concern', 'unknown', 'ok']);
  });
});

describe('weekly sums whose current week names only its days so far', () => {
  // As of Monday 23.11.2026: week 48 so far is that one day. The last 14 days are 10.–23.11
  // (10 school days); week 46 (9.–13.11) has one school day, 9.11, outside them.
  const page = `<h2>Fravær per uke – 7A</h2><p>Fraværsdager per uke, uke 45–48 (02.11.2026–23.11.2026).</p>
    <table><thead><tr><th>Elev</th><th>Uke 45<small>2.–6.11</small></th><th>Uke 46<small>9.–13.11</small></th>
    <th>Uke 47<small>16.–20.11</small></th><th>Uke 48<small>23.11</small></th></tr></thead><tbody>
    <tr><td>Tone Berg</td><td>0</td><td>1</td><td>0</td><td>0</td></tr>
    <tr><td>Ivar Nes</td><td>0</td><td>0</td><td>2</td><td>1</td></tr>
    <tr><td>Mari Kolstad</td><td>0</td><td>3</td><td>0</td><td>0</td></tr>
    <tr><td>Even Haug</td><td>6</td><td>5</td><td>0</td><td>0</td></tr>
    </tbody></table>`;

  it('reads the lone date under week 48 as that week so far, in the days the line above states', () => {
    const ivar = rows(page)[1];
    const stretches = Object.fromEntries((ivar?.totals?.stretches ?? []).map((s) => [`${s.from}/${s.to}`, s.days]));
    expect(stretches).toMatchObject({ '2026-11-16/2026-11-22': 2, '2026-11-23/2026-11-23': 1, '2026-11-16/2026-11-23': 3 });
  });

  it('levels them by the weeks the windows hold', () => {
    // Tone: the window holds at most 1 → A not fired; 1 day in three weeks leaves B open → unknown.
    // Ivar: weeks 47–48 lie inside the window, 2 + 1 = 3 > 2,5 → concern.
    // Mari: week 46's 3 days, one of them perhaps on 9.11, put 2 to 3 in the window → unknown.
    // Even: 6 + 5 = 11 > 10 days inside the 15 weeks → concern.
    expect(rows(page).map((row) => level(row, ASOF))).toEqual(['unknown', 'concern', 'unknown', 'concern']);
  });
});

describe('whole days per weekday with a sum', () => {
  // As of Monday 23.11.2026, over the term so far (65 school days; the last 14 days hold 10).
  const page = `<h1>Fravær per ukedag – 6C</h1><p>Hele fraværsdager hittil i høsthalvåret, fordelt på ukedag.</p>
    <table><thead><tr><th>Elev</th><th>Man</th><th>Tir</th><th>Ons</th><th>Tor</th><th>Fre</th><th>Sum</th></tr></thead><tbody>
    <tr><td>Sander Lie</td><td>1</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td></tr>
    <tr><td>Ella Fosse</td><td>3</td><td>2</td><td>2</td><td>1</td><td>3</td><td>11</td></tr>
    <tr><td>Klassen totalt</td><td>4</td><td>2</td><td>3</td><td>1</td><td>3</td><td>13</td></tr>
    </tbody></table>`;

  it('reads the sum as the term total in the stated unit, and no weekday as a stretch', () => {
    expect(rows(page).map((row) => [row.student.name, row.totals?.period, row.totals?.days, row.totals?.stretches])).toEqual([
      ['Sander Lie', 'term', 2, undefined],
      ['Ella Fosse', 'term', 11, undefined],
    ]);
  });

  it('levels them from the sum: 2 days ≤ 2,5 → ok; 11 days > 10 → concern', () => {
    expect(rows(page).map((row) => level(row, ASOF))).toEqual(['ok', 'concern']);
  });

  it('does not read a sum that does not add up the weekdays (a week of codes under weekday headings)', () => {
    const result = read(`<h1>Uke 47 – 6C</h1><p>Tall i dager.</p><table><tr><th>Elev</th><th>Man</th><th>Tir</th><th>Ons</th><th>Tor</th><th>Fre</th><th>Sum</th></tr>
      <tr><td>Sander Lie</td><td>F</td><td></td><td>2t</td><td></td><td></td><td>2</td></tr></table>`);
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe('reporting periods side by side without a sum', () => {
  // As of Friday 13.11.2026: the term so far has 59 school days (B's limit 15 % = 8,85 days); the
  // last 14 days (31.10–13.11) hold 10. Period 1 ends on Friday 02.10, period 2 starts on Monday 05.10.
  const asOf = '2026-11-13';
  const page = `<h1>Fråvær per periode – 5A</h1><p>Tal dagar fråvær.</p>
    <table><tr><th>Elev</th><th>Periode 1<br>(18.08–02.10)</th><th>Periode 2<br>(05.10–13.11, pågår)</th></tr>
    <tr><td>Ola Vik</td><td>1</td><td>1</td></tr>
    <tr><td>Siri Lund</td><td>6</td><td>4</td></tr>
    <tr><td>Per Aas</td><td>2</td><td>3</td></tr></table>`;

  it('reads the longer first period as a period too, and the two, a weekend apart, as one stretch', () => {
    const [ola] = rows(page, asOf);
    const stretches = Object.fromEntries((ola?.totals?.stretches ?? []).map((s) => [`${s.from}/${s.to}`, s.days]));
    expect(stretches).toEqual({ '2026-08-18/2026-10-02': 1, '2026-10-05/2026-11-13': 1, '2026-08-18/2026-11-13': 2 });
  });

  it('levels them by the periods together: 2 days → ok; 10 > 8,85 → concern; 5 with 3 in period 2 → unknown', () => {
    // Per: period 2 (30 school days) holds the 14-day window, so 0 to 3 of his days lie in it.
    expect(rows(page, asOf).map((row) => level(row, asOf))).toEqual(['ok', 'concern', 'unknown']);
  });
});

describe("a student's absence summed per school week, one row a week", () => {
  // As of Monday 23.11.2026: the last 14 days are 10.–23.11 (10 school days); week 46 (09.–13.11)
  // has one school day, Monday 09.11, before them. The term so far has 65 school days.
  const weekRows = (rows: string) => `<h1>Fravær per uke – Kari Lund, 9B</h1>
    <table><thead><tr><th>Uke</th><th>Dato</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead>
    <tbody>${rows}</tbody><tfoot><tr><td colspan="2">Sum</td><td>x</td><td>x</td></tr></tfoot></table>`;
  const fromOctober = weekRows(`<tr><td>43</td><td>19.10–23.10</td><td>0</td><td>0</td></tr>
    <tr><td>44</td><td>26.10–30.10</td><td>2</td><td>0</td></tr>
    <tr><td>45</td><td>02.11–06.11</td><td>0</td><td>3</td></tr>
    <tr><td>46</td><td>09.11–13.11</td><td>1</td><td>0</td></tr>
    <tr><td>47</td><td>16.11–20.11</td><td>0</td><td>0</td></tr>
    <tr><td>48</td><td>23.11</td><td>1</td><td>0</td></tr>`);

  it('reads each week as a stretch of its sums, and each week to the last together, the whole first', () => {
    const [kari, ...rest] = rows(fromOctober);
    expect(rest).toEqual([]);
    expect([kari?.student.name, kari?.events, kari?.totals?.days, kari?.totals?.lessons]).toEqual(['Kari Lund', [], undefined, undefined]);
    const stretches = (kari?.totals?.stretches ?? []).map((s) => [`${s.from}/${s.to}`, s.days, s.lessons]);
    expect(stretches[0]).toEqual(['2026-10-19/2026-11-23', 4, 3]);
    expect(Object.fromEntries(stretches.map(([key, days, lessons]) => [key, `${days}/${lessons}`]))).toEqual({
      '2026-10-19/2026-11-23': '4/3',
      '2026-10-26/2026-11-23': '4/3',
      '2026-11-02/2026-11-23': '2/3',
      '2026-11-09/2026-11-23': '2/0',
      '2026-11-16/2026-11-23': '1/0',
      '2026-11-23/2026-11-23': '1/0',
      '2026-10-19/2026-10-23': '0/0',
      '2026-10-26/2026-10-30': '2/0',
      '2026-11-02/2026-11-06': '0/3',
      '2026-11-09/2026-11-13': '1/0',
      '2026-11-16/2026-11-20': '0/0',
    });
  });

  it('levels weeks from October unknown: 10.–23.11 hold 1 to 2 days (A not fired), but August–October is unseen', () => {
    // Weeks 43–48 hold 4 d + 3 t = 4,5 days over 25 school days; the 15 weeks' other 40 are not shown.
    const [kari] = rows(fromOctober);
    expect([kari?.events, kari?.totals?.stretches?.length, level(kari, ASOF)]).toEqual([[], 11, 'unknown']);
  });

  it('levels weeks over the whole term from their sums: 2 d + 3 t = 2,5 days, 1 in the last 14 days → ok', () => {
    const page = weekRows(`<tr><td>34</td><td>18.08–21.08</td><td>0</td><td>0</td></tr>
      <tr><td>35</td><td>24.08–28.08</td><td>0</td><td>0</td></tr>
      <tr><td>36</td><td>31.08–04.09</td><td>1</td><td>0</td></tr>
      <tr><td>37</td><td>07.09–11.09</td><td>0</td><td>0</td></tr>
      <tr><td>38</td><td>14.09–18.09</td><td>0</td><td>0</td></tr>
      <tr><td>39</td><td>21.09–25.09</td><td>0</td><td>0</td></tr>
      <tr><td>40</td><td>28.09–02.10</td><td colspan="2">Høstferie</td></tr>
      <tr><td>41</td><td>05.10–09.10</td><td>0</td><td>0</td></tr>
      <tr><td>42</td><td>12.10–16.10</td><td>0</td><td>0</td></tr>
      <tr><td>43</td><td>19.10–23.10</td><td>0</td><td>0</td></tr>
      <tr><td>44</td><td>26.10–30.10</td><td>0</td><td>0</td></tr>
      <tr><td>45</td><td>02.11–06.11</td><td>0</td><td>3</td></tr>
      <tr><td>46</td><td>09.11–13.11</td><td>0</td><td>0</td></tr>
      <tr><td>47</td><td>16.11–20.11</td><td>1</td><td>0</td></tr>
      <tr><td>48</td><td>23.11</td><td>0</td><td>0</td></tr>`);
    const [kari] = rows(page);
    expect(kari?.totals?.stretches?.[0]).toEqual({ from: '2026-08-18', to: '2026-11-23', days: 2, lessons: 3 });
    expect(level(kari, ASOF)).toBe('ok');
  });

  it('leaves weeks one after another as events when none sums to nought (a week away each week is absence)', () => {
    const [kari] = rows(weekRows(`<tr><td>45</td><td>02.11–06.11</td><td>1</td><td>0</td></tr>
      <tr><td>46</td><td>09.11–13.11</td><td>1</td><td>0</td></tr>
      <tr><td>47</td><td>16.11–20.11</td><td>0</td><td>2</td></tr>`));
    expect(kari?.totals).toBeUndefined();
  });

  it('leaves a dated list whose weeks skip one as events (absences, not sums)', () => {
    const [kari] = rows(weekRows(`<tr><td>43</td><td>19.10–23.10</td><td>0</td><td>0</td></tr>
      <tr><td>44</td><td>26.10–30.10</td><td>2</td><td>0</td></tr>
      <tr><td>46</td><td>09.11–13.11</td><td>1</td><td>0</td></tr>`));
    expect(kari?.totals).toBeUndefined();
  });
});

describe('the same students in a table per period, each under a heading stating its range', () => {
  // As of Monday 23.11.2026: the term so far has 65 school days (B fires over 9,75 days), the last
  // 14 days (10.–23.11) hold 10 (A fires over 2,5 days).
  const page = `<h1>Fravær 6B</h1>
    <section><h2>Hittil i høsthalvåret (18.08.–23.11.2026)</h2>
    <table><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr>
    <tr><td>Ada Sæther</td><td>4</td><td>0</td></tr><tr><td>Brage Nilsen</td><td>7</td><td>6</td></tr></table></section>
    <section><h2>Siste to uker (10.11.–23.11.2026)</h2>
    <table><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr>
    <tr><td>Brage Nilsen</td><td>1</td><td>0</td></tr><tr><td>Ada Sæther</td><td>3</td><td>0</td></tr></table></section>`;

  it("reads each student's two rows together: the long range's as the totals, the short one's as a stretch", () => {
    const read = rows(page);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Ada Sæther', 4, 0, [{ from: '2026-11-10', to: '2026-11-23', days: 3, lessons: 0 }]],
      ['Brage Nilsen', 7, 6, [{ from: '2026-11-10', to: '2026-11-23', days: 1, lessons: 0 }]],
    ]);
  });

  it('levels them from both: 3 days in the last 14 → concern; 8 in the term and 1 in the last 14 → ok', () => {
    expect(rows(page).map((row) => level(row, ASOF))).toEqual(['concern', 'ok']);
  });
});

describe('absence split into kinds with their total', () => {
  // As of Monday 23.11.2026: the term so far has 65 school days (B fires over 9,75 days).
  const table = (ole: string) => `<table><tr><th>Elev</th><th>Sykdom</th><th>Permisjon</th><th>Ikke dokumentert</th><th>Totalt</th></tr>
    <tr><td>Ole Lie</td>${ole}</tr>
    <tr><td>Siv Berg</td><td>4</td><td>5</td><td>2</td><td>11</td></tr>
    <tr><td>Sum 9A</td><td>5</td><td>5</td><td>3</td><td>13</td></tr></table>`;
  const page = `<h1>Fravær etter årsak – 9A</h1><p>Alle tall i hele dager</p>${table('<td>1</td><td>–</td><td>1</td><td>2</td>')}`;

  it('reads the total as the days absent, and "Ikke dokumentert" as the undocumented part of it', () => {
    expect(rows(page).map((row) => [row.student.name, row.totals?.days, row.totals?.undocumentedDays])).toEqual([
      ['Ole Lie', 2, 1],
      ['Siv Berg', 11, 2],
    ]);
  });

  it('levels them from the total: 2 days → ok; 11 days > 10 → concern', () => {
    expect(rows(page).map((row) => level(row, ASOF))).toEqual(['ok', 'concern']);
  });

  it('leaves the total unread where the page states no unit, or where it does not add up the kinds', () => {
    expect(isCouldNotRead(read(`<h1>Fravær etter årsak – 9A</h1>${table('<td>1</td><td>–</td><td>1</td><td>2</td>')}`))).toBe(true);
    const [ole] = rows(`<h1>Fravær etter årsak – 9A</h1><p>Alle tall i hele dager</p>${table('<td>1</td><td>–</td><td>1</td><td>3</td>')}`);
    expect(ole?.totals?.days).toBeUndefined();
  });
});

describe("shares of absence per subject with the student's total share", () => {
  // As of Monday 23.11.2026: the term so far has 65 school days. Worked by hand: Ada 1,2 % is 0.78
  // days (≤ 2.5 → ok); Eirik 17,1 % is over 15 % (B → concern); Tuva 5,2 % is 3.38 days, over 2.5
  // so the last 14 days are undecided, under 15 % (→ unknown).
  const table = (ada: string, eirik = '17,1 %') => `<table><thead><tr><th>Elev</th><th>NOR</th><th>MAT</th><th>ENG</th><th>Totalt</th></tr></thead><tbody>
    <tr><td>Ada Vik</td><td>2,0 %</td><td>1,0 %</td><td>0,0 %</td><td>${ada}</td></tr>
    <tr><td>Eirik Moe</td><td>18,0 %</td><td>14,0 %</td><td>20,0 %</td><td>${eirik}</td></tr>
    <tr><td>Tuva Ås</td><td>5,0 %</td><td>6,0 %</td><td>4,0 %</td><td>5,2 %</td></tr>
    </tbody><tfoot><tr><td>Snitt 2STA</td><td>8,3 %</td><td>7,0 %</td><td>8,0 %</td><td>7,8 %</td></tr></tfoot></table>`;

  it('reads the total as each student\'s share of the teaching missed, and levels them from it', () => {
    const read = rows(`<h1>Fraværsprosent per fag – 2STA</h1>${table('1,2 %')}`);
    expect(read.map((row) => [row.student.name, row.totals?.percent])).toEqual([
      ['Ada Vik', 1.2],
      ['Eirik Moe', 17.1],
      ['Tuva Ås', 5.2],
    ]);
    expect(read.map((row) => level(row, ASOF))).toEqual(['ok', 'concern', 'unknown']);
  });

  it('leaves the total unread where nothing above the table names absence, or it names attendance', () => {
    expect(isCouldNotRead(read(`<h1>Resultater per fag – 2STA</h1>${table('1,2 %')}`))).toBe(true);
    expect(isCouldNotRead(read(`<h1>Oppmøte og fravær per fag – 2STA</h1>${table('1,2 %')}`))).toBe(true);
  });

  it('leaves the total unread where a row\'s total is over all its shares added, or under the smallest', () => {
    expect(isCouldNotRead(read(`<h1>Fraværsprosent per fag – 2STA</h1>${table('3,5 %')}`))).toBe(true);
    expect(isCouldNotRead(read(`<h1>Fraværsprosent per fag – 2STA</h1>${table('1,2 %', '12,0 %')}`))).toBe(true);
  });
});

describe('documented and undocumented absence as two shares, with no share of the whole', () => {
  // As of Monday 23.11.2026: the term so far has 65 school days, 10 in the last 14 days. Worked by
  // hand: Eva 9,2 + 6,2 = 15,4 % > 15 % (B → concern); Jon 1,5 % + none = 0.98 days ≤ 2.5 (→ ok);
  // Siri 0,0 + 4,6 = 4,6 % = 2.99 days, over 2.5 so the last 14 days are undecided, under 15 % (→ unknown).
  const page = (headers: [string, string], rows = ['9,2', '6,2', '1,5', '–', '0,0', '4,6']) =>
    `<h1>Fravær i prosent – 9B</h1><p>Andel av skoledagene hittil i halvåret.</p>
    <table><tr><th>Elev</th><th>${headers[0]}</th><th>${headers[1]}</th></tr>
    <tr><td>Eva Lien</td><td>${rows[0]}</td><td>${rows[1]}</td></tr>
    <tr><td>Jon Aas</td><td>${rows[2]}</td><td>${rows[3]}</td></tr>
    <tr><td>Siri Hovd</td><td>${rows[4]}</td><td>${rows[5]}</td></tr></table>`;

  it('adds the two parts up to the share of the whole, and levels the students from it', () => {
    const read = rows(page(['Dokumentert fravær (%)', 'Udokumentert fravær (%)']));
    expect(read.map((row) => [row.student.name, row.totals?.percent])).toEqual([
      ['Eva Lien', 15.4],
      ['Jon Aas', 1.5],
      ['Siri Hovd', 4.6],
    ]);
    expect(read.map((row) => level(row, ASOF))).toEqual(['concern', 'ok', 'unknown']);
  });

  it('adds them in either order and in nynorsk ("Ikkje dokumentert fråvær %" before "Dokumentert fråvær %")', () => {
    const read = rows(page(['Ikkje dokumentert fråvær %', 'Dokumentert fråvær %']));
    expect(read.map((row) => row.totals?.percent)).toEqual([15.4, 1.5, 4.6]);
  });

  it('reads the share of the whole where the page shows one beside the parts, never adding the parts to it', () => {
    const read = rows(`<h1>Fravær i prosent – 9B</h1><table><tr><th>Elev</th><th>Dokumentert %</th><th>Udokumentert %</th><th>Fravær totalt %</th></tr>
      <tr><td>Eva Lien</td><td>9,2</td><td>6,2</td><td>15,4</td></tr></table>`);
    expect(read[0]?.totals?.percent).toBe(15.4);
  });

  it('does not add shares of different bases, a share of the lessons to a share of the days, nor take one for the whole', () => {
    const result = read(page(['Dokumentert fravær (% av timene)', 'Udokumentert fravær (% av dagene)']));
    const shares = isCouldNotRead(result) ? [] : result.reading.rows.map((row) => row.totals?.percent);
    expect(shares).toEqual(shares.map(() => undefined));
  });

  it('never takes the share of one part for the share of the whole, which would show Jon better off than the page says', () => {
    // Only the undocumented part is shown: Jon's 1,5 % of it says nothing of his documented absence,
    // so his whole absence is not known to be 0.98 days, and he is not "ok" on it.
    const result = read(`<h1>Fravær i prosent – 9B</h1><p>Andel av skoledagene hittil i halvåret.</p>
      <table><tr><th>Elev</th><th>Udokumentert fravær (%)</th></tr>
      <tr><td>Eva Lien</td><td>6,2</td></tr><tr><td>Jon Aas</td><td>1,5</td></tr></table>`);
    const found = isCouldNotRead(result) ? [] : result.reading.rows;
    expect(found.map((row) => row.totals?.percent)).toEqual(found.map(() => undefined));
    expect(found.map((row) => level(row, ASOF))).not.toContain('ok');
  });

  it('does not add shares that make 100 % on every row with absence: they are shares of the absence, not of school time', () => {
    const result = read(page(['Dokumentert %', 'Udokumentert %'], ['75,0', '25,0', '–', '–', '0,0', '100,0']));
    const shares = isCouldNotRead(result) ? [] : result.reading.rows.map((row) => row.totals?.percent);
    expect(shares).toEqual(shares.map(() => undefined));
  });

  it('leaves the share unread when one of the parts cannot be read, rather than counting the other alone', () => {
    const result = read(page(['Dokumentert fravær (%)', 'Udokumentert fravær (%)'], ['9,2', 'sjå merknad', '1,5', '–', '0,0', '4,6']));
    const eva = isCouldNotRead(result) ? undefined : result.reading.rows.find((row) => row.student.name === 'Eva Lien');
    expect(eva?.totals?.percent).toBeUndefined();
    expect(isCouldNotRead(result) ? [] : result.reading.rows.map((row) => row.totals?.percent)).toEqual([1.5, 4.6]);
  });
});

describe('whole days split by how long each spell lasted', () => {
  // As of Friday 09.10.2026: 34 school days so far, the last 14 days hold 5 (05.–09.10). A fires
  // above 1,25 days in them, B above 5,1 days (15 % of 34).
  const OCTOBER = '2026-10-09';
  const page = (headers: string, rows: string) => `<h1>Fravær 6B etter varighet</h1><p>Skoleåret 2026/27 · per 09.10.2026</p>
    <table><thead><tr><th>Elev</th>${headers}</tr></thead><tbody>${rows}</tbody></table>`;

  it('adds the short-term and the long-term days: neither alone is the student\'s days', () => {
    const [siri, tor, ...rest] = rows(
      page(
        '<th>Korttidsfravær (dager)</th><th>Langtidsfravær (dager)</th><th>Enkelttimer</th>',
        `<tr><td>Siri Holm</td><td>1</td><td>4</td><td>0</td></tr>
         <tr><td>Tor Aune</td><td>2</td><td>4</td><td>3</td></tr>`,
      ),
      OCTOBER,
    );
    expect(rest).toEqual([]);
    expect([siri?.totals?.days, siri?.totals?.lessons, tor?.totals?.days, tor?.totals?.lessons]).toEqual([5, 0, 6, 3]);
    // Siri: 1 + 4 = 5 d > 1,25 → A undecidable, ≤ 5,1 → B not fired → unknown (1 d alone would be ok).
    // Tor: 2 + 4 d + 3 t = 6,5 > 5,1 → B fired → concern.
    expect([level(siri, OCTOBER), level(tor, OCTOBER)]).toEqual(['unknown', 'concern']);
  });

  it('reads the English "Short-term | Long-term" the same way', () => {
    const [siri] = rows(
      page('<th>Short-term absence (days)</th><th>Long-term absence (days)</th>', '<tr><td>Siri Holm</td><td>2</td><td>5</td></tr>'),
      OCTOBER,
    );
    expect(siri?.totals?.days).toBe(7);
  });

  it('takes the total beside the parts, never the parts on top of it', () => {
    const [siri] = rows(
      page('<th>Korttidsfravær (dager)</th><th>Langtidsfravær (dager)</th><th>Fravær totalt (dager)</th>', '<tr><td>Siri Holm</td><td>1</td><td>4</td><td>5</td></tr>'),
      OCTOBER,
    );
    expect(siri?.totals?.days).toBe(5);
  });
});
