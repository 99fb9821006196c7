// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { lessonCount } from '../../../lib/model/absence';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay, type PageRead } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * One rule per page shape the generic reader met on pages written without it in mind. Each page
 * here is invented and small; the expected values are read off the markup by hand.
 */
function read(html: string): PageRead {
  return readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
}

function rows(html: string): ReadingRow[] {
  const result = read(html);
  if (isCouldNotRead(result)) throw new Error(`could not read: ${result.missing.join('; ')}`);
  return result.reading.rows;
}

describe('a dated list is read as absence only when a column says what was missed', () => {
  it('does not read a remarks log (date, student, remark, count) as absence', () => {
    const result = read(`<h1>Merknader – 9A</h1><table>
      <tr><th>Dato</th><th>Elev</th><th>Merknad</th><th>Antall</th><th>Registrert av</th></tr>
      <tr><td>12.11.2026</td><td>Mathea Ryen</td><td>Glemt gymtøy</td><td>2</td><td>KB</td></tr>
      <tr><td>16.11.2026</td><td>Leo Sæther</td><td>Mobil i timen</td><td>3</td><td>ØL</td></tr></table>`);
    expect(isCouldNotRead(result)).toBe(true);
  });

  it('reads the same list when a column gives the kind of absence', () => {
    const read = rows(`<table><tr><th>Dato</th><th>Elev</th><th>Type</th></tr>
      <tr><td>12.11.2026</td><td>Mathea Ryen</td><td>Dagsfravær</td></tr></table>`);
    expect(read.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind])])).toEqual([
      ['Mathea Ryen', [['2026-11-12', 'day']]],
    ]);
  });

  // A subject beside a date is any school list's (exams, tests, hand-ins): the page must say it is about absence.
  const subjectsList = (above: string, title = '') => `<title>${title}</title><main><section><div>${above}<table>
    <tr><th>Elev</th><th>Fag</th><th>Status</th><th>Dato meldt opp</th></tr>
    <tr><td>Mathea Ryen</td><td>NOR1211</td><td>Oppmeldt</td><td>12.11.2026</td></tr>
    <tr><td>Leo Sæther</td><td>ENG1007</td><td>Ikke oppmeldt</td><td></td></tr></table></div></section></main>`;

  it('does not read a list of students, subjects and dates as absence when nothing on the page names absence', () => {
    expect(isCouldNotRead(read(subjectsList('<h1>Eksamensoppmelding våren 2027 – 3STA</h1>')))).toBe(true);
  });

  it('does not take absence named only in a note under the table for the list\'s subject', () => {
    const result = read(`${subjectsList('<h1>Eksamen – 3STA</h1>')}<p>Elever med mye fravær kan miste retten til vurdering.</p>`);
    expect(isCouldNotRead(result)).toBe(true);
  });

  it('reads the same list as missed lessons when the heading above it names absence', () => {
    const mathea = rows(subjectsList('<h1>Fraværsregistreringer – 3STA</h1>')).find((row) => row.student.name === 'Mathea Ryen');
    expect(mathea?.events.map((event) => [event.date, event.kind, event.subject])).toEqual([['2026-11-12', 'lesson', 'NOR1211']]);
  });

  it('reads it so when only the page title names absence, the table nested deep under it', () => {
    expect(rows(subjectsList('<h1>3STA</h1>', 'Fravær – 3STA')).map((row) => row.student.name)).toContain('Mathea Ryen');
  });
});

describe('a unit stated above the table is read line by line', () => {
  // "… hele dager." ends one line and "Fravær – 9E" starts the next: together they read
  // "dager fravær", which no line says. The cells give their own units.
  const page = `<h1>Fravær – 9E</h1><p>Hittil i halvåret. d = hele dager, t = enkelttimer utenom hele dager.</p>
    <table><tr><th>Navn</th><th>Fravær</th></tr><tr><td>Selma Kirke</td><td>0 d 5 t</td></tr><tr><td>Vetle Strand</td><td>10 d 2 t</td></tr></table>`;

  it('reads "0 d 5 t" in a column headed "Fravær" as days and lessons', () => {
    expect(rows(page).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Selma Kirke', 0, 5],
      ['Vetle Strand', 10, 2],
    ]);
  });

  it('still takes the unit from one line that states it', () => {
    const [row] = rows(`<p>Tall i dager.</p><table><tr><th>Navn</th><th>Fravær</th></tr><tr><td>Selma Kirke</td><td>4</td></tr></table>`);
    expect(row?.totals?.days).toBe(4);
  });

  // A bare column "Fravær i år" under a line whose first sentence is only the unit, the rest the
  // period: 1,5 and 7 are whole days, the figures of 18.08.2026–23.11.2026.
  const unitAlone = (line: string) => `<h1>Fravær 10A</h1><p>${line}</p><table><tr><th>Elev</th><th>Fravær i år</th></tr>
    <tr><td>Jenny Aune</td><td>1,5</td></tr><tr><td>Kasper Holte</td><td>7</td></tr></table>`;

  it('takes the unit from a sentence that is nothing but the unit ("Hele dager. I år: …")', () => {
    const result = read(unitAlone('Hele dager. I år: 18.08.2026–23.11.2026.'));
    if (isCouldNotRead(result)) throw new Error(result.missing.map((m) => m.code).join('; '));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Jenny Aune', 1.5, undefined],
      ['Kasper Holte', 7, undefined],
    ]);
    expect(result.layout.shownPeriod).toEqual({ basis: 'stated', from: '2026-08-18', to: '2026-11-23' });
  });

  it('takes no unit from a unit inside a longer sentence, nor from two units alone', () => {
    expect(isCouldNotRead(read(unitAlone('Hele dager regnes for seg. I år: 18.08.2026–23.11.2026.')))).toBe(true);
    expect(isCouldNotRead(read(unitAlone('Hele dager. Timer.')))).toBe(true);
  });
});

describe('a length cell that says the student came late', () => {
  const page = (length: string) => `<h1>Fråvær for Ingrid Haugland, 8A</h1>
    <table><tr><th>Dato</th><th>Fråvær</th><th>Fag / merknad</th></tr>
    <tr><td>10.11.2026</td><td>3 timar</td><td>Tannlege</td></tr>
    <tr><td>18.11.2026</td><td>${length}</td><td>Første time</td></tr></table>`;

  it('reads "Sein, 10 min" (nynorsk) as a late arrival, not minutes of absence', () => {
    const [row] = rows(page('Sein, 10 min'));
    // The heading names the student with the class after a comma.
    expect(row?.student.name).toBe('Ingrid Haugland');
    expect(row?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-10', 'lesson'],
      ['2026-11-18', 'late'],
    ]);
  });

  it('reads "For sent, 10 min" the same way, and "10 min" alone as absence', () => {
    expect(rows(page('For sent, 10 min'))[0]?.events[1]?.kind).toBe('late');
    expect(rows(page('10 min'))[0]?.events[1]?.kind).toBe('lesson');
  });
});

describe('a list of registrations whose "Registrering" column says what each row registered', () => {
  const list = `<h1>Fraværsregistreringer – 10C</h1><table>
    <tr><th>Dato</th><th>Elev</th><th>Registrering</th><th>Omfang</th></tr>
    <tr><td>14.09.2026</td><td>Tobias Lunde</td><td>Fravær enkelttimer</td><td>3 timer</td></tr>
    <tr><td>08.10.2026</td><td>Tobias Lunde</td><td>Fravær hele dagen</td><td>1 dag</td></tr>
    <tr><td>17.11.2026</td><td>Tobias Lunde</td><td>Forsentkomming</td><td>–</td></tr></table>`;

  it('reads a late arrival with no extent ("–") as a late arrival, not a whole day', () => {
    // By hand: 3 lessons on 14.09 (3 × 45 min), a whole day on 08.10, and a late arrival on 17.11.
    expect(rows(list)[0]?.events.map((event) => [event.date, event.kind, event.minutes])).toEqual([
      ['2026-09-14', 'lesson', 135],
      ['2026-10-08', 'day', undefined],
      ['2026-11-17', 'late', undefined],
    ]);
  });

  it('takes the extent from that column when no other column gives it ("2 timer", "Kom for sent")', () => {
    const [row] = rows(`<h1>Aurora Lindqvist – fraværsregistreringer</h1><table>
      <tr><th>Dato</th><th>Registrering</th><th>Merknad</th></tr>
      <tr><td>15.09.2026</td><td>2 timer</td><td>Tannlege</td></tr>
      <tr><td>12.10.2026</td><td>Hele dagen</td><td></td></tr>
      <tr><td>16.11.2026</td><td>Kom for sent</td><td>10 min</td></tr></table>`);
    expect(row?.events.map((event) => [event.date, event.kind, event.minutes])).toEqual([
      ['2026-09-15', 'lesson', 90],
      ['2026-10-12', 'day', undefined],
      ['2026-11-16', 'late', undefined],
    ]);
  });
});

describe("a student's registrations as a list, an item per date", () => {
  const page = (items: string) => `<h1>Fraværslogg: Jon Aasen (10A)</h1><p>Alt registrert fravær 18.08.2026–23.11.2026.</p><ol>${items}</ol>`;

  it('reads each item as an event: a whole day, lessons, a late arrival', () => {
    const [row] = rows(
      page(`<li><span>18. aug.</span> Hel dag – syk</li><li><span>19. okt.</span> 3 t – udokumentert</li>
        <li><span>11. nov.</span> Sen – 10 min</li>`),
    );
    expect(row?.student.name).toBe('Jon Aasen');
    expect(row?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
      ['2026-08-18', 'day', null],
      ['2026-10-19', 'lesson', 3 * 45],
      ['2026-11-11', 'late', 10],
    ]);
  });

  it('reads "2 enkelttimer" after a date written in words as two lessons, not a day', () => {
    const [row] = rows(
      page(`<li>tirsdag 24. november – 2 enkelttimer (3. og 4. time, udokumentert)</li><li>onsdag 25. november – hele dagen (syk)</li>`),
    );
    expect(row?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
      ['2026-11-24', 'lesson', 2 * 45],
      ['2026-11-25', 'day', null],
    ]);
  });

  it('reads every list of a page that splits them by month, a list of one item too, in page order', () => {
    // A folded section per month, as a student's page may show them; by hand the events are the
    // items of all three lists: 25.08 a day, 14.09 a day, 05.11 a day, 11.11 two lessons.
    const doc = `<h1>Fråværsoversikt – Astrid Nygård, 9B</h1>
      <details><summary>August 2026 – 1 dag</summary><ul><li>tysdag 25.08.: heile dagen (sjukdom)</li></ul></details>
      <details><summary>September 2026 – 1 dag</summary><ul><li>måndag 14.09.: heile dagen (sjukdom)</li></ul></details>
      <details><summary>November 2026 (til no) – 1 dag, 2 timar</summary><ul><li>torsdag 05.11.: heile dagen</li><li>onsdag 11.11.: 2 timar</li></ul></details>`;
    const [row] = rows(doc);
    expect(row?.student.name).toBe('Astrid Nygård');
    expect(row?.events.map((event) => [event.date, event.kind, lessonCount(event)])).toEqual([
      ['2026-08-25', 'day', 0],
      ['2026-09-14', 'day', 0],
      ['2026-11-05', 'day', 0],
      ['2026-11-11', 'lesson', 2],
    ]);
  });

  it('reads items that open with an icon before their date, the icon\'s tooltip aside', () => {
    // By hand: the icons are decoration; the words after each date say a whole day or lessons.
    const [row] = rows(
      page(`<li><span title="Fravær enkelttimer">◐</span> 04.11.2026 – 1 time (5. time) – Hentet tidlig</li>
        <li><span title="Fravær hel dag">●</span> 03.11.2026 – Hele dagen – Syk</li><li>🤒 02.11.2026 – Heil dag</li>`),
    );
    expect(row?.student.name).toBe('Jon Aasen');
    expect(row?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
      ['2026-11-02', 'day', null],
      ['2026-11-03', 'day', null],
      ['2026-11-04', 'lesson', 45],
    ]);
  });

  it('does not read a list of dated news as absence', () => {
    const result = read(page('<li>18. aug. Skolestart for alle</li><li>19. okt. Foreldremøte i aulaen</li>'));
    expect(isCouldNotRead(result)).toBe(true);
  });

  it('reads items dated "I dag", "I går" and by weekday as the days they are, counted back from the as-of day', () => {
    // By hand, as of Monday 23.11.2026: "I dag" is 23.11, "I går" Sunday 22.11, "Fredag" 20.11,
    // "Torsdag" 19.11; "12. nov." has no year and falls in the school year 2026/27: 12.11.2026.
    const [row] = rows(
      page(`<li>I dag · 2 timer (1.–2. time)</li><li>I går · 1 time</li><li>Fredag · Hele dagen</li><li>Torsdag · Hele dagen</li>
        <li>12. nov. · 3 timer (4.–6. time)</li>`),
    );
    expect(row?.events.map((event) => [event.date, event.kind, event.minutes ?? null])).toEqual([
      ['2026-11-12', 'lesson', 3 * 45],
      ['2026-11-19', 'day', null],
      ['2026-11-20', 'day', null],
      ['2026-11-22', 'lesson', 45],
      ['2026-11-23', 'lesson', 2 * 45],
    ]);
  });

  it("reads a list of weekdays alone under a week's heading as that week's days, not the days before today", () => {
    // The title names absence, so only the weekdays' reading is at stake. ISO week 46 of 2026 runs
    // 09.–15.11 and week 47 16.–22.11 (week 1 from Monday 29.12.2025): week 46's Wednesday is 11.11,
    // its Friday 13.11, week 47's Tuesday 17.11; the latest Wednesday and Friday before Monday
    // 23.11 would be 18.11 and 20.11.
    const [row] = rows(`<title>Fravær – Ola Berg</title><h1>Fravær – Ola Berg, 8A</h1>
      <h2>Uke 47</h2><ul><li>Tirsdag: hele dagen</li></ul><h2>Uke 46</h2><ul><li>Onsdag – hele dagen</li><li>Fredag: 2 timer</li></ul>`);
    expect(row?.events.map((event) => event.date)).toEqual(['2026-11-11', '2026-11-13', '2026-11-17']);
  });

  it('does not read a list by weekday as absence when nothing above it or in its title names absence', () => {
    // A week plan: weekdays and hours, and not a word of absence.
    const result = read(`<title>Ukeplan – Jon Aasen</title><h1>Ukeplan: Jon Aasen (10A)</h1>
      <ul><li>I dag · 2 timer matematikk</li><li>Tirsdag · 3 timer norsk</li><li>Onsdag · Hele dagen tur</li></ul>`);
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe("a student's profile with the total in a chart's centre, over a legend of its parts", () => {
  const donut = (centre: string) => `<div class="graf"><div class="smultring" role="img"><div class="midt"><div>${centre}</div></div></div>
    <ul class="forklaring"><li><span class="farge"></span>Sykdom – 3 dager</li><li><span class="farge"></span>Lege/tannlege – 4 timer</li>
    <li><span class="farge"></span>Permisjon – 1 dag</li><li><span class="farge"></span>Ikke dokumentert – 2 timer</li></ul></div>`;

  it('reads the figure over "totalt" as the total, not adding the legend\'s parts, over the period the line above the chart states', () => {
    // By hand: the centre says 4 whole days and 6 lessons in all; the legend's 3 d + 1 d + 4 t + 2 t
    // are its parts (4 d 6 t again), so adding them would double it. The line above states 18.08–23.11.2026.
    const html = `<title>Ada Lunde – elevprofil</title><h1>Elevprofil – Ada Lunde, 10A</h1>
      <p>Strandheim skole · fravær hittil i skoleåret (18.08.–23.11.2026)</p>${donut('4 d 6 t<br><small>totalt</small>')}`;
    const result = read(html);
    if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
    const [row] = result.reading.rows;
    expect(row?.student.name).toBe('Ada Lunde');
    expect(row?.totals).toMatchObject({ days: 4, lessons: 6 });
    expect(result.reading.shownPeriod).toEqual({ basis: 'stated', from: '2026-08-18', to: '2026-11-23' });
  });

  it('does not read such a figure when nothing on the page speaks of absence', () => {
    // A work-placement week's days and hours, drawn the same way.
    const result = read(`<title>Ada Lunde – utplassering</title><h1>Utplassering – Ada Lunde, 10A</h1>
      <p>Arbeidsuke hos Strandheim bakeri</p><div class="midt"><div>4 d 6 t<br><small>totalt</small></div></div>`);
    expect(isCouldNotRead(result)).toBe(true);
  });
});

describe("a class's log by day: a heading per date over that day's registrations", () => {
  const page = (second: string) => `<h1>Dagbok 7C</h1><p>Viser 16.11.2026–20.11.2026</p>
    <h2>Mandag 16.11.2026</h2><ul><li>Eira Haugland – hele dagen</li><li>Sindre Ask-Olsen – 3 timer (4.–6. time)</li></ul>
    <h2>Onsdag 18.11.2026</h2><ul>${second}</ul>`;

  it("reads each line as an event of the student it names, on the heading's date, the badge in the line", () => {
    const doc = parsePage(page('<li>Eira Haugland – hele dagen</li><li><b>Nora Lid</b> – kom for sent (10 min)</li>'));
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read the log');
    expect(result.reading.rows.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes ?? null])])).toEqual([
      ['Eira Haugland', [['2026-11-16', 'day', null], ['2026-11-18', 'day', null]]],
      ['Sindre Ask-Olsen', [['2026-11-16', 'lesson', 3 * 45]]],
      ['Nora Lid', [['2026-11-18', 'late', 10]]],
    ]);
    expect(result.layout.shownPeriod).toEqual({ basis: 'stated', from: '2026-11-16', to: '2026-11-20' });
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.slots.map((slot) => slot.anchor.tagName)).toEqual(['LI', 'LI', 'B']);
  });

  it('does not read dated headings over lines that say something other than absence, or name no person', () => {
    expect(isCouldNotRead(read(page('<li>Foreldremøte – i aulaen</li>')))).toBe(true);
    expect(isCouldNotRead(read(page('<li>Eira Haugland – hentet av mor</li>')))).toBe(true);
    expect(isCouldNotRead(read(page('<li>Gruppe 2 – hele dagen</li>')))).toBe(true);
  });

  it('does not read a plan of coming days (every heading after the as-of day) as absence', () => {
    const plan = `<h2>Tirsdag 24.11.2026</h2><ul><li>Eira Haugland – hele dagen</li></ul>
      <h2>Onsdag 25.11.2026</h2><ul><li>Sindre Ask-Olsen – 2 timer</li></ul>`;
    expect(isCouldNotRead(read(plan))).toBe(true);
  });

  // "Siste registreringer": each day's heading and list in a block of its own, today named as such,
  // the dates without a year. ASOF is Monday 23.11.2026; worked by hand from the markup.
  const day = (heading: string, items: string[]) => `<section><h2>${heading}</h2><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></section>`;
  const feed = (above: string, days: string) => `<h1>5B – siste registreringer</h1>${above}${days}`;
  const recent =
    day('I dag (mandag 23.11)', ['Aksel Vik – hele dagen', 'Teo Nygaard – 4.–6. time (3 timer)']) +
    day('Fredag 20.11', ['Aksel Vik – hele dagen', 'Mina Sørensen – 2 timer']) +
    day('Torsdag 12.11', ['Mina Sørensen – 1 time (5. time)']);

  it("reads days in blocks of their own, today's by its date, lessons named by number counting nothing", () => {
    expect(rows(feed('<p>Viser fravær de siste 14 dagene (10.11.2026–23.11.2026).</p>', recent)).map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes ?? null])])).toEqual([
      ['Aksel Vik', [['2026-11-20', 'day', null], ['2026-11-23', 'day', null]]],
      ['Teo Nygaard', [['2026-11-23', 'lesson', 3 * 45]]],
      ['Mina Sørensen', [['2026-11-12', 'lesson', 45], ['2026-11-20', 'lesson', 2 * 45]]],
    ]);
  });

  it('shows the range stated above the first day; stating none, from the first day it lists to today', () => {
    const stated = genericAdapter.locate(parsePage(feed('<p>Viser fravær de siste 14 dagene (10.11.2026–23.11.2026).</p>', recent)), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(stated.ok && stated.layout.shownPeriod).toEqual({ basis: 'stated', from: '2026-11-10', to: '2026-11-23' });
    const unstated = genericAdapter.locate(parsePage(feed('', recent)), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(unstated.ok && unstated.layout.shownPeriod).toEqual({ basis: 'window', from: '2026-11-12', to: '2026-11-23' });
  });

  it('reads nothing when a day names no person, a heading says more than its day, or the blocks are not one log', () => {
    expect(isCouldNotRead(read(feed('', recent + day('Onsdag 11.11', ['Foreldremøte – 2 timer']))))).toBe(true);
    expect(isCouldNotRead(read(feed('', day('Uke 47 · 16.11.2026–20.11.2026', ['Aksel Vik – 2 timer']) + day('Uke 46 · 09.11.2026–13.11.2026', ['Mina Sørensen – 1 time']))))).toBe(true);
    expect(isCouldNotRead(read(feed('', day('Foreldremøte 20.11', ['Aksel Vik – 2 timer']) + day('Juleverksted 12.11', ['Mina Sørensen – 1 time']))))).toBe(true);
    expect(isCouldNotRead(read(feed('', `<div>${day('Fredag 20.11', ['Aksel Vik – 2 timer'])}</div><aside>${day('Torsdag 12.11', ['Mina Sørensen – 1 time'])}</aside>`)))).toBe(true);
  });
});

describe("a student's log by week: a heading per week over weekdays, no dates", () => {
  // ASOF is Monday 23.11.2026 (ISO week 48). ISO weeks of 2026 worked by hand: 1 January 2026 is a
  // Thursday, so week 1 runs from Monday 29.12.2025 and week n's Monday is 29.12.2025 + 7(n − 1)
  // days: week 46 from 09.11, week 47 from 16.11, week 48 from 23.11.
  const week = (heading: string, items: string[]) => `<h2>${heading}</h2><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  const log = (title: string, weeks: string) => `<h1>${title}</h1><p>Hele skoleåret hittil</p>${weeks}`;
  const weeks =
    week('Uke 48', ['Mandag: 2.–4. time']) +
    week('Uke 47', ['Tirsdag: hele dagen']) +
    week('Uke 46', ['Onsdag – hele dagen', 'Fredag: 2 timer']);

  it("reads each line as an event on its weekday's date in that week, a lesson range as its lessons", () => {
    const [row] = rows(log('Fravær – Ola Berg, 8A', weeks));
    expect(row?.student.name).toBe('Ola Berg');
    expect(row?.events.map((event) => [event.date, event.kind, event.lessons ?? null, event.minutes ?? null])).toEqual([
      ['2026-11-11', 'day', null, null],
      ['2026-11-13', 'lesson', null, 2 * 45],
      ['2026-11-17', 'day', null, null],
      ['2026-11-23', 'lesson', [2, 3, 4], null],
    ]);
  });

  it('shows every week from the first it lists, from its Monday, to today', () => {
    const located = genericAdapter.locate(parsePage(log('Fravær – Ola Berg, 8A', weeks)), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(located.ok && located.layout.shownPeriod).toEqual({ basis: 'window', from: '2026-11-09', to: '2026-11-23' });
  });

  it('reads nothing when the page does not name absence, a line names no weekday or says no absence, or a day lies after today', () => {
    expect(isCouldNotRead(read(log('Ukeplan – Ola Berg, 8A', weeks)))).toBe(true);
    expect(isCouldNotRead(read(log('Fravær – Ola Berg, 8A', weeks + week('Uke 45', ['Norsk: 2.–4. time']))))).toBe(true);
    expect(isCouldNotRead(read(log('Fravær – Ola Berg, 8A', weeks + week('Uke 45', ['Mandag: les side 10–12']))))).toBe(true);
    expect(isCouldNotRead(read(log('Fravær – Ola Berg, 8A', week('Uke 48', ['Tirsdag: hele dagen']) + week('Uke 47', ['Mandag: hele dagen']))))).toBe(true);
  });
});

describe('names and figures in two tables side by side', () => {
  const page = (figureRows: string) => `<h1>Fravær – 9A</h1><div class="wrap">
    <table><thead><tr><th>Elev</th></tr></thead><tbody><tr><td>Haug, Tobias</td></tr><tr><td>Berg, Linn</td></tr></tbody></table>
    <div class="scroll"><table><thead><tr><th>Hele dager</th><th>Enkelttimer</th></tr></thead><tbody>${figureRows}</tbody></table></div></div>`;

  it('reads them as one table, row for row, with the badge in the names row', () => {
    const result = read(page('<tr><td>0</td><td>2</td></tr><tr><td>4</td><td>0</td></tr>'));
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Haug, Tobias', 0, 2],
      ['Berg, Linn', 4, 0],
    ]);
    expect(result.layout.slots.map((slot) => slot.anchor.textContent)).toEqual(['Haug, Tobias', 'Berg, Linn']);
  });

  it('does not join them when their rows do not line up', () => {
    expect(isCouldNotRead(read(page('<tr><td>0</td><td>2</td></tr>')))).toBe(true);
  });
});

describe('a table whose rows name no student', () => {
  it('is not read: a table of classes with averages, headed "Elever" over the head count', () => {
    const result = read(`<table><thead><tr><th>Klasse</th><th>Elever</th><th>Fravær dager (snitt)</th></tr></thead>
      <tbody><tr><td>8A</td><td>24</td><td>3,1</td></tr><tr><td>8B</td><td>23</td><td>2,7</td></tr></tbody></table>`);
    expect(isCouldNotRead(result)).toBe(true);
  });

  it('still reads a class with no students yet as an empty table', () => {
    const result = read(`<table><thead><tr><th>Elev</th><th>Fravær dager</th></tr></thead><tbody></tbody></table>`);
    if (isCouldNotRead(result)) throw new Error(result.missing.join('; '));
    expect(result.reading.rows).toEqual([]);
  });
});

describe('figures with a label beside them instead of a column header', () => {
  it('reads student cards of label/value pairs: a heading with the name, the same labels on every card', () => {
    const card = (name: string, days: string, lessons: string) =>
      `<div class="kort"><h3>${name}</h3><span><span>Klasse</span><span>7A</span></span>` +
      `<span><span>Fravær dager</span><span>${days}</span></span><span><span>Fravær timer</span><span>${lessons}</span></span></div>`;
    const read = rows(`<h1>7A – elevkort</h1><div>${card('Astrid Moen', '0', '0')}${card('Jens Kolstø', '2', '3')}</div>`);
    expect(read.map((row) => [row.student.name, row.student.className, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Astrid Moen', '7A', 0, 0],
      ['Jens Kolstø', '7A', 2, 3],
    ]);
  });

  it('reads app cards whose figures are a line "Fravær: 1 dag · 5 timer" under the name', () => {
    const card = (name: string, figures: string) => `<li><h3>${name}</h3><p>Klasse 7A</p><p>Fravær: ${figures}</p></li>`;
    const read = rows(`<p>Fravær i høst, fra skolestart 18.08</p><ul>${card('Ella Rosvold', '0 dager · 0 timer')}${card('Emma Kirkeby', '1 dag · 5 timer')}</ul>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Ella Rosvold', 0, 0],
      ['Emma Kirkeby', 1, 5],
    ]);
  });

  it('reads a list of gauges by the figure written beside each, "5 av 65 skoledager", not by the gauge\'s fallback text', () => {
    const item = (name: string, days: number) =>
      `<li><span>${name}</span><meter min="0" max="65" value="${days}">${days} av 65</meter><span>${days} av 65 skoledager</span></li>`;
    const read = rows(`<h1>7A – fravær hittil i høsthalvåret</h1><ul>${item('Aksel Brekke', 1)}${item('Sofie Aune', 7)}</ul>`);
    expect(read.map((row) => [row.student.name, row.totals?.period, row.totals?.days])).toEqual([
      ['Aksel Brekke', 'term', 1],
      ['Sofie Aune', 'term', 7],
    ]);
  });

  it("reads a letter about one student by its figures in bold in the prose, each labelled by its sentence", () => {
    const read = rows(`<html><head><title>Melding om fravær – Ola Nordmann – Bakken skole</title></head><body>
      <p>Til foresatte for Ola Nordmann, 9A</p><h1>Melding om fravær</h1>
      <p>Per 23.11.2026 har Ola hatt <strong>4 dager og 2 enkelttimer</strong> fravær hittil i høsthalvåret (18.08.2026–23.11.2026).
      De siste 14 dagene (10.11.2026–23.11.2026) har han vært borte <strong>2 dager</strong>.</p>
      <p>Med vennlig hilsen<br>Kari Moe, kontaktlærer</p></body></html>`);
    expect(read.map((row) => [row.student.name, row.totals?.period, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Ola Nordmann', 'term', 4, 2, [{ from: '2026-11-10', to: '2026-11-23', days: 2, lessons: 0 }]],
    ]);
  });

  it('reads a description list of students: the name in <dt>, the absence in words in <dd>', () => {
    const read = rows(`<h1>Fravær 4A</h1><p>Hittil i halvåret</p><dl>
      <dt>Marius Holt</dt><dd>3 dager (herav 1 udokumentert)</dd><dt>Tiril Aunet</dt><dd>Ingen fravær</dd>
      <dt>Daniel Li</dt><dd>8 dager og 5 timer (herav 2 timer udokumentert)</dd></dl>`);
    // The bracketed part is a part of the figure before it, not more absence.
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Marius Holt', 3, 0],
      ['Tiril Aunet', 0, 0],
      ['Daniel Li', 8, 5],
    ]);
  });

  it('reads a description list whose <dd>s label the figures: one column per label', () => {
    const read = rows(`<h1>7B · Fravær</h1><dl>
      <dt>Sofie Brekke</dt><dd>Siste 14 dager: 0</dd><dd>Hittil dette halvåret: 1 dag, 2 timer</dd>
      <dt>Elias Dahl Moen</dt><dd>Siste 14 dager: 2 dager, 3 timer</dd><dd>Hittil dette halvåret: 7 dager</dd></dl>`);
    expect(read.map((row) => [row.student.name, row.totals?.period, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Sofie Brekke', 'term', 1, 2, [{ from: '2026-11-10', to: '2026-11-23', days: 0, lessons: 0 }]],
      ['Elias Dahl Moen', 'term', 7, 0, [{ from: '2026-11-10', to: '2026-11-23', days: 2, lessons: 3 }]],
    ]);
  });

  it('does not read a description list of terms and explanations as students', () => {
    const result = read(`<dl><dt>Fravær</dt><dd>3 typer</dd><dt>Forsentkomming</dt><dd>2 regler</dd></dl>`);
    expect(isCouldNotRead(result)).toBe(true);
  });
});

it('reads a last-14-days cell that gives its own units ("2 dager og 3 timer")', () => {
  const [row] = rows(`<table><tr><th>Elev</th><th>Fravær dager</th><th>Siste 14 dager</th></tr>
    <tr><td>Ingvild Rø</td><td>6</td><td>2 dager og 3 timer</td></tr></table>`);
  expect(row?.totals?.stretches).toEqual([{ from: '2026-11-10', to: '2026-11-23', days: 2, lessons: 3 }]);
});

describe("a student's page that shows their figures as labelled tiles", () => {
  const page = (tiles: string) => `<header><h1>Mathea Grønli</h1><p>Klasse: 10A</p></header>
    <section aria-label="Fravær">${tiles}</section>`;
  const tile = (label: string, value: string) => `<div class="flis"><div>${label}</div><div class="tall">${value}</div></div>`;

  it('reads the tiles as one row of totals, the student named in the heading', () => {
    const [row] = rows(page(tile('Fravær dette halvåret', '4 dager og 7 timer') + tile('Siste 14 dager', '0 dager og 2 timer')));
    expect(row?.student).toMatchObject({ name: 'Mathea Grønli', className: '10A' });
    expect(row?.totals).toMatchObject({ days: 4, lessons: 7, stretches: [{ from: '2026-11-10', to: '2026-11-23', days: 0, lessons: 2 }] });
  });

  it('does not read tiles that hold no absence figure', () => {
    expect(isCouldNotRead(read(page(tile('Karaktersnitt', '4,2') + tile('Antall fag', '11'))))).toBe(true);
  });
});

describe('a card prints its figure large with the label under it', () => {
  const card = (name: string, days: number, lessons: number, recent: string) =>
    `<article><h3>${name}</h3><span>${days}</span> <span>fraværsdager</span><p>+ ${lessons} enkelttimer</p><p>Siste 14 dager: ${recent}</p></article>`;
  const page = `<h1>Klassens fravær</h1><p>Hittil i halvåret</p><div>${card('Mina Holm', 4, 3, '1 dag')}${card('Tarjei Vik', 10, 2, '0 dager')}</div>`;

  it('reads the figure before its label as days and "+ 3 enkelttimer" as lessons beyond them', () => {
    expect(rows(page).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches?.[0]?.days])).toEqual([
      ['Mina Holm', 4, 3, 1],
      ['Tarjei Vik', 10, 2, 0],
    ]);
  });

  it('does not pair a figure with a label that text parts from it', () => {
    const parted = page.replaceAll('<span>4</span> <span>', '<span>4</span> av <span>').replaceAll('<span>10</span> <span>', '<span>10</span> av <span>');
    expect(rows(parted).map((row) => row.totals?.days)).toEqual([undefined, undefined]);
  });
});

it('reads a from–to period in a "Dato / periode" column as each weekday of it', () => {
  const read = rows(`<table><tr><th>Dato / periode</th><th>Elev</th><th>Omfang</th></tr>
    <tr><td>13.11.2026–17.11.2026</td><td>Jonas Lie</td><td>Hele dager</td></tr>
    <tr><td>19.11.2026</td><td>Jonas Lie</td><td>2 timer</td></tr></table>`);
  // Friday 13.11 to Tuesday 17.11: the weekend between holds no school day.
  expect(read.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind])])).toEqual([
    ['Jonas Lie', [['2026-11-13', 'day'], ['2026-11-16', 'day'], ['2026-11-17', 'day'], ['2026-11-19', 'lesson']]],
  ]);
});

describe("a student's month calendar: a day's cell holds its day of the month and a code on a day with absence", () => {
  // November 2026 starts on a Sunday: in a grid headed Monday to Sunday, six empty cells come first.
  // ASOF is Monday 23.11.2026. Worked by hand from the markup.
  const november = (marks: Record<number, string>, emptyFirst = 6) => {
    const cells = [
      ...Array.from({ length: emptyFirst }, () => '<td></td>'),
      ...Array.from({ length: 30 }, (_, i) => `<td><span>${i + 1}</span>${marks[i + 1] ? `<span>${marks[i + 1]}</span>` : ''}</td>`),
    ];
    while (cells.length % 7 !== 0) cells.push('<td></td>');
    const weeks = Array.from({ length: cells.length / 7 }, (_, week) => `<tr>${cells.slice(week * 7, week * 7 + 7).join('')}</tr>`);
    return `<table><thead><tr><th>man</th><th>tir</th><th>ons</th><th>tor</th><th>fre</th><th>lør</th><th>søn</th></tr></thead><tbody>${weeks.join('')}</tbody></table>`;
  };
  const page = (month: string, calendar: string) =>
    `<h1>Månedsoversikt – Ola Nordmann</h1><p>${month}</p><p>F = fravær hele dagen, S = sen</p>${calendar}`;
  const marks = { 4: 'F', 12: '2t', 20: 'S', 23: 'F', 25: 'F' };

  it('reads each coded day up to the as-of day as an event on that date, the month so far as the period shown', () => {
    const doc = parsePage(page('November 2026', november(marks)));
    const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read the calendar');
    expect(result.reading.rows.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes ?? null])])).toEqual([
      ['Ola Nordmann', [['2026-11-04', 'day', null], ['2026-11-12', 'lesson', 2 * 45], ['2026-11-20', 'late', null], ['2026-11-23', 'day', null]]],
    ]);
    expect(result.reading.shownPeriod).toEqual({ basis: 'window', from: '2026-11-01', to: '2026-11-23' });
  });

  it('reads nothing when the days do not fall on their weekdays, a code says nothing it knows, or no month is named', () => {
    expect(isCouldNotRead(read(page('November 2026', november(marks, 0))))).toBe(true);
    expect(isCouldNotRead(read(page('November 2026', november({ ...marks, 17: 'Tur' }))))).toBe(true);
    expect(isCouldNotRead(read(page('Fraværskalender', november(marks))))).toBe(true);
  });
});

describe('an entry struck through is withdrawn, not absence', () => {
  // Kari Moe's log as of 23.11.2026; by hand, the entries still standing are 10.11 (a whole day),
  // 17.11 (the date put right after a struck-through 16.11) and 20.11 (lessons 1–2).
  const log = `<style>tr.slettet td { text-decoration: line-through }</style>
    <h1>Fraværslogg 8A</h1><table>
    <tr><th>Elev</th><th>Dato</th><th>Fravær</th><th>Status</th></tr>
    <tr><td>Kari Moe</td><td>10.11.2026</td><td>Hele dagen</td><td>Gjeldende</td></tr>
    <tr><td>Kari Moe</td><td><del>11.11.2026</del></td><td><del>Hele dagen</del></td><td>Slettet – feilregistrert</td></tr>
    <tr><td>Kari Moe</td><td><s>12.11.2026</s></td><td>Hele dagen</td><td>Slettet</td></tr>
    <tr><td>Kari Moe</td><td><strike>13.11.2026</strike></td><td>Hele dagen</td><td>Slettet</td></tr>
    <tr><td>Kari Moe</td><td><span style="text-decoration: line-through">16.11.2026</span> 17.11.2026</td><td>Hele dagen</td><td>Rettet</td></tr>
    <tr style="text-decoration: line-through"><td>Kari Moe</td><td>18.11.2026</td><td>Hele dagen</td><td>Slettet</td></tr>
    <tr class="slettet"><td>Kari Moe</td><td>19.11.2026</td><td>Hele dagen</td><td>Slettet</td></tr>
    <tr><td>Kari Moe</td><td>20.11.2026</td><td>1.–2. time</td><td>Gjeldende</td></tr>
    </table>`;

  it('reads only the entries whose dates are not struck through', () => {
    const [kari] = rows(log);
    expect(kari?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-10', 'day'],
      ['2026-11-17', 'day'],
      ['2026-11-20', 'lesson'],
    ]);
  });

  it("reads what an entry's cell writes beside the part it strikes through, and a cell struck through whole as it stands", () => {
    // By hand: 10.11 corrected from a whole day to lesson 2 (one lesson); 12.11 "2 timer" corrected
    // to 3 lessons; 13.11's length struck through whole, nothing beside it, stays a whole day, and
    // 16.11's count of 2 lessons struck through whole stays 2 lessons.
    const corrected = `<h1>Fraværslogg 8A</h1><table>
      <tr><th>Elev</th><th>Dato</th><th>Fravær</th><th>Timer</th></tr>
      <tr><td>Kari Moe</td><td>10.11.2026</td><td><s>Hele dagen</s> 2. time</td><td></td></tr>
      <tr><td>Kari Moe</td><td>12.11.2026</td><td>Enkelttimer</td><td><del>2</del> 3</td></tr>
      <tr><td>Kari Moe</td><td>13.11.2026</td><td><s>Hele dagen</s></td><td></td></tr>
      <tr><td>Kari Moe</td><td>16.11.2026</td><td>Enkelttimer</td><td><del>2</del></td></tr>
      </table>`;
    const [kari] = rows(corrected);
    expect(kari?.events.map((event) => [event.date, event.kind, lessonCount(event)])).toEqual([
      ['2026-11-10', 'lesson', 1],
      ['2026-11-12', 'lesson', 3],
      ['2026-11-13', 'day', 0],
      ['2026-11-16', 'lesson', 2],
    ]);
  });
});
