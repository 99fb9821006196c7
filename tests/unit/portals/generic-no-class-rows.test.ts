// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * Rows that look like students with figures but are no class's absence: a school nurse's
 * appointments counted as "timer", an example table on a help page, a note a spreadsheet keeps
 * in its first column under the students. Pages are invented; the expected values are read off
 * the markup by hand (as-of day 23.11.2026).
 */
function read(html: string) {
  return readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
}

function names(html: string): string[] {
  const result = read(html);
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading.rows.map((row) => row.student.name);
}

describe('appointments counted as "timer" beside the next one', () => {
  const appointments = (above: string) => `${above}
    <table><tr><th>Elev</th><th>Timer hittil</th><th>Neste time</th></tr>
    <tr><td>Sofie Lind</td><td>2</td><td>25.11.2026 kl. 10.15</td></tr>
    <tr><td>Jon Rå</td><td>1</td><td>—</td></tr></table>`;

  it('reads none of them when nothing on the page speaks of absence', () => {
    expect(isCouldNotRead(read(appointments('<h1>Helsesykepleier – timer for 8A</h1>')))).toBe(true);
  });

  it('still reads the counts as lessons when the page is about absence', () => {
    // "Fravær" above: the counts are lessons missed, the date beside them a meeting to come.
    expect(names(appointments('<h1>Fravær 8A</h1>'))).toEqual(['Sofie Lind', 'Jon Rå']);
  });

  it('still reads them when every date beside the counts has passed', () => {
    const passed = appointments('<h1>Timer 8A</h1>').replace('25.11.2026', '20.11.2026');
    expect(names(passed)).toEqual(['Sofie Lind', 'Jon Rå']);
  });
});

describe('days of a camp signed up for, under a heading that names only coming dates', () => {
  const signUp = (above: string) => `${above}
    <table><tr><th>Elev</th><th>Påmeldt</th><th>Dager</th><th>Betalt</th></tr>
    <tr><td>Kristin Myr</td><td>Ja</td><td>3</td><td>kr 350</td></tr>
    <tr><td>Ola Sand</td><td>Nei</td><td>0</td><td>kr 0</td></tr></table>`;

  it('reads none of them when nothing on the page speaks of absence', () => {
    // 11.–13.05.2027 lies after the as-of day 23.11.2026: "Dager" counts the camp's days.
    expect(isCouldNotRead(read(signUp('<h1>Leirskole 7. trinn</h1><p>Leirskole på Lygra 11.–13.05.2027 (3 dager)</p>')))).toBe(true);
  });

  it('still reads them as days when a line above names a period that has begun', () => {
    // 18.08.2026 has passed: the counts may be days missed in a term that goes on to 19.12.2026.
    expect(names(signUp('<h1>7A</h1><p>Høsthalvåret 18.08.2026–19.12.2026</p>'))).toEqual(['Kristin Myr', 'Ola Sand']);
  });

  it('still reads them when the page is about absence', () => {
    expect(names(signUp('<h1>Fravær 7A</h1><p>Leirskole 11.–13.05.2027</p>'))).toEqual(['Kristin Myr', 'Ola Sand']);
  });
});

describe('a table captioned as an example', () => {
  const table = (caption: string) => `<h1>Slik registrerer du fravær</h1>
    <table><caption>${caption}</caption><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr>
    <tr><td>Ola Nordmann</td><td>2</td><td>3</td></tr></table>`;

  it('is no class: its row gets no badge', () => {
    expect(isCouldNotRead(read(table('Eksempel: slik ser en linje i fraværsoversikten ut')))).toBe(true);
    const figure = `<figure><figcaption>Example</figcaption>${table('Fravær').replace(/<caption>.*<\/caption>/u, '')}</figure>`;
    expect(isCouldNotRead(read(figure))).toBe(true);
  });

  it('is read when the caption only mentions an example further on', () => {
    expect(names(table('Fravær 8A (se eksempel under)'))).toEqual(['Ola Nordmann']);
  });
});

describe('a note in the name column under the students', () => {
  const sheet = (note: string) => `<p>Fravær 10B</p><table>
    <tr><th></th><th>A</th><th>B</th><th>C</th></tr>
    <tr><th>1</th><td>Elevnavn</td><td>Fraværsdager</td><td>Fraværstimer</td></tr>
    <tr><th>2</th><td>Nils Åberg</td><td>0</td><td>2</td></tr>
    <tr><th>3</th><td>Lukas Å. Berg</td><td></td><td></td></tr>
    <tr><th>4</th><td>${note}</td><td></td><td></td></tr></table>`;

  it('is no student, as a sentence with nothing but a row number beside it', () => {
    expect(names(sheet('Utvalg: 18.08.2026–23.11.2026. Fraværstimer = enkelttimer utover hele dager.'))).toEqual([
      'Nils Åberg',
      'Lukas Å. Berg',
    ]);
    expect(names(sheet('Hentet fra skolens system. Tallene er foreløpige.'))).toEqual(['Nils Åberg', 'Lukas Å. Berg']);
  });

  it('is read as a row when figures stand beside it', () => {
    const withFigures = sheet('Nora Bakke. Ny i klassen').replace('<td>Nora Bakke. Ny i klassen</td><td></td><td></td>', '<td>Nora Bakke. Ny i klassen</td><td>3</td><td>1</td>');
    expect(names(withFigures)).toContain('Nora Bakke. Ny i klassen');
  });
});

describe('days counted of something pupils do, not of absence', () => {
  it('reads no walk-to-school tally: days walked, cycled and driven are no days missed', () => {
    // Every figure column names a way to school; nothing names absence.
    const tally = `<h1>Gå til skolen-aksjonen 2026 – 6A</h1><p>Aksjonsperiode 14.09.2026–25.09.2026</p>
      <table><tr><th>Elev</th><th>Dager gått</th><th>Dager syklet</th><th>Dager kjørt</th><th>Poeng</th></tr>
      <tr><td>Siri Lunde</td><td>7</td><td>3</td><td>0</td><td>20</td></tr>
      <tr><td>Emil Brekke</td><td>2</td><td>1</td><td>7</td><td>6</td></tr></table>`;
    expect(isCouldNotRead(read(tally))).toBe(true);
  });

  it('reads no nynorsk reading challenge: minutes spent reading and days with reading', () => {
    const challenge = `<h1>Lesekonkurransen hausten 2026 – 5B</h1>
      <table><tr><th>Elev</th><th>Bøker lesne</th><th>Minutt lese</th><th>Dagar med lesing</th></tr>
      <tr><td>Ingrid Vik</td><td>6</td><td>840</td><td>31</td></tr>
      <tr><td>Per Rød</td><td>1</td><td>95</td><td>4</td></tr></table>`;
    expect(isCouldNotRead(read(challenge))).toBe(true);
  });

  it('reads the absence beside a tally of days cycled, and only the absence', () => {
    const result = read(`<h1>Fravær 6A</h1>
      <table><tr><th>Elev</th><th>Dager syklet</th><th>Dager</th></tr>
      <tr><td>Siri Lunde</td><td>8</td><td>2</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days])).toEqual([['Siri Lunde', 2]]);
  });

  it('still reads the lessons of a student who left early as lessons', () => {
    // "Gått tidlig": leaving before the day's end is a kind of absence, though "gått" is also a way to school.
    const result = read(`<table><tr><th>Elev</th><th>Dager</th><th>Timer gått tidlig</th></tr>
      <tr><td>Siri Lunde</td><td>1</td><td>2</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([[1, 2]]);
  });

  it('reads lessons missed ("Timer gått glipp av") as lessons, though "gått" is also a way to school', () => {
    const result = read(`<table><tr><th>Elev</th><th>Dager</th><th>Timer gått glipp av</th></tr>
      <tr><td>Siri Lunde</td><td>1</td><td>4</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([[1, 4]]);
  });
});

describe('days and hours at a work placement, on duty or on a device, not of absence', () => {
  it('reads no work-placement list: days placed out and hours worked are no time missed', () => {
    const placement = `<h1>Utplassering 9C</h1>
      <table><tr><th>Elev</th><th>Bedrift</th><th>Dager utplassert</th><th>Timer jobbet</th></tr>
      <tr><td>Live Moen</td><td>Coop Extra</td><td>4</td><td>26</td></tr>
      <tr><td>Sander Krog</td><td>Tannlegekontoret</td><td>2</td><td>13,5</td></tr></table>`;
    expect(isCouldNotRead(read(placement))).toBe(true);
  });

  it('reads no nynorsk duty roster: days on duty are no days missed', () => {
    const roster = `<h1>Vaktliste 6B</h1>
      <table><tr><th>Elev</th><th>Vaktdagar hittil</th></tr>
      <tr><td>Eirik Hauge</td><td>6</td></tr>
      <tr><td>Marte Lid</td><td>3</td></tr></table>`;
    expect(isCouldNotRead(read(roster))).toBe(true);
  });

  it('reads no screen time in the last 14 days', () => {
    const screen = `<h1>Nettbrett 4A</h1>
      <table><tr><th>Elev</th><th>Skjermtid siste 14 dager (timer)</th></tr>
      <tr><td>Oda Berge</td><td>9</td></tr>
      <tr><td>Vetle Aas</td><td>12</td></tr></table>`;
    expect(isCouldNotRead(read(screen))).toBe(true);
  });

  it('reads the absence beside days in placement, and only the absence', () => {
    // 3 days and 4 lessons of absence; the 5 days in placement are not read.
    const result = read(`<h1>Fravær 10A</h1>
      <table><tr><th>Elev</th><th>Dager i praksis</th><th>Fraværsdager</th><th>Fraværstimer</th></tr>
      <tr><td>Live Moen</td><td>5</td><td>3</td><td>4</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([['Live Moen', 3, 4]]);
  });

  it('still reads lessons missed in a subject called "Praksis" as lessons', () => {
    // A vocational subject's lessons can be missed: a bare "Praksis" names no activity.
    const result = read(`<h1>Fravær 2EL</h1>
      <table><tr><th>Elev</th><th>Praksis (timer)</th></tr>
      <tr><td>Sander Krog</td><td>7</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.lessons])).toEqual([['Sander Krog', 7]]);
  });
});

describe("a table about what pupils do: its other counts are the activity's", () => {
  it('reads no days over a limit of screen time beside the screen time', () => {
    // "Dager over 2 timer" alone would be days; beside the screen time they are days of it.
    const screen = `<h1>Læringsbrett 5B</h1>
      <table><tr><th>Elev</th><th>Brukstid siste 14 dager</th><th>Dager over 2 timer</th></tr>
      <tr><td>Oda Berge</td><td>14 t 20 min</td><td>3</td></tr>
      <tr><td>Vetle Aas</td><td>7 t 5 min</td><td>0</td></tr></table>`;
    expect(isCouldNotRead(read(screen))).toBe(true);
  });

  it('reads no bare "Dager" beside the duty each pupil has', () => {
    // Only the "Vakt" header says what the page is: its heading names no activity.
    const roster = `<h1>7B høsten 2026</h1>
      <table><tr><th>Elev</th><th>Vakt</th><th>Dager</th></tr>
      <tr><td>Eirik Hauge</td><td>Kantinevakt</td><td>4</td></tr>
      <tr><td>Marte Lid</td><td>Trafikkvakt</td><td>2</td></tr></table>`;
    expect(isCouldNotRead(read(roster))).toBe(true);
  });

  it('still reads a bare "Dager" beside the duty on a page about absence', () => {
    const result = read(`<h1>Fravær 7B</h1>
      <table><tr><th>Elev</th><th>Vakt</th><th>Dager</th></tr>
      <tr><td>Eirik Hauge</td><td>Kantinevakt</td><td>4</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days])).toEqual([['Eirik Hauge', 4]]);
  });
});

describe('a bare "Dager | Timer" titled with what pupils do', () => {
  const placement = (above: string) => `${above}
    <table><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr>
    <tr><td>Live Moen</td><td>3</td><td>20</td></tr>
    <tr><td>Sander Krog</td><td>2</td><td>14</td></tr></table>`;

  it('reads no days and hours under a heading that names a work-placement week', () => {
    expect(isCouldNotRead(read(placement('<h1>Arbeidsuke 10A</h1>')))).toBe(true);
  });

  it('reads none under a caption that names pupil duty', () => {
    const roster = `<table><caption>Elevvakter 6C</caption><tr><th>Elev</th><th>Dager</th></tr>
      <tr><td>Eirik Hauge</td><td>5</td></tr></table>`;
    expect(isCouldNotRead(read(roster))).toBe(true);
  });

  it('still reads them as absence when the page speaks of absence', () => {
    // 3 days and 20 lessons missed during the placement week, as the line says.
    const result = read(placement('<h1>Arbeidsuke 10A</h1><p>Fravær registrert i arbeidsuka</p>'));
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Live Moen', 3, 20],
      ['Sander Krog', 2, 14],
    ]);
  });

  it('still reads them when only a sentence above says "i praksis" (in practice)', () => {
    const result = read(placement('<h1>10A</h1><p>I praksis er tallene hele dager og enkelttimer.</p>'));
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => row.student.name)).toEqual(['Live Moen', 'Sander Krog']);
  });
});

describe('days a loan is overdue, days without a device, rehearsals: not of absence', () => {
  it('reads no library list of overdue loans: the days are a book\'s, not a pupil\'s lateness', () => {
    const loans = `<h1>Skolebiblioteket 5A</h1>
      <table><tr><th>Elev</th><th>Tittel</th><th>Lånt</th><th>Dager forsinket</th></tr>
      <tr><td>Ida Moen</td><td>Mio, min Mio</td><td>12.10.2026</td><td>14</td></tr>
      <tr><td>Jonas Aas</td><td>Ronja Røverdatter</td><td>02.11.2026</td><td>3</td></tr></table>`;
    expect(isCouldNotRead(read(loans))).toBe(true);
  });

  it('reads no bare "Dager forsinket" under a heading that names overdue loans', () => {
    const loans = `<h1>Forsinkede lån 6C</h1>
      <table><tr><th>Elev</th><th>Dager forsinket</th></tr>
      <tr><td>Ida Moen</td><td>9</td></tr></table>`;
    expect(isCouldNotRead(read(loans))).toBe(true);
  });

  it('reads no days without a tablet sent for repair', () => {
    const repairs = `<h1>IT-support 4. trinn</h1>
      <table><tr><th>Elev</th><th>Innlevert</th><th>Dager uten enhet</th><th>Status</th></tr>
      <tr><td>Alva Lie</td><td>21.09.2026</td><td>18</td><td>Venter på deler</td></tr></table>`;
    expect(isCouldNotRead(read(repairs))).toBe(true);
  });

  it('reads the absence beside the days without a device, and only the absence', () => {
    // 2 days of absence; the 18 days without a tablet are not read.
    const result = read(`<h1>Fravær 4A</h1>
      <table><tr><th>Elev</th><th>Dager uten enhet</th><th>Fraværsdager</th></tr>
      <tr><td>Alva Lie</td><td>18</td><td>2</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days])).toEqual([['Alva Lie', 2]]);
  });

  it('reads no rehearsal list: rehearsals attended and hours rehearsed are no time missed', () => {
    const show = `<h1>Juleforestilling 6B</h1>
      <table><tr><th>Elev</th><th>Rolle</th><th>Øvinger deltatt</th><th>Timer øvd</th></tr>
      <tr><td>Mille Aas</td><td>Josef</td><td>6 av 7</td><td>9</td></tr>
      <tr><td>Henrik Bø</td><td>Engel</td><td>4 av 7</td><td>6</td></tr></table>`;
    expect(isCouldNotRead(read(show))).toBe(true);
  });

  it('still reads late arrivals beside days absent on a page about absence', () => {
    // Lateness is a kind of absence record: 3 days absent, 2 late arrivals.
    const result = read(`<h1>Fravær 7A</h1>
      <table><tr><th>Elev</th><th>Dager</th><th>For sent</th></tr>
      <tr><td>Ida Moen</td><td>3</td><td>2</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.totals?.days, row.totals?.lateCount])).toEqual([[3, 2]]);
  });
});

describe('volunteer hours, test results and practice: not of absence', () => {
  it('reads no fundraiser roster: hours of volunteer work per family are no lessons missed', () => {
    const roster = `<h1>Dugnad 9A – klassetur</h1>
      <table><tr><th>Elev</th><th>Foresatt</th><th>Timer dugnad</th><th>Status</th></tr>
      <tr><td>Mia Berg</td><td>Tone Berg</td><td>3</td><td>Levert</td></tr>
      <tr><td>Odin Lie</td><td>Per Lie</td><td>0</td><td>Mangler 4 t</td></tr></table>`;
    expect(isCouldNotRead(read(roster))).toBe(true);
  });

  it('reads no English volunteer list under a bare "Hours"', () => {
    // Only the heading says what the hours are.
    const roster = `<h1>Volunteer hours – 7C bake sale</h1>
      <table><tr><th>Student</th><th>Hours</th></tr>
      <tr><td>Ava Lund</td><td>5</td></tr></table>`;
    expect(isCouldNotRead(read(roster))).toBe(true);
  });

  it('reads no test results: points, attempts and practice days are no days missed', () => {
    const results = `<h1>Svømmeprøven 5. trinn</h1>
      <table><tr><th>Elev</th><th>Poeng</th><th>Antall forsøk</th><th>Øvingsdager</th></tr>
      <tr><td>Live Aas</td><td>12</td><td>2</td><td>6</td></tr>
      <tr><td>Teo Dahl</td><td>15</td><td>1</td><td>3</td></tr></table>`;
    expect(isCouldNotRead(read(results))).toBe(true);
  });

  it('reads no bare "Dager" beside whether a test was passed', () => {
    // "Dager" alone would be days missed; beside "Bestått" it counts the days the test took.
    const results = `<h1>Sykkelopplæring 4B</h1>
      <table><tr><th>Elev</th><th>Bestått</th><th>Dager</th></tr>
      <tr><td>Live Aas</td><td>Ja</td><td>2</td></tr></table>`;
    expect(isCouldNotRead(read(results))).toBe(true);
  });

  it('reads the absence beside the volunteer hours, and only the absence', () => {
    // 2 days and 5 lessons missed; the 6 hours of volunteer work are not read.
    const result = read(`<h1>Fravær 9A</h1>
      <table><tr><th>Elev</th><th>Dugnadstimer</th><th>Fraværsdager</th><th>Fraværstimer</th></tr>
      <tr><td>Mia Berg</td><td>6</td><td>2</td><td>5</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([['Mia Berg', 2, 5]]);
  });

  it('still reads a bare "Dager | Timer" under a heading that names a test, on a page about absence', () => {
    // The line under the heading names absence: the days and lessons are those missed before the test.
    const result = read(`<h1>Prøver 10B</h1><p>Fravær før heldagsprøven</p>
      <table><tr><th>Elev</th><th>Dager</th><th>Timer</th></tr>
      <tr><td>Teo Dahl</td><td>3</td><td>4</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([['Teo Dahl', 3, 4]]);
  });
});

describe('phones handed in each morning ("mobilhotell"): days at school, not of absence', () => {
  it('reads no phone hand-in tally under a "Mobilhotell" heading', () => {
    // "Glemt (dager)" alone would be days; under the heading they are days a phone was not handed in.
    const tally = `<h1>Mobilhotell 8B</h1>
      <table><tr><th>Elev</th><th>Dager levert inn</th><th>Glemt (dager)</th></tr>
      <tr><td>Ida Moen</td><td>30</td><td>4</td></tr>
      <tr><td>Jonas Aas</td><td>22</td><td>12</td></tr></table>`;
    expect(isCouldNotRead(read(tally))).toBe(true);
  });

  it('reads no days a phone was handed in under a heading that names no activity', () => {
    const tally = `<h1>8B hittil i år</h1>
      <table><tr><th>Elev</th><th>Innlevert (dager)</th><th>Dager</th></tr>
      <tr><td>Ida Moen</td><td>30</td><td>4</td></tr></table>`;
    expect(isCouldNotRead(read(tally))).toBe(true);
  });

  it('reads the absence beside the days a phone was handed in, and only the absence', () => {
    // 3 days of absence; the 29 days the phone was handed in are not read.
    const result = read(`<h1>Fravær 8B</h1>
      <table><tr><th>Elev</th><th>Dager levert inn</th><th>Fraværsdager</th></tr>
      <tr><td>Ida Moen</td><td>29</td><td>3</td></tr></table>`);
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days])).toEqual([['Ida Moen', 3]]);
  });
});
