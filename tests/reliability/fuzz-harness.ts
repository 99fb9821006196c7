import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { expect } from 'vitest';
import { Reading, ReadingRow } from '../../lib/model';
import { isCouldNotRead, type PortalAdapter, type ReadOptions } from '../../lib/portals/adapter';
import { genericAdapter } from '../../lib/portals/generic';
import type { PageNote, ReadProblem } from '../../lib/portals/read-problem';
import { PORTALS } from '../../lib/portals/registry';
import { readAsOverlay } from '../unit/portals/read-as-overlay';
import { applyMutation, mutation } from './page-mutations';

/**
 * What the fuzz suites share: the fixture pages, the four readers, the property every page must
 * satisfy, and the tally docs/RELIABILITY.md reports. Pages are parsed with happy-dom.
 *
 * FUZZ_SEED replays a run; FUZZ_SCALE multiplies every page count (0.1 for a quick look).
 */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** Pages per suite; 10 000 in all. */
export const PLAN = {
  mutatedPerPortalAdapter: Math.round(1_200 * SCALE),
  mutatedGeneric: Math.round(2_400 * SCALE),
  generatedTables: Math.round(4_000 * SCALE),
};
export const PLANNED_TOTAL = PORTALS.length * PLAN.mutatedPerPortalAdapter + PLAN.mutatedGeneric + PLAN.generatedTables;

/**
 * A hang guard, not a performance assertion: reading one page (locate and every student, twice)
 * taking over ten seconds means a runaway loop or a pathological regex. The slowest page takes
 * about a second (docs/RELIABILITY.md), and one took over two on a loaded machine, so the guard
 * sits far above anything a slow machine does.
 */
const HANG_GUARD_MS = 10_000;

const OPTIONS: ReadOptions = { asOf: '2026-11-23' };
const FIXTURES = join(import.meta.dirname, '../fixtures/portals');

/**
 * The address each fixture page is read at: its portal's first example address (from the
 * registry; the portals' readers go by the page, not its address), else a site no portal knows.
 */
function pageUrl(portal: string): string {
  return PORTALS.find((candidate) => candidate.id === portal)?.exampleUrls[0] ?? SOME_SITE;
}
const SOME_SITE = 'https://skole.example.no/fravaer/oversikt';

interface FixturePage {
  /** "<portal>/<page>", e.g. "vigilo/class-overview". */
  id: string;
  portal: string;
  html: string;
  url: string;
}

export const FIXTURE_PAGES: FixturePage[] = readdirSync(FIXTURES).flatMap((portal) =>
  readdirSync(join(FIXTURES, portal))
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(FIXTURES, portal, file), 'utf8');
      return { id: `${portal}/${name}`, portal, html, url: pageUrl(portal) };
    }),
);

/**
 * A happy-dom window keeps every document its DOMParser made (several MB for a register page), so
 * ten thousand pages in one window run out of memory. A fresh window every 50 pages keeps the
 * suite within a normal heap; that is the test DOM's limit, not the readers'.
 */
const PAGES_PER_WINDOW = 50;
let window: Window | null = null;
let parsedInWindow = 0;

export async function parsePage(html: string): Promise<Document> {
  if (!window || parsedInWindow >= PAGES_PER_WINDOW) {
    await window?.happyDOM.close();
    window = new Window();
    parsedInWindow = 0;
  }
  parsedInWindow += 1;
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // happy-dom's parser does not make <option selected> the chosen option as browsers do.
  for (const option of Array.from(doc.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
  return doc;
}

export async function closeWindow(): Promise<void> {
  await window?.happyDOM.close();
  window = null;
}

/** Every registered portal's reader, then the generic reader, each with its fixture folder's name. */
export const ADAPTERS: ReadonlyArray<{ adapter: PortalAdapter; portal: string }> = [
  ...PORTALS.map((portal) => ({ adapter: portal, portal: portal.id })),
  { adapter: genericAdapter, portal: 'generic' },
];

interface Tally {
  pages: number;
  readable: number;
  unreadable: number;
  studentsRead: number;
  slowestMs: number;
}

const tallies = new Map<string, Tally>();

export function tally(adapterId: string): Tally {
  let found = tallies.get(adapterId);
  if (!found) {
    found = { pages: 0, readable: 0, unreadable: 0, studentsRead: 0, slowestMs: 0 };
    tallies.set(adapterId, found);
  }
  return found;
}

/** One line for the report: the seed and, per reader, pages read, readable or not, students. */
export function summary(suite: string, distinctPages: number): string {
  const perAdapter = Object.fromEntries([...tallies].map(([id, t]) => [id, { ...t, slowestMs: Math.round(t.slowestMs) }]));
  return `fuzz summary ${JSON.stringify({ suite, seed: SEED, distinctPages, perAdapter })}`;
}

/** Reasons that mean an exception was caught by a safety net: a bug, even though the page was spared. */
/** The readers' safety net (an exception turned into "could not read") never fires. */
function expectNoCaughtException(problems: ReadonlyArray<ReadProblem | PageNote>): void {
  for (const problem of problems) expect(problem.code, JSON.stringify(problem)).not.toBe('unexpected-error');
}

function expectReasons(missing: ReadonlyArray<ReadProblem>): void {
  expect(missing.length).toBeGreaterThan(0);
  expectNoCaughtException(missing);
}

/** The property: an answer, valid, with reasons when it is "could not read", within the hang guard. */
export function expectAnAnswer(adapter: PortalAdapter, doc: Document, url: URL): void {
  const counts = tally(adapter.id);
  counts.pages += 1;
  const started = performance.now();

  // As the overlay calls it: locate, then one student at a time, with no safety net around them.
  const located = adapter.locate(doc, url, OPTIONS);
  if (located.ok) {
    for (const slot of located.layout.slots) {
      const row = adapter.readStudent(located.layout, slot, OPTIONS);
      if (isCouldNotRead(row)) expectReasons(row.missing);
      else {
        expect(ReadingRow.safeParse(row).success).toBe(true);
        counts.studentsRead += 1;
      }
    }
  } else {
    expectReasons(located.missing);
  }

  // The whole page as the golden tests read it: once per student, assembled into a Reading.
  const result = readAsOverlay(adapter, doc, url, OPTIONS);
  const elapsed = performance.now() - started;
  counts.slowestMs = Math.max(counts.slowestMs, elapsed);
  expect(elapsed, `reading one page took ${Math.round(elapsed)} ms (hang guard)`).toBeLessThan(HANG_GUARD_MS);

  if (result.ok) {
    counts.readable += 1;
    expect(Reading.safeParse(result.reading).success).toBe(true);
    const keys = result.reading.rows.map((row) => row.student.key);
    expect(new Set(keys).size).toBe(keys.length);
    expectNoCaughtException(result.notes);
  } else {
    counts.unreadable += 1;
    expectReasons(result.missing);
  }
}

/**
 * Runs `runs` mutated fixture pages through one adapter: mostly its own portal's pages, so the
 * deep paths run, and now and then another portal's. Returns how many pages were read.
 */
export async function fuzzMutatedPages(adapter: PortalAdapter, portal: string, runs: number, seed: number): Promise<number> {
  const own = FIXTURE_PAGES.filter((page) => page.portal === portal).map((page) => page.id);
  const others = FIXTURE_PAGES.filter((page) => page.portal !== portal).map((page) => page.id);
  let pages = 0;
  await fc.assert(
    fc.asyncProperty(
      // Pages by id, so a counterexample stays short enough to read.
      fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...own) }, { weight: 1, arbitrary: fc.constantFrom(...others) }),
      fc.array(mutation, { minLength: 1, maxLength: 10 }),
      async (pageId, changes) => {
        const page = FIXTURE_PAGES.find((candidate) => candidate.id === pageId) as FixturePage;
        const doc = await parsePage(page.html);
        for (const change of changes) applyMutation(doc, change);
        pages += 1;
        expectAnAnswer(adapter, doc, new URL(page.url));
      },
    ),
    { seed, numRuns: runs },
  );
  return pages;
}
