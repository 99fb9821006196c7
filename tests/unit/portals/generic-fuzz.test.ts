// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reading, ReadingRow } from '../../../lib/model';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, fixtureHtml, fixturePages, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * The generic reader runs on pages nobody designed for it, so it must never throw: whatever a
 * page looks like, it answers with a valid Reading or a "could not read" that says why.
 * Pages here are the fixtures, mutated at random.
 */

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '\u202Eelev\u202C', // right-to-left override
    'مرحبا 12',
    '\u200B\u200D\uFEFF',
    '😀👩‍👩‍👧 3',
    '–',
    '1 234,5 %',
    '31.02.2026',
    'man. 24. nov.',
    'F/M/U/FS',
    '<b>Navn</b>',
    '<table><tr><th>Navn</th><th>Dager</th></tr><tr><td>X</td><td>1</td></tr></table>',
    '<td colspan="999999">x</td>',
    '<div role="grid"><div role="row"><div role="columnheader">Elev</div></div></div>',
    '"><script>alert(1)</script>',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    'Sum',
    'Elev',
  ),
);

type Mutation =
  | { op: 'deleteCell' | 'duplicateCell' | 'deleteRow' | 'duplicateRow' | 'shuffleCells' | 'shuffleRows'; at: number; seed: number }
  | { op: 'text' | 'markup'; at: number; text: string }
  | { op: 'span'; at: number; attribute: 'colspan' | 'rowspan' | 'aria-colindex'; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('deleteCell', 'duplicateCell', 'deleteRow', 'duplicateRow', 'shuffleCells', 'shuffleRows'),
    at: fc.nat(),
    seed: fc.nat(),
  }) as fc.Arbitrary<Mutation>,
  fc.record({ op: fc.constantFrom('text', 'markup'), at: fc.nat(), text: nasty }) as fc.Arbitrary<Mutation>,
  fc.record({
    op: fc.constant('span'),
    at: fc.nat(),
    attribute: fc.constantFrom('colspan', 'rowspan', 'aria-colindex'),
    value: fc.oneof(fc.integer({ min: -5, max: 100_000 }).map(String), fc.string({ maxLength: 4 })),
  }) as fc.Arbitrary<Mutation>,
);

const CELLS = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';
const ROWS = 'tr, [role="row"]';

function pick<T>(list: T[], at: number): T | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

function shuffle(parent: Element, seed: number): void {
  const children = Array.from(parent.children);
  let state = seed + 1;
  for (let i = children.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [children[i], children[j]] = [children[j] as Element, children[i] as Element];
  }
  for (const child of children) parent.appendChild(child);
}

function apply(doc: Document, change: Mutation): void {
  const cells = Array.from(doc.querySelectorAll(CELLS));
  const rows = Array.from(doc.querySelectorAll(ROWS));
  switch (change.op) {
    case 'deleteCell':
      pick(cells, change.at)?.remove();
      break;
    case 'duplicateCell': {
      const cell = pick(cells, change.at);
      cell?.after(cell.cloneNode(true));
      break;
    }
    case 'deleteRow':
      pick(rows, change.at)?.remove();
      break;
    case 'duplicateRow': {
      const row = pick(rows, change.at);
      row?.after(row.cloneNode(true));
      break;
    }
    case 'shuffleCells': {
      const row = pick(rows, change.at);
      if (row) shuffle(row, change.seed);
      break;
    }
    case 'shuffleRows': {
      const parent = pick(rows, change.at)?.parentElement;
      if (parent) shuffle(parent, change.seed);
      break;
    }
    case 'text': {
      const cell = pick(cells, change.at);
      if (cell) cell.textContent = change.text;
      break;
    }
    case 'markup': {
      const cell = pick(cells, change.at);
      if (cell) cell.innerHTML = change.text;
      break;
    }
    case 'span':
      pick(cells, change.at)?.setAttribute(change.attribute, change.value);
      break;
  }
}

function expectAnAnswer(doc: Document): void {
  const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
  if (result.ok) {
    expect(Reading.safeParse(result.reading).success).toBe(true);
    const keys = result.layout.slots.map((slot) => slot.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const slot of result.layout.slots) {
      const row = genericAdapter.readStudent(result.layout, slot, { asOf: ASOF });
      if ('ok' in row) expect(row.missing.length).toBeGreaterThan(0);
      else expect(ReadingRow.safeParse(row).success).toBe(true);
    }
  } else {
    expect(result.missing.length).toBeGreaterThan(0);
    // The reader's safety net (an exception turned into "could not read") never fires.
    for (const reason of result.missing) expect(reason.code, JSON.stringify(reason)).not.toBe('unexpected-error');
  }
}

// Hundreds of page parses: a generous limit so a slow machine does not fail a behaviour test.
describe('generic reader on mutated pages', { timeout: 120_000 }, () => {
  it('always answers with a valid Reading or a reason, and never fails inside', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixturePages), fc.array(mutation, { minLength: 1, maxLength: 8 }), (file, changes) => {
        const doc = parsePage(fixtureHtml(file));
        for (const change of changes) apply(doc, change);
        expectAnAnswer(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('answers for arbitrary markup, not only for mutated fixtures', () => {
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 12 }), (parts) => {
        expectAnAnswer(parsePage(`<table><tr><th>Navn</th><th>Dager</th><th>24.11.</th></tr>${parts.map((part, i) => (i % 3 === 0 ? `<tr><td>${part}` : `<td>${part}`)).join('')}</table>`));
      }),
      { numRuns: 200 },
    );
  });
});
