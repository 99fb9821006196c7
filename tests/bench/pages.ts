/**
 * The bench's synthetic pages, in the shapes the generic table reader knows: a class register over
 * a whole school year (students × school days), the same register with the last week entered
 * through <select>s, and a school-wide summary table. Deterministic (seeded), every name invented.
 *
 * Self-contained on purpose: the bench runs as a plain Node script (type stripping), which cannot
 * import lib/ (its imports carry no file extensions).
 */
export const BENCH_AS_OF = '2027-06-18';
const YEAR_START = '2026-08-17';

/** The school year 2026/27's holidays (a typical Norwegian municipality's calendar). */
const HOLIDAYS: ReadonlyArray<readonly [string, string]> = [
  ['2026-09-28', '2026-10-02'], // høstferie, week 40
  ['2026-12-21', '2027-01-01'], // juleferie
  ['2027-02-22', '2027-02-26'], // vinterferie, week 8
  ['2027-03-22', '2027-03-29'], // påskeferie through 2. påskedag
  ['2027-05-06', '2027-05-07'], // Kristi himmelfartsdag and the day after
  ['2027-05-17', '2027-05-17'], // grunnlovsdag and 2. pinsedag
];

export interface SchoolDay {
  iso: string;
  weekday: number; // 1 = Monday
}

export function schoolDays(from = YEAR_START, to = BENCH_AS_OF): SchoolDay[] {
  const days: SchoolDay[] = [];
  const end = new Date(`${to}T12:00:00Z`);
  for (let d = new Date(`${from}T12:00:00Z`); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    if (weekday > 5 || HOLIDAYS.some(([a, b]) => iso >= a && iso <= b)) continue;
    days.push({ iso, weekday });
  }
  return days;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Aksel', 'Birk', 'Cornelia', 'Dina', 'Emil', 'Frida', 'Gustav', 'Hedda', 'Isak', 'Jenny', 'Kasper', 'Live', 'Magnus', 'Nora', 'Oskar', 'Pia', 'Rune', 'Selma', 'Theo', 'Une', 'Vetle', 'Wenche', 'Yngve', 'Åsne'];
const LAST = ['Attrapp', 'Benkmerke', 'Dummysen', 'Eksempelsen', 'Fiksjonsrud', 'Gjettestad', 'Hypotesen', 'Imitasjon', 'Juksmo', 'Kulisse', 'Liksomdal', 'Modellstad', 'Narrestad', 'Oppdiktsen', 'Plassholder', 'Rekvisittli', 'Skisseby', 'Testrud', 'Utkastet', 'Varianten'];

/** Invented, unique within a page: first name, a middle initial from the index, last name. */
function studentName(i: number): string {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const middle = String.fromCharCode(65 + (Math.floor(i / (FIRST.length * LAST.length)) % 26));
  return `${first} ${middle}. ${last}`;
}

const WEEKDAY = ['', 'man', 'tir', 'ons', 'tor', 'fre'];
const header = (day: SchoolDay) => {
  const [, month, date] = day.iso.split('-');
  return `${WEEKDAY[day.weekday]} ${Number(date)}.${Number(month)}.`;
};

/** A spread of attenders: most rarely absent, a few with a worrying share, some late often. */
function codeFor(student: number, random: () => number): string {
  const rate = [0.01, 0.02, 0.04, 0.08, 0.15][student % 5]!;
  const r = random();
  if (r >= rate) return '';
  const pick = random();
  if (pick < 0.35) return 'G';
  if (pick < 0.55) return 'U';
  if (pick < 0.65) return 'UM';
  if (pick < 0.85) return 'FS';
  return pick < 0.93 ? '1' : '2';
}

export const EDIT_CODES = ['', 'G', 'U', 'UM', 'FS'] as const;

function page(title: string, body: string, modelledOn = 'the register and overview tables the generic reader knows'): string {
  return `<!-- Generated bench page (tests/bench/pages.ts). Synthetic data; every name is invented. Modelled on ${modelledOn}, not captured from any portal. -->
<!DOCTYPE html>
<html lang="nb">
<head>
  <meta name="naervaer-as-of" content="${BENCH_AS_OF}">
  <meta charset="utf-8">
  <title>${title}</title>
  <style>table { border-collapse: collapse; font: 12px sans-serif } td, th { border: 1px solid #ccc; padding: 1px 3px }</style>
</head>
<body>
  <h1>${title}</h1>
${body}
</body>
</html>
`;
}

/** The register's content: every school day, and per student the code entered for each (seeded). */
function registerData(students: number): { days: SchoolDay[]; rows: Array<{ id: number; name: string; codes: string[] }> } {
  const days = schoolDays();
  const random = mulberry32(20270618);
  const rows = Array.from({ length: students }, (_, i) => ({ id: 7000 + i, name: studentName(i), codes: days.map(() => codeFor(i, random)) }));
  return { days, rows };
}

/**
 * A class's register for the whole school year: `students` rows × every school day as a column.
 * With `selectDays`, the last that many days are entered through a <select> per cell (as a
 * register where the teacher enters absence), the rest are text.
 */
export function classRegisterPage(students = 30, selectDays = 0): string {
  const { days, rows: data } = registerData(students);
  const firstSelect = days.length - selectDays;
  const rows = data.map((student) => {
    const cells = days
      .map((day, d) => {
        const code = student.codes[d]!;
        if (d < firstSelect) return `<td>${code}</td>`;
        const options = EDIT_CODES.map((c) => `<option value="${c}"${c === code ? ' selected' : ''}>${c}</option>`).join('');
        return `<td><select name="c-${student.id}-${day.iso}" aria-label="Fravær, ${student.name}, ${header(day)}">${options}</select></td>`;
      })
      .join('');
    return `      <tr data-student-id="${student.id}"><th scope="row">${student.name}</th><td>10A</td>${cells}</tr>`;
  }).join('\n');
  return page(
    `Fraværsregister – klasse 10A, skoleåret 2026/27`,
    `  <table id="register">
    <thead>
      <tr><th>Elev</th><th>Klasse</th>${days.map((d) => `<th>${header(d)}</th>`).join('')}</tr>
    </thead>
    <tbody>
${rows}
    </tbody>
  </table>`,
  );
}

/**
 * The heavy single-page portal's own work at load, in ms of main-thread time per task: a
 * client-rendered app shell starting up (bundles evaluated, state restored, components mounted),
 * then — after its data arrives — the register rendered from JSON, then work after rendering.
 * 1 350 ms in all, plus building the register's DOM; several tasks are long tasks of the page's own.
 */
export const HEAVY_BOOT_TASKS_MS = [140, 180, 120, 160, 100, 150, 120, 110] as const;
export const HEAVY_DATA_WAIT_MS = 150;
export const HEAVY_AFTER_RENDER_TASKS_MS = [140, 130] as const;

/**
 * A heavy single-page portal: the same class register as classRegisterPage, but the page arrives
 * as an empty shell whose own scripts keep the main thread busy for over a second at load and
 * render the register late, client-side, from JSON (as a client-rendered portal does). Modelled on
 * no particular portal: a generic shape of client-rendered web apps, with invented data. The busy
 * work is timed (a loop that runs for the given milliseconds), so the page's own cost is the same
 * with and without the extension.
 */
export function heavySinglePagePortal(students = 30): string {
  const { days, rows } = registerData(students);
  const data = { headers: days.map(header), rows: rows.map((r) => ({ id: r.id, name: r.name, codes: r.codes })) };
  return page(
    'Fraværsregister – klasse 10A (klientrendret portal)',
    `  <div id="app"><p>Laster …</p></div>
  <script type="application/json" id="register-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
  <script>
    (() => {
      const BOOT = ${JSON.stringify(HEAVY_BOOT_TASKS_MS)};
      const AFTER = ${JSON.stringify(HEAVY_AFTER_RENDER_TASKS_MS)};
      let sink = 0;
      const busy = (ms) => { const end = performance.now() + ms; while (performance.now() < end) sink = Math.sqrt(sink + 1); };
      const later = (fn, ms = 0) => setTimeout(fn, ms);
      const render = () => {
        const data = JSON.parse(document.getElementById('register-data').textContent);
        const table = document.createElement('table');
        table.id = 'register';
        const head = table.createTHead().insertRow();
        for (const text of ['Elev', 'Klasse', ...data.headers]) head.appendChild(document.createElement('th')).textContent = text;
        const body = table.createTBody();
        for (const student of data.rows) {
          const row = body.insertRow();
          row.dataset.studentId = String(student.id);
          const name = row.appendChild(document.createElement('th'));
          name.scope = 'row';
          name.textContent = student.name;
          row.insertCell().textContent = '10A';
          for (const code of student.codes) row.insertCell().textContent = code;
        }
        document.getElementById('app').replaceChildren(table);
      };
      const after = (i) => { if (i < AFTER.length) { busy(AFTER[i]); later(() => after(i + 1)); } };
      const boot = (i) => {
        if (i < BOOT.length) { busy(BOOT[i]); later(() => boot(i + 1)); return; }
        later(() => { render(); later(() => after(0)); }, ${HEAVY_DATA_WAIT_MS});
      };
      document.addEventListener('DOMContentLoaded', () => later(() => boot(0)));
    })();
  </script>`,
    'the generic shape of a client-rendered web app (an empty shell, busy start-up scripts, data rendered late)',
  );
}

/** A school-wide overview: one summary row per student (days, lessons, percent, late arrivals). */
export function schoolOverviewPage(students = 1000): string {
  const random = mulberry32(1000);
  const rows = Array.from({ length: students }, (_, i) => {
    const className = `${8 + (Math.floor(i / 30) % 3)}${'ABCDEFGHIJKL'[Math.floor(i / 90) % 12]}`;
    const days = Math.floor(random() ** 3 * 30);
    const lessons = Math.floor(random() ** 2 * 40);
    const percent = ((days * 6 + lessons) / (190 * 6)) * 100;
    const late = Math.floor(random() ** 2 * 15);
    return `      <tr><td><a href="/elev/${50000 + i}/fravaer">${studentName(i)}</a></td><td>${className}</td><td>${days}</td><td>${lessons}</td><td>${percent.toFixed(1).replace('.', ',')} %</td><td>${late}</td></tr>`;
  }).join('\n');
  return page(
    'Fraværsoversikt – hele skolen, skoleåret 2026/27',
    `  <table id="overview">
    <thead>
      <tr><th>Elev</th><th>Klasse</th><th>Dager</th><th>Timer</th><th>Fravær %</th><th>Forsentkomminger</th></tr>
    </thead>
    <tbody>
${rows}
    </tbody>
  </table>`,
  );
}

/** A page with no students: the baseline load of an empty document, for sanity. */
export const BLANK_PAGE = page('Tom side', '  <p>Ingen tabell her.</p>');
