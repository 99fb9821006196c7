// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { type ReadOptions, type TaughtMapping, isCouldNotRead } from '../../../lib/portals/adapter';
import type { ReadProblem } from '../../../lib/portals/read-problem';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, loadFixture, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

const options: ReadOptions = { asOf: ASOF };
const read = (html: string, extra: Partial<ReadOptions> = {}) =>
  readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { ...options, ...extra });

describe('genericAdapter', () => {
  it('is the fallback: its own URL matcher never claims a page', () => {
    expect(genericAdapter.id).toBe('generic');
    expect(genericAdapter.name).toBe('Annen side (generell tabell)');
    for (const url of ['https://skole.example.no/fravaer', 'https://x.inschool.visma.no/', 'https://kommune.vigilo.no/']) {
      expect(genericAdapter.matchesUrl(new URL(url))).toBe(false);
    }
  });

  it('locates one slot per student, anchored on the cell with the name', () => {
    const located = genericAdapter.locate(loadFixture('summary-table.html'), URL_ON_SOME_SITE, options);
    expect(located.ok).toBe(true);
    if (!located.ok) return;
    expect(located.layout.slots.map((slot) => slot.anchor.textContent)).toEqual([
      'Aksel Brenden', 'Ingrid Solheimsvik', 'Tobias Lund Aamot', 'Sunniva Kvernmo', 'Håkon Tveitane',
    ]);
    for (const slot of located.layout.slots) expect(slot.elements).toHaveLength(1);
  });
});

describe('could not read: says what was missing, as codes the UI words', () => {
  it.each<[string, string, ReadProblem]>([
    ['a page without tables', '<p>Ingen tabeller her</p>', { code: 'no-table' }],
    ['tables without a name column', '<table><tr><th>Dato</th><th>Hva</th></tr><tr><td>24.11.2026</td><td>Møte</td></tr></table>', { code: 'no-name-column' }],
    [
      'a name column without absence',
      '<table><tr><th>Navn</th><th>Telefon</th></tr><tr><td>Kari Nordmann</td><td>99 88 77 66</td></tr></table>',
      { code: 'no-absence-column' },
    ],
  ])('%s', (_what, html, reason) => {
    const result = read(html);
    expect(result).toEqual({ ok: false, missing: [reason] });
  });

  it('the no-student-table fixture', () => {
    const result = readAsOverlay(genericAdapter, loadFixture('no-student-table.html'), URL_ON_SOME_SITE, options);
    // A timetable ("Tid | Mandag | …") and a list of events ("Dato | Hva"): no column of names.
    expect(result).toEqual({ ok: false, missing: [{ code: 'no-name-column' }] });
  });

  const register = '<table><tr><th>Elev</th><th>23.11.</th><th>24.11.</th></tr><tr><td>Kari Nordmann</td><td>Q</td><td>F</td></tr><tr><td>Ola Nordmann</td><td></td><td>F</td></tr></table>';

  it('an unknown register code leaves that student out, says which code, and the rest is read', () => {
    const result = read(register);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reading.rows.map((row) => row.student.name)).toEqual(['Ola Nordmann']);
    expect(result.notes).toEqual([{ code: 'unknown-codes', codes: [{ text: 'Q', date: '2026-11-23' }], student: 'Kari Nordmann' }]);
    expect(result.reading.warnings).toEqual([
      'kunne ikke lese «Kari Nordmann»: ukjent fraværskode «Q» (23.11.2026) for Kari Nordmann; legg koden til i kodetabellen i innstillingene',
    ]);
  });

  it('the teacher’s code table reads the unknown code', () => {
    const result = read(register, {
      codeOverrides: { Q: { description: 'Egen kode', kind: 'lesson', documented: true, notified: null, countsTowardLimit: false } },
    });
    expect(result.ok && result.reading.rows[0]?.events[0]).toEqual({
      date: '2026-11-23', kind: 'lesson', documented: true, notified: null, code: 'Q', countsTowardLimit: false,
    });
  });

  it('when no student can be read, the page cannot be read, with every reason', () => {
    const result = read('<table><tr><th>Elev</th><th>Dato</th><th>Type</th></tr><tr><td>Kari Nordmann</td><td>i går</td><td>Dagsfravær</td></tr></table>');
    expect(result).toEqual({ ok: false, missing: [{ code: 'unreadable-date', text: 'i går', student: 'Kari Nordmann' }] });
  });

  it('a summary count it cannot read leaves the row’s absence unknown, with a warning', () => {
    // "mye" days beside 4 lessons is not 4 lessons of absence: counting the readable cell alone would undercount.
    const result = read('<table><tr><th>Navn</th><th>Dager</th><th>Timer</th></tr><tr><td>Kari Nordmann</td><td>mye</td><td>4</td></tr></table>');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reading.rows[0]?.totals).toEqual({ period: 'unknown', subjects: [] });
    const row = result.layout.slots[0]?.key;
    expect(result.notes).toEqual([{ code: 'unreadable-value', text: 'mye', header: 'Dager', student: 'Kari Nordmann', row }]);
    expect(result.reading.warnings).toEqual(['kunne ikke lese «mye» i kolonnen «Dager» for Kari Nordmann']);
  });

  it('a note names its row by key: two students who share a name keep their own notes', () => {
    const result = read(
      '<table><tr><th>Navn</th><th>Klasse</th><th>Dager</th><th>Timer</th></tr>' +
        '<tr><td>Emma Hansen</td><td>9A</td><td>mye</td><td>4</td></tr>' +
        '<tr><td>Emma Hansen</td><td>9B</td><td>2</td><td>??</td></tr></table>',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.layout.slots.map((slot) => slot.key);
    expect(first).toBeDefined();
    expect(first).not.toBe(second);
    expect(result.notes).toEqual([
      { code: 'unreadable-value', text: 'mye', header: 'Dager', student: 'Emma Hansen', row: first },
      { code: 'unreadable-value', text: '??', header: 'Timer', student: 'Emma Hansen', row: second },
    ]);
  });

  it('a column headed only "Fravær" is read by the unit in its cells, or not at all', () => {
    const units = read('<table><tr><th>Navn</th><th>Fravær</th><th>Fravær</th></tr><tr><td>Kari</td><td>3 d</td><td>7,5 %</td></tr></table>');
    expect(units.ok && units.reading.rows[0]?.totals).toMatchObject({ days: 3, percent: 7.5 });
    const bare = read('<table><tr><th>Navn</th><th>Fravær</th></tr><tr><td>Kari</td><td>3</td></tr></table>');
    expect(bare).toEqual({ ok: false, missing: [{ code: 'column-unit-unclear', header: 'Fravær', student: 'Kari' }] });
  });
});

describe('student keys', () => {
  it('use the page’s own id when the row has one, else a hash of name and class that is the same on every visit', () => {
    const first = readAsOverlay(genericAdapter, loadFixture('duplicate-names.html'), URL_ON_SOME_SITE, options);
    const again = readAsOverlay(genericAdapter, loadFixture('duplicate-names.html'), URL_ON_SOME_SITE, options);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(first.reading.rows.map((row) => row.student.key)).toEqual(again.reading.rows.map((row) => row.student.key));
    const ids = readAsOverlay(genericAdapter, loadFixture('summary-table.html'), URL_ON_SOME_SITE, options);
    expect(ids.ok && ids.reading.rows.map((row) => row.student.key)).toEqual([
      'generic:40123', 'generic:40124', 'generic:40125', 'generic:40126', 'generic:40127',
    ]);
  });

  it('never merge two students who share a name', () => {
    const result = readAsOverlay(genericAdapter, loadFixture('duplicate-names.html'), URL_ON_SOME_SITE, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const emmas = result.reading.rows.filter((row) => row.student.name === 'Emma Hansen');
    expect(emmas).toHaveLength(3);
    expect(new Set(emmas.map((row) => row.student.key)).size).toBe(3);
    expect(emmas.map((row) => row.totals?.days)).toEqual([1, 8, 0]);
  });

  it('do not depend on the row order when names differ', () => {
    const html = (rows: string[]) => `<table><tr><th>Navn</th><th>Dager</th></tr>${rows.join('')}</table>`;
    const a = '<tr><td>Kari Nordmann</td><td>1</td></tr>';
    const b = '<tr><td>Ola Nordmann</td><td>2</td></tr>';
    const keyed = (result: ReturnType<typeof read>) =>
      result.ok ? Object.fromEntries(result.reading.rows.map((row) => [row.student.key, row.totals?.days])) : {};
    expect(keyed(read(html([a, b])))).toEqual(keyed(read(html([b, a]))));
  });
});

describe('re-reading one student after an edit', () => {
  it('reads the changed cell from the live page', () => {
    const doc = loadFixture('summary-table.html');
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, options);
    if (!located.ok) throw new Error('fixture must locate');
    const slot = located.layout.slots[1];
    if (!slot) throw new Error('fixture has a second student');
    const cell = (slot.elements[0] as HTMLTableRowElement).cells[2] as HTMLTableCellElement;
    cell.textContent = '7';
    const row = genericAdapter.readStudent(located.layout, slot, options) as ReadingRow;
    expect(row.totals?.days).toBe(7);
  });

  it('also where name cells span rows', () => {
    const doc = loadFixture('event-list-ranges.html');
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, options);
    if (!located.ok) throw new Error('fixture must locate');
    const slot = located.layout.slots[1];
    if (!slot) throw new Error('fixture has a second student');
    const lastRow = slot.elements[2] as HTMLTableRowElement;
    (lastRow.cells[2] as HTMLTableCellElement).textContent = 'Forseint';
    const row = genericAdapter.readStudent(located.layout, slot, options) as ReadingRow;
    expect(row.events.at(-1)).toEqual({ date: '2026-11-20', kind: 'late', documented: null, notified: null });
  });

  it('says so when the row is gone', () => {
    const doc = loadFixture('summary-table.html');
    const located = genericAdapter.locate(doc, URL_ON_SOME_SITE, options);
    if (!located.ok) throw new Error('fixture must locate');
    const slot = located.layout.slots[0];
    if (!slot) throw new Error('fixture has a student');
    slot.elements[0]?.remove();
    const row = genericAdapter.readStudent(located.layout, slot, options);
    expect(isCouldNotRead(row) && row.missing).toEqual([{ code: 'row-gone', student: 'Aksel Brenden' }]);
  });
});

describe('a taught mapping', () => {
  const anonymousHeaders =
    '<table><tr><th>Kolonne A</th><th>Kolonne B</th><th>Kolonne C</th><th>Kolonne D</th></tr>' +
    '<tr><td>Kari Nordmann</td><td>8B</td><td>3</td><td>12</td></tr>' +
    '<tr><td>Ola Nordmann</td><td>8B</td><td>0</td><td>2</td></tr></table>';
  const taught: TaughtMapping = { tableIndex: 0, nameColumn: 0, absenceColumns: [2, 3], columnMeaning: ['days', 'lessons'] };

  it('reads a table whose headers say nothing the reader knows', () => {
    expect(read(anonymousHeaders).ok).toBe(false);
    const result = read(anonymousHeaders, { taughtMapping: taught });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Kari Nordmann', 3, 12],
      ['Ola Nordmann', 0, 2],
    ]);
  });

  it('overrides what the headers would have made the reader guess', () => {
    // The page calls column 2 "Dager", but the teacher said column 3 ("Timer") holds the days.
    const result = readAsOverlay(genericAdapter, loadFixture('summary-table.html'), URL_ON_SOME_SITE, {
      ...options,
      taughtMapping: { tableIndex: 0, nameColumn: 0, absenceColumns: [3], columnMeaning: ['days'] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reading.rows.map((row) => row.totals)).toEqual(
      [2, 14, 5, 3, 0].map((days) => ({ days, period: 'term', subjects: [] })),
    );
  });

  it('reads the table it was taught, not the first one the reader would find', () => {
    const twoTables =
      '<table><tr><th>Navn</th><th>Dager</th></tr><tr><td>Kari</td><td>1</td></tr></table>' +
      '<table><tr><th>Navn</th><th>Dager</th></tr><tr><td>Per</td><td>9</td></tr></table>';
    const guessed = read(twoTables);
    expect(guessed.ok && guessed.reading.warnings).toEqual(['Siden har flere tabeller med elever; bare den første er lest']);
    const result = read(twoTables, { taughtMapping: { tableIndex: 1, nameColumn: 0, absenceColumns: [1], columnMeaning: ['days'] } });
    expect(result.ok && result.reading.rows.map((row) => row.student.name)).toEqual(['Per']);
  });

  it('reads taught code columns by the dates in their headers', () => {
    const result = readAsOverlay(genericAdapter, loadFixture('register-grid.html'), URL_ON_SOME_SITE, {
      ...options,
      taughtMapping: { tableIndex: 0, nameColumn: 0, absenceColumns: [3, 4], columnMeaning: ['codes', 'codes'] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reading.rows[0]?.events.map((event) => event.date)).toEqual(['2026-11-11', '2026-11-12']);
    expect(result.reading.rows[1]?.events.map((event) => event.date)).toEqual(['2026-11-11']);
  });

  // Tables and columns count from 1 in what the teacher reads, from 0 in the mapping.
  it.each<[string, TaughtMapping, ReadProblem]>([
    ['a table that is gone', { ...taught, tableIndex: 4 }, { code: 'taught-table-missing', table: 5, tables: 1 }],
    ['a column that is gone', { ...taught, absenceColumns: [2, 9] }, { code: 'taught-column-missing', table: 1, column: 10 }],
    ['meanings that do not match the columns', { ...taught, columnMeaning: ['days'] }, { code: 'taught-mapping-incomplete' }],
    ['codes under a header that is no date', { ...taught, columnMeaning: ['codes', 'days'] }, { code: 'taught-column-undated', column: 3, header: 'Kolonne C' }],
  ])('says what is wrong with %s', (_what, mapping, reason) => {
    expect(read(anonymousHeaders, { taughtMapping: mapping })).toEqual({ ok: false, missing: [reason] });
  });
});
