import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What the overlay must show on each fixture page, worked out by hand from the page, the
 * guideline's own words (Rælingen's and Trøndelag's guides, the RBUP slides) and what a level
 * means (README, "Badges") — never
 * by running the reader or the engine. Every entry says why.
 *
 * All pages are read on Monday 23.11.2026 (the default calendar: autumn term from 18.08.2026,
 * høstferie 28.09.–02.10.). Sums used below, counted from that calendar:
 * - term so far: 18.–21.08 (4) + twelve full school weeks (60) + 23.11 (1) = 65 school days;
 * - the last 14 calendar days, 10.11–23.11: 10.–13.11 (4) + 16.–20.11 (5) + 23.11 (1) = 10 school days;
 * - the last 15 weeks (105 days, 11.08–23.11) hold exactly the term's 65 school days.
 * A single lesson is a sixth of a day (6 lessons a day).
 *
 * The research thresholds (generic reader's default), each `concern` when met:
 * - A "Borte mer enn 25% av skoletiden siste 14 dagene": more than 2.5 days in 10.11–23.11;
 * - B "mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene": more than 10 days, or more
 *   than 15 % of 65 = 9.75 days.
 * Term totals T (days + lessons/6): T ≤ 2.5 decides A "not fired" (it cannot exceed a quarter of
 * ten days); T > 9.75 fires B; in between, A cannot be decided from a total → `unknown`.
 * A register or list showing a window R: a rule whose window reaches outside R fires when the
 * absence inside R already exceeds its limit, is "not fired" when even every unseen school day
 * counted absent could not reach it, and is undecidable otherwise.
 *
 * Rælingen (Vigilo and Visma Flyt Skole pages), per rule: "Bekymringsfullt fravær (mistanke om
 * ugyldig fravær eller fravær over 8 dager og eller/10 timer)" → `concern`, as are the faresignaler
 * "Ugyldig fravær hel dag", "Ugyldig fravær fra enkelttimer" and "Høyt gyldig fravær (10 dager i
 * halvåret)"; "Ikke gitt beskjed om fravær", "Forsentkomming til skolestart" and "Eleven møter
 * opp på skolen, men forlater den igjen" → `watch`. All over the halvår; no serious level.
 *
 * Trøndelag (Visma InSchool pages): "etter 1-3 sammenhengende dager med uvarslet fravær" and
 * "tre eller flere ganger i løpet av en to ukers periode" are listed under "Bekymringsfullt
 * fravær" → `concern`, as is "Forsentkomming og sporadisk fravær"; a subject at the portal's
 * warning limit → `concern` and at its fraværsgrense → `serious` (both Nærværsradar defaults, on
 * unless switched off).
 */
export const FIXTURE_AS_OF = '2026-11-23';
const FIXTURES = resolve('tests/fixtures/portals');

/** The badge's data-level values, as the README's badge contract lists them. */
export type BadgeLevel = 'ok' | 'unknown' | 'watch' | 'concern' | 'serious';

type Expected = Record<string, BadgeLevel>;

const EXPECTED: Record<string, Expected> = {
  // Columns 23.11–27.11, read on 23.11: only 23.11 is seen (later columns are not yet school time
  // that has happened). A's 14 days hold 9 unseen school days, B's window 64: nothing can be
  // decided for anyone, and nobody exceeds a limit inside one day.
  'generic/aria-grid.html': {
    'generic:p-5501': 'unknown', // Sigrid Lystad: 1 day on 23.11 — 1 ≤ 2.5, 1 + 9 unseen > 2.5
    'generic:p-5502': 'unknown', // Magnus Vik Storli: all his marks are after 23.11
    'generic:p-5503': 'unknown', // Tiril Bergsaker: nothing seen, 9 unseen days
  },
  // An event list naming no period: read as the whole term so far, so both rules are decided.
  'generic/date-formats.html': {
    'generic:n8a232bcfb4a70224': 'ok', // Kristian Fjellheim: 18.11 + 2 lessons 20.11 = 1.33 in A; 2.33 in all
    'generic:n4510080ea48f6a0b': 'ok', // Maren Lillebø: 10.11 + 1 lesson 16.11 = 1.17 in A; 2.67 in all
    'generic:n313fe332cde887af': 'concern', // Sindre Bakkeli: 13.11, 17.11, 18.11 = 3 days in A > 2.5
  },
  // Totals for "skoleåret 2026/27": the autumn term is the school year's first, so 65 school days.
  'generic/decimal-comma-percent.html': {
    'generic:n62ebf59b5ab462f5': 'unknown', // Marius Hegdal: 2 days + 10 lessons = 3.67 (A open, B under)
    'generic:nfc2f691c08b7c90d': 'unknown', // Nora Kolstad: 3 + 22.5/6 = 6.75 (A open, B under)
    'generic:n46eaf5efb7c5d659': 'ok', // Kasper Rønningen: 2 + 2.25/6 = 2.38 ≤ 2.5, B under
    'generic:nf1392a9bc5ebe24e': 'ok', // Julie Trana: 0 days, 1.1 % of 65 days = 0.7 ≤ 2.5
  },
  // Totals naming no period: the term so far.
  'generic/duplicate-names.html': {
    'generic:na9ec84a67dae95b0': 'ok', // Emma Hansen (1st): 1 + 2/6 = 1.33
    'generic:n126db31e79cd2aba': 'ok', // Lukas Berntsen: nothing
    'generic:na9ec84a67dae95b0-2': 'concern', // Emma Hansen (2nd): 8 + 15/6 = 10.5 > 9.75 (16.2 %)
    'generic:na9ec84a67dae95b0-3': 'ok', // Emma Hansen (3rd): 1/6
  },
  'generic/event-list-ranges.html': {
    'generic:2207': 'concern', // Solveig Hovde: 16.–19.11, 4 days in A > 2.5
    'generic:2208': 'ok', // Torstein Skjæveland: 20.11 + part of 12.11 < 2 in A; under 4 in all
  },
  'generic/event-list.html': {
    'generic:n486e916d661616a8': 'ok', // Noah Rustad: 16.11 = 1 in A; 2.33 in all
    'generic:n94abe492bf933098': 'ok', // Emilie Grøtting: lateness is not absence; 1 lesson
    'generic:n4a65c45895276c28': 'ok', // Ola Sæterbakken: left before lessons 5–6 once
    'generic:na410874b6ab4f4f6': 'concern', // Vilja Nordvang: 11.11, 12.11, 17.11 = 3 in A > 2.5
  },
  'generic/extra-tables.html': {
    'generic:88231': 'unknown', // Thea Vollan: 4 + 3/6 = 4.5 (A open, B under)
    'generic:88232': 'ok', // Oskar Hjelmeland: 9 lessons = 1.5; lateness is not absence
    'generic:88233': 'concern', // Ylva Sørum: 13 days > 10
  },
  'generic/nynorsk-summary.html': {
    'generic:n498a3d9fd56ca407': 'unknown', // Åsne Myklebust: 3 days already > 2.5 could all be recent
    'generic:n3419029d87177213': 'ok', // Vetle Bjørkedal: 1 lesson
    'generic:nffea102bf007562e': 'concern', // Ragnhild Osnes: 9 + 6/6 = 10 days = 15.4 % of 65 > 15 %
    'generic:n139a8a479f3e7961': 'ok', // Eirik Haugland: 1 day; 11 late arrivals are not absence
  },
  'generic/odd-formats.html': {
    'generic:n96caaff7499ceb8d': 'unknown', // Vilde Aune: 2 + 4/6 = 2.67 > 2.5 (A open)
    'generic:n43ae16c6712afb89': 'ok', // Theodor Berg-Hansen: only late arrivals
    'generic:nc1d7c78afd93b75d': 'unknown', // Iben Dahle: 6 + 9/6 = 7.5
    'generic:n6532ab05e8b322f6': 'ok', // Jakob Eggen: 1 lesson
  },
  'generic/paginated.html': {
    'generic:31001': 'ok', // Amalie Fossum: 2 + 1/6 = 2.17
    'generic:31002': 'ok', // Benjamin Kleppe: nothing
    'generic:31003': 'unknown', // Celine Wold: 7 + 12/6 = 9 (≤ 9.75)
    'generic:31004': 'ok', // Daniel Øye: 1 + 4/6 = 1.67
  },
  'generic/personal-details.html': {
    'generic:552190': 'unknown', // Hedda Øynes: 3 + 2/6 = 3.33
    'generic:552191': 'ok', // Brage Kvalvik: 5 lessons = 0.83
  },
  // Weeks 46–47 (09.11–20.11). A's window 10.11–23.11 has one unseen school day (23.11), so A is
  // "not fired" with at most 1.5 days seen in it; B's 65 days are mostly unseen, never decided.
  'generic/register-grid.html': {
    'generic:70311': 'unknown', // Mathilde Engebretsen: 11.–12.11 = 2 in A; 2 + 1 unseen > 2.5
    'generic:70312': 'unknown', // Sander Øvrebø: late only, A not fired, B open
    'generic:70313': 'unknown', // Live Haugerud: 10.–11.11 in A (09.11 is before it) = 2
    'generic:70314': 'concern', // Elias Mørkved: 13.11, 16.11, 20.11 = 3 in A > 2.5
    'generic:70315': 'unknown', // Frida Nakkerud: nothing, B open
    'generic:70316': 'unknown', // Jonas Bleikli: 2 lessons 17.11 (09.11 before A); B open
  },
  // 23.11–24.11 read on 23.11: one seen day.
  'generic/register-select.html': {
    'generic:61001': 'unknown', // Ella Strømsnes: 1 day on 23.11
    'generic:61002': 'unknown', // Filip Aasland: his day is 24.11, not yet
  },
  'generic/summary-table.html': {
    'generic:40123': 'ok', // Aksel Brenden: 2 lessons = 0.33
    'generic:40124': 'unknown', // Ingrid Solheimsvik: 6 + 14/6 = 8.33
    'generic:40125': 'unknown', // Tobias Lund Aamot: 2 + 5/6 = 2.83 > 2.5
    'generic:40126': 'concern', // Sunniva Kvernmo: 11 days > 10
    'generic:40127': 'ok', // Håkon Tveitane: 1 day
  },

  // Term totals (17.08–23.11) with gyldig/ugyldig days and lessons and late arrivals, but neither
  // "meldt" nor leaving early: those two stay open unless the student has no absence at all.
  'vigilo/class-overview.html': {
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c01': 'ok', // Ada Attrapp: no absence, no lateness: every rule decided
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c02': 'concern', // Bjørn Blindtekst: 10 days > 8; 1 ugyldig day
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c03': 'concern', // Eli Eksempel: 12 lessons > 10, ugyldige
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c04': 'watch', // Tor Tulling: 8 late arrivals, no absence
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c05': 'concern', // Siri Skisse: 5 ugyldige days
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c06': 'ok', // Eli Eksempel (2nd): no absence at all
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c07': 'unknown', // Lise Liksom: 2 gyldige days, "meldt" not shown
  },
  // Week 16.–20.11 only: the halvår's other weeks are unseen, so "no ugyldig fravær this halvår"
  // is never decided here; only what fires inside the week gives a level.
  'vigilo/lesson-register.html': {
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c01': 'unknown', // Ada Attrapp: nothing this week
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c02': 'unknown', // Bjørn Blindtekst: two gyldige, meldte days
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c03': 'concern', // Eli Eksempel: TU = ugyldig timefravær
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c04': 'watch', // Tor Tulling: three FS (forsentkomming)
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c05': 'concern', // Siri Skisse: U = ugyldig day 16.11
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c06': 'unknown', // Eli Eksempel (2nd): nothing this week
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c07': 'unknown', // Lise Liksom: D = gyldig day, "meldt" not shown
  },
  'vigilo/student-absence.html': {
    'vigilo:0b7e4c2a-1f3d-4a5b-8c6d-7e8f9a0b1c05': 'concern', // Siri Skisse: ugyldige days 07.09, 21.09, …
  },
  'visma-flyt-skole/class-overview.html': {
    'visma-flyt-skole:100201': 'ok', // Testa Testesen: no absence, no lateness
    'visma-flyt-skole:100202': 'concern', // Ola Oppdiktet: 9 days > 8; 2 ugyldige days
    'visma-flyt-skole:100203': 'concern', // Kari Konstruert: 12 lessons > 10; 11 ugyldige
    'visma-flyt-skole:100204': 'watch', // Per Påfunnet: 6 late arrivals; 2.5 gyldige days
    'visma-flyt-skole:100205': 'unknown', // Ola Oppdiktet (2nd): gyldig only; "meldt" not shown
    'visma-flyt-skole:100206': 'concern', // Fia Fiktiv: 6 ugyldige days
    'visma-flyt-skole:100207': 'unknown', // Nils Nonsens: 1 gyldig lesson; "meldt" not shown
  },
  // One day, 23.11.
  'visma-flyt-skole/lesson-register.html': {
    'visma-flyt-skole:100201': 'unknown', // Testa Testesen: present
    'visma-flyt-skole:100202': 'unknown', // Ola Oppdiktet: DG, gyldig and meldt
    'visma-flyt-skole:100203': 'concern', // Kari Konstruert: TU, ugyldig timefravær
    'visma-flyt-skole:100204': 'watch', // Per Påfunnet: FS, forsentkomming
    'visma-flyt-skole:100205': 'unknown', // Ola Oppdiktet (2nd): present
    'visma-flyt-skole:100206': 'concern', // Fia Fiktiv: DU, ugyldig day
    'visma-flyt-skole:100207': 'watch', // Nils Nonsens: FT, left before lessons 4–5, not meldt
  },
  'visma-flyt-skole/student-absence.html': {
    'visma-flyt-skole:100206': 'concern', // Fia Fiktiv: ugyldige days 31.08, 05.10, …
  },
  // Term totals per subject (warning limit 8 %, limit 10 %), no dates, no "meldt", no lateness.
  // The guide counts "Forsentkomming og sporadisk fravær" in too; a page without late arrivals
  // cannot rule that out, so even a student without absence is not `ok` here.
  'visma-inschool/class-overview.html': {
    // Testa Testesen: no absence, but the page shows no forsentkomming, which 004 lists under
    // "Bekymringsfullt nærvær" ("Forsentkomming og sporadisk fravær"): that rule cannot be decided.
    'visma-inschool:51001': 'unknown',
    'visma-inschool:51002': 'concern', // Ola Oppdiktet: Norsk 9.4 % ≥ 8 %
    'visma-inschool:51003': 'serious', // Kari Konstruert: Matematikk 11.5 % ≥ 10 %
    'visma-inschool:51004': 'unknown', // Per Påfunnet: 6 days could hold 3 in two weeks; subjects under 8 %
    'visma-inschool:51005': 'unknown', // Ola Oppdiktet (2nd): 1 day + 2 lessons: could be 3 times in two weeks
    'visma-inschool:51006': 'concern', // Fia Fiktiv: Kroppsøving 8.3 % ≥ 8 %
  },
  // One lesson on 23.11: single lessons are not "dager med uvarslet fravær", no subject shares
  // are shown, and one day cannot hold three times in two weeks.
  'visma-inschool/lesson-register.html': {
    'visma-inschool:51001': 'unknown',
    'visma-inschool:51002': 'unknown',
    'visma-inschool:51003': 'unknown',
    'visma-inschool:51004': 'unknown',
    'visma-inschool:51005': 'unknown',
    'visma-inschool:51006': 'unknown',
  },
  'visma-inschool/student-absence-embedded.html': {
    'visma-inschool:51003': 'serious', // Kari Konstruert: Matematikk 11.5 % ≥ 10 % (the page's own figure)
  },
  'visma-inschool/student-absence.html': {
    'visma-inschool:51002': 'concern', // Ola Oppdiktet: 02.11 a whole day uvarslet (X, not meldt)
  },
};

export interface FixturePage {
  portal: string;
  /** Path under tests/fixtures/portals, e.g. "vigilo/class-overview.html". */
  path: string;
  expectedLevels: Expected;
}

/**
 * Every fixture page with a golden reading of at least one student, with its hand-worked levels.
 * Fails when a page has no hand-worked entry, or the entry and the page's students differ: the
 * golden (checked by hand against the page) says who is on it, never what level they get.
 */
export function fixturePagesWithGoldens(): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const portal of readdirSync(FIXTURES)) {
    const dir = join(FIXTURES, portal);
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.html')) continue;
      const golden = join(dir, file.replace(/\.html$/, '.reading.json'));
      if (!existsSync(golden)) continue;
      const json = JSON.parse(readFileSync(golden, 'utf8')) as { ok?: boolean; rows?: Array<{ student: { key: string } }> };
      // Goldens of unreadable pages record the "could not read"; those pages are tested apart.
      if (json.ok === false || !json.rows || json.rows.length === 0) continue;
      const path = `${portal}/${file}`;
      const expectedLevels = EXPECTED[path];
      if (!expectedLevels) throw new Error(`${path}: no hand-worked expected levels in tests/e2e/support/expectations.ts`);
      const onPage = json.rows.map((row) => row.student.key).sort();
      const worked = Object.keys(expectedLevels).sort();
      if (JSON.stringify(onPage) !== JSON.stringify(worked)) {
        throw new Error(`${path}: the hand-worked levels name ${worked.join(', ')} but the page lists ${onPage.join(', ')}`);
      }
      pages.push({ portal, path, expectedLevels });
    }
  }
  return pages;
}
