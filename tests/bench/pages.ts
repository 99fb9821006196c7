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

function page(title: string, body: string): string {
  return `<!-- Generated bench page (tests/bench/pages.ts). Synthetic data; every name is invented. -->
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

/**
 * A class's register for the whole school year: `students` rows × every school day as a column.
 * With `selectDays`, the last that many days are entered through a <select> per cell (as a
 * register where the teacher enters absence), the rest are text.
 */
export function classRegisterPage(students = 30, selectDays = 0): string {
  const days = schoolDays();
  const random = mulberry32(20270618);
  const firstSelect = days.length - selectDays;
  const rows = Array.from({ length: students }, (_, i) => {
    const cells = days
      .map((day, d) => {
        const code = codeFor(i, random);
        if (d < firstSelect) return `<td>${code}</td>`;
        const options = EDIT_CODES.map((c) => `<option value="${c}"${c === code ? ' selected' : ''}>${c}</option>`).join('');
        return `<td><select name="c-${7000 + i}-${day.iso}" aria-label="Fravær, ${studentName(i)}, ${header(day)}">${options}</select></td>`;
      })
      .join('');
    return `      <tr data-student-id="${7000 + i}"><th scope="row">${studentName(i)}</th><td>10A</td>${cells}</tr>`;
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
