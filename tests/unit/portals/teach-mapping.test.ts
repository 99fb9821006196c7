// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead, type TaughtMapping } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { describeTables, mappingFromClicks, siteKeyFor, TaughtMappingSchema, type TeachProblem } from '../../../lib/portals/teach-mapping';
import { ASOF, loadFixture, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/** The cell (or the element inside it) at a row and column of the n-th table, as a click would find it. */
function cellIn(doc: Document, tableIndex: number, row: number, column: number): Element {
  const table = doc.querySelectorAll('table, [role="table"], [role="grid"]')[tableIndex];
  const rows = Array.from(table?.querySelectorAll('tr, [role="row"]') ?? []);
  const cells = Array.from(rows[row]?.querySelectorAll('td, th, [role="gridcell"], [role="rowheader"], [role="columnheader"]') ?? []);
  const cell = cells[column];
  if (!cell) throw new Error(`no cell ${row},${column} in table ${tableIndex}`);
  return cell;
}

describe('mappingFromClicks', () => {
  it('works out the table, the name column and what each clicked column holds', () => {
    const doc = loadFixture('summary-table.html');
    const link = cellIn(doc, 0, 1, 0).querySelector('a') as Element; // a click lands on the link in the cell
    const mapping = mappingFromClicks(doc, link, [cellIn(doc, 0, 2, 2), cellIn(doc, 0, 1, 4), cellIn(doc, 0, 3, 5), cellIn(doc, 0, 1, 3)]);
    expect(mapping).toEqual({ tableIndex: 0, nameColumn: 0, absenceColumns: [2, 4, 5, 3], columnMeaning: ['days', 'percent', 'late', 'lessons'] });
  });

  it('counts every table on the page, and a second click in the same column adds nothing', () => {
    const doc = loadFixture('extra-tables.html');
    const mapping = mappingFromClicks(doc, cellIn(doc, 3, 2, 0), [cellIn(doc, 3, 1, 1), cellIn(doc, 3, 3, 1)]);
    expect(mapping).toEqual({ tableIndex: 3, nameColumn: 0, absenceColumns: [1], columnMeaning: ['days'] });
  });

  it('knows a register column by the date in its header, also in ARIA grids', () => {
    const doc = loadFixture('aria-grid.html');
    const mapping = mappingFromClicks(doc, cellIn(doc, 0, 1, 0), [cellIn(doc, 0, 2, 3)]);
    expect(mapping).toEqual({ tableIndex: 0, nameColumn: 0, absenceColumns: [3], columnMeaning: ['codes'] });
  });

  it('counts grid columns through merged header cells', () => {
    const doc = loadFixture('odd-formats.html');
    // Row 3 is "Aune, Vilde"; its 6th cell sits under "Fravær timer" / "Ugyldig".
    const mapping = mappingFromClicks(doc, cellIn(doc, 0, 3, 0), [cellIn(doc, 0, 3, 5), cellIn(doc, 0, 3, 6)]);
    expect(mapping).toEqual({ tableIndex: 0, nameColumn: 0, absenceColumns: [5, 6], columnMeaning: ['lessons', 'late'] });
  });

  it('guesses from the cell when the header says nothing', () => {
    const doc = parsePage('<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td>Kari</td><td>7,5 %</td><td>F</td></tr></table>');
    const mapping = mappingFromClicks(doc, cellIn(doc, 0, 1, 0), [cellIn(doc, 0, 1, 1), cellIn(doc, 0, 1, 2)]);
    expect(mapping).toMatchObject({ columnMeaning: ['percent', 'codes'] });
  });

  it.each<[string, (doc: Document) => [Element, Element[]], TeachProblem]>([
    ['a name outside any table', (doc) => [doc.querySelector('h1') as Element, [cellIn(doc, 0, 1, 2)]], { code: 'name-not-in-cell' }],
    ['no absence cell', (doc) => [cellIn(doc, 0, 1, 0), []], { code: 'no-absence-clicked' }],
    ['absence in another table', (doc) => [cellIn(doc, 0, 1, 0), [cellIn(doc, 1, 1, 1)]], { code: 'absence-in-other-table' }],
    ['absence in the name column', (doc) => [cellIn(doc, 0, 1, 0), [cellIn(doc, 0, 2, 0)]], { code: 'absence-in-name-column' }],
  ])('says what is wrong with %s', (_what, clicks, reason) => {
    const doc = loadFixture('register-grid.html');
    const [name, absence] = clicks(doc);
    expect(mappingFromClicks(doc, name, absence)).toEqual({ ok: false, missing: [reason] });
  });

  it('gives a mapping that reads the page as the teacher pointed at it', () => {
    const doc = loadFixture('nynorsk-summary.html');
    const mapping = mappingFromClicks(doc, cellIn(doc, 0, 1, 0), [cellIn(doc, 0, 1, 1), cellIn(doc, 0, 1, 3)]);
    if (isCouldNotRead(mapping)) throw new Error(JSON.stringify(mapping.missing));
    const taught = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF, taughtMapping: mapping });
    const guessed = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
    if (!taught.ok || !guessed.ok) throw new Error('both must read');
    expect(taught.reading.rows.map((row) => [row.student.key, row.totals?.days, row.totals?.percent])).toEqual(
      guessed.reading.rows.map((row) => [row.student.key, row.totals?.days, row.totals?.percent]),
    );
    // Only what was taught is read.
    expect(taught.reading.rows.every((row) => row.totals?.lessons === undefined)).toBe(true);
  });
});

describe('describeTables', () => {
  it('lists every table with its header texts and how many rows it has', () => {
    expect(describeTables(loadFixture('extra-tables.html'))).toEqual([
      { index: 0, headers: ['', ''], rowCount: 2 },
      { index: 1, headers: ['Navn', 'Telefon', 'E-post'], rowCount: 2 },
      { index: 2, headers: ['Kode', 'Betydning'], rowCount: 2 },
      { index: 3, headers: ['Elev', 'Fraværsdager', 'Enkelttimer', 'Forsentkomming'], rowCount: 3 },
    ]);
    expect(describeTables(loadFixture('aria-grid.html'))).toEqual([
      { index: 0, headers: ['Navn', '23.11.', '24.11.', '25.11.', '26.11.', '27.11.'], rowCount: 3 },
    ]);
  });
});

describe('siteKeyFor', () => {
  it.each([
    ['https://skole.example.no/fravaer/oversikt?klasse=8A#top', 'https://skole.example.no/fravaer'],
    ['https://skole.example.no/fravaer', 'https://skole.example.no/fravaer'],
    ['https://skole.example.no/', 'https://skole.example.no/'],
    ['https://skole.example.no', 'https://skole.example.no/'],
    ['http://localhost:8080/fixtures/generic/summary.html', 'http://localhost:8080/fixtures'],
    ['https://SKOLE.Example.no/Fravaer/x', 'https://skole.example.no/Fravaer'],
  ])('%s → %s', (url, key) => {
    expect(siteKeyFor(new URL(url))).toBe(key);
  });
});

describe('TaughtMappingSchema', () => {
  const good: TaughtMapping = { tableIndex: 1, nameColumn: 0, absenceColumns: [2, 3], columnMeaning: ['days', 'codes'] };

  it('accepts a mapping teach mode makes', () => {
    expect(TaughtMappingSchema.parse(good)).toEqual(good);
  });

  it.each<[string, unknown]>([
    ['fewer meanings than columns', { ...good, columnMeaning: ['days'] }],
    ['no absence column', { ...good, absenceColumns: [], columnMeaning: [] }],
    ['the name column as absence', { ...good, absenceColumns: [0, 2] }],
    ['a negative index', { ...good, tableIndex: -1 }],
    ['a fractional column', { ...good, nameColumn: 0.5 }],
    ['an unknown meaning', { ...good, columnMeaning: ['days', 'weeks'] }],
    ['not an object', 'tabell 1'],
  ])('rejects %s', (_what, value) => {
    expect(TaughtMappingSchema.safeParse(value).success).toBe(false);
  });
});
