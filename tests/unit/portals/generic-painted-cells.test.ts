// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { paintedText } from '../../../lib/portals/generic/painted-cells';
import { history } from '../guidelines/history-builder';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * Figure cells that are empty in the markup, the figure painted by CSS generated content from a
 * data attribute (`td.tall::before { content: attr(data-verdi) }`). happy-dom computes no generated
 * content, so the style is stubbed with what each browser reports (checked in Chromium and Firefox
 * ESR): Chromium resolves `attr()` to the quoted value, Firefox gives `attr(data-verdi)` back.
 * Pages invented; levels worked out by hand as of Monday 23.11.2026 (65 school days so far, the
 * last 14 days 10): a term total T ≤ 2.5 days is ok, 2.5 < T ≤ 9.75 unknown, T > 9.75 concern.
 */
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

type Browser = 'chromium' | 'firefox';

/** What a browser's getComputedStyle says of a pseudo-element: `paint` gives each cell's ::before content. */
function stubGeneratedContent(paint: (cell: Element) => string | undefined): void {
  const own = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element: Element, pseudo?: string | null) => {
    if (!pseudo) return own(element);
    const content = pseudo === '::before' ? (paint(element) ?? 'none') : 'none';
    return { content, display: 'inline' } as CSSStyleDeclaration;
  });
}

/** The content of `td.tall::before { content: attr(data-verdi) }` as the browser reports it. */
function attrAsReported(browser: Browser) {
  return (cell: Element) => {
    if (!cell.classList.contains('tall')) return undefined;
    return browser === 'chromium' ? `"${cell.getAttribute('data-verdi') ?? ''}"` : 'attr(data-verdi)';
  };
}

const PAGE = `<h1>Fraværsoversikt 6A</h1><p>Hittil i skoleåret · per 23.11.2026</p>
  <table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead><tbody>
  <tr><td>Kari Berg</td><td class="tall" data-verdi="1"></td><td class="tall" data-verdi="1"></td></tr>
  <tr><td>Ola Strand</td><td class="tall" data-verdi="5"></td><td class="tall" data-verdi="2"></td></tr>
  <tr><td>Per Holm</td><td class="tall" data-verdi="10"></td><td class="tall" data-verdi="0"></td></tr>
  <tr><td>Nina Lie</td><td class="tall" data-verdi="0"></td><td class="tall" data-verdi="0"></td></tr>
  </tbody></table>`;

function rows(html: string): ReadingRow[] {
  document.body.innerHTML = html;
  const result = readAsOverlay(genericAdapter, document, URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading.rows;
}

function levels(read: ReadingRow[]): string[] {
  return read.map((row) => `${row.student.name}: ${evaluate(history().totals(row.totals ?? {}).build(), kearneyForskning, ASOF).level}`);
}

describe('figures painted into empty cells by CSS', () => {
  for (const browser of ['chromium', 'firefox'] as const) {
    it(`reads the painted figures as ${browser} reports them`, () => {
      stubGeneratedContent(attrAsReported(browser));
      const read = rows(PAGE);
      expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
        [1, 1],
        [5, 2],
        [10, 0],
        [0, 0],
      ]);
      // 1 d + 1 t = 1.17 → ok; 5 d + 2 t = 5.33 → unknown; 10 d > 9.75 → concern; nothing → ok.
      expect(levels(read)).toEqual(['Kari Berg: ok', 'Ola Strand: unknown', 'Per Holm: concern', 'Nina Lie: ok']);
    });
  }

  it('never takes a painted cell it cannot resolve for nought: the student is unknown, not ok', () => {
    // A counter the reader cannot evaluate: the teacher sees a figure, the reader cannot tell which.
    stubGeneratedContent((cell) => (cell.classList.contains('tall') ? 'counter(fravaer)' : undefined));
    const read = rows(PAGE);
    expect(read.map((row) => row.totals?.days)).toEqual([undefined, undefined, undefined, undefined]);
    expect(levels(read)).toEqual(['Kari Berg: unknown', 'Ola Strand: unknown', 'Per Holm: unknown', 'Nina Lie: unknown']);
  });

  it('still reads an empty cell with nothing painted into it as nought', () => {
    stubGeneratedContent(() => undefined);
    const read = rows(`<table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead><tbody>
      <tr><td>Kari Berg</td><td class="tall"></td><td>3</td></tr></tbody></table>`);
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([[0, 3]]);
  });
});

describe('paintedText', () => {
  function cellPainted(before: string, after = 'none', display = 'inline'): Element {
    document.body.innerHTML = '<table><tr><td class="tall" data-verdi="7" data-enhet="d"></td><td></td></tr></table>';
    vi.spyOn(window, 'getComputedStyle').mockImplementation(
      (_element: Element, pseudo?: string | null) => ({ content: pseudo === '::after' ? after : before, display }) as CSSStyleDeclaration,
    );
    return document.querySelector('td') as Element;
  }

  it.each([
    ['Chromium: the resolved string', '"7"', 'none', '7'],
    ['Firefox: the attribute named', 'attr(data-verdi)', 'none', '7'],
    ['strings and attributes in turn, before and after', 'attr(data-verdi) " "', 'attr(data-enhet)', '7 d'],
    ['an escaped digit', '"\\31 2"', 'none', '12'],
    ['the painted part, not the alternative text after "/"', '"7" / "sju dager"', 'none', '7'],
    ['a counter it cannot resolve, as written', 'counter(rad)', 'none', 'counter(rad)'],
  ])('%s', (_, before, after, expected) => {
    expect(paintedText(cellPainted(before, after))).toBe(expected);
  });

  it('finds nothing painted in "none", "normal", an empty string or a hidden pseudo-element', () => {
    expect(paintedText(cellPainted('none'))).toBeUndefined();
    expect(paintedText(cellPainted('normal', 'normal'))).toBeUndefined();
    expect(paintedText(cellPainted('""'))).toBeUndefined();
    expect(paintedText(cellPainted('"7"', 'none', 'none'))).toBeUndefined();
  });

  it('does not ask the style of a cell with no attribute: nothing is painted per row there', () => {
    cellPainted('"7"');
    expect(paintedText(document.querySelectorAll('td')[1] as Element)).toBeUndefined();
    expect(window.getComputedStyle).not.toHaveBeenCalled();
  });
});

describe('where painted figures are looked for', () => {
  it('only in a figure column empty in every row: a column that writes figures reads its empty cells as nought', () => {
    // The page paints "4" into Kari's empty lessons cell, but Ola's lessons are written as text:
    // the column writes its figures, so Kari's empty cell is nought and its style is never asked.
    stubGeneratedContent((cell) => (cell.classList.contains('tall') ? '"4"' : undefined));
    const read = rows(`<table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead><tbody>
      <tr><td>Kari Berg</td><td>1</td><td class="tall"></td></tr>
      <tr><td>Ola Strand</td><td>2</td><td class="tall">5</td></tr></tbody></table>`);
    expect(read.map((row) => [row.totals?.days, row.totals?.lessons])).toEqual([
      [1, 0],
      [2, 5],
    ]);
    const pseudoCalls = vi.mocked(window.getComputedStyle).mock.calls.filter(([, pseudo]) => pseudo);
    expect(pseudoCalls).toEqual([]);
  });
});

/**
 * A day register (one column per date) whose code cells are empty in the markup while CSS paints
 * the code: `td[data-kode]::before { content: attr(data-kode) }`, or a class per code (`.kode-F::before
 * { content: "F" }`). Read as the teacher sees it, Kari was away Monday 16.11 and Wednesday 18.11
 * (F, a whole day) and Per late Tuesday 17.11 (S); Ola was there all week. Read from the markup
 * alone, all three would be present every day.
 */
const REGISTER = `<h1>Fraværsregister 7B</h1><p>Koder: F = fravær hele dagen, S = for sent</p>
  <table><thead><tr><th>Elev</th><th>Man 16.11</th><th>Tir 17.11</th><th>Ons 18.11</th><th>Tor 19.11</th><th>Fre 20.11</th></tr></thead><tbody>
  <tr><td>Kari Berg</td><td data-kode="F" class="kode-F"></td><td data-kode=""></td><td data-kode="F" class="kode-F"></td><td data-kode=""></td><td data-kode=""></td></tr>
  <tr><td>Ola Strand</td><td data-kode=""></td><td data-kode=""></td><td data-kode=""></td><td data-kode=""></td><td data-kode=""></td></tr>
  <tr><td>Per Holm</td><td data-kode=""></td><td data-kode="S" class="kode-S"></td><td data-kode=""></td><td data-kode=""></td><td data-kode=""></td></tr>
  </tbody></table>`;

/** Each student's events as [date, kind]. */
function eventsByStudent(read: ReadingRow[]): Record<string, Array<[string, string]>> {
  return Object.fromEntries(read.map((row) => [row.student.name, row.events.map((event): [string, string] => [event.date, event.kind])]));
}

const AS_THE_TEACHER_SEES_IT = {
  'Kari Berg': [
    ['2026-11-16', 'day'],
    ['2026-11-18', 'day'],
  ],
  'Ola Strand': [],
  'Per Holm': [['2026-11-17', 'late']],
};

describe('register codes painted by CSS into empty cells', () => {
  for (const browser of ['chromium', 'firefox'] as const) {
    it(`reads codes painted from an attribute as ${browser} reports them`, () => {
      // td[data-kode]::before { content: attr(data-kode) }: an empty attribute paints nothing (present).
      stubGeneratedContent((cell) => {
        if (!cell.hasAttribute('data-kode')) return undefined;
        return browser === 'chromium' ? `"${cell.getAttribute('data-kode') ?? ''}"` : 'attr(data-kode)';
      });
      expect(eventsByStudent(rows(REGISTER))).toEqual(AS_THE_TEACHER_SEES_IT);
    });
  }

  it('reads codes painted by a class per code (both browsers report the string)', () => {
    // .kode-F::before { content: "F" } .kode-S::before { content: "S" }
    stubGeneratedContent((cell) => {
      const code = [...cell.classList].find((name) => name.startsWith('kode-'))?.slice('kode-'.length);
      return code === undefined ? undefined : `"${code}"`;
    });
    expect(eventsByStudent(rows(REGISTER))).toEqual(AS_THE_TEACHER_SEES_IT);
  });

  it('leaves a student whose painted code it cannot resolve unread, never present', () => {
    // Kari's and Per's codes are painted by a counter the reader cannot evaluate: they show a code,
    // the reader cannot tell which. Ola's cells paint nothing, and he is read as present.
    stubGeneratedContent((cell) => (cell.getAttribute('data-kode') ? 'counter(kode)' : undefined));
    document.body.innerHTML = REGISTER;
    const result = readAsOverlay(genericAdapter, document, URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('the page is read: Ola is read');
    expect(eventsByStudent(result.reading.rows)).toEqual({ 'Ola Strand': [] });
    expect(result.notes).toEqual([
      {
        code: 'unknown-codes',
        codes: [
          { text: 'counter(kode)', date: '2026-11-16' },
          { text: 'counter(kode)', date: '2026-11-18' },
        ],
        student: 'Kari Berg',
      },
      { code: 'unknown-codes', codes: [{ text: 'counter(kode)', date: '2026-11-17' }], student: 'Per Holm' },
    ]);
  });

  it('asks no style of an ordinary register: one that writes its codes as text reads its empty cells as present', () => {
    // The same cells and attributes, but Kari's Monday is written as text ("F"). A register that
    // writes its codes writes them all: its empty cells are present, even where the stub would
    // paint a code, and no cell's generated content is asked (not even in the all-empty columns).
    stubGeneratedContent((cell) => (cell.getAttribute('data-kode') ? `"${cell.getAttribute('data-kode') ?? ''}"` : undefined));
    const written = REGISTER.replace('<td data-kode="F" class="kode-F"></td>', '<td data-kode="F" class="kode-F">F</td>');
    expect(eventsByStudent(rows(written))).toEqual({ 'Kari Berg': [['2026-11-16', 'day']], 'Ola Strand': [], 'Per Holm': [] });
    const pseudoCalls = vi.mocked(window.getComputedStyle).mock.calls.filter(([, pseudo]) => pseudo);
    expect(pseudoCalls).toEqual([]);
  });

  it('looks for paint only in date columns empty in every row', () => {
    // Friday's column writes a mark for Ola ("-", nothing registered): a column that writes its
    // marks reads its empty cells as present, so the "F" the stub would paint into Kari's Friday
    // is not asked for. The other days, empty throughout, are read by their paint.
    stubGeneratedContent((cell) => (cell.classList.contains('kode-F') ? '"F"' : undefined));
    const rowsOf = REGISTER.split('</tr>');
    rowsOf[1] = (rowsOf[1] ?? '').replace(/<td data-kode=""><\/td>$/u, '<td data-kode="F" class="kode-F"></td>');
    rowsOf[2] = (rowsOf[2] ?? '').replace(/<td data-kode=""><\/td>$/u, '<td data-kode="">-</td>');
    expect(eventsByStudent(rows(rowsOf.join('</tr>')))).toEqual({ 'Kari Berg': AS_THE_TEACHER_SEES_IT['Kari Berg'], 'Ola Strand': [], 'Per Holm': [] });
  });
});

describe('a register beside figures painted by CSS', () => {
  it('reads the painted days of the school year beside a register that writes its codes', () => {
    // Ella: S (sick) written on Wed 11 and Thu 19, X on Mon 23 → 3 whole days in 10.11–23.11; the
    // year's days so far, painted from data-verdi, are 7. Read from the markup alone they would be 0.
    stubGeneratedContent((cell) => (cell.hasAttribute('data-verdi') ? `"${cell.getAttribute('data-verdi') ?? ''}"` : undefined));
    const days = ['Tue 10', 'Wed 11', 'Thu 12', 'Fri 13', 'Mon 16', 'Tue 17', 'Wed 18', 'Thu 19', 'Fri 20', 'Mon 23'];
    const codes = ['/', 'S', '/', '/', '/', '/', '/', 'S', '/', 'X'];
    const [row] = rows(`<table><thead><tr><th>Student</th>${days.map((day) => `<th>${day}</th>`).join('')}<th>Days absent (year to date)</th></tr></thead>
      <tbody><tr><td>Ella Hart</td>${codes.map((code) => `<td>${code}</td>`).join('')}<td class="tall" data-verdi="7"></td></tr></tbody></table>
      <p><small>Codes (whole school day): / present · S sick · X excused absence · L late, present.</small></p>`);
    expect(row?.totals).toMatchObject({ days: 7, period: 'schoolYear' });
    expect(row?.totals?.stretches).toEqual([{ from: '2026-11-10', to: '2026-11-23', days: 3, lessons: 0 }]);
  });
});

describe('register icons painted as images into empty cells', () => {
  /**
   * Kari's absent days and Per's late arrival are icons CSS paints as images, with no text: a
   * background (`.ikon-fravaer { background-image: url(…) }`, nothing in generated content) or
   * `content: url(…)`. What each means is in its name: "Fravær" (aria-label) and "For sent" (title).
   * The teacher sees Kari away 16.11 and 18.11 and Per late 17.11; Ola's cells show nothing.
   */
  const ICONS = REGISTER.replaceAll('<td data-kode="F" class="kode-F"></td>', '<td class="ikon ikon-fravaer" aria-label="Fravær"></td>')
    .replace('<td data-kode="S" class="kode-S"></td>', '<td class="ikon ikon-sent" title="For sent"></td>')
    .replaceAll('<td data-kode=""></td>', '<td class="ikon"></td>');

  it('reads an icon painted as a background by its name', () => {
    stubGeneratedContent(() => undefined);
    expect(eventsByStudent(rows(ICONS))).toEqual(AS_THE_TEACHER_SEES_IT);
  });

  it('reads an icon painted with content: url(…) by its name', () => {
    stubGeneratedContent((cell) => (cell.classList.contains('ikon-fravaer') || cell.classList.contains('ikon-sent') ? 'url("data:image/svg+xml,%3Csvg%3E%3C/svg%3E")' : undefined));
    expect(eventsByStudent(rows(ICONS))).toEqual(AS_THE_TEACHER_SEES_IT);
  });
});
