/**
 * The demo's synthetic class: 28 obviously invented students over the autumn term 2026, one
 * register grid (students × school days) in the shape the generic table reader knows. Each
 * student stands for a pattern a teacher should recognise: a steady attender, a Monday pattern,
 * a rising trend, unnotified days, a long streak, frequent lateness, many single lessons …
 *
 * Deterministic (a seeded generator), so the demo looks the same every time.
 */
export const DEMO_AS_OF = '2026-11-23';

const TERM_START = '2026-08-18';
const HOLIDAYS = [['2026-09-28', '2026-10-02']]; // høstferie, ISO week 40

type Code = '' | 'G' | 'U' | 'UM' | 'FS' | '1' | '2' | '3';

interface DemoStudent {
  name: string;
  pattern: string;
  code(day: SchoolDay, random: () => number): Code;
}

interface SchoolDay {
  iso: string;
  weekday: number; // 1 = Monday
  index: number; // 0 = first school day
  fromEnd: number; // 0 = the last school day (today)
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function schoolDays(): SchoolDay[] {
  const days: Omit<SchoolDay, 'fromEnd'>[] = [];
  const end = new Date(`${DEMO_AS_OF}T12:00:00Z`);
  for (let d = new Date(`${TERM_START}T12:00:00Z`); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    if (weekday > 5) continue;
    if (HOLIDAYS.some(([from, to]) => iso >= from! && iso <= to!)) continue;
    days.push({ iso, weekday, index: days.length });
  }
  return days.map((day) => ({ ...day, fromEnd: days.length - 1 - day.index }));
}

const occasionally = (rate: number, code: Code) => (_: SchoolDay, random: () => number): Code => (random() < rate ? code : '');

const STUDENTS: DemoStudent[] = [
  { name: 'Astrid Attendanse', pattern: 'stabilt oppmøte', code: () => '' },
  { name: 'Bror Blindtekst', pattern: 'mandagsmønster', code: (d, r) => (d.weekday === 1 && d.index > 15 && r() < 0.8 ? 'U' : '') },
  { name: 'Cecilie Case', pattern: 'økende fravær siste uker', code: (d, r) => (d.fromEnd < 20 && r() < (20 - d.fromEnd) / 25 ? 'G' : '') },
  { name: 'Dag Demo', pattern: 'ikke meldt fravær i dag', code: (d) => (d.fromEnd === 0 ? 'UM' : '') },
  { name: 'Eva Eksempel', pattern: 'lang sammenhengende periode', code: (d) => (d.fromEnd >= 3 && d.fromEnd <= 11 ? 'G' : '') },
  { name: 'Fredrik Fiktiv', pattern: 'hyppig forsentkomming', code: occasionally(0.22, 'FS') },
  { name: 'Gro Grunnlag', pattern: 'mange enkelttimer', code: (d, r) => (r() < 0.2 ? (r() < 0.5 ? '1' : '2') : '') },
  { name: 'Hans Hypotese', pattern: 'stabilt oppmøte', code: occasionally(0.01, 'G') },
  { name: 'Ida Illustrasjon', pattern: 'høyt gyldig fravær', code: (d) => (d.index % 6 === 2 ? 'G' : '') },
  { name: 'Jonas Jukselapp', pattern: 'stabilt oppmøte', code: () => '' },
  { name: 'Kari Konstruert', pattern: 'ugyldig fravær, hele dager', code: (d) => (d.fromEnd === 6 || d.fromEnd === 13 ? 'U' : '') },
  { name: 'Lars Lånt', pattern: 'stabilt oppmøte', code: occasionally(0.02, 'FS') },
  { name: 'Mia Modell', pattern: 'fravær etter ferie', code: (d) => (d.iso === '2026-10-05' || d.index === 0 ? 'U' : '') },
  { name: 'Nils Nonsens', pattern: 'stabilt oppmøte', code: () => '' },
  { name: 'Oda Oppdiktet', pattern: 'fredagsmønster', code: (d, r) => (d.weekday === 5 && r() < 0.7 ? 'G' : '') },
  { name: 'Per Påfunnet', pattern: 'stabilt oppmøte', code: occasionally(0.015, 'G') },
  { name: 'Randi Rollespill', pattern: 'mye fravær siste 14 dager', code: (d) => (d.fromEnd < 10 && d.fromEnd % 3 !== 1 ? 'G' : '') },
  { name: 'Sindre Simulert', pattern: 'stabilt oppmøte', code: () => '' },
  { name: 'Tuva Testesen', pattern: 'sporadisk fravær', code: occasionally(0.06, 'G') },
  { name: 'Ulf Utenkt', pattern: 'stabilt oppmøte', code: () => '' },
  { name: 'Vilde Variabel', pattern: 'ikke meldt, to dager på rad', code: (d) => (d.fromEnd === 1 || d.fromEnd === 2 ? 'UM' : '') },
  { name: 'William Whatif', pattern: 'stabilt oppmøte', code: occasionally(0.01, 'FS') },
  { name: 'Ylva Ymse', pattern: 'enkelttimer i det siste', code: (d, r) => (d.fromEnd < 15 && r() < 0.4 ? '2' : '') },
  { name: 'Zara Zeroverdi', pattern: 'stabilt oppmøte', code: () => '' },
  { name: 'Åse Åpenbar', pattern: 'tre ganger på to uker', code: (d) => ([2, 5, 8].includes(d.fromEnd) ? 'G' : '') },
  { name: 'Øystein Øvelse', pattern: 'stabilt oppmøte', code: () => '' },
  { name: 'Ola Oppdiktet', pattern: 'stabilt oppmøte (samme navn som en annen elev?)', code: () => '' },
  { name: 'Ola Oppdiktet', pattern: 'samme navn, annen elev', code: occasionally(0.12, 'U') },
];

const WEEKDAY = ['', 'man', 'tir', 'ons', 'tor', 'fre'];

function header(day: SchoolDay): string {
  const [, month, date] = day.iso.split('-');
  return `${WEEKDAY[day.weekday]} ${Number(date)}.${Number(month)}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function demoClassPage(): string {
  const days = schoolDays();
  const random = mulberry32(20261123);
  const rows = STUDENTS.map((student, i) => {
    const cells = days.map((day) => `<td>${student.code(day, random)}</td>`).join('');
    return `      <tr data-student-id="${9000 + i}"><th scope="row" title="${escapeHtml(student.pattern)}">${escapeHtml(student.name)}</th><td>9B</td>${cells}</tr>`;
  }).join('\n');
  return `<!--
  MODELLED DEMO PAGE, NOT CAPTURED FROM A REAL PORTAL. A synthetic class (9B) of invented students
  over the autumn term 2026, generated by scripts/demo-class.ts in the shape of a generic absence
  register (students × school days, one code per cell), as school portals and spreadsheets
  commonly show it. Every name is invented.
-->
<!DOCTYPE html>
<html lang="nb">
<head>
  <meta name="naervaer-as-of" content="${DEMO_AS_OF}">
  <meta charset="utf-8">
  <title>Demoklasse 9B – fraværsregister høsten 2026</title>
  <link rel="stylesheet" href="demo.css">
</head>
<body>
  <h1>Fraværsregister – klasse 9B, høsten 2026</h1>
  <p>Kodene: G = gyldig fravær, U = ugyldig fravær, UM = ikke meldt fravær, FS = for sent, tall = antall timer borte.</p>
  <div class="scroll">
  <table id="register">
    <thead>
      <tr><th>Elev</th><th>Klasse</th>${days.map((d) => `<th>${header(d)}</th>`).join('')}</tr>
    </thead>
    <tbody>
${rows}
    </tbody>
  </table>
  </div>
</body>
</html>
`;
}
