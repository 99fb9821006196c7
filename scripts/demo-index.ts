/** The demo's front page: what Nærværsradar is, and links to every modelled portal page. */
export interface DemoPage {
  path: string;
  portal: string;
  title: string;
  expectsBadges: boolean;
}

export const DEMO_PAGES: DemoPage[] = [
  { path: 'index.html', portal: '', title: 'Forside', expectsBadges: false },
  { path: 'demo-9b.html', portal: 'Annen side (generell tabell)', title: 'Demoklasse 9B – hele høsten, 28 elever', expectsBadges: true },
  { path: 'visma-flyt-skole/class-overview.html', portal: 'Visma Flyt Skole', title: 'Fraværsoversikt for en klasse', expectsBadges: true },
  { path: 'visma-flyt-skole/student-absence.html', portal: 'Visma Flyt Skole', title: 'Fraværet til én elev', expectsBadges: true },
  { path: 'visma-flyt-skole/lesson-register.html', portal: 'Visma Flyt Skole', title: 'Fraværsføring (prøv å registrere fravær)', expectsBadges: true },
  { path: 'vigilo/class-overview.html', portal: 'Vigilo', title: 'Fraværsoversikt for en klasse', expectsBadges: true },
  { path: 'vigilo/student-absence.html', portal: 'Vigilo', title: 'Fraværet til én elev', expectsBadges: true },
  { path: 'vigilo/lesson-register.html', portal: 'Vigilo', title: 'Fraværsregistrering', expectsBadges: true },
  { path: 'visma-inschool/class-overview.html', portal: 'Visma InSchool', title: 'Fravær per fag for en gruppe', expectsBadges: true },
  { path: 'visma-inschool/student-absence.html', portal: 'Visma InSchool', title: 'Fraværet til én elev', expectsBadges: true },
  { path: 'visma-inschool/lesson-register.html', portal: 'Visma InSchool', title: 'Oppmøte i en time', expectsBadges: true },
  { path: 'generic/no-student-table.html', portal: 'Annen side', title: 'En side uten elevtabell (viser varselet)', expectsBadges: false },
];

export const DEMO_CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; margin: 24px; }
h1 { font-size: 22px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #cbd5e1; padding: 2px 4px; text-align: center; }
th[scope="row"] { text-align: left; white-space: nowrap; }
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function demoIndexPage(): string {
  const items = DEMO_PAGES.filter((p) => p.path !== 'index.html')
    .map((p) => `<li><a href="${p.path}">${escapeHtml(p.portal)}: ${escapeHtml(p.title)}</a></li>`)
    .join('\n      ');
  return `<!DOCTYPE html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <title>Nærværsradar – demo</title>
  <link rel="stylesheet" href="demo.css">
</head>
<body>
  <main>
    <h1>Nærværsradar – demo</h1>
    <p>Sidene under er <strong>modellerte</strong> portalsider med oppdiktede elever, laget etter offentlig informasjon
    om portalene – ikke kopier av ekte portaler. Nærværsradar leser dem slik den leser portalene:
    hver elev får et merke (OK, Kan ikke vurdere, Følg med, Bekymring, Alvorlig) og en liten fraværskurve.
    Klikk på et merke for neste steg i kommunens veileder.</p>
    <p>«I dag» er 23.11.2026 på alle demosidene.</p>
    <ul>
      ${items}
    </ul>
    <p>Skjermdeling: trykk <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> for å skjule alle merker.</p>
  </main>
</body>
</html>
`;
}
