import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { E2EBrowser, E2EPage } from './browsers';

/**
 * The unseen corpus (tests/fixtures/unseen/<batch>/): pages written blind, each with the students
 * a teacher should see and their levels worked out by hand (its README gives the schema). This file
 * loads the expectations, collects what the overlay shows in a real browser, and scores one against
 * the other. Nothing here knows how the reader works.
 */
export const CORPUS_ROOT = resolve('tests/fixtures/unseen');

const Level = z.enum(['ok', 'unknown', 'watch', 'concern', 'serious']);
const ExpectedStudent = z.object({ name: z.string().min(1), level: Level, why: z.string().optional() });
const Step = z.union([
  z.object({ click: z.string().min(1) }),
  z.object({ scroll: z.object({ selector: z.string().min(1), top: z.number() }) }),
  z.object({ back: z.literal(true) }),
]);
export type Step = z.infer<typeof Step>;
const State = z.object({
  description: z.string().optional(),
  steps: z.array(Step),
  students: z.array(ExpectedStudent),
  noBadge: z.array(z.string()).optional(),
});
export const ExpectedPage = z.object({
  page: z.string(),
  shape: z.string().optional(),
  asOf: z.string().optional(),
  frame: z.string().optional(),
  readable: z.boolean(),
  reason: z.string().optional(),
  students: z.array(ExpectedStudent).default([]),
  notStudents: z.array(z.string()).optional(),
  states: z.array(State).optional(),
});
export type ExpectedPage = z.infer<typeof ExpectedPage>;
export type ExpectedStudent = z.infer<typeof ExpectedStudent>;

/**
 * The batches to run: every folder of the corpus, or only those named in NAERVAER_CORPUS_BATCHES
 * (comma-separated), so that one batch can be measured without loading the others' pages.
 */
export function corpusBatches(): string[] {
  if (!existsSync(CORPUS_ROOT)) return [];
  const only = (process.env.NAERVAER_CORPUS_BATCHES ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const all = readdirSync(CORPUS_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const missing = only.filter((name) => !all.includes(name));
  if (missing.length > 0) throw new Error(`NAERVAER_CORPUS_BATCHES names no folder of ${CORPUS_ROOT}: ${missing.join(', ')}`);
  return only.length > 0 ? all.filter((name) => only.includes(name)) : all;
}

/** Every page of a batch with its expectations; a malformed expectation file fails loudly, naming the file. */
export function corpusPages(batch: string): ExpectedPage[] {
  const dir = join(CORPUS_ROOT, batch);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const parsed = ExpectedPage.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`${batch}/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** One badge as the page shows it: its level and the text of the row (or heading) it sits in. */
export interface ShownBadge {
  level: string;
  rowText: string;
  /** For a badge in a table row: the row's text without the rows of a table nested in it. */
  ownRowText?: string;
  /** For a badge in a table cell: the cell's text, which says whose it is when the row names two students. */
  cellText?: string;
}

export interface Shown {
  badges: ShownBadge[];
  /** Badges with a level in rows or panels the page does not render: the teacher cannot see them. */
  hiddenBadges: number;
  indicator: boolean;
}

/**
 * Runs in the page's main world: every visible badge in the document, its same-origin frames (an
 * <object> or an <embed> showing a document is one, as an iframe is, as the reader treats them) and open shadow roots, with the text of the row it sits in (for a badge outside a table, the text of
 * the element it is in; for one just before a <br>, at the end of a line of text parted from the
 * others only by <br>, the text of that line), and whether the "could not read" indicator is showing in any of them.
 * A badge the page does not render (its row hidden by a filter, a closed panel) is not seen by the
 * teacher: it is counted apart, in hiddenBadges, and neither scored right nor stray. A long list's
 * badges waiting undisplayed far from the viewport (their own data-far) are counted as shown.
 */
export const COLLECT_SHOWN = `(() => {
  const badges = [];
  let hiddenBadges = 0;
  let indicator = false;
  // Whether the page renders what the badge sits in: the nearest ancestor with a box of its own
  // (a display: contents wrapper has none), crossing out of shadow roots to their hosts.
  const rendered = (element) => {
    let node = element.parentElement || (element.parentNode && element.parentNode.host) || null;
    while (node) {
      const view = node.ownerDocument.defaultView;
      if (view.getComputedStyle(node).display !== 'contents') return typeof node.checkVisibility === 'function' ? node.checkVisibility() : node.getClientRects().length > 0;
      node = node.parentElement || (node.parentNode && node.parentNode.host) || null;
    }
    return true;
  };
  const clean = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  // The document a frame element shows. An <embed> has no contentDocument: its document is found
  // among the window's frames, as the one whose frameElement it is.
  const frameDocument = (element) => {
    try { if (element.contentDocument) return element.contentDocument; } catch { /* cross-origin */ }
    const view = element.ownerDocument.defaultView;
    for (let index = 0; view && index < view.length; index += 1) {
      try { if (view[index].frameElement === element) return view[index].document; } catch { /* cross-origin */ }
    }
    return null;
  };
  // Each text node apart: cells' texts must not run together ("Fjeld" + "0" is not "Fjeld0").
  // ownRow: the row's own text, without the rows of a table nested in it (a badge on a student's
  // row is not on the "Hittil i år" row of the small table inside that row).
  const textOf = (element, ownRow = false) => {
    const parts = [];
    const inNestedRow = (node) => node.parentElement && node.parentElement.closest('tr, [role="row"]') !== element;
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (ownRow && inNestedRow(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue);
    return clean(parts.join(' '));
  };
  // The line a badge ends, in text whose lines are parted by <br> only: back to the <br> before it.
  const lineBefore = (badge) => {
    const parts = [];
    for (let node = badge.previousSibling; node && node.nodeName !== 'BR'; node = node.previousSibling) parts.unshift(node.textContent);
    return clean(parts.join(' '));
  };
  // How much the page itself holds (its elements and text, none of the overlay's): a change in it
  // means the page is still rendering, and the overlay may not have caught up yet.
  let pageSize = 0;
  const walk = (root, depth) => {
    if (depth > 8) return;
    pageSize += ((root.documentElement || root).textContent || '').length;
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (!tag.startsWith('naervaer-')) pageSize += 1;
      if (tag === 'naervaer-badge') {
        if (element.hidden || !element.dataset.level) continue;
        if (!rendered(element)) {
          hiddenBadges += 1;
          continue;
        }
        // In a table turned so that students are columns, a badge in a column's header cell is
        // that column's: the cell names the student, its row names them all.
        const row = element.closest('thead th, th[scope="col"], [role="columnheader"]') || element.closest('tr, [role="row"]') || element.parentElement;
        const ownRow = row && row.matches('tr, [role="row"]') ? textOf(row, true) : undefined;
        const cell = ownRow !== undefined ? element.closest('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]') : null;
        const endsLine = ownRow === undefined && element.nextSibling && element.nextSibling.nodeName === 'BR';
        badges.push({
          level: element.dataset.level,
          rowText: endsLine ? lineBefore(element) : row ? textOf(row) : '',
          ...(ownRow !== undefined ? { ownRowText: ownRow } : {}),
          ...(cell && row.contains(cell) ? { cellText: textOf(cell) } : {}),
        });
        continue;
      }
      if (tag === 'naervaer-indicator') {
        if (!element.hidden) indicator = true;
        continue;
      }
      if (tag.startsWith('naervaer-')) continue;
      if (element.shadowRoot) walk(element.shadowRoot, depth + 1);
      if (tag === 'iframe' || tag === 'frame' || tag === 'object' || tag === 'embed') {
        const inner = frameDocument(element);
        if (inner) walk(inner, depth + 1);
      }
    }
  };
  walk(document, 0);
  return { badges, hiddenBadges, indicator, pageSize };
})()`;

/** A click target's centre in the top viewport: the first visible button or link whose text is exactly `text`. */
export function findClickTarget(text: string): string {
  return `(() => {
    const wanted = ${JSON.stringify(text)};
    const clean = (t) => (t || '').replace(/\\s+/g, ' ').trim();
    const search = (doc, offsetX, offsetY, depth) => {
      if (depth > 5) return null;
      const candidates = doc.querySelectorAll('button, a, [role="button"], [role="link"], [role="tab"], input[type="button"], input[type="submit"]');
      for (const element of candidates) {
        const label = element.tagName === 'INPUT' ? element.value : element.textContent;
        if (clean(label) !== wanted) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        element.scrollIntoView({ block: 'center', inline: 'center' });
        const inView = element.getBoundingClientRect();
        return { x: offsetX + inView.left + inView.width / 2, y: offsetY + inView.top + inView.height / 2 };
      }
      for (const frame of doc.querySelectorAll('iframe, frame, object, embed')) {
        let inner = null;
        try { inner = frame.contentDocument; } catch { inner = null; }
        // An <embed>'s document is the one among the window's frames whose frameElement it is.
        for (let index = 0; !inner && doc.defaultView && index < doc.defaultView.length; index += 1) {
          try { if (doc.defaultView[index].frameElement === frame) inner = doc.defaultView[index].document; } catch { inner = null; }
        }
        if (!inner) continue;
        const box = frame.getBoundingClientRect();
        const found = search(inner, offsetX + box.left + frame.clientLeft, offsetY + box.top + frame.clientTop, depth + 1);
        if (found) return found;
      }
      return null;
    };
    return search(document, 0, 0, 0);
  })()`;
}

/** Does a real click, a scroll or a step back, as the expectation file names it. */
export async function followStep(page: E2EPage, step: Step): Promise<void> {
  if ('click' in step) {
    const point = await page.evaluate<{ x: number; y: number } | null>(findClickTarget(step.click));
    if (!point) throw new Error(`no visible button or link says «${step.click}»`);
    await page.clickAt(point.x, point.y);
  } else if ('scroll' in step) {
    const found = await page.evaluate<boolean>(`(() => {
      const element = document.querySelector(${JSON.stringify(step.scroll.selector)});
      if (!element) return false;
      element.scrollTop = ${step.scroll.top};
      element.dispatchEvent(new Event('scroll'));
      return true;
    })()`);
    if (!found) throw new Error(`no element ${step.scroll.selector} to scroll`);
  } else {
    await page.evaluate(`history.back()`);
  }
}

/**
 * How long a page that shows neither a badge nor the indicator is given. The indicator waits 1.5 s
 * by design; the rest is for the overlay's start, which takes seconds on a busy machine (the corpus
 * opens several pages at once). At six seconds, the first pages of a batch sometimes showed nothing
 * on a machine at load 8-16 and their badges on a rerun.
 */
const NOTHING_SHOWN_AFTER_MS = 10_000;

/**
 * How long the overlay is given to catch up with a page that changed after the overlay last did (a
 * list that renders in batches): its badges for the last rows can take a second or more on a busy
 * machine, and a run that stopped waiting 800 ms after the badges of the first rows once counted
 * the last two students of such a page as unread.
 */
const CATCH_UP_MS = 3_000;

/**
 * Waits until what the overlay shows has stopped changing: the same badges for a while, and on a
 * page with no badge, long enough for the quiet indicator to appear. The page itself must have
 * stopped changing too; when it changed after the overlay last did, the overlay is given
 * CATCH_UP_MS to follow.
 */
export async function settle(page: E2EPage, timeoutMs = 12_000): Promise<Shown> {
  const started = Date.now();
  let last = '';
  let lastPageSize = -1;
  let overlayChangedAt = started;
  let pageChangedAt = started;
  let shown: Shown = { badges: [], hiddenBadges: 0, indicator: false };
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    let pageSize: number;
    try {
      ({ pageSize, ...shown } = await page.evaluate<Shown & { pageSize: number }>(COLLECT_SHOWN));
    } catch {
      continue; // navigating
    }
    const now = Date.now();
    const overlay = JSON.stringify(shown);
    if (overlay !== last) {
      last = overlay;
      overlayChangedAt = now;
    }
    if (pageSize !== lastPageSize) {
      if (lastPageSize >= 0) pageChangedAt = now; // the first reading is where the page starts from
      lastPageSize = pageSize;
    }
    const quietFor = now - Math.max(overlayChangedAt, pageChangedAt);
    const enough = (wanted: number) => quietFor >= (pageChangedAt > overlayChangedAt ? Math.max(wanted, CATCH_UP_MS) : wanted);
    const elapsed = now - started;
    if (shown.badges.length > 0 && enough(800) && elapsed >= 1200) return shown;
    if (shown.badges.length === 0 && (shown.indicator ? enough(400) : elapsed >= NOTHING_SHOWN_AFTER_MS)) return shown;
  }
  return shown;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word !== '');

/** Whether every word of `name` is in `text` (the corpus's rule for "this badge is that student's"). */
export function namesIn(name: string, text: string): boolean {
  const inText = new Set(words(text));
  return words(name).every((word) => inText.has(word));
}

export interface StudentResult {
  name: string;
  expected: string;
  /** Levels of the badges found for the student (empty: no badge). */
  shown: string[];
  right: boolean;
}

export interface StateResult {
  state: string;
  students: StudentResult[];
  /** Badges that belong to no expected student, or to a row that is not a student. */
  strayBadges: ShownBadge[];
  /** Badges in rows or panels the page does not render, which no one sees (neither right nor stray). */
  hiddenBadges: number;
  /** For a page that cannot be read: whether the indicator showed and no badge did. */
  indicatorRight: boolean | null;
  /** Whether the "could not read" indicator showed, on any page: a readable page left unread should show it. */
  indicator: boolean;
  errors: string[];
}

/** Scores one state: each expected student is right when it has a badge and every one of its badges has the expected level. */
export function score(
  shown: Shown,
  expected: { readable: boolean; students: ExpectedStudent[]; notStudents?: string[]; noBadge?: string[] },
  state: string,
): StateResult {
  const byStudent = new Map<string, string[]>(expected.students.map((student) => [student.name, []]));
  const strayBadges: ShownBadge[] = [];
  for (const badge of shown.badges) {
    // The longest name that fits wins ("Ola Nordmann" over "Ola" when both are expected).
    const owners = expected.students.filter((student) => namesIn(student.name, badge.rowText));
    const longest = Math.max(0, ...owners.map((student) => words(student.name).length));
    const longestOwners = owners.filter((student) => words(student.name).length === longest);
    // A row that names two students (a list folded into halves side by side): a badge is the
    // student's whose own cell it sits in.
    const inCell = longestOwners.length > 1 && badge.cellText !== undefined ? longestOwners.filter((student) => namesIn(student.name, badge.cellText as string)) : [];
    const owner = inCell.length > 0 ? inCell : longestOwners;
    if (owner.length === 0) {
      strayBadges.push(badge);
      continue;
    }
    for (const student of owner) byStudent.get(student.name)?.push(badge.level);
  }
  // A row that is not a student's, by its own text: a student's row that holds a small table of
  // labelled figures ("Hittil i år", "Siste 14 dager") is not one of those label rows.
  for (const name of [...(expected.notStudents ?? []), ...(expected.noBadge ?? [])]) {
    for (const badge of shown.badges) if (namesIn(name, badge.ownRowText ?? badge.rowText) && !strayBadges.includes(badge)) strayBadges.push(badge);
  }
  const students = expected.students.map((student) => {
    const levels = byStudent.get(student.name) ?? [];
    return { name: student.name, expected: student.level, shown: levels, right: levels.length > 0 && levels.every((level) => level === student.level) };
  });
  return {
    state,
    students,
    strayBadges,
    hiddenBadges: shown.hiddenBadges,
    indicatorRight: expected.readable ? null : shown.indicator && shown.badges.length === 0,
    indicator: shown.indicator,
    errors: [],
  };
}

export interface PageResult {
  page: string;
  shape: string;
  readable: boolean;
  states: StateResult[];
  pageErrors: string[];
}

const browserQueues = new WeakMap<E2EBrowser, Promise<unknown>>();

/**
 * Opens or closes pages of one browser one after another, when several pages are read at once:
 * Firefox's WebDriver BiDi can fail to make a tab while another is being made or closed.
 */
function oneAtATime<T>(browser: E2EBrowser, action: () => Promise<T>): Promise<T> {
  const before = browserQueues.get(browser) ?? Promise.resolve();
  const done = before.then(action);
  browserQueues.set(browser, done.catch(() => undefined));
  return done;
}

/**
 * Opens one page of the corpus in each of its states (each from a fresh load in a fresh page, as
 * the corpus's README says), follows the state's steps, and scores what shows.
 */
export async function runCorpusPage(browser: E2EBrowser, url: string, expected: ExpectedPage): Promise<PageResult> {
  const pageErrors: string[] = [];
  const states: StateResult[] = [];
  const all = [
    { name: 'after load', steps: [], students: expected.students, noBadge: undefined },
    ...(expected.states ?? []).map((state, i) => ({ name: state.description ?? `state ${i + 2}`, ...state })),
  ];
  for (const state of all) {
    let page: E2EPage | null = null;
    try {
      page = await oneAtATime(browser, () => browser.newPage());
      await page.goto(url);
      let shown = await settle(page);
      for (const step of state.steps) {
        await followStep(page, step);
        shown = await settle(page);
      }
      const scored = score(shown, { ...expected, students: state.students, ...(state.noBadge ? { noBadge: state.noBadge } : {}) }, state.name);
      states.push(scored);
    } catch (error) {
      pageErrors.push(`${state.name}: ${error instanceof Error ? error.message : String(error)}`);
      states.push({
        state: state.name,
        students: state.students.map((s) => ({ name: s.name, expected: s.level, shown: [], right: false })),
        strayBadges: [],
        hiddenBadges: 0,
        indicatorRight: expected.readable ? null : false,
        indicator: false,
        errors: [],
      });
    } finally {
      if (page) {
        pageErrors.push(...page.errors().map((message) => `${state.name}: page error: ${message}`));
        const closing = page;
        await oneAtATime(browser, () => closing.close());
      }
    }
  }
  return { page: expected.page, shape: expected.shape ?? '', readable: expected.readable, states, pageErrors };
}

/**
 * How many of the corpus's pages are open at once in one browser. Most of a page's time is waiting
 * for the overlay to settle, so pages side by side cost little more than one: on two cores, four at
 * once read four batches in 62 s where three took 73 s, with the same results.
 */
export const PAGES_AT_ONCE = Math.max(1, Number(process.env.NAERVAER_CORPUS_PAGES_AT_ONCE ?? '4') || 1);

/**
 * Starts `work` on every item, at most `limit` at a time, in the items' order, and gives each
 * item's outcome as its own promise (a test awaits its own page's); `done` settles when all have.
 */
export function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): { outcomes: Promise<R>[]; done: Promise<void> } {
  const settlers = items.map(() => {
    let resolve!: (value: R) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<R>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Handled here as well: an outcome that fails before its test awaits it is not an unhandled rejection.
    promise.catch(() => undefined);
    return { promise, resolve, reject };
  });
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        settlers[index]!.resolve(await work(items[index]!));
      } catch (error) {
        settlers[index]!.reject(error);
      }
    }
  };
  const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
  return { outcomes: settlers.map((settler) => settler.promise), done: Promise.all(workers).then(() => undefined) };
}
